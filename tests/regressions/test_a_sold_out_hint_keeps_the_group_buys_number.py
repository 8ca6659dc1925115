"""With two group buys open, `+1 #2 5kg` (sold out) said "send /wait 5kg 1", and sending that was asked
which group buy: a dead end. The hint keeps the number the member typed, and following it waits."""

from __future__ import annotations

from tests.fakes import FakeUnitOfWorkFactory
from tests.unit.handlers.conftest import fake_chat


async def test_a_sold_out_hint_keeps_the_group_buys_number() -> None:
    chat = fake_chat(FakeUnitOfWorkFactory(), default_language="en")
    for user, text in [
        ("amy", "/groupbuy Plums price 12 stock 1"),
        ("amy", "/groupbuy Mangoes options 3kg:58:3,5kg:88:1"),
        ("bob", "+1 #2 5kg"),
        ("bob", "+1 #1"),
    ]:
        await chat.say(user, text)

    option = await chat.say("dan", "+1 #2 5kg")
    plain = await chat.say("dan", "+1 #1")

    assert "send /wait #2 5kg 1:" in chat.said(option)
    assert "send /waitlist #1 1:" in chat.said(plain)
    assert chat.said(await chat.say("dan", "/wait #2 5kg 1")).startswith("Dan is on the waiting list")
