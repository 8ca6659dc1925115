"""How to pay the organiser, in one place for every text that says it (the order sent at the close, the
reminder before its pay-by time, the group's reminder): the catalog's text, in its `_noted` form when the
organiser set her own way to pay (`/payment`: "pay Amy as they ask below", not "cash or transfer"), with
that way on the line after it (`付款方式：…`).
"""

from __future__ import annotations

from typing import Any

from commerce.domain.group_buy import Terms
from commerce.domain.money import format_money
from commerce.domain.order import Order, OrderStatus
from handlers.texts import has, t


def with_payment_note(lang: str, key: str, terms: Terms, **params: Any) -> str:
    """The text `key` filled with `params`; with a payment note on `terms`, `<key>_noted` (where the
    catalog has one) and the note's line after it."""
    note = terms.payment_note
    noted = f"{key}_noted"
    text = t(lang, noted if note and has(noted) else key, **params)
    return f"{text}\n{t(lang, 'order_payment_note', note=note)}" if note else text


def paid_said(lang: str, order: Order, *, units: bool = False) -> str:
    """An order's money as every view says it: its total (`¥156`), and once part of it was refunded
    (部分退款) what was refunded beside it: `¥156（已退 ¥78）`, "¥156 (¥78 refunded)". `units`: the units
    part refunds gave back said too, as 名单 and the card say them (`¥66（已退 1 份，¥63）`; 我的订单,
    rep81 #11)."""
    total = format_money(order.paid_in_full or order.total, order.currency)
    if not order.refunded_part or order.status not in (OrderStatus.PAID, OrderStatus.FULFILLED):
        return total
    refunded = format_money(order.refunded_part, order.currency)
    back = sum(order.refunded_units.values()) if units else 0
    if back:
        count = t(lang, "units_count", count=back)
        return t(lang, "paid_part_refunded_units", paid=total, units=count, refunded=refunded)
    return t(lang, "paid_part_refunded", paid=total, refunded=refunded)
