"""`uow.deadlines` (storage.deadlines) on SQLite and PostgreSQL: due group buys are claimed earliest first,
each by one caller until its lease ends, then again by whoever asks; `next_due` says when to look next."""

from __future__ import annotations

import asyncio
from datetime import datetime, timedelta

import pytest

from storage.db import make_engine
from storage.uow import SqlUnitOfWorkFactory
from tests.fakes import FakeClock
from tests.integration.conftest import close, join, open_buy

LEASE = timedelta(seconds=60)


async def _claim(factory: SqlUnitOfWorkFactory, now: datetime, limit: int = 10) -> list[int]:
    async with factory() as uow:
        claimed = await uow.deadlines.claim_due(now=now, until=now + LEASE, limit=limit)
        await uow.commit()
    return claimed


async def _next_due(factory: SqlUnitOfWorkFactory) -> datetime | None:
    async with factory() as uow:
        return await uow.deadlines.next_due()


async def test_due_group_buys_are_claimed_earliest_first_once_per_lease(
    uow_factory: SqlUnitOfWorkFactory, clock: FakeClock
) -> None:
    later = await open_buy(uow_factory, clock, hours=2)
    first = await open_buy(uow_factory, clock, hours=1)
    future = await open_buy(uow_factory, clock, hours=5)
    closed = await open_buy(uow_factory, clock, hours=1, target=1)
    assert first.id is not None and later.id is not None and closed.id is not None
    await join(uow_factory, clock, "amy", group_buy_id=closed.id)
    await close(uow_factory, clock, closed.id)
    assert await _next_due(uow_factory) == clock.now() + timedelta(hours=1)

    clock.advance(hours=3)
    assert await _claim(uow_factory, clock.now(), limit=1) == [first.id]
    assert await _claim(uow_factory, clock.now()) == [later.id]  # the first is held; the closed never due
    assert await _claim(uow_factory, clock.now()) == []
    assert await _next_due(uow_factory) == clock.now() + LEASE  # when the claims lapse

    clock.advance(seconds=LEASE.total_seconds())  # nobody closed them: anyone may claim them again
    assert sorted(await _claim(uow_factory, clock.now())) == sorted([first.id, later.id])
    assert future.id not in await _claim(uow_factory, clock.now() + timedelta(hours=1))


async def test_a_held_group_buy_waits_and_nothing_open_is_no_next_due(
    uow_factory: SqlUnitOfWorkFactory, clock: FakeClock
) -> None:
    assert await _next_due(uow_factory) is None
    group_buy = await open_buy(uow_factory, clock, hours=1)
    assert group_buy.id is not None
    clock.advance(hours=2)

    async with uow_factory() as uow:
        await uow.deadlines.hold(group_buy.id, until=clock.now() + timedelta(minutes=30))
        await uow.commit()

    assert await _claim(uow_factory, clock.now()) == []
    assert await _next_due(uow_factory) == clock.now() + timedelta(minutes=30)
    clock.advance(minutes=30)
    assert await _claim(uow_factory, clock.now()) == [group_buy.id]


async def test_a_close_whose_orders_are_pending_is_due_at_once(
    uow_factory: SqlUnitOfWorkFactory, clock: FakeClock
) -> None:
    group_buy = await open_buy(uow_factory, clock, hours=8, target=1)
    assert group_buy.id is not None
    await join(uow_factory, clock, "amy", group_buy_id=group_buy.id)
    await close(uow_factory, clock, group_buy.id)
    async with uow_factory() as uow:
        await uow.group_buys.set_orders_upto(group_buy.id, 1)  # a crash between the batches of orders
        await uow.commit()

    assert await _next_due(uow_factory) == clock.now()  # its close time, before its deadline
    assert await _claim(uow_factory, clock.now()) == [group_buy.id]


@pytest.mark.postgres
async def test_workers_claiming_at_once_never_claim_the_same_group_buy(
    _clean_postgres_database: str, clock: FakeClock
) -> None:
    factories = [SqlUnitOfWorkFactory(make_engine(_clean_postgres_database)) for _ in range(3)]
    try:
        for _ in range(60):
            await open_buy(factories[0], clock, hours=1)
        clock.advance(hours=2)
        rounds = await asyncio.gather(*(_claim(f, clock.now(), limit=7) for f in factories for _ in range(4)))
    finally:
        for factory in factories:
            await factory.dispose()
    claimed = [i for got in rounds for i in got]
    assert len(claimed) == len(set(claimed)) == 60
