"""`+1 for` and `+1 帮` (the friend's name forgotten) joined the member with a note "for" / "帮": a line
nobody meant. They are answered with how to join for a friend, and nothing is added."""

from __future__ import annotations

import pytest

from tests.unit.handlers.conftest import Chat, fake_chat


@pytest.mark.parametrize(
    ("typed", "answer"),
    [
        ("+1 for", "Write it like: +1, +2, /join 2, /join #12 2, or +1 for Wang"),
        ("+2 for", "Write it like: +1, +2, /join 2, /join #12 2, or +1 for Wang"),
        ("+1 帮", "请这样写：+1、+2、我要两份、跟团 #12 2，或 +1 帮 小王"),
        ("+1 给", "请这样写：+1、+2、我要两份、跟团 #12 2，或 +1 帮 小王"),
        ("+1 for please", "Write it like: +1, +2, /join 2, /join #12 2, or +1 for Wang"),
        ("+1 帮 谢谢", "请这样写：+1、+2、我要两份、跟团 #12 2，或 +1 帮 小王"),
    ],
)
async def test_a_join_for_a_friend_without_the_friend_changes_nothing(typed: str, answer: str) -> None:
    chat = fake_chat(default_language="en")
    await chat.say("amy", "/groupbuy Plums price 10 target 5 ends 2h")

    assert Chat.said(await chat.say("bob", typed)) == answer
    assert (await chat.card(1)).endswith("\n\nNobody yet: be the first with +1")


async def test_a_join_for_a_named_friend_still_joins() -> None:
    chat = fake_chat(default_language="en")
    await chat.say("amy", "/groupbuy Plums price 10 target 5 ends 2h")

    said = Chat.said(await chat.say("bob", "+1 for Wang"))

    assert said == "Bob joined for Wang: 1 × Plums (#1). Now ¥10 each."
    assert (await chat.card(1)).endswith("\n\n1. Bob for Wang ×1")
