"""Session 34 (s34-joins 1): `x2` alone from Zoe, already in for 2, added 2 more ("2 more, now 4 ×
Cookies") where `me too x2` and `2 please` add nothing. `x2` / `×2` alone is a count stated without
"more", as they are: holding 2 an echo, holding 1 asked (make it 2, or +2), nothing changed; holding none
it joins 2 as ever. A typed `+2` still adds."""

from __future__ import annotations

import pytest

from tests.fakes import FakeUnitOfWorkFactory
from tests.unit.handlers.conftest import Chat, fake_chat

TYPED = ["x2", "×2", "x2 #1"]


async def _opened(language: str) -> Chat:
    chat = fake_chat(FakeUnitOfWorkFactory(), default_language=language)
    opening = "/open Cookies price 5 target 10" if language == "en" else "接龙 曲奇 价格 5 成团 10"
    await chat.say("amy", opening, name="Kate")
    return chat


@pytest.mark.parametrize("typed", TYPED)
async def test_x2_holding_2_adds_nothing_and_says_so(typed: str) -> None:
    chat = await _opened("en")
    await chat.say("zoe", "+2", name="Zoe")
    before = await chat.card(1)

    said = Chat.said(await chat.say("zoe", typed, name="Zoe"))

    assert said == "You're already in for 2 units; to add more, send +2. Nothing changed."
    assert await chat.card(1) == before


@pytest.mark.parametrize("typed", TYPED)
async def test_x2_holding_2_adds_nothing_in_chinese(typed: str) -> None:
    chat = await _opened("zh")
    await chat.say("zoe", "+2", name="小周")
    before = await chat.card(1)

    said = Chat.said(await chat.say("zoe", typed, name="小周"))

    assert said == "你已跟团 2 份；要再加请发 +2。这次没有改动。"
    assert await chat.card(1) == before


@pytest.mark.parametrize("typed", TYPED)
async def test_x2_holding_1_is_asked_as_me_too_x2_is(typed: str) -> None:
    chat = await _opened("en")
    await chat.say("zoe", "+1", name="Zoe")
    before = await chat.card(1)

    said = Chat.said(await chat.say("zoe", typed, name="Zoe"))
    as_me_too = Chat.said(await chat.say("zoe", "me too x2", name="Zoe"))

    assert (
        said
        == as_me_too
        == (
            "You're in for 1 unit: to make it 2 units, send make it 2; to add 2 units more, send +2. "
            "Nothing changed."
        )
    )
    assert await chat.card(1) == before


@pytest.mark.parametrize("typed", TYPED)
async def test_x2_holding_none_joins_2(typed: str) -> None:
    chat = await _opened("en")

    said = Chat.said(await chat.say("zoe", typed, name="Zoe"))

    assert said == "Zoe is in: 2 × Cookies (#1). Now ¥5 each."
    assert "1. Zoe ×2" in await chat.card(1)


async def test_a_typed_plus_2_still_adds() -> None:
    chat = await _opened("en")
    await chat.say("zoe", "+2", name="Zoe")

    said = Chat.said(await chat.say("zoe", "+2", name="Zoe"))

    assert said == "Zoe is in: 2 more, now 4 × Cookies in all (#1). Now ¥5 each."
