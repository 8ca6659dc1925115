"""OrderRepository contract on SQLite and PostgreSQL: orders made by a close, payments append-only."""

from __future__ import annotations

from datetime import timedelta

import pytest

from commerce.domain.errors import DomainError
from commerce.domain.order import ORDER_TRANSITIONS, Order, OrderLine, OrderStatus, PaymentEvent
from commerce.domain.reach import Where
from commerce.services import orders as order_service
from storage.uow import SqlUnitOfWorkFactory
from tests.fakes import FakeClock
from tests.integration.conftest import CHAT, ORGANISER, close, join, open_buy

HERE = Where(CHAT)  # the group buys' chat: where the organiser confirms


async def _closed_with_orders(factory: SqlUnitOfWorkFactory, clock: FakeClock) -> tuple[int, list[Order]]:
    group_buy = await open_buy(factory, clock)
    assert group_buy.id is not None
    await join(factory, clock, "alice", 3)
    await join(factory, clock, "bob", 7)
    await join(factory, clock, "carol", 1)
    clock.advance(hours=1)
    return group_buy.id, await close(factory, clock, group_buy.id)


async def test_a_successful_close_stores_one_order_per_member_at_the_price_reached(
    uow_factory: SqlUnitOfWorkFactory, clock: FakeClock
) -> None:
    group_buy_id, made = await _closed_with_orders(uow_factory, clock)

    async with uow_factory() as uow:
        stored = await uow.orders.for_group_buy(group_buy_id)
    assert stored == made
    assert [(o.buyer_id, o.buyer_name, o.quantity, o.total, o.currency) for o in stored] == [
        ("alice", "Name alice", 3, 3 * 6800, "CNY"),  # 11 units: the 10-unit tier, ¥68 each
        ("bob", "Name bob", 7, 7 * 6800, "CNY"),
        ("carol", "Name carol", 1, 6800, "CNY"),
    ]
    assert all(o.status is OrderStatus.PENDING_PAYMENT and o.created_at == clock.now() for o in stored)
    assert stored[0].lines == [OrderLine("海南贵妃芒 5斤", 3, 6800)]


async def test_get_and_for_buyer_newest_first(uow_factory: SqlUnitOfWorkFactory, clock: FakeClock) -> None:
    _, first = await _closed_with_orders(uow_factory, clock)
    _, second = await _closed_with_orders(uow_factory, clock)
    alice_first, alice_second = first[0], second[0]
    assert alice_first.id is not None

    async with uow_factory() as uow:
        assert await uow.orders.get(alice_first.id) == alice_first
        assert await uow.orders.get(10_000) is None
        mine = await order_service.orders_of(uow, buyer_id="alice")
        assert await uow.orders.for_buyer("nobody") == []
    assert [o.id for o in mine] == [alice_second.id, alice_first.id]


async def test_add_and_get_round_trip_of_an_order_with_several_lines_and_payments(
    uow_factory: SqlUnitOfWorkFactory, clock: FakeClock
) -> None:
    group_buy_id, _ = await _closed_with_orders(uow_factory, clock)
    now = clock.now()
    order = Order(
        id=None,
        group_buy_id=group_buy_id,
        chat_id="chat-1",
        buyer_id="dave",
        buyer_name="戴夫",
        currency="CNY",
        lines=[OrderLine("芒果", 2, 6800), OrderLine("运费", 1, 500)],
        created_at=now,
        status=OrderStatus.PAID,
        history=[ORDER_TRANSITIONS.move(OrderStatus.PENDING_PAYMENT, "pay", actor=ORGANISER, at=now)],
        payments=[PaymentEvent("paid", 14100, "telegram", "charge-1", "dave", now)],
    )
    async with uow_factory() as uow:
        await uow.orders.add(order)
        await uow.commit()
    assert order.id is not None
    async with uow_factory() as uow:
        loaded = await uow.orders.get(order.id)
    assert loaded == order
    assert loaded is not None and loaded.total == 14100 and loaded.paid_amount == 14100


async def test_marking_paid_appends_history_and_payment_and_refund_appends_more(
    uow_factory: SqlUnitOfWorkFactory, clock: FakeClock
) -> None:
    _, made = await _closed_with_orders(uow_factory, clock)
    order_id = made[1].id
    assert order_id is not None

    clock.advance(minutes=5)
    async with uow_factory() as uow:
        paid = await order_service.confirm_paid(
            uow, order_id=order_id, actor=ORGANISER, is_admin=False, now=clock.now(), where=HERE
        )
        await uow.commit()
    assert paid.order.status is OrderStatus.PAID

    clock.advance(days=1)
    async with uow_factory() as uow:
        order = await uow.orders.get(order_id)
        assert order is not None
        order.refund(actor=ORGANISER, method="offline", reference="R-1", now=clock.now(), reason="bruised")
        await uow.orders.save(order)
        await uow.orders.save(order)  # saving twice appends nothing twice
        await uow.commit()

    async with uow_factory() as uow:
        final = await uow.orders.get(order_id)
    assert final is not None
    assert final.status is OrderStatus.REFUNDED
    assert [(h.from_status, h.to_status, h.action) for h in final.history] == [
        (OrderStatus.PENDING_PAYMENT, OrderStatus.PAID, "pay"),
        (OrderStatus.PAID, OrderStatus.REFUNDED, "refund"),
    ]
    assert final.history[1].reason == "bruised"
    assert final.payments == [
        PaymentEvent("paid", 7 * 6800, "offline", "", ORGANISER, clock.now() - timedelta(days=1)),
        PaymentEvent("refunded", -7 * 6800, "offline", "R-1", ORGANISER, clock.now()),
    ]
    assert final.paid_amount == 0


async def test_a_stale_copy_saved_later_does_not_duplicate_payments(
    uow_factory: SqlUnitOfWorkFactory, clock: FakeClock
) -> None:
    """Two organisers tick the same order at once: one payment is stored, not two."""
    _, made = await _closed_with_orders(uow_factory, clock)
    order_id = made[0].id
    assert order_id is not None
    copies = []
    for _ in range(2):
        async with uow_factory() as uow:
            copies.append(await uow.orders.get(order_id))
    for copy in copies:
        assert copy is not None
        copy.mark_paid(actor=ORGANISER, method="offline", reference="", amount=copy.total, now=clock.now())
        async with uow_factory() as uow:
            await uow.orders.save(copy)
            await uow.commit()

    async with uow_factory() as uow:
        final = await uow.orders.get(order_id)
    assert final is not None and len(final.payments) == 1 and len(final.history) == 1


async def test_paying_twice_is_refused_with_already_paid(
    uow_factory: SqlUnitOfWorkFactory, clock: FakeClock
) -> None:
    _, made = await _closed_with_orders(uow_factory, clock)
    order_id = made[2].id
    assert order_id is not None

    async def pay() -> None:
        async with uow_factory() as uow:
            await order_service.confirm_paid(
                uow, order_id=order_id, actor=ORGANISER, is_admin=False, now=clock.now(), where=HERE
            )
            await uow.commit()

    await pay()
    with pytest.raises(DomainError) as raised:
        await pay()
    assert raised.value.code == "order_already_paid"
    async with uow_factory() as uow:
        final = await uow.orders.get(order_id)
    assert final is not None and [p.amount for p in final.payments] == [6800]


async def test_only_the_organiser_may_mark_paid(uow_factory: SqlUnitOfWorkFactory, clock: FakeClock) -> None:
    _, made = await _closed_with_orders(uow_factory, clock)
    assert made[0].id is not None
    with pytest.raises(DomainError) as raised:
        async with uow_factory() as uow:
            await order_service.confirm_paid(
                uow, order_id=made[0].id, actor="alice", is_admin=False, now=clock.now(), where=HERE
            )
    assert raised.value.code == "not_organiser"
    async with uow_factory() as uow:
        order = await uow.orders.get(made[0].id)
    assert order is not None and order.status is OrderStatus.PENDING_PAYMENT and order.payments == []
