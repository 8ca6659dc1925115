"""An organiser who joined her own group buy got "Pay the organiser Amy (cash or transfer)" at the close,
was listed as unpaid and named in the payment reminder: she was a buyer owing herself. Her own order is
still made (her units are on the list), but recorded as paid when it is made: her order message says
so, with no payment instruction, and no reminder names her."""

from __future__ import annotations

from tests.fakes import FakeUnitOfWorkFactory
from tests.unit.handlers.conftest import fake_chat


async def test_the_organisers_own_order_is_paid_and_never_chased() -> None:
    chat = fake_chat(FakeUnitOfWorkFactory(), default_language="en")
    await chat.say("amy", "/groupbuy Plums price 20 target 1")
    await chat.say("amy", "+2")
    await chat.say("bob", "+1")

    own = chat.private(await chat.say("amy", "/close"))["amy"]

    assert "Pay the organiser" not in own
    assert "It is your own group buy: the order counts as paid, nothing to pay yourself." in own
    replies = await chat.say("amy", "/remind")
    reminder = chat.said(replies)
    assert "• Bob (order #1-2)" in reminder and "Amy" not in reminder.splitlines()[1]
    assert chat.private(replies) == {"bob": chat.private(replies)["bob"]}  # s30: Bob reads his ¥20 privately
    assert "¥20" in chat.private(replies)["bob"]
    assert chat.said(await chat.say("amy", "/orders", private=True)) == (
        "Your orders:\n#1-1 Plums (group buy #1 by Amy): 2 × ¥20 = ¥40 · paid"
    )
