"""撤销已收 (`/unpaid 12-3`): which confirmed payments may be taken back, and why not the others.

An organiser who tapped 已收 on the wrong order undoes it here rather than with 退款 (a refund tells the
buyer money went back). Only a payment she confirmed herself (offline) is hers to take back; one paid
through Telegram is money that really moved (a refund gives it back); a picked-up, refunded or
cancelled order is past undoing, and so is one part refunded (部分退款: money went back; refund the rest);
the organiser's own order is paid by being hers. A commission the
payment credited that has since left its earner's available balance (asked for, or paid out) cannot be
taken back without leaving the ledger short: a refund is the way. Standard library only.
"""

from __future__ import annotations

from collections.abc import Mapping

from commerce.domain.errors import DomainError
from commerce.domain.ledger import Account, AccountKind, Holdings
from commerce.domain.money import format_money
from commerce.domain.order import Order, OrderStatus

OFFLINE = "offline"


def check_undoable(order: Order, *, own: bool) -> None:
    """Refuse, with one reason, an order whose payment the organiser may not take back."""
    if own:
        raise DomainError("unpaid_own", order=order.number)
    if order.status is OrderStatus.PENDING_PAYMENT:
        received = order.received_unpaid
        if received:  # 只收到 ¥50 recorded: that part named, and how to put it right (rep85 #12)
            raise DomainError(
                "unpaid_part_received",
                order=order.number,
                received=format_money(received, order.currency),
                total=format_money(order.total, order.currency),
                gap=format_money(order.total - received, order.currency),
            )
        raise DomainError("unpaid_not_paid", order=order.number)
    if order.status is OrderStatus.FULFILLED:
        raise DomainError("unpaid_picked_up", order=order.number)
    if order.status is OrderStatus.REFUNDED:
        raise DomainError("unpaid_refunded", order=order.number)
    if order.status is OrderStatus.CANCELLED:
        raise DomainError("unpaid_cancelled", order=order.number)
    if order.payment_method is None:  # status read before, payments after, another undo: not paid now
        raise DomainError("unpaid_not_paid", order=order.number)
    if order.payment_method != OFFLINE:
        raise DomainError("unpaid_online", order=order.number)
    if order.refunded_part:  # 部分退款: money went back already; the rest is refunded, never "not paid"
        refunded = format_money(order.refunded_part, order.currency)
        raise DomainError("unpaid_part_refunded", order=order.number, refunded=refunded)


def commission_available(held: Holdings) -> dict[tuple[Account, str], int]:
    """What the order's commission made available (picked up or held long enough), by account."""
    return {
        key: amount
        for key, amount in held.items()
        if key[0].kind is AccountKind.COMMISSION_AVAILABLE and amount > 0
    }


def check_not_paid_out(
    order: Order, owed: Mapping[tuple[Account, str], int], balances: Mapping[tuple[Account, str], int]
) -> None:
    """Refuse when an earner's available balance no longer holds what this order made available to
    them: it was asked for or paid out, so only a refund (which may leave a balance negative, netted
    against the next payout) takes it back."""
    if any(balances.get(key, 0) < amount for key, amount in owed.items()):
        raise DomainError("unpaid_commission_paid_out", order=order.number)
