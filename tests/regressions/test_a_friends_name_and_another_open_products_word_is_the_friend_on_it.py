"""s37: `+1 for Zhao Mango` with Cookies and Mango open here read `Zhao Mango` as one friend's name (a
capitalised second word after `for` is a surname, `+1 for Zhao Wei`) and asked which group buy for a
friend "Zhao Mango". The product's word picks the group buy, the rest is the name, as `+1 for Zhao mango`
does: Zhao's line on Mango; with two open so named, asked which, the friend kept Zhao; the leave the same."""

from __future__ import annotations

from tests.unit.handlers.conftest import Chat, fake_chat


async def test_zhao_mango_is_zhaos_mango() -> None:
    chat = fake_chat()
    await chat.say("amy", "/groupbuy Cookies price 5 stock 9 ends 1h")
    await chat.say("amy", "/groupbuy Mango price 8 stock 9 ends 1h")

    joined = Chat.said(await chat.say("eve", "+1 for Zhao Mango"))
    more = Chat.said(await chat.say("eve", "+2 for Zhao Mango"))
    surname = Chat.said(await chat.say("eve", "+1 for Zhao Wei"))

    assert joined == "Eve joined for Zhao: 1 × Mango (#2). Now ¥8 each."
    assert more == "Eve joined for Zhao: 2 more, now 3 × Mango in all (#2). Now ¥8 each."
    assert surname == (
        "2 group buys are open here: #1 Cookies · #2 Mango. Nothing was added: say which with its number "
        "(Cookies: +1 #1 for Zhao Wei; Mango: +1 #2 for Zhao Wei), or reply with its number or name."
    )
    assert "1. Eve for Zhao ×3" in await chat.card(2)
    assert "Eve" not in await chat.card(1)

    fewer = Chat.said(await chat.say("eve", "-1 for Zhao Mango"))
    assert fewer == "Eve's line for Zhao now has 2 × Mango (#2). Now ¥8 each."


async def test_two_open_so_named_are_asked_which_for_zhao() -> None:
    chat = fake_chat()
    await chat.say("amy", "/groupbuy Cookies price 5 stock 9 ends 1h")
    await chat.say("amy", "/groupbuy Mango small price 8 stock 9 ends 1h")
    await chat.say("amy", "/groupbuy Mango large price 9 stock 9 ends 1h")

    asked = Chat.said(await chat.say("eve", "+1 for Zhao Mango"))
    answered = Chat.said(await chat.say("eve", "#3"))

    assert asked.startswith(
        "3 group buys are open here: #1 Cookies · #2 Mango small · #3 Mango large. Nothing was added: "
    ), asked
    assert "Mango small: +1 #2 for Zhao; Mango large: +1 #3 for Zhao" in asked
    assert answered.startswith("Eve joined for Zhao: 1 × Mango large (#3)."), answered


async def test_in_chinese() -> None:
    chat = fake_chat()
    await chat.say("wang", "接龙 土鸡蛋 价格 45 截止 3d", name="王姐")
    await chat.say("wang", "接龙 芒果 价格 45 截止 3d", name="王姐")

    said_for = Chat.said(await chat.say("chen", "+1 for Zhao Mango", name="陈妈妈"))  # `for`: English
    said_bang = Chat.said(await chat.say("chen", "+1 帮 Zhao Mango", name="陈妈妈"))

    assert said_for == "陈妈妈 joined for Zhao: 1 × 芒果 (#2). Now ¥45 each."
    assert said_bang == "陈妈妈 帮 Zhao 跟团：又加 1 份，现在共 2 × 芒果（#2）。当前 ¥45/份。"
    assert "1. 陈妈妈 帮 Zhao ×2" in await chat.card(2)
