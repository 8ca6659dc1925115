"""The units a succeeded card leaves out of its total, read from SQLite and PostgreSQL: those of
refunded and cancelled orders, the refunded said apart; none while every order stands."""

from __future__ import annotations

from storage.uow import SqlUnitOfWorkFactory
from tests.fakes import FakeClock
from tests.integration.conftest import close, join, open_buy, refund_one_and_lapse_another


async def test_refunded_and_cancelled_orders_units_are_unsold(
    uow_factory: SqlUnitOfWorkFactory, clock: FakeClock
) -> None:
    opened = await open_buy(uow_factory, clock, target=1)
    assert opened.id is not None
    await join(uow_factory, clock, "bob", 2, group_buy_id=opened.id)
    await join(uow_factory, clock, "cat", 3, group_buy_id=opened.id)
    await join(uow_factory, clock, "dan", 1, group_buy_id=opened.id)
    orders = {order.buyer_id: order for order in await close(uow_factory, clock, opened.id)}
    async with uow_factory() as uow:
        before = await uow.views.unsold_units(opened.id)
    await refund_one_and_lapse_another(uow_factory, clock, refunded=orders["cat"], lapsed=orders["dan"])

    async with uow_factory() as uow:
        after = await uow.views.unsold_units(opened.id)

    assert before == (0, 0)
    assert after == (3 + 1, 3)  # Cat's 3 refunded and Dan's 1 cancelled; of them, Cat's refunded
