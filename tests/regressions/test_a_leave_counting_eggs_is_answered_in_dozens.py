"""`-6 eggs` and `/leave 6 eggs` on eggs sold by the dozen were read as 6 dozen and took Bob's whole line
of 2 dozen off ("so all of it was taken off"), while `+6 eggs` was answered as half a dozen (replay s22).
A leave counting the goods is answered in dozens as the join is; nothing is taken off."""

from __future__ import annotations

import pytest

from tests.fakes import FakeUnitOfWorkFactory
from tests.unit.handlers.conftest import fake_chat


@pytest.mark.parametrize("typed", ["-6 eggs", "/leave 6 eggs"])
async def test_a_leave_of_six_eggs_is_half_a_dozen_and_changes_nothing(typed: str) -> None:
    chat = fake_chat(FakeUnitOfWorkFactory(), default_language="en")
    await chat.say("amy", "/groupbuy Eggs price 12/dozen")
    await chat.say("bob", "+2")

    said = chat.said(await chat.say("bob", typed))

    assert said == (
        "Eggs (#1) is sold by the dozen (12 pieces): “6 eggs” is half a dozen, which cannot be taken off. "
        "Send -1 to take off 1 dozen (12 pieces). Nothing was changed."
    )
    assert "1. Bob 2 dozen" in await chat.card()


async def test_twelve_eggs_off_is_one_dozen_to_send_and_one_eggs_is_one_dozen() -> None:
    chat = fake_chat(FakeUnitOfWorkFactory(), default_language="en")
    await chat.say("amy", "/groupbuy Eggs price 12/dozen")
    await chat.say("bob", "+2")

    twelve = chat.said(await chat.say("bob", "-12 eggs"))
    one = chat.said(await chat.say("bob", "-1 eggs"))

    assert (
        twelve
        == "Eggs (#1) is sold by the dozen: “12 eggs” is 1 dozen, so send -1 for them. Nothing was changed."
    )
    assert one.startswith("Bob now has 1 dozen of Eggs (#1).")
