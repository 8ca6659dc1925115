"""A payment recomputes its chat's trust after its commit (bot.bootstrap wires
commerce.services.reputation.after_payment to OrderPaid): a friend who bought through Bob's note raises
Bob's trust without anyone liking anything."""

from __future__ import annotations

from bot.bootstrap import reputation_after_payment
from commerce.domain.events import OrderPaid
from tests.fakes import FakeUnitOfWorkFactory
from tests.unit.handlers.conftest import fake_chat


async def test_a_purchase_a_note_led_to_raises_its_authors_trust_once_paid() -> None:
    factory = FakeUnitOfWorkFactory()
    chat = fake_chat(factory)
    await chat.say("amy", "接龙 芒果 价格 30 成团 1")
    await chat.say("bob", "种草 #1 芒果很甜")
    await chat.tap("cat", "nt:join:1")  # through Bob's note: a purchase it led to, once paid
    await chat.say("amy", "截单")
    before = factory.state.trust.get(("family", "bob"), 1.0)
    await chat.say("amy", "已收 1-1")
    assert factory.state.trust.get(("family", "bob"), 1.0) == before  # the payment itself waits for nothing

    await reputation_after_payment(factory)(OrderPaid(order_id=1, group_buy_id=1, buyer_id="cat"))  # type: ignore[arg-type]

    assert factory.state.trust[("family", "bob")] > before
