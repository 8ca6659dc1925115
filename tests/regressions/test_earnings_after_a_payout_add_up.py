"""After a payout was paid, `/earnings` said "Yours to withdraw: ¥0" above an order line still marked
"available", and with a payout open it showed the balance without it: the reader could not make the
numbers add up. Order lines now say the commission was credited, and the member's payouts are listed
with where each stands."""

from __future__ import annotations

from dataclasses import replace

from tests.fakes import FakeUnitOfWorkFactory
from tests.unit.handlers.conftest import fake_chat


async def test_the_orders_credits_and_the_payouts_explain_the_balance() -> None:
    factory = FakeUnitOfWorkFactory()
    chat = fake_chat(factory, default_language="en", payout_admins=frozenset({"eve"}), payout_minimum=1)
    await chat.say("amy", "/groupbuy Durian price 88 target 1")
    await chat.say("bob", "+1")
    await chat.say("amy", "/close")
    factory.state.group_buys[1] = replace(factory.state.group_buys[1], sharer_rate_bp=5000)
    factory.state.orders[1].sharer_id = "cat"
    await chat.say("amy", "/paid 1-1")
    await chat.say("amy", "/pickedup 1-1")
    await chat.say("cat", "/payout wechat w8", private=True)

    assert chat.said(await chat.say("cat", "/earnings", private=True)) == (
        "Your earnings from sharing:\nHeld: ¥0\nYours to withdraw: ¥0\n"
        "#1-1 Durian (Bob): ¥44, asked for in payout #1, not paid yet\nPayout #1: ¥44, requested"
    )
    await chat.say("eve", "/payouts approve 1", private=True)
    await chat.say("eve", "/payouts paid 1", private=True)
    assert chat.said(await chat.say("cat", "/earnings", private=True)).endswith(
        "#1-1 Durian (Bob): ¥44, paid out to you in payout #1\nPayout #1: ¥44, paid to you"
    )
