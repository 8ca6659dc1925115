"""Use cases of orders: a member's list, and the organiser's offline confirmation (已收)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from commerce.domain.errors import DomainError, NotFound
from commerce.domain.group_buy import GroupBuy
from commerce.domain.order import Order, OrderStatus
from commerce.ports import UnitOfWork


@dataclass(frozen=True)
class Confirmed:
    """An order just marked as paid, and the group buy it belongs to (for the card and the messages)."""

    order: Order
    group_buy: GroupBuy


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


async def confirm_paid(
    uow: UnitOfWork, *, order_id: int, actor: str, is_admin: bool, now: datetime
) -> Confirmed:
    """已收款 12: like `mark_paid_offline`, and also hands back the group buy."""
    order = await mark_paid_offline(uow, order_id=order_id, actor=actor, is_admin=is_admin, now=now)
    group_buy = await uow.group_buys.get(order.group_buy_id)
    assert group_buy is not None
    return Confirmed(order, group_buy)


async def mark_paid_for_member(
    uow: UnitOfWork, *, chat_id: str, buyer_id: str, actor: str, is_admin: bool, now: datetime
) -> Confirmed:
    """已收 @张三: the member's newest unpaid order from a group buy of this chat that `actor` runs.

    Refused with `member_no_order` (no order here), `member_all_paid` (all paid) or `not_organiser`.
    """
    here = [order for order in await uow.orders.for_buyer(buyer_id) if order.chat_id == chat_id]
    if not here:
        raise DomainError("member_no_order")
    unpaid = [order for order in here if order.status is OrderStatus.PENDING_PAYMENT]
    if not unpaid:
        raise DomainError("member_all_paid", name=here[0].buyer_name)
    organisers: list[str] = []
    for order in unpaid:  # newest first
        group_buy = await uow.group_buys.get(order.group_buy_id)
        assert group_buy is not None and order.id is not None
        if group_buy.may_manage(actor, is_admin=is_admin):
            return await confirm_paid(uow, order_id=order.id, actor=actor, is_admin=is_admin, now=now)
        organisers.append(group_buy.organiser_name)
    raise DomainError("not_organiser", organiser=organisers[0])
