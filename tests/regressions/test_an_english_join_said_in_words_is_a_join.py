"""Session 15 (fe report, finding 1): in an English group with a group buy open, `me too`, `Me too! +1`,
`count me in`, `I'm in`, `one for me`, `I want 2`, `me too x2`, `x2` got no reply at all, and the buyer
thought she had joined. Said as the whole message they join (`+1`, or the number said); a longer sentence
holding the words stays chatter; with two open they get the which-group-buy question `+1` gets; with none
open they stay chatter."""

from __future__ import annotations

import pytest

from tests.unit.handlers.conftest import Chat, fake_chat

ONE = "Gina is in: 1 × Plums (#1). Now ¥10 each."
TWO = "Gina is in: 2 × Plums (#1). Now ¥10 each."


async def _opened() -> Chat:
    chat = fake_chat(default_language="en")
    await chat.say("amy", "/lang en")
    await chat.say("amy", "/groupbuy Plums price 10 target 5 ends 2h")
    return chat


@pytest.mark.parametrize(
    ("typed", "said", "line"),
    [
        ("me too", ONE, "1. Gina ×1"),
        ("Me too! +1", ONE, "1. Gina ×1"),
        ("count me in", ONE, "1. Gina ×1"),
        ("Count me in, please!", ONE, "1. Gina ×1"),
        ("I'm in", ONE, "1. Gina ×1"),
        ("I’m in!", ONE, "1. Gina ×1"),
        ("one for me", ONE, "1. Gina ×1"),
        ("me too x2", TWO, "1. Gina ×2"),
        ("I want 2", TWO, "1. Gina ×2"),
        ("I want two pls", TWO, "1. Gina ×2"),
        ("x2", TWO, "1. Gina ×2"),
        ("x2 #1", TWO, "1. Gina ×2"),
    ],
)
async def test_a_join_said_in_words_joins(typed: str, said: str, line: str) -> None:
    chat = await _opened()

    assert Chat.said(await chat.say("gina", typed)) == said, typed
    assert (await chat.card(1)).endswith(f"\n\n{line}"), typed


@pytest.mark.parametrize(
    "typed",
    [
        "me too, that sounds lovely",
        "I'm in the car",
        "count me in for dinner",
        "I want 2 hours of sleep",
        "x2 x3",
        "one for me +2",
        "me too x",
    ],
)
async def test_a_sentence_holding_the_words_stays_chatter(typed: str) -> None:
    chat = await _opened()

    assert [reply for reply in await chat.say("gina", typed) if reply.text] == [], typed
    assert (await chat.card(1)).endswith("\n\nNobody yet: be the first with +1"), typed


async def test_with_two_open_it_is_asked_which_as_plus_one_is() -> None:
    chat = await _opened()
    await chat.say("amy", "/groupbuy Pears price 12 target 5 ends 2h")

    asked = Chat.said(await chat.say("gina", "me too x2"))

    assert asked.startswith("2 group buys are open here: #1 Plums · #2 Pears. Nothing was added"), asked
    assert "(Plums: +2 #1; Pears: +2 #2)" in asked, asked
    assert (await chat.card(1)).endswith("\n\nNobody yet: be the first with +1")


async def test_with_none_open_it_stays_chatter() -> None:
    chat = fake_chat(default_language="en")
    await chat.say("amy", "/lang en")

    for typed in ("me too", "I'm in", "count me in", "x2", "I want 2"):
        assert [reply for reply in await chat.say("gina", typed) if reply.text] == [], typed
