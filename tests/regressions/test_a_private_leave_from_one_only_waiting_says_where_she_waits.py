"""A bare `-1` in her private chat from a member on no list but on a waiting list was told "你现在没有跟任何
进行中的团购，没有可以退出的" and left wondering about her wait. She is now told where she waits, her place
and how to stop waiting there (found playing the playground)."""

from __future__ import annotations

from tests.unit.handlers.conftest import Chat, fake_chat


async def test_in_chinese_her_waits_are_listed_with_how_to_stop() -> None:
    chat = fake_chat()
    chat.title = "吃货群"
    await chat.say("lao", "接龙 大米 价格 30 库存 2 截止 明天上午8点")
    await chat.say("lao", "接龙 粽子 规格 小盒:30:1,大盒:50:5 截止 明天上午8点")
    await chat.say("a1", "+2 #1")
    await chat.say("a1", "+1 小盒 #2")
    await chat.say("zhu", "候补 #1 2")
    await chat.say("zhu", "候补 #2 小盒 1")

    told = Chat.said(await chat.say("zhu", "-1", private=True))

    assert told == (
        "私聊里没有团购可退出（没有打开过团购卡片）。你现在没有跟任何进行中的团购，只在候补名单上：\n"
        "「吃货群」的 #2 粽子 小盒：候补 1 份，排第 1 位；不想候补了在群里发“取消候补 #2 小盒”\n"
        "「吃货群」的 #1 大米：候补 2 份，排第 1 位；不想候补了在群里发“取消候补 #1”\n"
        "没有任何改动。"
    )
    assert Chat.said(await chat.say("zhu", "取消候补 #2 小盒")) == "Zhu 已取消候补 粽子 小盒（#2）。"


async def test_in_english_a_wait_is_listed_below_the_lines_she_holds() -> None:
    chat = fake_chat()
    chat.title = "Tea lovers"
    await chat.say("amy", "/groupbuy Tea price 5 stock 1 ends tomorrow 8:00")
    await chat.say("amy", "/groupbuy Cake price 9 stock 5 ends tomorrow 8:00")
    await chat.say("bob", "+1 #1")
    await chat.say("cat", "+2 #2")
    await chat.say("cat", "/waitlist #1 1")

    told = Chat.said(await chat.say("cat", "/leave", private=True, language="en"))

    assert told == (
        "There is no group buy to leave in a private chat (no card opened here). You are on:\n"
        "#2 Cake ×2 in “Tea lovers”: send -1 #2 in that group\n"
        "You also wait for:\n"
        "#1 Tea in “Tea lovers”: waiting for 1, number 1 in line; to stop waiting, send /unwait #1 in that "
        "group\n"
        "Or send its share code here first (it shows the card), then -1. Nothing was changed."
    )
