"""The week's sharers on both engines count each buyer in the group his order belongs to (帮卖: an order
made from a listing's lines is that group's, not the group buy's own group's)."""

from __future__ import annotations

from datetime import timedelta

from sqlalchemy import update

from storage.tables import orders
from storage.uow import SqlUnitOfWorkFactory
from tests.fakes import FakeClock
from tests.integration.conftest import CHAT, close, join, open_buy


async def test_a_buyer_counts_in_the_group_of_his_order(
    uow_factory: SqlUnitOfWorkFactory, clock: FakeClock
) -> None:
    group_buy = await open_buy(uow_factory, clock, target=1)
    assert group_buy.id is not None
    for buyer in ("bob", "cat", "dan"):
        await join(uow_factory, clock, buyer, group_buy_id=group_buy.id)
    await close(uow_factory, clock, group_buy.id)
    async with uow_factory.engine.begin() as conn:
        await conn.execute(update(orders).values(sharer_id="ann"))
        await conn.execute(update(orders).where(orders.c.buyer_id != "bob").values(chat_id="office"))

    since = clock.now() - timedelta(days=7)
    async with uow_factory() as uow:
        here = await uow.orders.top_sharers(CHAT, since=since, limit=10)
        office = await uow.orders.top_sharers("office", since=since, limit=10)
    assert here == [("ann", 1)]
    assert office == [("ann", 2)]
