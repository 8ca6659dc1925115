"""`/join #2 5kg` (no quantity) was answered with the join's form, which shows no option; it is one of
that option, as `+1 5kg` is."""

from __future__ import annotations

from tests.fakes import FakeUnitOfWorkFactory
from tests.unit.handlers.conftest import fake_chat


async def test_a_join_of_an_option_needs_no_quantity() -> None:
    chat = fake_chat(FakeUnitOfWorkFactory(), default_language="en")
    await chat.say("amy", "/groupbuy Plums price 12")
    await chat.say("amy", "/groupbuy Mangoes options 3kg:58:3,5kg:88:3")

    said = await chat.say("dan", "/join #2 5kg")

    assert chat.said(said).startswith("Dan is in: 1 × Mangoes 5kg (#2).")
