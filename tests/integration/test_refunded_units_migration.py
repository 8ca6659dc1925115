"""Migration 0060: a part refund keeps the units it gave back (`order_payments.refunded_option`,
`refunded_units`), read by the card's and the console's counts; rows stored before it read as a part
refund by amount (none), and it goes down and comes back."""

from __future__ import annotations

import sqlalchemy as sa
from alembic import command

from commerce.domain.order import OrderStatus
from storage.db import make_engine
from storage.migrate import alembic_config, upgrade
from storage.uow import SqlUnitOfWorkFactory
from tests.fakes import FakeClock
from tests.integration.conftest import close, join, open_buy


def _downgrade(conn: sa.Connection, revision: str) -> None:
    config = alembic_config()
    config.attributes["connection"] = conn
    command.downgrade(config, revision)


async def test_a_refund_by_units_is_kept_and_counted_and_older_rows_read_as_by_amount(
    empty_database_url: str, clock: FakeClock
) -> None:
    await upgrade(empty_database_url)
    engine = make_engine(empty_database_url)
    try:
        factory = SqlUnitOfWorkFactory(engine)
        group_buy = await open_buy(factory, clock, target=2)
        await join(factory, clock, "bob", quantity=2)
        await join(factory, clock, "cat")
        assert group_buy.id is not None
        bob, cat = await close(factory, clock, group_buy.id)
        async with factory() as uow:
            for order, units in ((bob, ("", 1)), (cat, None)):
                got = await uow.orders.get(order.id or 0)
                assert got is not None
                got.mark_paid(actor="amy", method="offline", reference="", amount=got.total, now=clock.now())
                await uow.orders.save_status(got, previous=OrderStatus.PENDING_PAYMENT.value)
                got.refund_part(
                    100, actor="amy", method="offline", reference="", now=clock.now(), units=units
                )
                await uow.orders.save_status(got, previous=OrderStatus.PAID.value)
            await uow.commit()
        async with factory() as uow:
            got_bob = await uow.orders.get(bob.id or 0)
            counted = await uow.views.unsold_units(group_buy.id)
            by_buyer = await uow.orders.refunded_units(group_buy.id)
            (mine,) = await uow.views.group_buys_of(group_buy.organiser_id, limit=5)
            (console,) = await uow.console.group_buys(organiser_id=None, group_buy_id=group_buy.id)
        async with engine.begin() as conn:
            await conn.run_sync(lambda sync: _downgrade(sync, "0059"))
        await upgrade(empty_database_url)
        async with factory() as uow:
            again = await uow.orders.get(bob.id or 0)
    finally:
        await engine.dispose()
    assert got_bob is not None and got_bob.refunded_units == {"": 1}
    assert counted == (1, 1)  # Bob's one unit: out of what was sold, and refunded
    assert by_buyer == {("bob", ""): 1, ("cat", ""): 0}  # Cat's by amount alone
    assert (mine.sold, mine.refunded) == (2, 1)  # /mine: 3 joined, Bob's unit back
    assert (console.sold, console.refunded) == (2, 1)  # the console's Sold alike
    assert again is not None and again.refunded_units == {}  # gone down and back: read as by amount
