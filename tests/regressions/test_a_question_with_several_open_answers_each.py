"""`@tuan_bot when does it close` with several open asked which one: each open one is answered in a line."""

from __future__ import annotations

from tests.unit.handlers.conftest import Chat, fake_chat


async def test_when_does_it_close_answers_each_open_one() -> None:
    chat = fake_chat()
    await chat.say("amy", "/groupbuy Lychees price 15 per kg")
    await chat.say("amy", "/groupbuy Rice price 60 per bag")

    asked = Chat.said(await chat.say("eve", "@tuan_bot when does it close"))

    assert asked == (
        "Lychees (#1) closes Tue 24 Nov 12:00; you can still join.\n"
        "Rice (#2) closes Tue 24 Nov 12:00; you can still join."
    )


async def test_chinese_when_does_it_close_answers_each_open_one() -> None:
    chat = fake_chat()
    await chat.say("amy", "接龙 荔枝 价格 15/斤")
    await chat.say("amy", "接龙 东北大米 价格 60/袋")

    asked = Chat.said(await chat.say("eve", "问 什么时候截单"))

    assert asked == (
        "荔枝（#1）11月24日 周二 12:00 截单，现在还能跟团。\n"
        "东北大米（#2）11月24日 周二 12:00 截单，现在还能跟团。"
    )
