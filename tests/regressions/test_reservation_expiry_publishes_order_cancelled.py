"""Reservation expiry used to publish nothing, so nothing downstream (ledger, digest) could hear that an
order lapsed. Its `OrderCancelled` now reaches the bus, like every other committed change."""

from __future__ import annotations

from typing import cast

from commerce.domain.events import Event, OrderCancelled, OrderPaid
from commerce.messagebus import MessageBus
from commerce.ports import UnitOfWorkFactory
from handlers.app import AppConfig, ChatApp
from tests.fakes import FakeClock, FakeUnitOfWorkFactory
from tests.unit.handlers.conftest import Chat
from tests.unit.handlers.test_payments_checkout import SECRET, pay, succeeded_in_stars


async def test_a_lapsed_reservation_reaches_the_bus_as_order_cancelled() -> None:
    clock, factory, heard = FakeClock(), FakeUnitOfWorkFactory(), []
    bus = MessageBus()

    async def hear(event: Event) -> None:
        heard.append(event)

    bus.subscribe(OrderCancelled, hear)
    bus.subscribe(OrderPaid, hear)
    config = AppConfig(default_language="en", payment_secret=SECRET)
    shop = Chat(ChatApp(uow_factory=cast(UnitOfWorkFactory, factory), clock=clock, config=config, bus=bus))
    await succeeded_in_stars(shop)
    await pay(shop, "bob", 1, "ch-1")
    clock.advance(hours=25)
    await shop.app.checkout.expire_unpaid(clock.now())
    assert [type(event) for event in heard] == [OrderPaid, OrderCancelled]
    cancelled = heard[-1]
    assert isinstance(cancelled, OrderCancelled)
    assert (cancelled.order_id, cancelled.buyer_id, cancelled.reason) == (2, "dan", "not paid in time")
