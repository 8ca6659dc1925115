"""The organiser's own order: an organiser who joins her own group buy gets an order like everyone (her
units are on the list, packed and collected as the others'), but she does not pay herself. It is
recorded as paid when it is made, in full (her own money: offline, reference `own`), so she is never
told to pay the organiser, never reminded, and no reservation of it lapses; the list counts it paid.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime

from commerce.domain.errors import DomainError
from commerce.domain.group_buy import GroupBuy
from commerce.domain.order import Order, OrderStatus
from commerce.ports import UnitOfWork

OWN = "own"  # the payment's reference (with the order's id): paid by being the organiser's own order


def own_reference(order_id: int | None) -> str:
    """The own payment's reference, one per order: references are unique per kind in storage (a
    charge recorded once), so a reference shared by every own order let only the first be recorded,
    and every later close that made one rolled back (busy, try again) for ever."""
    return f"{OWN}:{order_id}"


def is_own(order: Order, group_buy: GroupBuy) -> bool:
    """Whether `order` is the organiser's own order of `group_buy`, recorded paid when it was made
    (a bare `own` is how the first one was recorded before the reference named its order)."""
    own = (OWN, own_reference(order.id))
    return order.buyer_id == group_buy.organiser_id and any(
        payment.kind == "paid" and payment.reference in own for payment in order.payments
    )


async def settle_own(uow: UnitOfWork, group_buy: GroupBuy, orders: Sequence[Order], *, now: datetime) -> None:
    """Record the organiser's own order among `orders` (just written) as paid."""
    pending = OrderStatus.PENDING_PAYMENT
    for order in orders:
        if order.buyer_id == group_buy.organiser_id and order.status is pending:
            order.mark_paid(
                actor=order.buyer_id,
                method="offline",
                reference=own_reference(order.id),
                amount=order.total,
                now=now,
            )
            if not await uow.orders.save_status(order, previous=pending.value):
                raise DomainError("busy_try_again")  # it changed meanwhile: roll the batch back, retry
