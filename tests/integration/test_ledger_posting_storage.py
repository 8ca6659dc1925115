"""Posting to the ledger from order events (commerce.services.ledger) on SQLite and PostgreSQL: a payment
posts once even when delivered twice or confirmed concurrently, with its sharer's commission, a refund
takes it back, and the trial balance stays zero."""

from __future__ import annotations

import asyncio

import pytest
from sqlalchemy import text

from commerce.domain import ledger
from commerce.domain.order import Order
from commerce.domain.reach import Where
from commerce.services import orders as order_service
from commerce.services import payments as payment_service
from commerce.services import payouts as payout_service
from commerce.services.payouts import PayoutRules
from storage.uow import SqlUnitOfWorkFactory
from tests.fakes import FakeClock
from tests.integration.conftest import CHAT, ORGANISER, outcome
from tests.integration.test_payments_storage import record, succeeded


async def _attributed(factory: SqlUnitOfWorkFactory, order: Order, sharer: str, rate_bp: int) -> None:
    """Until attribution sets them: the order's sharer and its group buy's rate, written directly."""
    async with factory() as uow:
        conn = uow.connection  # type: ignore[attr-defined]
        await conn.execute(
            text("UPDATE orders SET sharer_id = :s WHERE id = :o"), {"s": sharer, "o": order.id}
        )
        await conn.execute(
            text("UPDATE group_buys SET sharer_rate_bp = :r WHERE id = :g"),
            {"r": rate_bp, "g": order.group_buy_id},
        )
        await uow.commit()


async def _books(
    factory: SqlUnitOfWorkFactory, order_id: int | None
) -> tuple[list[str], dict[str, int], int]:
    assert order_id is not None
    async with factory() as uow:
        keys = [x.key for x in await uow.ledger.of_order(order_id)]
        trial = await uow.ledger.trial_balance()
        assert trial.balanced, trial.totals
        pending = await uow.ledger.balance(ledger.pending("cat"), "XTR")
    return keys, trial.totals, pending


async def test_a_payment_delivered_twice_posts_once(
    uow_factory: SqlUnitOfWorkFactory, clock: FakeClock
) -> None:
    [order] = await succeeded(uow_factory, clock, "bob")
    await _attributed(uow_factory, order, "cat", 1000)  # 10% of 50⭐

    assert await record(uow_factory, clock, order, "charge-1")
    assert not await record(uow_factory, clock, order, "charge-1")

    keys, totals, pending = await _books(uow_factory, order.id)
    assert keys == [f"order:{order.id}:paid"]
    assert totals == {"XTR": 0}
    assert pending == 5


async def test_concurrent_deliveries_post_once(uow_factory: SqlUnitOfWorkFactory, clock: FakeClock) -> None:
    [order] = await succeeded(uow_factory, clock, "bob")
    await _attributed(uow_factory, order, "cat", 1000)

    outcomes = await asyncio.gather(*(record(uow_factory, clock, order, "charge-1") for _ in range(4)))

    assert sorted(outcomes) == [False, False, False, True]
    keys, _, pending = await _books(uow_factory, order.id)
    assert keys == [f"order:{order.id}:paid"]
    assert pending == 5


async def _no_stars_back(order: Order, charge: str) -> None:
    """Stars paid offline come back offline: nothing to call."""


async def _confirm(factory: SqlUnitOfWorkFactory, clock: FakeClock, order_id: int) -> None:
    async with factory() as uow:
        await order_service.confirm_paid(
            uow, order_id=order_id, actor=ORGANISER, is_admin=False, now=clock.now(), where=Where(CHAT)
        )
        await uow.commit()


async def test_offline_confirmations_at_once_post_once_and_a_refund_takes_it_back(
    uow_factory: SqlUnitOfWorkFactory, clock: FakeClock
) -> None:
    [order] = await succeeded(uow_factory, clock, "bob")
    assert order.id is not None
    await _attributed(uow_factory, order, "cat", 1000)

    await asyncio.gather(*(outcome(_confirm(uow_factory, clock, order.id)) for _ in range(3)))

    keys, _, pending = await _books(uow_factory, order.id)
    assert keys == [f"order:{order.id}:paid"]
    assert pending == 5
    async with uow_factory() as uow:
        await payment_service.refund(
            uow,
            order_id=order.id,
            actor=ORGANISER,
            is_admin=False,
            now=clock.now(),
            refund_stars=_no_stars_back,
            where=Where(CHAT),
        )
        await uow.commit()
    keys, totals, pending = await _books(uow_factory, order.id)
    assert keys == [f"order:{order.id}:paid", f"order:{order.id}:refunded"]
    assert totals == {"XTR": 0}
    assert pending == 0


@pytest.mark.postgres
async def test_two_payouts_at_once_cannot_both_take_the_balance(
    postgres_uow_factory: SqlUnitOfWorkFactory, clock: FakeClock
) -> None:
    factory = postgres_uow_factory
    [order] = await succeeded(factory, clock, "bob")
    await _attributed(factory, order, "cat", 5000)  # 25⭐
    assert await record(factory, clock, order, "charge-1")
    async with factory() as uow:
        from datetime import timedelta

        from commerce.services.ledger import release_held

        assert await release_held(uow, now=clock.now(), hold=timedelta(0)) == 1
        await uow.commit()

    async def ask() -> None:
        async with factory() as uow:
            await payout_service.request(
                uow,
                member="cat",
                name="Cat",
                amount=None,
                currency="XTR",
                rules=PayoutRules(1),
                now=clock.now(),
                destination="微信 cat8",
            )
            await uow.commit()

    outcomes = sorted(await asyncio.gather(*(outcome(ask()) for _ in range(3))))
    assert outcomes.count("ok") == 1, outcomes  # the others: an open payout, or nothing left
    async with factory() as uow:
        assert await uow.ledger.balance(ledger.available("cat"), "XTR") == 0
        assert await uow.ledger.balance(ledger.payout_requested_account("cat"), "XTR") == 25
        assert (await uow.ledger.trial_balance()).balanced
