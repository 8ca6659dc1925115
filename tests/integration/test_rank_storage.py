"""The week's sharers on both engines: distinct buyers per sharer in one chat, newest week only, without
cancelled orders or an organiser's own link."""

from __future__ import annotations

from datetime import timedelta

from sqlalchemy import update

from commerce.domain.order import OrderStatus
from storage.tables import orders
from storage.uow import SqlUnitOfWorkFactory
from tests.fakes import FakeClock
from tests.integration.conftest import CHAT, ORGANISER, close, join, open_buy


async def test_sharers_are_counted_by_distinct_buyers_of_this_week(
    uow_factory: SqlUnitOfWorkFactory, clock: FakeClock
) -> None:
    group_buy = await open_buy(uow_factory, clock, target=1)
    assert group_buy.id is not None
    brought = {"bob": "ann", "cat": "ann", "dan": "ben", "eve": ORGANISER, "fay": "ben"}
    for buyer in brought:
        await join(uow_factory, clock, buyer, group_buy_id=group_buy.id)
    await close(uow_factory, clock, group_buy.id)
    async with uow_factory.engine.begin() as conn:
        for buyer, sharer in brought.items():
            await conn.execute(update(orders).where(orders.c.buyer_id == buyer).values(sharer_id=sharer))
        cancelled = OrderStatus.CANCELLED.value
        await conn.execute(update(orders).where(orders.c.buyer_id == "fay").values(status=cancelled))

    async with uow_factory() as uow:
        week = await uow.orders.top_sharers(CHAT, since=clock.now() - timedelta(days=7), limit=10)
        later = await uow.orders.top_sharers(CHAT, since=clock.now() + timedelta(days=1), limit=10)
        elsewhere = await uow.orders.top_sharers(
            "another-chat", since=clock.now() - timedelta(days=7), limit=10
        )
    assert week == [("ann", 2), ("ben", 1)]
    assert later == []
    assert elsewhere == []
