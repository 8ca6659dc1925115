"""Session 10: Cat held only a 小王 line on #9; `-1 帮 小张` was answered "你还没有跟 榴莲 这个团". She is
told she has no line for 小张 and which lines she has, with the form that works; nothing changes."""

from __future__ import annotations

from tests.fakes import FakeClock, FakeUnitOfWorkFactory
from tests.unit.handlers.conftest import fake_chat


async def test_leaving_for_a_friend_without_a_line_names_the_friends_lines() -> None:
    chat = fake_chat(FakeUnitOfWorkFactory(), clock=FakeClock())
    await chat.say("amy", "接龙 榴莲 ¥30")
    await chat.say("cat", "+1 帮 小王")
    card = await chat.card()

    reply = chat.said(await chat.say("cat", "-1 帮 小张"))

    assert (
        reply == "你在 榴莲（#1）没有帮 小张 报的；你帮朋友报的有：小王 ×1。例如：-1 帮 小王。没有任何改动。"
    )
    assert await chat.card() == card
    took = chat.said(await chat.say("cat", "-1 帮 小王"))
    assert "小王" in took and "你在" not in took


async def test_leaving_for_a_friend_without_a_line_names_the_own_line() -> None:
    chat = fake_chat(FakeUnitOfWorkFactory(), clock=FakeClock())
    await chat.say("amy", "接龙 榴莲 ¥30")
    await chat.say("bob", "+2")
    card = await chat.card()

    reply = chat.said(await chat.say("bob", "-1 帮 小张"))

    assert reply == "你在 榴莲（#1）没有帮 小张 报的，只有你自己的 ×2：撤自己的请发 -1。没有任何改动。"
    assert await chat.card() == card


async def test_leaving_for_a_friend_without_a_line_on_options_names_the_lines() -> None:
    chat = fake_chat(FakeUnitOfWorkFactory(), clock=FakeClock())
    await chat.say("amy", "接龙 丹东红颜 规格 大盒:50,小盒:30")
    await chat.say("cat", "+1 帮 小王 大盒")

    reply = chat.said(await chat.say("cat", "-1 帮 小张"))

    assert reply == (
        "你在 丹东红颜（#1）没有帮 小张 报的；你帮朋友报的有：小王 大盒 ×1。例如：-1 帮 小王。没有任何改动。"
    )
