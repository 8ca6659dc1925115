"""Checkout storage on SQLite and PostgreSQL: a charge is recorded once, even when delivered twice at
the same time; reservations lapse and remind once; refunds and share visits are kept."""

from __future__ import annotations

import asyncio
from dataclasses import replace
from datetime import timedelta

import pytest

from commerce.domain.errors import DomainError
from commerce.domain.group_buy import Terms
from commerce.domain.order import Order, OrderStatus
from commerce.domain.payments import sign_order_reference
from commerce.domain.reach import Where
from commerce.domain.sharing import ShareVisit
from commerce.services import group_buys
from commerce.services import payments as service
from storage.uow import SqlUnitOfWorkFactory
from tests.fakes import FakeClock
from tests.integration.conftest import CHAT, ORGANISER, close, join, open_buy

SECRET = "integration-secret"
DAY = timedelta(hours=24)


async def succeeded(factory: SqlUnitOfWorkFactory, clock: FakeClock, *members: str) -> list[Order]:
    """A group buy in Stars (50⭐ each) that succeeded with one unit for each member."""
    terms = Terms(
        title="Mangoes", unit_price=50, currency="XTR", target=len(members), deadline=clock.now() + DAY
    )
    async with factory() as uow:
        group_buy = await group_buys.open_group_buy(
            uow,
            chat_id=CHAT,
            organiser_id=ORGANISER,
            organiser_name="Amy",
            terms=terms,
            now=clock.now(),
            lang="en",
        )
        await uow.commit()
    for member in members:
        await join(factory, clock, member)
    assert group_buy.id is not None
    return await close(factory, clock, group_buy.id)


async def record(
    factory: SqlUnitOfWorkFactory, clock: FakeClock, order: Order, charge: str, *, commit: bool = True
) -> bool:
    """Deliver one successful payment of `order`; True when it was recorded (and committed)."""
    assert order.id is not None
    async with factory() as uow:
        paid = await service.record_online_payment(
            uow,
            reference=sign_order_reference(order.id, SECRET),
            secret=SECRET,
            buyer_id=order.buyer_id,
            charge_id=charge,
            provider_charge_id="",
            currency="XTR",
            amount=order.total,
            now=clock.now(),
        )
        if paid is None:
            return False
        if commit:
            await uow.commit()
        return True


async def stored_order(factory: SqlUnitOfWorkFactory, order_id: int | None) -> Order:
    assert order_id is not None
    async with factory() as uow:
        found = await uow.orders.get(order_id)
    assert found is not None
    return found


async def test_a_payment_delivered_twice_is_recorded_once(
    uow_factory: SqlUnitOfWorkFactory, clock: FakeClock
) -> None:
    [order] = await succeeded(uow_factory, clock, "bob")
    assert await record(uow_factory, clock, order, "charge-1")
    assert not await record(uow_factory, clock, order, "charge-1")
    paid = await stored_order(uow_factory, order.id)
    assert paid.status is OrderStatus.PAID
    assert [(p.kind, p.amount, p.method, p.reference) for p in paid.payments] == [
        ("paid", 50, "stars", "charge-1")
    ]


async def test_concurrent_deliveries_of_one_charge_record_it_once(
    uow_factory: SqlUnitOfWorkFactory, clock: FakeClock
) -> None:
    [order] = await succeeded(uow_factory, clock, "bob")
    outcomes = await asyncio.gather(*(record(uow_factory, clock, order, "charge-1") for _ in range(4)))
    assert sorted(outcomes) == [False, False, False, True]
    assert len((await stored_order(uow_factory, order.id)).payments) == 1


@pytest.mark.postgres
async def test_two_transactions_paying_one_order_cannot_both_win(
    postgres_uow_factory: SqlUnitOfWorkFactory, clock: FakeClock
) -> None:
    """Interleaved on PostgreSQL: both read the order as unpaid before either writes."""
    factory = postgres_uow_factory
    [order] = await succeeded(factory, clock, "bob")
    assert order.id is not None
    first, second = factory(), factory()
    async with first, second:
        orders = [await uow.orders.get(order.id) for uow in (first, second)]
        for charged, charge in zip(orders, ("charge-a", "charge-b"), strict=True):
            assert charged is not None
            charged.mark_paid(actor="bob", method="stars", reference=charge, amount=50, now=clock.now())
        assert orders[0] is not None and orders[1] is not None
        assert await first.orders.save_status(orders[0], previous="pending_payment")
        await first.commit()
        assert not await second.orders.save_status(orders[1], previous="pending_payment")
    assert [p.reference for p in (await stored_order(factory, order.id)).payments] == ["charge-a"]


async def test_a_charge_id_cannot_pay_two_orders(uow_factory: SqlUnitOfWorkFactory, clock: FakeClock) -> None:
    first, second = await succeeded(uow_factory, clock, "bob", "dan")
    assert await record(uow_factory, clock, first, "charge-1")
    async with uow_factory() as uow:
        again = await uow.orders.get(second.id or 0)
        assert again is not None
        again.mark_paid(actor="dan", method="stars", reference="charge-1", amount=50, now=clock.now())
        assert not await uow.orders.save_status(again, previous="pending_payment")
    assert (await stored_order(uow_factory, second.id)).status is OrderStatus.PENDING_PAYMENT


async def test_unpaid_orders_are_reminded_once_then_lapse(
    uow_factory: SqlUnitOfWorkFactory, clock: FakeClock
) -> None:
    bob, dan = await succeeded(uow_factory, clock, "bob", "dan")
    await record(uow_factory, clock, bob, "charge-1")
    window = {"pay_within": DAY, "currencies": {"XTR"}}
    clock.advance(hours=22, minutes=30)
    async with uow_factory() as uow:
        reminded = await service.unpaid_to_remind(
            uow, now=clock.now(), remind_before=timedelta(hours=2), **window
        )
        await uow.commit()
    assert [o.id for o in reminded] == [dan.id]
    async with uow_factory() as uow:
        again = await service.unpaid_to_remind(
            uow, now=clock.now(), remind_before=timedelta(hours=2), **window
        )
        assert again == []
        assert await service.lapse_unpaid(uow, now=clock.now(), **window) == []
    clock.advance(hours=1, minutes=30)
    async with uow_factory() as uow:
        assert await service.lapse_unpaid(uow, now=clock.now(), pay_within=DAY, currencies={"CNY"}) == []
        lapsed = await service.lapse_unpaid(uow, now=clock.now(), **window)
        await uow.commit()
    assert [o.id for o in lapsed] == [dan.id]
    stored = await stored_order(uow_factory, dan.id)
    assert (stored.status, stored.history[-1].actor, stored.history[-1].reason) == (
        OrderStatus.CANCELLED,
        "system",
        "not paid in time",
    )
    assert stored.reminded_at is not None
    assert (await stored_order(uow_factory, bob.id)).status is OrderStatus.PAID


async def test_an_order_keeps_its_own_pay_by_time(
    uow_factory: SqlUnitOfWorkFactory, clock: FakeClock
) -> None:
    [order] = await succeeded(uow_factory, clock, "bob")
    async with uow_factory() as uow:
        # another buyer's (one order per buyer and group buy): its own pay-by time, an hour away
        early = replace(order, id=None, buyer_id="cat", pay_by=clock.now() + timedelta(hours=1))
        early = await uow.orders.add(early)
        await uow.commit()
    clock.advance(hours=1)
    async with uow_factory() as uow:
        due = await uow.orders.pending_due(by=clock.now(), pay_within=DAY, currencies={"XTR"})
    assert [o.id for o in due] == [early.id]
    assert due[0].pay_by == clock.now()


async def test_a_stars_refund_is_recorded_with_its_charge(
    uow_factory: SqlUnitOfWorkFactory, clock: FakeClock
) -> None:
    [order] = await succeeded(uow_factory, clock, "bob")
    await record(uow_factory, clock, order, "charge-1")
    given_back: list[str] = []

    async def give_back(refunded: Order, charge: str) -> None:
        given_back.append(charge)

    async with uow_factory() as uow:
        done = await service.refund(
            uow,
            order_id=order.id or 0,
            actor=ORGANISER,
            is_admin=False,
            now=clock.now(),
            refund_stars=give_back,
            where=Where(CHAT),
        )
        await uow.commit()
    assert (done.method, given_back) == ("stars", ["charge-1"])
    stored = await stored_order(uow_factory, order.id)
    assert stored.status is OrderStatus.REFUNDED
    assert [(p.kind, p.amount, p.reference) for p in stored.payments] == [
        ("paid", 50, "charge-1"),
        ("refunded", -50, "charge-1"),
    ]
    async with uow_factory() as uow:
        with pytest.raises(DomainError) as again:
            await service.refund(
                uow,
                order_id=order.id or 0,
                actor=ORGANISER,
                is_admin=False,
                now=clock.now(),
                refund_stars=give_back,
                where=Where(CHAT),
            )
    assert again.value.code == "order_already_refunded"


async def test_share_visits_are_kept_in_order(uow_factory: SqlUnitOfWorkFactory, clock: FakeClock) -> None:
    group_buy = await open_buy(uow_factory, clock)
    assert group_buy.id is not None
    visits = [
        ShareVisit(group_buy.id, "bob", "eve", clock.now()),
        ShareVisit(group_buy.id, "bob", "fay", clock.now() + timedelta(minutes=1)),
    ]
    async with uow_factory() as uow:
        for visit in visits:
            await uow.visits.add(visit)
        await uow.commit()
    async with uow_factory() as uow:
        assert await uow.visits.for_group_buy(group_buy.id) == visits
        assert await uow.visits.for_group_buy(group_buy.id + 1) == []
