"""`I paid` (no slash) was silent while `我付了` and `/ipaid` reported the payment: a buyer in an English or
a mixed chat thought the organiser had been told. It is now the buyer's report, answered in English; a
sentence that merely says "paid" stays chatter."""

from __future__ import annotations

from tests.fakes import FakeUnitOfWorkFactory
from tests.unit.handlers.conftest import fake_chat


async def test_an_english_i_paid_is_a_payment_report() -> None:
    factory = FakeUnitOfWorkFactory()
    chat = fake_chat(factory)
    for user, text in [("amy", "接龙 芒果 价格 30 成团 1"), ("bob", "+1"), ("amy", "截单")]:
        await chat.say(user, text)

    assert await chat.say("bob", "I paid for the mangoes yesterday") == []
    said = await chat.say("bob", "I paid")

    assert chat.said(said) == (
        "Thanks, Bob: Amy is asked to confirm your payment for order #1-1; "
        "the amount was sent to you privately. "
        "The card shows 💸 until they do."
    )
    assert list(chat.private(said))[1:] == ["amy"]  # [0]: the buyer, the amount privately (s30)
    assert factory.state.orders[1].reported_paid_at is not None
