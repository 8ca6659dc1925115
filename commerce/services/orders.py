"""Use cases of orders: a member's list, and the organiser's offline confirmation (已收)."""

from __future__ import annotations

from datetime import datetime

from commerce.domain.errors import DomainError, NotFound
from commerce.domain.order import Order
from commerce.ports import UnitOfWork


async def orders_of(uow: UnitOfWork, *, buyer_id: str) -> list[Order]:
    return await uow.orders.for_buyer(buyer_id)


async def mark_paid_offline(
    uow: UnitOfWork, *, order_id: int, actor: str, is_admin: bool, now: datetime
) -> Order:
    """已收款: the organiser confirms cash, a transfer or payment at pickup."""
    order = await uow.orders.get(order_id)
    if order is None:
        raise NotFound("order_not_found", order=order_id)
    group_buy = await uow.group_buys.get(order.group_buy_id)
    assert group_buy is not None
    if not group_buy.may_manage(actor, is_admin=is_admin):
        raise DomainError("not_organiser", organiser=group_buy.organiser_name)
    order.mark_paid(actor=actor, method="offline", reference="", amount=order.total, now=now)
    await uow.orders.save(order)
    uow.record(*order.pull_events())
    return order
