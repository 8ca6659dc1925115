"""What a member and an organiser see about orders, read from SQLite and PostgreSQL: a member's joins
not closed yet (我的订单 before the close), /mine's units sold without refunded or cancelled orders,
and the organiser's own order stored as paid."""

from __future__ import annotations

from commerce.domain.order import OrderStatus
from commerce.services import group_buys as service
from commerce.services import open_joins, organiser
from commerce.services.own_orders import is_own
from storage.uow import SqlUnitOfWorkFactory
from tests.fakes import FakeClock
from tests.integration.conftest import (
    ORGANISER,
    close,
    join,
    leave,
    open_buy,
    refund_one_and_lapse_another,
    stored,
)


async def test_a_members_open_joins_are_found_newest_first_in_any_chat(
    uow_factory: SqlUnitOfWorkFactory, clock: FakeClock
) -> None:
    closed = await open_buy(uow_factory, clock, target=1)
    left = await open_buy(uow_factory, clock)
    elsewhere = await open_buy(uow_factory, clock, chat_id="chat-2")
    assert closed.id is not None and left.id is not None and elsewhere.id is not None
    await join(uow_factory, clock, "bob", 1, group_buy_id=closed.id)
    await close(uow_factory, clock, closed.id)
    await join(uow_factory, clock, "bob", 1, group_buy_id=left.id)
    await leave(uow_factory, clock, "bob", group_buy_id=left.id)
    await join(uow_factory, clock, "bob", 1, group_buy_id=left.id, friend="小王")  # a friend's line only
    for user, quantity in (("bob", 3), ("cat", 2)):  # in another chat
        async with uow_factory() as uow:
            await service.join(
                uow, chat_id="chat-2", group_buy_id=elsewhere.id, user_id=user, display_name=f"Name {user}",
                quantity=quantity, now=clock.now(),
            )  # fmt: skip
            await uow.commit()

    async with uow_factory() as uow:
        ids = await uow.views.open_joins_of("bob", limit=20)
        joins = await open_joins.open_joins_of(uow, member_id="bob")
        nobody = await uow.views.open_joins_of("dan", limit=20)

    assert ids == [elsewhere.id, left.id]  # not the closed one
    assert nobody == []
    assert [(j.group_buy.id, j.description, j.quantity, j.price, j.total) for j in joins] == [
        (elsewhere.id, "海南贵妃芒 5斤", 3, 7800, 3 * 7800),  # 5 units in all: the 5-unit tier
        (left.id, "海南贵妃芒 5斤 (小王)", 1, 8800, 8800),
    ]
    assert [j.next_price() for j in joins] == [(10, 6800), (5, 7800)]


async def test_mine_leaves_refunded_and_cancelled_units_out_of_sold(
    uow_factory: SqlUnitOfWorkFactory, clock: FakeClock
) -> None:
    opened = await open_buy(uow_factory, clock, target=1)
    assert opened.id is not None
    await join(uow_factory, clock, "bob", 2, group_buy_id=opened.id)
    await join(uow_factory, clock, "cat", 3, group_buy_id=opened.id)
    await join(uow_factory, clock, "dan", 1, group_buy_id=opened.id)
    orders = {order.buyer_id: order for order in await close(uow_factory, clock, opened.id)}
    await refund_one_and_lapse_another(uow_factory, clock, refunded=orders["cat"], lapsed=orders["dan"])

    async with uow_factory() as uow:
        (mine,) = await organiser.group_buys_of(uow, organiser_id=ORGANISER)

    assert (mine.sold, mine.refunded, mine.orders) == (2, 3, 1)  # Bob's 2; Cat's 3 refunded; Dan's gone
    assert (mine.collected, mine.outstanding) == (0, 2 * 7800)  # 6 units at the close: the 5-unit tier
    assert (await stored(uow_factory, opened.id)).sold == 6  # joined: the list still shows every line


async def test_the_organisers_own_order_is_stored_paid(
    uow_factory: SqlUnitOfWorkFactory, clock: FakeClock
) -> None:
    opened = await open_buy(uow_factory, clock, target=1)
    assert opened.id is not None
    await join(uow_factory, clock, ORGANISER, 2, group_buy_id=opened.id)
    await join(uow_factory, clock, "bob", 1, group_buy_id=opened.id)
    orders = {order.buyer_id: order for order in await close(uow_factory, clock, opened.id)}

    async with uow_factory() as uow:
        own = await uow.orders.get(orders[ORGANISER].id)  # type: ignore[arg-type]
        bobs = await uow.orders.get(orders["bob"].id)  # type: ignore[arg-type]
        group_buy = await uow.group_buys.get(opened.id)
        (mine,) = await organiser.group_buys_of(uow, organiser_id=ORGANISER)

    assert own is not None and bobs is not None and group_buy is not None
    assert (own.status, own.paid_amount, is_own(own, group_buy)) == (OrderStatus.PAID, 2 * 8800, True)
    assert (bobs.status, is_own(bobs, group_buy)) == (OrderStatus.PENDING_PAYMENT, False)
    assert (mine.collected, mine.outstanding) == (2 * 8800, 8800)
