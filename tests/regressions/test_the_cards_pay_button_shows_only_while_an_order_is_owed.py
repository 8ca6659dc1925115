"""The group's card kept its `💳 Pay` button after everyone had paid (`💰 2/2 paid`), and a tap only
said "You have no order waiting for payment". The button now shows while some order of the group buy is
owed, and comes back when one is owed again (`/unpaid`)."""

from __future__ import annotations

from tests.fakes import FakeUnitOfWorkFactory
from tests.unit.handlers.conftest import fake_chat

PAY = (("💳 Pay", "gb:pay:1"),)


async def test_the_pay_button_goes_once_everyone_paid_and_returns_when_one_owes_again() -> None:
    chat = fake_chat(
        FakeUnitOfWorkFactory(), default_language="en", online_payment=True, payment_secret="test-secret"
    )
    await chat.say("amy", "/groupbuy Tea price 30 target 2")
    await chat.say("bob", "+1")
    await chat.say("cat", "+1")
    await chat.say("amy", "/close")

    async def card() -> tuple[list[str], tuple[tuple[tuple[str, str], ...], ...]]:
        shown = await chat.app.render_card(1)
        return shown.text.splitlines(), tuple(tuple((b.label, b.data) for b in row) for row in shown.buttons)

    assert (await card())[1] == (PAY,)
    await chat.say("amy", "/paid 1-1")
    text, buttons = await card()
    assert ("💰 1/2 paid" in text, buttons) == (True, (PAY,))

    await chat.say("amy", "/paid 1-2")
    text, buttons = await card()
    assert ("💰 2/2 paid" in text, buttons) == (True, ())

    await chat.say("amy", "/unpaid 1-2")
    text, buttons = await card()
    assert ("💰 1/2 paid" in text, buttons) == (True, (PAY,))


async def test_a_card_with_every_order_refunded_has_no_pay_button() -> None:
    chat = fake_chat(
        FakeUnitOfWorkFactory(), default_language="en", online_payment=True, payment_secret="test-secret"
    )
    await chat.say("amy", "/groupbuy Tea price 30 target 1")
    await chat.say("bob", "+1")
    await chat.say("amy", "/close")
    await chat.say("amy", "/paid 1-1")
    await chat.say("amy", "/refund 1-1")

    assert (await chat.app.render_card(1)).buttons == ()
