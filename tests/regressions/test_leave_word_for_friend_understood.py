"""Session 11: `退出 帮 小王` and `退出 大 帮 小王` got no answer at all, and `/leave for Wang`,
`/leave large for Wang` were answered with the leave's usage, while `-1 帮 小王` and `-1 大 帮 小王`
took the friend's line down. The leave word reads a friend (and an option on either side) as `-1` does,
taking the friend's whole line off."""

from __future__ import annotations

import pytest

from tests.fakes import FakeClock, FakeUnitOfWorkFactory
from tests.unit.handlers.conftest import Chat, fake_chat


async def _chat(opening: str, *joins: str) -> Chat:
    chat = fake_chat(FakeUnitOfWorkFactory(), clock=FakeClock())
    await chat.say("amy", opening)
    for typed in joins:
        await chat.say("bob", typed)
    return chat


async def test_leave_for_a_friend_takes_the_friends_whole_line_off() -> None:
    chat = await _chat("接龙 柚子 ¥30", "+2 帮 小王", "+1")

    said = Chat.said(await chat.say("bob", "退出 帮 小王"))

    assert said == "Bob 撤下了帮 小王 报的 柚子（#1），Bob 名单上还有 1 份。"
    assert (await chat.card()).endswith("\n\n1. Bob ×1")


async def test_slash_leave_for_a_friend_takes_the_friends_line_off() -> None:
    chat = await _chat("/groupbuy Pomelo price 30", "+2 for Wang", "+1")

    said = Chat.said(await chat.say("bob", "/leave for Wang"))

    assert said == "Bob took the line for Wang off Pomelo (#1); Bob still has 1 on the list."
    assert (await chat.card()).endswith("\n\n1. Bob ×1")


@pytest.mark.parametrize(
    ("typed", "said"),
    [
        ("退出 大 帮 小王", "Bob 撤下了帮 小王 报的 柚子 大（#1），帮 Wang 报的还在（1 份）。"),
        ("退出 帮 小王 大", "Bob 撤下了帮 小王 报的 柚子 大（#1），帮 Wang 报的还在（1 份）。"),
        (
            "/leave large for Wang",
            "Bob took the line for Wang off 柚子 large (#1); the line for 小王 stays (2).",
        ),
        (
            "/leave for Wang large",
            "Bob took the line for Wang off 柚子 large (#1); the line for 小王 stays (2).",
        ),
    ],
)
async def test_leave_for_a_friend_of_an_option_takes_that_line_off(typed: str, said: str) -> None:
    chat = await _chat("接龙 柚子 规格 大:30,large:20", "+2 大 帮 小王", "+1 large for Wang")

    assert Chat.said(await chat.say("bob", typed)) == said


async def test_leave_for_a_friend_without_a_line_says_what_is_held() -> None:
    chat = await _chat("接龙 柚子 ¥30", "+1")

    said = Chat.said(await chat.say("bob", "退出 帮 小王"))

    assert said == "你在 柚子（#1）没有帮 小王 报的，只有你自己的 ×1：撤自己的请发 -1。没有任何改动。"


@pytest.mark.parametrize("typed", ["退出 帮 小王吗", "退出帮小王", "退出 大 帮 小王 小"])
async def test_talk_or_two_options_around_the_friend_stay_quiet(typed: str) -> None:
    chat = await _chat("接龙 柚子 规格 大:30,小:20", "+1 大 帮 小王")

    assert await chat.say("bob", typed) == []
    assert "小王" in await chat.card()
