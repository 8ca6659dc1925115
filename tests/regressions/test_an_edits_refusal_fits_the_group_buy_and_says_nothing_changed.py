"""rep52 #10: on a group buy with options, a tier above the stock was refused with a plain tier example
("stock 50 tiers 10:78,20:68"), which an options group buy refuses; `/edit #4 ends yesterday 20:00` said
"That deadline has already passed" without saying nothing changed; lowering an option's stock said to
remove lines with "/remove @name" without the group buy's number, unlike the plain stock's refusal.

Now each says nothing was changed and gives the fix that fits."""

from __future__ import annotations

from tests.unit.handlers.conftest import Chat, fake_chat


async def opened(lang: str, opening: str) -> Chat:
    chat = fake_chat()
    if lang == "en":
        chat.admins = {"amy"}
        await chat.say("amy", "/lang en")
    await chat.say("amy", opening)
    return chat


async def test_a_tier_above_an_options_stock_gets_an_options_example() -> None:
    chat = await opened("en", "/groupbuy Cookies options vanilla:10:5,choc:12:5 tiers 8:-1")

    said = Chat.said(await chat.say("amy", "/edit #1 vanilla stock 2"))

    assert said.endswith("Example: stock 50 tiers 10:-5,20:-10"), said
    assert "Nothing was changed" in said, said


async def test_a_tier_above_an_options_stock_in_chinese() -> None:
    chat = await opened("zh", "接龙 饼干 规格 香草:10:5,巧克力:12:5 阶梯 8:-1")

    said = Chat.said(await chat.say("amy", "修改 #1 香草 库存 2"))

    assert said.endswith("没有任何改动。例如：库存 50 阶梯 10:-5,20:-10"), said


async def test_a_past_deadline_edit_says_nothing_changed() -> None:
    chat = await opened("en", "/groupbuy Bread price 10")
    said = Chat.said(await chat.say("amy", "/edit #1 ends yesterday 20:00"))
    assert said == (
        "That deadline has already passed, so nothing was changed. Examples: ends 2h, ends tomorrow 9:00,"
        " ends fri 18:00"
    )
    zh = await opened("zh", "接龙 面包 价格 10")
    said = Chat.said(await zh.say("amy", "修改 #1 截止 昨天 20:00"))
    assert said == "这个截止时间已经过去了，没有任何改动。例如：截止 2小时、截止 明天9点、截止 周五 18:00"


async def test_an_option_stock_below_sold_names_the_group_buy_in_its_remove() -> None:
    chat = await opened("en", "/groupbuy Cookies options vanilla:10:5,choc:12:5")
    await chat.say("bob", "+3 vanilla")
    said = Chat.said(await chat.say("amy", "/edit #1 vanilla stock 2"))
    assert 'first remove lines with "/remove #1 @name"' in said, said
    zh = await opened("zh", "接龙 饼干 规格 香草:10:5,巧克力:12:5")
    await zh.say("bob", "+3 香草")
    said = Chat.said(await zh.say("amy", "修改 #1 香草 库存 2"))
    assert "先用“踢出 #1 @名字”去掉多出的份数" in said, said
