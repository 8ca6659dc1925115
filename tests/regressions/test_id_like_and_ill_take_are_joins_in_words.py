"""Session 18: `I'd like 2` and `I'll take 2` were left unanswered though the grammar meant them as `I want
2` (a join said in English words): its pattern wanted a space between `I` and `'d`. They now join, as
`I want 2` does."""

from __future__ import annotations

import pytest

from tests.unit.handlers.conftest import fake_chat


@pytest.mark.parametrize("said", ["I'd like 2", "I’ll take 2", "I would like 2 please"])
async def test_id_like_two_joins_two(said: str) -> None:
    chat = fake_chat(default_language="en")
    await chat.say("amy", "/groupbuy Mangoes price 30")

    assert chat.said(await chat.say("bob", said)) == "Bob is in: 2 × Mangoes (#1). Now ¥30 each."


async def test_id_like_to_know_stays_talk() -> None:
    chat = fake_chat(default_language="en")
    await chat.say("amy", "/groupbuy Mangoes price 30")
    await chat.say("bob", "+1")

    assert await chat.say("bob", "I'd like to know when it closes") == []
