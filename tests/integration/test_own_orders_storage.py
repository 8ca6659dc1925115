"""The organiser's own orders on SQLite and PostgreSQL: every one is recorded paid at its close, not
only the first (payment references are unique in storage), a help-sold group buy she joined herself
in a listing chat included, by hand and at its deadline."""

from __future__ import annotations

from commerce.domain.order import OrderStatus
from commerce.services import group_buys as service
from commerce.services import listings
from commerce.services.own_orders import is_own
from storage.uow import SqlUnitOfWorkFactory
from tests.fakes import FakeClock
from tests.integration.conftest import ORGANISER, close, join, open_buy

OFFICE = "office"


async def _help_sold(factory: SqlUnitOfWorkFactory, clock: FakeClock) -> int:
    """A group buy open to help-selling, listed in the office by a member, with a buyer there."""
    group_buy = await open_buy(factory, clock, target=1)
    assert group_buy.id is not None
    async with factory() as uow:
        await listings.set_help_sell_rate(uow, group_buy, actor=ORGANISER, is_admin=False, rate_bp=500)
        await listings.list_here(
            uow,
            group_buy_id=group_buy.id,
            chat_id=OFFICE,
            seller_id="bob",
            seller_name="Bob",
            now=clock.now(),
        )
        await uow.commit()
    for user, quantity in (("eve", 2), (ORGANISER, 1)):  # the organiser joins in the office too
        async with factory() as uow:
            await service.join(
                uow, chat_id=OFFICE, group_buy_id=group_buy.id, user_id=user, display_name=user.title(),
                quantity=quantity, now=clock.now(),
            )  # fmt: skip
            await uow.commit()
    return group_buy.id


async def _orders(
    factory: SqlUnitOfWorkFactory, group_buy_id: int
) -> dict[str, tuple[OrderStatus, int, bool]]:
    async with factory() as uow:
        group_buy = await uow.group_buys.get(group_buy_id)
        orders = await uow.orders.for_group_buy(group_buy_id)
    assert group_buy is not None
    return {o.buyer_id: (o.status, o.paid_amount, is_own(o, group_buy)) for o in orders}


async def test_every_own_order_is_recorded_paid_by_hand_and_at_the_deadline(
    uow_factory: SqlUnitOfWorkFactory, clock: FakeClock
) -> None:
    first = await open_buy(uow_factory, clock, target=1)
    assert first.id is not None
    await join(uow_factory, clock, ORGANISER, 2, group_buy_id=first.id)
    await close(uow_factory, clock, first.id)
    by_hand = await _help_sold(uow_factory, clock)
    await close(uow_factory, clock, by_hand)
    at_deadline = await _help_sold(uow_factory, clock)
    clock.advance(hours=25)
    async with uow_factory() as uow:
        expired = await service.expire(uow, group_buy_id=at_deadline, now=clock.now())
        await uow.commit()

    assert expired is not None and len(expired.orders) == 2
    assert await _orders(uow_factory, first.id) == {ORGANISER: (OrderStatus.PAID, 2 * 8800, True)}
    for gid in (by_hand, at_deadline):
        assert await _orders(uow_factory, gid) == {
            "eve": (OrderStatus.PENDING_PAYMENT, 0, False),
            ORGANISER: (OrderStatus.PAID, 8800, True),
        }
