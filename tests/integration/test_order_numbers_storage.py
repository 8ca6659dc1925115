"""Order numbers per group buy (`#12-3`) on both engines: given at the close in line order without gaps,
found by number, a bare number found among a chat's, a buyer's or an organiser's group buys, and the
migration numbering orders that were made before it."""

from __future__ import annotations

from typing import Any

from alembic import command
from sqlalchemy.engine import Connection

from storage.db import make_engine
from storage.migrate import alembic_config, upgrade
from storage.uow import SqlUnitOfWorkFactory
from tests.fakes import FakeClock
from tests.integration.conftest import CHAT, ORGANISER, close, join, open_buy


async def _two_closed(factory: SqlUnitOfWorkFactory, clock: FakeClock) -> tuple[int, int]:
    """Group buy 1: Bob, Cat, Dan; group buy 2: Cat, Eve (both in CHAT, both succeeded)."""
    first = await open_buy(factory, clock, target=1)
    second = await open_buy(factory, clock, target=1)
    assert first.id is not None and second.id is not None
    for user in ("bob", "cat", "dan"):
        await join(factory, clock, user, group_buy_id=first.id)
    for user in ("cat", "eve"):
        await join(factory, clock, user, group_buy_id=second.id)
    await close(factory, clock, first.id)
    await close(factory, clock, second.id)
    return first.id, second.id


async def test_each_group_buys_orders_are_numbered_from_one_in_line_order(
    uow_factory: SqlUnitOfWorkFactory, clock: FakeClock
) -> None:
    first, second = await _two_closed(uow_factory, clock)
    async with uow_factory() as uow:
        made = [*await uow.orders.for_group_buy(first), *await uow.orders.for_group_buy(second)]
    assert [(order.buyer_id, order.number) for order in made] == [
        ("bob", f"{first}-1"),
        ("cat", f"{first}-2"),
        ("dan", f"{first}-3"),
        ("cat", f"{second}-1"),
        ("eve", f"{second}-2"),
    ]


async def test_a_number_finds_its_order_and_a_bare_one_is_looked_up_where_it_was_typed(
    uow_factory: SqlUnitOfWorkFactory, clock: FakeClock
) -> None:
    first, second = await _two_closed(uow_factory, clock)
    async with uow_factory() as uow:
        cats = await uow.orders.by_number(first, 2)
        assert cats is not None
        found = await uow.orders.get(cats)
        assert found is not None and (found.buyer_id, found.number) == ("cat", f"{first}-2")
        assert await uow.orders.by_number(first, 4) is None
        assert await uow.orders.by_number(99, 1) is None

        def numbers(orders: list[Any]) -> list[str]:
            return [order.number for order in orders]

        assert numbers(await uow.orders.numbered(1, chat_id=CHAT)) == [f"{second}-1", f"{first}-1"]
        assert numbers(await uow.orders.numbered(1, chat_id=CHAT, buyer_id="cat")) == [f"{second}-1"]
        assert numbers(await uow.orders.numbered(2, buyer_id="cat")) == [f"{first}-2"]
        assert numbers(await uow.orders.numbered(3, organiser_id=ORGANISER)) == [f"{first}-3"]
        assert numbers(await uow.orders.numbered(1, chat_id="another-chat")) == []
        assert numbers(await uow.orders.numbered(1, organiser_id="someone-else")) == []


async def test_the_migration_numbers_the_orders_made_before_it(
    uow_factory: SqlUnitOfWorkFactory, database_url: str, clock: FakeClock
) -> None:
    first, second = await _two_closed(uow_factory, clock)
    async with uow_factory() as uow:
        before = {o.id: o.number for g in (first, second) for o in await uow.orders.for_group_buy(g)}
    await uow_factory.dispose()

    def back_to_before_numbers(conn: Connection) -> None:
        config = alembic_config()
        config.attributes["connection"] = conn
        command.downgrade(config, "0014")

    engine = make_engine(database_url)
    try:
        async with engine.begin() as conn:
            await conn.run_sync(back_to_before_numbers)
    finally:
        await engine.dispose()
    await upgrade(database_url)

    again = SqlUnitOfWorkFactory(make_engine(database_url))
    try:
        async with again() as uow:
            after = {o.id: o.number for g in (first, second) for o in await uow.orders.for_group_buy(g)}
    finally:
        await again.dispose()
    assert after == before
