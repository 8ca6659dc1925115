"""The console's group buy list counts sold units as /mine does, on SQLite and PostgreSQL: units of
refunded and cancelled orders are not sold, and a cancelled group buy sold nothing."""

from __future__ import annotations

from commerce.services import group_buys
from storage.uow import SqlUnitOfWorkFactory
from tests.fakes import FakeClock
from tests.integration.conftest import CHAT, ORGANISER, close, join, open_buy, refund_one_and_lapse_another


async def test_the_console_list_sells_what_mine_sells(
    uow_factory: SqlUnitOfWorkFactory, clock: FakeClock
) -> None:
    sold = await open_buy(uow_factory, clock, target=1)
    assert sold.id is not None
    await join(uow_factory, clock, "bob", 2, group_buy_id=sold.id)
    await join(uow_factory, clock, "cat", 3, group_buy_id=sold.id)
    await join(uow_factory, clock, "dan", 1, group_buy_id=sold.id)
    orders = {order.buyer_id: order for order in await close(uow_factory, clock, sold.id)}
    await refund_one_and_lapse_another(uow_factory, clock, refunded=orders["cat"], lapsed=orders["dan"])
    called_off = await open_buy(uow_factory, clock, target=5)
    assert called_off.id is not None
    await join(uow_factory, clock, "eve", 3, group_buy_id=called_off.id)
    async with uow_factory() as uow:
        await group_buys.cancel(
            uow, chat_id=CHAT, group_buy_id=called_off.id, actor=ORGANISER, is_admin=False, now=clock.now()
        )
        await uow.commit()

    async with uow_factory() as uow:
        listed = {row.id: row.sold for row in await uow.console.group_buys(organiser_id=ORGANISER)}
        mine = {summary.id: summary.sold for summary in await uow.views.group_buys_of(ORGANISER, limit=5)}

    assert listed == {sold.id: 2, called_off.id: 0}  # Bob's 2: Cat's 3 refunded, Dan's 1 lapsed
    assert mine[sold.id] == listed[sold.id]
