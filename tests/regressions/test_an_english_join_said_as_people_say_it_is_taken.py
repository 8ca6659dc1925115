"""Review 64 items 1 and 3 (an English group, Bubble Tea with options small / large): `put me down for the
large`, `2 small` and `actualy ill take 2 small 😅` got silence, nothing joined, while `+2 small` and
`I'll take 2 small` joined. Now each is that join: `put me down for the large` 1 × large, `put me down for
2 small`, `2 small`, `I'll take 2 small`, `ill take 2 small` (the apostrophe left out, `actualy` mistyped
before it) 2 × small; `put me down` / `count me in` / `me too` ask which option as `+1` does. A count and a
word naming no option or product here (`2 days`, `put me down for dinner`) stays talk."""

from __future__ import annotations

import pytest

from tests.fakes import FakeUnitOfWorkFactory
from tests.unit.handlers.conftest import Chat, fake_chat


async def _tea() -> Chat:
    chat = fake_chat(FakeUnitOfWorkFactory())
    await chat.say("amy", "/open Bubble Tea options small:4,large:6", name="Kate")
    return chat


async def test_put_me_down_for_the_large_joins_one_large() -> None:
    chat = await _tea()

    said = chat.said(await chat.say("bob", "put me down for the large"))

    assert said.startswith("Bob is in: 1 × Bubble Tea large (#1)."), said
    assert "Bob" in await chat.card(1)


@pytest.mark.parametrize(
    "typed",
    [
        "put me down for 2 small",
        "2 small",
        "I'll take 2 small",
        "actualy ill take 2 small 😅",
        "2 small please",
    ],
)
async def test_two_small_said_in_words_joins_two_small(typed: str) -> None:
    chat = await _tea()

    said = chat.said(await chat.say("bob", typed))

    assert said.startswith("Bob is in: 2 × Bubble Tea small (#1)."), said


@pytest.mark.parametrize("typed", ["put me down", "count me in", "me too"])
async def test_a_join_naming_no_option_is_asked_which_as_plus_one_is(typed: str) -> None:
    chat = await _tea()

    said = chat.said(await chat.say("bob", typed))

    assert said.startswith("Which option of Bubble Tea (#1)? small ¥4 / large ¥6."), said


@pytest.mark.parametrize("typed", ["2 days", "put me down for dinner", "3 more", "2 small ones left?"])
async def test_a_count_and_a_word_naming_nothing_here_stays_talk(typed: str) -> None:
    chat = await _tea()

    replies = await chat.say("bob", typed)

    assert not [reply.text for reply in replies if reply.text], replies
    assert "Bob" not in await chat.card(1)
