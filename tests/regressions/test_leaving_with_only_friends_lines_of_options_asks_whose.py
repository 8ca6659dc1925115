"""Session 10: on a group buy with options, Bob held only his friends' lines (`+1 帮 小王 大盒`,
`+1 帮 小李 小盒`); his `-1` was answered "你在 丹东红颜 有几个规格：大盒 ×1 / 小盒 ×1…例如 -1 小盒",
whose form took nothing off. He is asked whose line, as without options, and nothing changes; the
form given works."""

from __future__ import annotations

from tests.fakes import FakeClock, FakeUnitOfWorkFactory
from tests.unit.handlers.conftest import fake_chat


async def test_leaving_with_only_friends_lines_of_options_asks_whose() -> None:
    chat = fake_chat(FakeUnitOfWorkFactory(), clock=FakeClock())
    await chat.say("amy", "接龙 丹东红颜 规格 大盒:50,小盒:30")
    await chat.say("bob", "+1 帮 小王 大盒")
    await chat.say("bob", "+1 帮 小李 小盒")
    card = await chat.card()

    minus = chat.said(await chat.say("bob", "-1"))
    leave = chat.said(await chat.say("bob", "退出"))

    asked = (
        "你在 丹东红颜（#1）只有帮朋友报的：小王 大盒 ×1 / 小李 小盒 ×1。请说撤谁的，例如：-1 帮 小王。"
        "没有任何改动。"
    )
    assert minus == asked
    assert leave == asked
    assert await chat.card() == card  # nothing changed
    took = chat.said(await chat.say("bob", "-1 帮 小王"))
    assert took == "Bob 撤下了帮 小王 报的 丹东红颜 大盒（#1），帮 小李 报的还在（1 份）。"
