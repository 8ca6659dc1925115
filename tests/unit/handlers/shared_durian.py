"""A shop where a sharer earned commission, for the payout and refund tests: Amy's Durian (¥88, target 1)
closed with Bob's order #1-1 and Dan's #1-2, each brought by the sharer at 50% (¥44 an order)."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace

from tests.fakes import FakeUnitOfWorkFactory
from tests.unit.handlers.conftest import Chat, fake_chat


async def shared_durian(
    language: str,
    *,
    sharer: str,
    collected: Sequence[int] = (1, 2),
    payout_minimum: int | None = 1,
    buyers: Sequence[str] = ("bob", "dan"),
    currency: str | None = None,
) -> tuple[Chat, FakeUnitOfWorkFactory]:
    """The shop, `collected` orders paid and picked up (their commission available); Eve reviews payouts."""
    factory = FakeUnitOfWorkFactory()
    settings: dict[str, object] = {} if payout_minimum is None else {"payout_minimum": payout_minimum}
    if currency is not None:  # the shop's (`TUAN_CURRENCY`): PayNow is paid out in an SGD shop only
        settings["currency"] = currency
    chat = fake_chat(factory, default_language=language, payout_admins=frozenset({"eve"}), **settings)
    await chat.say("amy", "/groupbuy Durian price 88 target 1")
    for buyer in buyers:
        await chat.say(buyer, "+1")
    await chat.say("amy", "/close")
    factory.state.group_buys[1] = replace(factory.state.group_buys[1], sharer_rate_bp=5000)
    for order_id in range(1, len(buyers) + 1):
        factory.state.orders[order_id].sharer_id = sharer
    for order_id in collected:
        await chat.say("amy", f"/paid 1-{order_id}")
        await chat.say("amy", f"/pickedup 1-{order_id}")
    return chat, factory
