"""With several group buys open, `修改 价格 8` was asked which with the join example (`例如 +1 #2、-1 #2、
进度 #2`), and `催款` answered about the newest group buy (another organiser's: "只有团长（Bob）可以这样
做"). Both now ask which with their own command and one of her group buys (`修改 #2 价格 8`, her edit
numbered since session 22; `催款 #2`), in Chinese and English, as 截单 does."""

from __future__ import annotations

from tests.unit.handlers.conftest import fake_chat


async def test_remind_and_edit_ask_which_with_their_own_example() -> None:
    chat = fake_chat()
    await chat.say("amy", "接龙 荔枝 价格 10")
    await chat.say("amy", "接龙 芒果 价格 30")
    await chat.say("bob", "接龙 苹果 价格 5")
    head = "你在这个群里有 2 个团在接龙：#1 荔枝 · #2 芒果。请带上编号，例如 "  # hers only

    assert chat.said(await chat.say("amy", "催款")) == head + "催款 #1。"
    assert chat.said(await chat.say("amy", "修改 价格 8")) == head + "修改 #1 价格 8。"
    assert chat.said(await chat.say("amy", "/remind", language="en")).endswith("e.g. /remind #1.")
    assert chat.said(await chat.say("amy", "/edit price 8", language="en")).endswith("e.g. /edit #1 price 8.")
