"""Review 67 item 4: Mia (large ×1) sent `me too` on Bubble Tea (#1) once every option was sold out and was
asked "Which option… e.g. +1 small", small sold out too. A join said again by one already in whose options
are all gone gets the sold-out answer with how to wait, as `+1 small` does, never an option to send.
(s38-joins2 made `me too` echo her line with her option's wait even here; s39 restores the whole buy's
sold-out answer where every option is gone: the echo stays where another option still has some.)"""

from __future__ import annotations

import pytest

from tests.fakes import FakeUnitOfWorkFactory
from tests.unit.handlers.conftest import Chat, fake_chat


async def _sold_out_tea() -> Chat:
    chat = fake_chat(FakeUnitOfWorkFactory())
    await chat.say("amy", "/open Bubble Tea options small:4:2,large:6:1", name="Kate")
    await chat.say("mia", "+1 large", name="Mia")
    await chat.say("leo", "+2 small", name="Leo")
    return chat


@pytest.mark.parametrize("typed", ["me too", "count me in", "put me down for the large"])
async def test_a_join_said_again_on_a_sold_out_buy_is_the_sold_out_answer(typed: str) -> None:
    chat = await _sold_out_tea()
    before = await chat.card(1)

    said = chat.said(await chat.say("mia", typed, name="Mia"))

    assert said.startswith("Mia: Sorry, Bubble Tea is sold out"), said
    assert "Which option" not in said and "+1 small" not in said, said
    assert await chat.card(1) == before
