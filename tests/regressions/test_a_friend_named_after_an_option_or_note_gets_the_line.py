"""Session 10: `+1 大盒 帮 小李` was taken as Cat's own line with the note "帮 小李", and `+1 3号楼 帮 小王`
gave the note "3号楼 帮 小王": only `+1 帮 小李 大盒` made a friend line. A friend named after the option
or note words gets the line; the words before stay the option / note."""

from __future__ import annotations

from tests.fakes import FakeClock, FakeUnitOfWorkFactory
from tests.unit.handlers.conftest import fake_chat


async def test_a_friend_named_after_an_option_gets_the_friends_line_of_that_option() -> None:
    chat = fake_chat(FakeUnitOfWorkFactory(), clock=FakeClock())
    await chat.say("amy", "接龙 丹东红颜 规格 大盒:50,小盒:30")

    reply = chat.said(await chat.say("cat", "+1 大盒 帮 小李"))

    assert reply.startswith("Cat 帮 小李 跟团：1 × 丹东红颜 大盒（#1）。")
    assert "1. Cat 帮 小李 大盒 ×1" in await chat.card()
    took = chat.said(await chat.say("cat", "-1 帮 小李"))
    assert took.startswith("Cat 撤下了帮 小李 报的 丹东红颜 大盒（#1）")


async def test_a_friend_named_after_a_note_gets_the_line_with_the_note() -> None:
    chat = fake_chat(FakeUnitOfWorkFactory(), clock=FakeClock())
    await chat.say("amy", "接龙 榴莲 ¥30")

    reply = chat.said(await chat.say("cat", "+1 3号楼 帮 小王"))

    assert reply.startswith("Cat 帮 小王 跟团：1 × 榴莲（#1）。备注：3号楼。")
    assert "1. Cat 帮 小王 ×1 · 3号楼" in await chat.card()


async def test_a_friend_named_after_a_note_in_english_gets_the_line() -> None:
    chat = fake_chat(FakeUnitOfWorkFactory(), clock=FakeClock())
    await chat.say("amy", "接龙 榴莲 ¥30")

    reply = chat.said(await chat.say("cat", "+1 gate B for Tom"))

    assert reply.startswith("Cat joined for Tom: 1 × 榴莲 (#1). Note: gate B.")
    assert "1. Cat 帮 Tom ×1 · gate B" in await chat.card()
