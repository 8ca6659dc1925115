"""Session 33 (s33-enjoin 1): on a group buy without options, Zoe (in for 2) said `2 please`, `me too x2`,
`I'm in for 2` and was given 2 more ("2 more, now 4 × Cookies in all"), where `I want 2` and `2 small` on
an option buy add nothing. A count said in English words without "more" from a member holding her own
line is an echo when she holds that many, else asked (make it N, or +N), nothing changed; holding none it
joins as ever, never asked which group buy with one open. A typed `+2` (`me too +2` too) still adds."""

from __future__ import annotations

import pytest

from tests.fakes import FakeUnitOfWorkFactory
from tests.unit.handlers.conftest import Chat, fake_chat

SAID = ["2 please", "me too x2", "I'm in for 2", "count me in x2"]


async def _cookies() -> Chat:
    chat = fake_chat(FakeUnitOfWorkFactory(), default_language="en")
    await chat.say("amy", "/open Cookies price 5 target 10", name="Kate")
    return chat


@pytest.mark.parametrize("typed", SAID)
async def test_the_count_she_holds_said_in_words_is_an_echo(typed: str) -> None:
    chat = await _cookies()
    await chat.say("zoe", "+2", name="Zoe")
    before = await chat.card(1)

    said = Chat.said(await chat.say("zoe", typed, name="Zoe"))

    assert said == "You're already in for 2 units; to add more, send +2. Nothing changed."
    assert await chat.card(1) == before


@pytest.mark.parametrize("typed", SAID)
async def test_another_count_said_in_words_is_asked_in_all_or_more(typed: str) -> None:
    chat = await _cookies()
    await chat.say("zoe", "+1", name="Zoe")
    before = await chat.card(1)

    said = Chat.said(await chat.say("zoe", typed, name="Zoe"))

    assert said == (
        "You're in for 1 unit: to make it 2 units, send make it 2; to add 2 units more, send +2. "
        "Nothing changed."
    )
    assert await chat.card(1) == before
    assert "now 2 × Cookies" in Chat.said(await chat.say("zoe", "make it 2", name="Zoe"))


@pytest.mark.parametrize("typed", SAID)
async def test_holding_none_it_joins_the_one_open_never_asked_which(typed: str) -> None:
    chat = await _cookies()
    await chat.say("amy", "/open Tea price 3", name="Kate")
    await chat.say("amy", "/cancel #2", name="Kate")

    said = Chat.said(await chat.say("zoe", typed, name="Zoe"))

    assert said == "Zoe is in: 2 × Cookies (#1). Now ¥5 each."
    assert "1. Zoe ×2" in await chat.card(1)


@pytest.mark.parametrize("typed", ["+2", "me too +2"])
async def test_a_typed_plus_still_adds(typed: str) -> None:
    chat = await _cookies()
    await chat.say("zoe", "+2", name="Zoe")

    said = Chat.said(await chat.say("zoe", typed, name="Zoe"))

    assert said == "Zoe is in: 2 more, now 4 × Cookies in all (#1). Now ¥5 each."
