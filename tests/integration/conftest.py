"""Helpers of the storage contract tests: a fixed clock, the service calls they drive, and the engines.

Here `engine_path` also takes "sqlite-stock" and "postgres-stock": SQLAlchemy's stock adapters and
`execute`, the path any release outside storage.db.FAST_PATH_TESTED gets (or `fast_path=False`), so
every storage contract test holds on both paths.
"""

from __future__ import annotations

from collections.abc import AsyncIterator, Awaitable, Callable
from datetime import datetime, timedelta
from typing import Any

import pytest

from commerce.domain.errors import DomainError
from commerce.domain.group_buy import GroupBuy, PriceTier, ProductOption, Terms
from commerce.domain.notes import Note
from commerce.domain.options import with_options
from commerce.domain.order import Order, OrderStatus
from commerce.domain.reach import Where
from commerce.services import group_buys as service
from commerce.services import notes as notes_service
from commerce.services import orders as order_service
from commerce.services import payments
from commerce.services import waiting as waiting_service
from commerce.services.group_buys import Participation
from commerce.services.waiting import Departure
from storage.db import make_engine
from storage.uow import SqlUnitOfWorkFactory
from tests.fakes import FakeClock

CHAT = "chat-1"
ORGANISER = "org"
ENGINE_PATHS = [
    "sqlite",
    "sqlite-stock",
    pytest.param("postgres", marks=pytest.mark.postgres),
    pytest.param("postgres-stock", marks=pytest.mark.postgres),
]


@pytest.fixture(params=ENGINE_PATHS)
def engine_path(request: pytest.FixtureRequest) -> str:
    return str(request.param)


@pytest.fixture
def clock() -> FakeClock:
    return FakeClock()


def mango_terms(
    clock: FakeClock,
    *,
    stock: int | None = 50,
    limit: int | None = None,
    target: int = 3,
    hours: float = 8,
    tiers: tuple[PriceTier, ...] = (PriceTier(5, 7800), PriceTier(10, 6800)),
) -> Terms:
    return Terms(
        title="海南贵妃芒 5斤",
        unit_price=8800,
        currency="CNY",
        tiers=tiers,
        target=target,
        stock=stock,
        per_person_limit=limit,
        deadline=clock.now() + timedelta(hours=hours),
        pickup="3号楼门口",
    )


async def open_buy(
    factory: SqlUnitOfWorkFactory, clock: FakeClock, *, chat_id: str = CHAT, **terms: object
) -> GroupBuy:
    async with factory() as uow:
        group_buy = await service.open_group_buy(
            uow,
            chat_id=chat_id,
            organiser_id=ORGANISER,
            organiser_name="团长小美",
            terms=mango_terms(clock, **terms),  # type: ignore[arg-type]
            now=clock.now(),
            lang="zh",
        )
        await uow.commit()
    return group_buy


async def join(
    factory: SqlUnitOfWorkFactory,
    clock: FakeClock,
    user: str,
    quantity: int = 1,
    *,
    group_buy_id: int | None = None,
    friend: str = "",
    note: str = "",
    option: str = "",
    now: datetime | None = None,
) -> Participation:
    async with factory() as uow:
        result = await service.join(
            uow,
            chat_id=CHAT,
            group_buy_id=group_buy_id,
            user_id=user,
            display_name=f"Name {user}",
            quantity=quantity,
            now=now or clock.now(),
            friend=friend,
            note=note,
            option=option,
        )
        await uow.commit()
    return result


async def leave(
    factory: SqlUnitOfWorkFactory,
    clock: FakeClock,
    user: str,
    quantity: int | None = None,
    *,
    group_buy_id: int | None = None,
    option: str = "",
) -> Participation:
    """A member lowers (`quantity`) or leaves (None) their line, without the waiting list's move-in."""
    left: Participation = await _leaving(service.leave, factory, clock, user, quantity, group_buy_id, option)
    return left


async def _leaving(
    use_case: Callable[..., Awaitable[Any]],
    factory: SqlUnitOfWorkFactory,
    clock: FakeClock,
    user: str,
    quantity: int | None,
    group_buy_id: int | None,
    option: str,
) -> Any:
    async with factory() as uow:
        done = await use_case(
            uow,
            chat_id=CHAT,
            group_buy_id=group_buy_id,
            user_id=user,
            quantity=quantity,
            now=clock.now(),
            option=option,
        )
        await uow.commit()
    return done


async def wait(
    factory: SqlUnitOfWorkFactory,
    clock: FakeClock,
    user: str,
    quantity: int,
    *,
    group_buy_id: int | None = None,
    option: str = "",
) -> None:
    """A member joins the waiting list (a second later than the one before: the queue's order)."""
    clock.advance(seconds=1)
    async with factory() as uow:
        await waiting_service.wait(
            uow,
            chat_id=CHAT,
            group_buy_id=group_buy_id,
            user_id=user,
            display_name=f"Name {user}",
            quantity=quantity,
            now=clock.now(),
            option=option,
        )
        await uow.commit()


async def leave_and_move_in(
    factory: SqlUnitOfWorkFactory,
    clock: FakeClock,
    user: str,
    quantity: int | None = None,
    *,
    group_buy_id: int | None = None,
    option: str = "",
) -> Departure:
    """A member leaves (or lowers) and the waiting members who now fit move in, in one transaction."""
    args = (factory, clock, user, quantity, group_buy_id, option)
    departure: Departure = await _leaving(waiting_service.leave, *args)
    return departure


async def open_options(
    factory: SqlUnitOfWorkFactory,
    clock: FakeClock,
    *options: ProductOption,
    stock: int | None = None,
    tiers: tuple[PriceTier, ...] = (),
    target: int = 1,
    limit: int | None = None,
) -> GroupBuy:
    """海南芒果 sold in `options` (多规格), opened in CHAT by ORGANISER."""
    base = Terms(
        title="海南芒果",
        unit_price=0,
        tiers=tiers,
        target=target,
        stock=stock,
        per_person_limit=limit,
        deadline=clock.now() + timedelta(hours=8),
    )
    async with factory() as uow:
        group_buy = await service.open_group_buy(
            uow,
            chat_id=CHAT,
            organiser_id=ORGANISER,
            organiser_name="团长小美",
            terms=with_options(base, options),
            now=clock.now(),
            lang="zh",
        )
        await uow.commit()
    return group_buy


async def post_note(
    factory: SqlUnitOfWorkFactory,
    clock: FakeClock,
    author: str,
    text: str,
    *,
    group_buy_id: int | None = None,
    chat: str = CHAT,
    per_day: int = 0,
    advance: bool = True,
) -> Note:
    """`author` posts a note (text only) and it is committed; by default a second after the one before,
    so notes keep their order (`advance=False` posts at the clock's time, for reads `since` it)."""
    if advance:
        clock.advance(seconds=1)
    async with factory() as uow:
        note = await notes_service.post(
            uow,
            chat_id=chat,
            author_id=author,
            author_name=author.title(),
            text=text,
            photo=None,
            group_buy_id=group_buy_id,
            now=clock.now(),
            per_day=per_day,
        )
        await uow.commit()
    return note


async def outcome(coro: Awaitable[object]) -> str:
    """ "ok", or the code of the refusal: for racing calls gathered together."""
    try:
        await coro
    except DomainError as error:
        return error.code
    return "ok"


async def close(factory: SqlUnitOfWorkFactory, clock: FakeClock, group_buy_id: int) -> list[Order]:
    async with factory() as uow:
        closing = await service.close(
            uow, chat_id=CHAT, group_buy_id=group_buy_id, actor=ORGANISER, is_admin=False, now=clock.now()
        )
        await uow.commit()
    return closing.orders


async def stored(factory: SqlUnitOfWorkFactory, group_buy_id: int) -> GroupBuy:
    async with factory() as uow:
        found = await uow.group_buys.get(group_buy_id)
    assert found is not None
    return found


@pytest.fixture
async def postgres_uow_factory(_clean_postgres_database: str) -> AsyncIterator[SqlUnitOfWorkFactory]:
    """For interleavings only PostgreSQL allows (SQLite runs one write transaction at a time)."""
    factory = SqlUnitOfWorkFactory(make_engine(_clean_postgres_database))
    try:
        yield factory
    finally:
        await factory.dispose()


async def bought_then_again(factory: SqlUnitOfWorkFactory, clock: FakeClock, *, target: int = 1) -> GroupBuy:
    """Cat bought the mangoes and paid (a verified buyer), and they are on sale again: the new group buy."""
    first = await open_buy(factory, clock, target=1)
    assert first.id is not None
    await join(factory, clock, "cat", 1)
    [order] = await close(factory, clock, first.id)
    async with factory() as uow:
        await order_service.confirm_paid(
            uow, order_id=order.id or 0, actor=ORGANISER, is_admin=False, now=clock.now(), where=Where(CHAT)
        )
        await uow.commit()
    second = await open_buy(factory, clock, target=target)  # the same product again
    assert second.id is not None
    return second


async def refund_one_and_lapse_another(
    factory: SqlUnitOfWorkFactory, clock: FakeClock, *, refunded: Order, lapsed: Order
) -> None:
    """The organiser confirms `refunded`'s payment and refunds it; `lapsed` is cancelled unpaid (as the
    reservation expiry does): the two ways an order's units leave the sold ones."""
    where, now = Where("chat-1"), clock.now()
    async with factory() as uow:
        assert refunded.id is not None and lapsed.id is not None
        await order_service.confirm_paid(
            uow, order_id=refunded.id, actor=ORGANISER, is_admin=False, now=now, where=where
        )
        await payments.refund(
            uow, order_id=refunded.id, actor=ORGANISER, is_admin=False, now=now, refund_stars=None,
            where=where,
        )  # fmt: skip
        gone = await uow.orders.get(lapsed.id)
        assert gone is not None
        gone.cancel(actor="system", now=now, reason="not paid in time")
        assert await uow.orders.save_status(gone, previous=OrderStatus.PENDING_PAYMENT.value)
        await uow.commit()
