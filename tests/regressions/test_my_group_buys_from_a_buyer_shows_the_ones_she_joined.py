"""Review 74 #12 (session 35): `我的团` from a buyer who runs none said `你还没有开过团…`: buyers mean the
group buys they joined. She is shown hers, as `我的订单` shows them (in a group: privately, the group told
so), with one line saying how to open one; an organiser's `我的团`, and one who joined none, unchanged."""

from __future__ import annotations

from tests.unit.handlers.conftest import fake_chat


async def test_a_chinese_buyers_my_group_buys_lists_what_she_joined() -> None:
    zh = fake_chat(default_language="zh")
    await zh.say("amy", "接龙 芒果 价格 88")
    await zh.say("lin", "+1")

    replies = await zh.say("lin", "我的团")

    assert zh.said(replies) == "Lin，你的订单已私信发给你。"
    told = zh.private(replies)["lin"]
    assert "芒果" in told, told
    assert told.endswith("你还没有开过团，上面是你跟的团。要开团，在群里发：接龙 海南贵妃芒 价格 88"), told
    assert "你还没有开过团。" not in told, told


async def test_an_english_buyers_my_group_buys_in_private_lists_what_she_joined() -> None:
    en = fake_chat(default_language="en")
    await en.say("amy", "/lang en")
    await en.say("amy", "/groupbuy Mangoes price 88")
    await en.say("ned", "+1")
    await en.say("amy", "/close")

    told = en.said(await en.say("ned", "my group buys", private=True))

    assert "#1-1" in told and "Mangoes" in told, told
    assert told.endswith(
        "You have not opened a group buy yet; above are the ones you joined."
        " To open one, send in a group: /groupbuy Mangoes price 88"
    ), told


async def test_an_organisers_and_a_strangers_are_unchanged() -> None:
    zh = fake_chat(default_language="zh")
    await zh.say("amy", "接龙 芒果 价格 88")
    mine = zh.private(await zh.say("amy", "我的团"))["amy"]
    assert "芒果" in mine and "上面是你跟的团" not in mine, mine
    said = zh.said(await zh.say("kim", "我的团"))
    assert said.startswith("Kim，你还没有开过团。"), said
