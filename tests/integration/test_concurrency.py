"""Races that must never oversell or double-close, on SQLite and on PostgreSQL's real row locks."""

from __future__ import annotations

import asyncio
from collections import Counter

import pytest

from commerce.domain.errors import DomainError
from commerce.domain.group_buy import GroupBuyStatus, ProductOption
from commerce.services import group_buys as service
from storage.uow import SqlUnitOfWorkFactory
from tests.fakes import FakeClock
from tests.integration.conftest import CHAT, ORGANISER, join, open_buy, open_options, stored


async def _outcome(coro: asyncio.Future[object] | object) -> str:
    try:
        await coro  # type: ignore[misc]
    except DomainError as error:
        return error.code
    return "ok"


async def test_200_buyers_racing_for_50_units_buy_exactly_50(
    uow_factory: SqlUnitOfWorkFactory, clock: FakeClock
) -> None:
    group_buy = await open_buy(uow_factory, clock, stock=50, target=10)
    assert group_buy.id is not None

    outcomes = await asyncio.gather(*(_outcome(join(uow_factory, clock, f"buyer{i}")) for i in range(200)))

    counts = Counter(outcomes)
    assert counts["ok"] == 50
    assert set(counts) <= {"ok", "sold_out", "busy_try_again"}
    final = await stored(uow_factory, group_buy.id)
    assert final.sold == 50 and final.stock_left == 0
    async with uow_factory() as uow:
        lines = await uow.group_buys.participants(group_buy.id)
    assert len(lines) == 50 and all(line.quantity == 1 for line in lines)
    assert final.current_unit_price == 6800  # the 10-unit tier


async def test_one_member_tapping_join_ten_times_at_once_stops_at_the_limit(
    uow_factory: SqlUnitOfWorkFactory, clock: FakeClock
) -> None:
    group_buy = await open_buy(uow_factory, clock, limit=3)
    assert group_buy.id is not None

    outcomes = await asyncio.gather(*(_outcome(join(uow_factory, clock, "eager")) for _ in range(10)))

    assert Counter(outcomes)["ok"] == 3
    assert set(outcomes) <= {"ok", "limit_exceeded", "busy_try_again"}
    async with uow_factory() as uow:
        line = await uow.group_buys.participant(group_buy.id, "eager")
    assert line is not None and line.quantity == 3
    assert (await stored(uow_factory, group_buy.id)).sold == 3


async def test_one_members_own_and_friend_lines_at_once_stop_at_the_limit(
    uow_factory: SqlUnitOfWorkFactory, clock: FakeClock
) -> None:
    group_buy = await open_buy(uow_factory, clock, limit=3)
    assert group_buy.id is not None
    friends = ["", "A", "B", "C", "D", "E"]  # her own line and five friend lines: each a row of its own

    outcomes = await asyncio.gather(*(_outcome(join(uow_factory, clock, "troll", friend=f)) for f in friends))

    assert Counter(outcomes)["ok"] == 3
    assert set(outcomes) <= {"ok", "limit_exceeded_member", "busy_try_again"}
    async with uow_factory() as uow:
        lines = await uow.group_buys.participants(group_buy.id)
    assert sum(line.quantity for line in lines) == 3
    assert (await stored(uow_factory, group_buy.id)).sold == 3


async def test_an_options_friend_lines_at_once_stop_at_its_limit_and_another_option_has_its_own(
    uow_factory: SqlUnitOfWorkFactory, clock: FakeClock
) -> None:
    small, big = ProductOption("3斤", 5800, 20), ProductOption("5斤", 8800, 20)
    group_buy = await open_options(uow_factory, clock, small, big, limit=2)
    assert group_buy.id is not None
    joins = [("", "3斤"), ("A", "3斤"), ("B", "3斤"), ("C", "3斤"), ("A", "5斤"), ("B", "5斤"), ("C", "5斤")]

    outcomes = await asyncio.gather(
        *(_outcome(join(uow_factory, clock, "troll", friend=f, option=o)) for f, o in joins)
    )

    assert Counter(outcomes)["ok"] == 4
    async with uow_factory() as uow:
        lines = await uow.group_buys.participants(group_buy.id)
    held = Counter[str]()
    for line in lines:
        held[line.option] += line.quantity
    assert held == {"3斤": 2, "5斤": 2}


async def test_a_friend_line_written_on_a_stale_read_is_refused_by_the_write(
    uow_factory: SqlUnitOfWorkFactory, clock: FakeClock
) -> None:
    """The per-person limit over all her lines is the write's own guard, not only the domain's: a
    friend line computed before her other lines were committed is not written."""
    group_buy = await open_buy(uow_factory, clock, limit=3)
    assert group_buy.id is not None
    async with uow_factory() as uow:
        stale = await uow.group_buys.get(group_buy.id)
    assert stale is not None
    await join(uow_factory, clock, "troll", 2, friend="A")
    line = stale.join(None, user_id="troll", display_name="Troll", quantity=2, now=clock.now(), friend="B")

    async with uow_factory() as uow:
        rows = await uow.group_buys.member_rows(group_buy.id, "troll")
        written = await uow.group_buys.change_participation(stale, line, 2, now=clock.now(), whole=True)
        await uow.commit()

    assert [(row.friend, row.quantity) for row in rows] == [("A", 2)]
    assert not written
    assert (await stored(uow_factory, group_buy.id)).sold == 2


async def test_two_concurrent_closes_exactly_one_wins_and_orders_are_made_once(
    uow_factory: SqlUnitOfWorkFactory, clock: FakeClock
) -> None:
    group_buy = await open_buy(uow_factory, clock, target=2)
    assert group_buy.id is not None
    await join(uow_factory, clock, "u1", 2)
    await join(uow_factory, clock, "u2", 1)

    async def close_once() -> int:
        async with uow_factory() as uow:
            closing = await service.close(
                uow, chat_id=CHAT, group_buy_id=group_buy.id, actor=ORGANISER, is_admin=False, now=clock.now()
            )
            await asyncio.sleep(0.05)  # stay in the transaction while the other close runs
            await uow.commit()
        return len(closing.orders)

    results = await asyncio.gather(close_once(), close_once(), return_exceptions=True)

    wins = [r for r in results if isinstance(r, int)]
    losses = [r for r in results if isinstance(r, DomainError)]
    assert wins == [2]
    assert [error.code for error in losses] == ["group_buy_closed"]
    final = await stored(uow_factory, group_buy.id)
    assert final.status is GroupBuyStatus.SUCCEEDED and len(final.history) == 1
    async with uow_factory() as uow:
        assert len(await uow.orders.for_group_buy(group_buy.id)) == 2


async def test_joins_racing_a_close_are_either_in_an_order_or_refused(
    uow_factory: SqlUnitOfWorkFactory, clock: FakeClock
) -> None:
    group_buy = await open_buy(uow_factory, clock, target=1, stock=None)
    assert group_buy.id is not None
    await join(uow_factory, clock, "u0", 1)

    async def close_once() -> str:
        async with uow_factory() as uow:
            await service.close(
                uow, chat_id=CHAT, group_buy_id=group_buy.id, actor=ORGANISER, is_admin=False, now=clock.now()
            )
            await uow.commit()
        return "closed"

    joins = [_outcome(join(uow_factory, clock, f"u{i}", group_buy_id=group_buy.id)) for i in range(1, 40)]
    outcomes = await asyncio.gather(*joins[:20], close_once(), *joins[20:])

    joined = 1 + outcomes.count("ok")
    async with uow_factory() as uow:
        orders = await uow.orders.for_group_buy(group_buy.id)
        lines = await uow.group_buys.participants(group_buy.id)
    final = await stored(uow_factory, group_buy.id)
    assert final.status is GroupBuyStatus.SUCCEEDED
    assert final.sold == joined == len(lines)
    assert sum(o.quantity for o in orders) == len(orders) == joined  # nobody joined after the close


@pytest.mark.postgres
async def test_a_join_committed_between_a_close_read_and_its_write_is_priced_in(
    postgres_uow_factory: SqlUnitOfWorkFactory, clock: FakeClock
) -> None:
    factory = postgres_uow_factory
    group_buy = await open_buy(factory, clock, target=1)  # tiers: 5 units ¥78, 10 units ¥68
    assert group_buy.id is not None
    await join(factory, clock, "u1", 4)

    async with factory() as closing:
        seen = await closing.group_buys.get(group_buy.id)
        assert seen is not None and seen.sold == 4
        await join(factory, clock, "u2", 1)  # commits while the close is between read and write
        seen.close(actor=ORGANISER, is_admin=False, now=clock.now())
        assert seen.final_unit_price == 8800  # what the stale read alone would charge
        assert await closing.group_buys.save_status(seen, previous="open")
        await closing.commit()

    assert (seen.sold, seen.final_unit_price) == (5, 7800)
    final = await stored(factory, group_buy.id)
    assert (final.sold, final.final_unit_price) == (5, 7800)
