"""Review 86 item 6 (an English group, Dumplings with options pork / veg): `count me in, 2 veg please` (a
form the README lists), `count me in for 2 veg`, `me too, 2 veg please`, `me too, 2 small` and `same for me`
got no reply, nothing joined, while `2 veg please` joined. Now the words of a join before a count and an
option are that join, as `2 veg please` is; `same for me` is `me too` (asked which option, as `+1` is)."""

from __future__ import annotations

import pytest

from tests.fakes import FakeUnitOfWorkFactory
from tests.unit.handlers.conftest import Chat, fake_chat


async def _dumplings() -> Chat:
    chat = fake_chat(FakeUnitOfWorkFactory())
    await chat.say("amy", "/open Dumplings options pork:30,veg:25", name="Kate")
    return chat


@pytest.mark.parametrize(
    "typed",
    [
        "count me in, 2 veg please",
        "count me in for 2 veg",
        "me too, 2 veg please",
        "Me too! 2 veg",
        "I'm in for 2 veg",
    ],
)
async def test_words_of_a_join_then_two_veg_joins_two_veg(typed: str) -> None:
    chat = await _dumplings()

    said = chat.said(await chat.say("cat", typed))

    assert said.startswith("Cat is in: 2 × Dumplings veg (#1)."), said
    assert "Cat" in await chat.card(1)


async def test_me_too_two_small_joins_two_small() -> None:
    chat = fake_chat(FakeUnitOfWorkFactory())
    await chat.say("amy", "/open Bubble Tea options small:4,large:6", name="Kate")

    said = chat.said(await chat.say("gus", "me too, 2 small"))

    assert said.startswith("Gus is in: 2 × Bubble Tea small (#1)."), said


async def test_same_for_me_is_asked_which_option_as_me_too_is() -> None:
    chat = await _dumplings()

    said = chat.said(await chat.say("cat", "same for me"))

    assert said.startswith("Which option of Dumplings (#1)? pork ¥30 / veg ¥25."), said
    assert "Cat" not in await chat.card(1)


async def test_words_of_a_join_then_a_count_of_nothing_here_stay_talk() -> None:
    chat = await _dumplings()

    replies = await chat.say("cat", "me too, 2 days late")

    assert not [reply.text for reply in replies if reply.text], replies
    assert "Cat" not in await chat.card(1)
