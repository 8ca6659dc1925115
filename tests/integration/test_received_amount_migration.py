"""Migration 0056: what the organiser received of an unpaid order (只收到 ¥20) moves from
`orders.reported_amount` to its own `received_amount`; a short report waiting for her stays a report,
its amount also the latest report's (`reported_added`)."""

from __future__ import annotations

import sqlalchemy as sa
from alembic import command

from storage.db import make_engine
from storage.migrate import alembic_config, upgrade
from storage.uow import SqlUnitOfWorkFactory
from tests.fakes import FakeClock
from tests.integration.conftest import close, join, open_buy


def _downgrade(conn: sa.Connection, revision: str) -> None:
    config = alembic_config()
    config.attributes["connection"] = conn
    command.downgrade(config, revision)


async def test_a_part_received_before_0056_is_kept_as_received(
    empty_database_url: str, clock: FakeClock
) -> None:
    await upgrade(empty_database_url)
    engine = make_engine(empty_database_url)
    try:
        factory = SqlUnitOfWorkFactory(engine)
        group_buy = await open_buy(factory, clock, target=2)
        await join(factory, clock, "bob")
        await join(factory, clock, "cat")
        assert group_buy.id is not None
        bob, cat = await close(factory, clock, group_buy.id)
        async with engine.begin() as conn:
            await conn.run_sync(lambda sync: _downgrade(sync, "0055"))
            await conn.execute(  # Bob: the organiser received ¥20 of his (0055 kept it so)
                sa.text("UPDATE orders SET reported_amount = 2000 WHERE id = :id"), {"id": bob.id}
            )
            await conn.execute(  # Cat: reported ¥10, not answered yet
                sa.text(
                    "UPDATE orders SET reported_amount = 1000, reported_paid_at = created_at WHERE id = :id"
                ),
                {"id": cat.id},
            )
        await upgrade(empty_database_url)
        async with factory() as uow:
            got_bob, got_cat = await uow.orders.get(bob.id or 0), await uow.orders.get(cat.id or 0)
    finally:
        await engine.dispose()
    assert got_bob is not None and (got_bob.received_part, got_bob.reported_amount) == (2000, 0)
    assert got_cat is not None and (got_cat.received_amount, got_cat.reported_amount) == (0, 1000)
    assert got_cat.reported_added == 1000  # the amount of her latest report: a resend of it is a repeat
