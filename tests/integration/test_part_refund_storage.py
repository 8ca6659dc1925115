"""部分退款 on SQLite and PostgreSQL: a part refund is stored as a payment of its own (the order stays
paid), posts its ledger transaction once with the sharer's commission in proportion, the same message
refunds once, part refunds at once never give back more than was paid, and the books stay balanced; the
card reads what part refunds gave back of its paid buyers' orders."""

from __future__ import annotations

import asyncio
from datetime import timedelta

from commerce.domain import ledger
from commerce.domain.console_stats import StatsScope
from commerce.domain.order import OrderStatus
from commerce.domain.reach import Where
from commerce.services import group_buys as group_buy_service
from commerce.services import orders as order_service
from commerce.services import payments as payment_service
from storage.uow import SqlUnitOfWorkFactory
from tests.fakes import FakeClock
from tests.integration.conftest import CHAT, ORGANISER, outcome
from tests.integration.test_ledger_posting_storage import _attributed
from tests.integration.test_payments_storage import succeeded

DAY = timedelta(days=1)


async def _paid(factory: SqlUnitOfWorkFactory, clock: FakeClock) -> int:
    """Bob's order of 50⭐, confirmed paid offline, Cat's share earning 10% (5⭐)."""
    [order] = await succeeded(factory, clock, "bob")
    assert order.id is not None
    await _attributed(factory, order, "cat", 1000)
    async with factory() as uow:
        await order_service.confirm_paid(
            uow, order_id=order.id, actor=ORGANISER, is_admin=False, now=clock.now(), where=Where(CHAT)
        )
        await uow.commit()
    return order.id


async def _refund(
    factory: SqlUnitOfWorkFactory, clock: FakeClock, order_id: int, amount: str, ref: str
) -> None:
    async with factory() as uow:
        await payment_service.refund(
            uow,
            order_id=order_id,
            actor=ORGANISER,
            is_admin=False,
            now=clock.now(),
            refund_stars=None,
            where=Where(CHAT),
            amount=amount,
            reference=ref,
        )
        await uow.commit()


async def test_a_part_refund_is_stored_and_posted_once(
    uow_factory: SqlUnitOfWorkFactory, clock: FakeClock
) -> None:
    order_id = await _paid(uow_factory, clock)

    await _refund(uow_factory, clock, order_id, "20", "test:family:m1")
    assert (
        await outcome(_refund(uow_factory, clock, order_id, "20", "test:family:m1")) == "refund_part_repeat"
    )

    async with uow_factory() as uow:
        order = await uow.orders.get(order_id)
        assert order is not None and order.status is OrderStatus.PAID
        assert (order.paid_in_full, order.refunded_part) == (50, 20)
        keys = [t.key for t in await uow.ledger.of_order(order_id)]
        assert keys == [f"order:{order_id}:paid", f"order:{order_id}:part_refunded:2"]
        assert await uow.ledger.balance(ledger.pending("cat"), "XTR") == 3  # 5 × 30 // 50
        assert (await uow.ledger.trial_balance()).balanced
    await _refund(uow_factory, clock, order_id, "30", "test:family:m2")  # what is left: the whole
    async with uow_factory() as uow:
        order = await uow.orders.get(order_id)
        assert order is not None and order.status is OrderStatus.REFUNDED
        assert await uow.ledger.balance(ledger.pending("cat"), "XTR") == 0
        assert await uow.ledger.balance(ledger.buyer("bob"), "XTR") == 0


async def test_part_refunds_at_once_never_give_back_more_than_was_paid(
    uow_factory: SqlUnitOfWorkFactory, clock: FakeClock
) -> None:
    order_id = await _paid(uow_factory, clock)

    outcomes = await asyncio.gather(
        *(outcome(_refund(uow_factory, clock, order_id, "20", f"test:family:m{n}")) for n in range(4))
    )

    assert "ok" in outcomes
    async with uow_factory() as uow:
        order = await uow.orders.get(order_id)
        assert order is not None
        assert order.refunded_part == 20 * outcomes.count("ok") <= 50
        assert await uow.ledger.balance(ledger.buyer("bob"), "XTR") == -(50 - order.refunded_part)
        assert (await uow.ledger.trial_balance()).balanced


async def test_my_group_buys_and_the_dashboard_count_the_money_net(
    uow_factory: SqlUnitOfWorkFactory, clock: FakeClock
) -> None:
    order_id = await _paid(uow_factory, clock)
    await _refund(uow_factory, clock, order_id, "20", "test:family:m1")

    async with uow_factory() as uow:
        [summary] = await uow.views.group_buys_of(ORGANISER, limit=5)
        assert (summary.collected, summary.refunded_money) == (30, 20)  # 已退款, as 名单 (rep84 #5)
        [sold] = await uow.console_stats.sales(StatsScope(organiser_id=None, since=clock.now() - DAY))
        assert (sold.orders, sold.gmv) == (1, 30)  # GMV net of the part refund
    await _refund(uow_factory, clock, order_id, "30", "test:family:m2")  # the rest: the order refunded whole
    async with uow_factory() as uow:
        [summary] = await uow.views.group_buys_of(ORGANISER, limit=5)
        assert summary.refunded_money == 50  # the whole refund's money counted too, as 名单's 已退款


async def test_the_cards_view_reads_the_part_refunded_of_its_paid_buyers(
    uow_factory: SqlUnitOfWorkFactory, clock: FakeClock
) -> None:
    order_id = await _paid(uow_factory, clock)
    async with uow_factory() as uow:
        order = await uow.orders.get(order_id)
        assert order is not None
        assert await uow.orders.part_refunds(order.group_buy_id, {"bob"}) == {}  # none given back yet
    await _refund(uow_factory, clock, order_id, "20", "test:family:m1")
    await _refund(uow_factory, clock, order_id, "5", "test:family:m2")

    async with uow_factory() as uow:
        assert await uow.orders.part_refunds(order.group_buy_id, {"bob", "nobody"}) == {"bob": (50, 25)}
        view = await group_buy_service.card(uow, group_buy_id=order.group_buy_id, lines=50)
        assert view.part_refunded == {"bob": (50, 25)}
    await _refund(uow_factory, clock, order_id, "25", "test:family:m3")  # the rest: refunded whole
    async with uow_factory() as uow:
        assert await uow.orders.part_refunds(order.group_buy_id, {"bob"}) == {}
