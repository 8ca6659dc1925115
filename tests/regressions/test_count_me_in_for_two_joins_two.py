"""`count me in for 2` (no option said) got no reply, nothing joined, while `I'm in for 2` joined 2. Now it is
that join: 2 on a group buy without options; on one with options, asked which option as `+2` is, nothing
joined."""

from __future__ import annotations

import pytest

from tests.fakes import FakeUnitOfWorkFactory
from tests.unit.handlers.conftest import fake_chat


@pytest.mark.parametrize("typed", ["count me in for 2", "Count me in for two please", "count me in, for 2!"])
async def test_count_me_in_for_two_joins_two(typed: str) -> None:
    chat = fake_chat(FakeUnitOfWorkFactory())
    await chat.say("amy", "/open Mangoes 30", name="Kate")

    said = chat.said(await chat.say("cat", typed))

    assert said == "Cat is in: 2 × Mangoes (#1). Now ¥30 each.", said
    assert "Cat ×2" in await chat.card(1)


async def test_count_me_in_for_two_with_options_is_asked_which_as_plus_two_is() -> None:
    chat = fake_chat(FakeUnitOfWorkFactory())
    await chat.say("amy", "/open Dumplings options pork:30,veg:25", name="Kate")

    said = chat.said(await chat.say("cat", "count me in for 2"))

    assert said == chat.said(await chat.say("dan", "+2")), said
    assert said.startswith("Which option of Dumplings (#1)? pork ¥30 / veg ¥25."), said
    assert "e.g. +2 veg" in said, said
    assert "Cat" not in await chat.card(1)


async def test_count_me_in_for_my_mum_is_still_her_mums_line() -> None:
    chat = fake_chat(FakeUnitOfWorkFactory())
    await chat.say("amy", "/open Mangoes 30", name="Kate")

    said = chat.said(await chat.say("cat", "count me in for my mum"))

    assert "Mangoes" in said and "1 ×" in said, said
    assert "Cat" in await chat.card(1)
