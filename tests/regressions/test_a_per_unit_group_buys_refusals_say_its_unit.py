"""Session 16 (ha; review fg 11, 23): on a group buy sold per 斤 or kg, texts that still said
份 / "units" or no unit: a re-pasted line (`你已经在名单上了：荔枝（#1）×4`), `-1 帮 小王`
holding only her own (`只有你自己的 ×4`), the waiting list's limit refusals
(`每人限购 3 份，你已经有 3 份了`), a join from a second group (`这 2 份加在…`), a price rise
refused (`大家是按 ¥12 跟的团`), a tier's (`满 10 份原来是`) and the card's tiers (`满10斤 ¥13`,
"10 kg+ ¥13"). Each now says the group buy's unit, in Chinese and English;
sold by the 份 they read as before."""

from __future__ import annotations

from tests.fakes import FakeClock, FakeUnitOfWorkFactory
from tests.helpsell_chats import help_sold
from tests.unit.handlers.conftest import Chat, fake_chat


def lychees() -> Chat:
    return fake_chat(FakeUnitOfWorkFactory(), clock=FakeClock())


async def test_a_repasted_line_and_a_friend_leave_say_what_she_holds_in_its_unit() -> None:
    chat = lychees()
    await chat.say("amy", "接龙 荔枝 价格 12元/斤 成团 20")
    await chat.say("lisi", "#接龙\n荔枝\n\n1. 李四 4斤", name="李四")

    again = chat.said(await chat.say("lisi", "#接龙\n荔枝\n\n1. 李四 4斤", name="李四"))
    friend = chat.said(await chat.say("lisi", "-1 帮 小王", name="李四"))

    assert again == "你已经在名单上了：荔枝（#1）4斤。要多加请发 +1，要改数量请发 改成N斤（N 是你要的数量）。"
    assert friend == "你在 荔枝（#1）没有帮 小王 报的，只有你自己的 4斤：撤自己的请发 -1。没有任何改动。"


async def test_in_english_a_friend_leave_says_the_kg() -> None:
    chat = fake_chat(default_language="en")
    await chat.say("amy", "/groupbuy Lychees price 12/kg target 20")
    await chat.say("bob", "+4")

    friend = chat.said(await chat.say("bob", "-1 for Wang"))

    assert friend == (
        "You have no line for Wang in Lychees (#1), only your own 4 kg: to take yours off, send -1. "
        "Nothing was changed."
    )


async def test_the_waiting_lists_limit_refusals_say_its_unit() -> None:
    chat = lychees()
    await chat.say("amy", "接龙 荔枝 价格 12元/斤 成团 2 库存 5 限购 3")
    await chat.say("bob", "+3")
    await chat.say("cat", "+2")

    full = chat.said(await chat.say("bob", "候补 1"))
    over = chat.said(await chat.say("dan", "候补 4"))
    held = chat.said(await chat.say("cat", "候补 2"))
    english = chat.said(await chat.say("cat", "/wait 2", language="en"))

    assert full == "荔枝 每人限购 3斤，你已经有 3斤了，不能再候补。没有任何改动。"
    assert over == "荔枝 每人限购 3斤，最多候补 3斤：请发“候补 3”。没有任何改动。"
    assert held == "荔枝 每人限购 3斤，你已有 2斤，最多还能候补 1斤：请发“候补 1”。没有任何改动。"
    assert english == (
        "荔枝 is limited to 3 jin per person and you have 2 jin, so you can wait for 1 jin more at most: "
        "send /wait 1. Nothing was changed."
    )


async def test_a_join_from_a_second_group_says_its_unit() -> None:
    family, office = await help_sold(
        "接龙 荔枝 价格 12元/斤 成团 20", title="Office", family_title="Family", language="zh"
    )
    await family.say("cat", "+1")

    again = office.said(await office.say("cat", "+2", language="zh"))

    assert again.endswith(
        "你已在「Family」跟过这个团：这 2斤加在你那里的一行里，名单和订单都在那个群，本群名单不显示。"
    ), again


async def test_a_price_rise_refused_and_the_cards_tiers_say_per_what() -> None:
    chat = lychees()
    await chat.say("amy", "接龙 荔枝 价格 12元/斤 成团 20 阶梯 10:10")
    await chat.say("bob", "+2")

    price = chat.said(await chat.say("amy", "修改 #1 价格 14"))
    tier = chat.said(await chat.say("amy", "修改 #1 阶梯 20:10"))

    assert price == "价格只能降，不能涨（大家是按 ¥12/斤 跟的团）：不能改成 ¥14/斤。没有任何改动。"
    assert tier == "价格只能降，不能涨：满 10斤原来是 ¥10/斤，改后会变成 ¥12/斤。没有任何改动。"
    assert "\n阶梯价：满10斤 ¥10/斤\n" in await chat.card()


async def test_in_english_the_price_rise_and_tiers_say_per_kg() -> None:
    chat = fake_chat(default_language="en")
    await chat.say("amy", "/groupbuy Lychees price 12/kg target 20 tiers 10:10")
    await chat.say("bob", "+2")

    price = chat.said(await chat.say("amy", "/edit #1 price 14"))
    tier = chat.said(await chat.say("amy", "/edit #1 tiers 20:10"))

    assert price == (
        "Prices may only go down, never up (people joined at ¥12/kg): ¥14/kg is refused. Nothing was changed."
    )
    assert tier == (
        "Prices may only go down, never up: from 10 kg it was ¥10/kg and would become ¥12/kg. "
        "Nothing was changed."
    )
    assert "\nTiers: from 10 kg ¥10/kg\n" in await chat.card()


async def test_sold_by_the_portion_they_read_as_before() -> None:
    chat = lychees()
    await chat.say("amy", "接龙 芒果 价格 12 成团 20 阶梯 10:10")
    await chat.say("bob", "+2")

    price = chat.said(await chat.say("amy", "修改 #1 价格 14"))
    tier = chat.said(await chat.say("amy", "修改 #1 阶梯 20:10"))

    assert price == "价格只能降，不能涨（大家是按 ¥12 跟的团）：不能改成 ¥14。没有任何改动。"
    assert tier == "价格只能降，不能涨：满 10 份原来是 ¥10，改后会变成 ¥12。没有任何改动。"
    assert "\n阶梯价：满10份 ¥10\n" in await chat.card()


async def test_a_tier_not_cheaper_says_its_unit() -> None:
    chat = lychees()
    await chat.say("amy", "接龙 荔枝 价格 15元/斤 成团 20 阶梯 10:13")

    zh = chat.said(await chat.say("amy", "修改 #1 阶梯 10:16"))
    en = chat.said(await chat.say("amy", "/edit #1 tiers 10:16", language="en"))

    assert zh == "满 10斤的价格（¥16/斤）必须低于上一档（¥15/斤）。例如：价格 88 阶梯 10:78,20:68"
    assert en.startswith(
        "The price from 10 jin (¥16/jin) must be lower than the price before it (¥15/jin)."
    ), en
