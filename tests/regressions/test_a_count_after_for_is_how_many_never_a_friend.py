"""Session 33 (s33-enjoin 4): Zoe typed `+1 #2 for 2` and was put down "for 2", a friend called "2"
("Zoe joined for 2: 1 × Tea (#2)"). A count after `for` in a `+1`, the whole message, is how many:
2 of #2, as `+2 #2`; `+1 for Amy` stays Amy's line."""

from __future__ import annotations

import pytest

from tests.fakes import FakeUnitOfWorkFactory
from tests.unit.handlers.conftest import Chat, fake_chat


async def _two_open() -> Chat:
    chat = fake_chat(FakeUnitOfWorkFactory(), default_language="en")
    await chat.say("amy", "/open Cookies price 5 target 10", name="Kate")
    await chat.say("amy", "/open Tea price 3", name="Kate")
    return chat


@pytest.mark.parametrize("typed", ["+1 #2 for 2", "+1 for 2 #2", "+1 #2 for 2 please"])
async def test_a_count_after_for_is_how_many(typed: str) -> None:
    chat = await _two_open()

    said = Chat.said(await chat.say("zoe", typed, name="Zoe"))

    assert said == "Zoe is in: 2 × Tea (#2). Now ¥3 each."
    assert "1. Zoe ×2" in await chat.card(2)


async def test_a_name_after_for_is_the_friends_line() -> None:
    chat = await _two_open()

    said = Chat.said(await chat.say("zoe", "+1 #2 for Amy", name="Zoe"))

    assert said == "Zoe joined for Amy: 1 × Tea (#2). Now ¥3 each."
