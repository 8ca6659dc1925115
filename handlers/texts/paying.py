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
    part refunds gave back said apart from what went back by amount, each with its money, and what is
    still paid (我的订单: `¥129（已退 1 份 小盒 ¥33，另退 ¥20，共退 ¥53，实付 ¥76）`; it said `（已退 1 份，
    ¥53）`, one unit read as ¥53: rep85 #5)."""
    total = format_money(order.paid_in_full or order.total, order.currency)
    if not order.refunded_part or order.status not in (OrderStatus.PAID, OrderStatus.FULFILLED):
        return total
    refunded = format_money(order.refunded_part, order.currency)
    back = _units_back(order) if units else {}
    if not back:
        return t(lang, "paid_part_refunded", paid=total, refunded=refunded)
    said = [
        t(
            lang,
            "paid_refunded_units_of" if option else "paid_refunded_units",
            units=t(lang, "units_count", count=count),
            option=option,
            amount=format_money(money, order.currency),
        )
        for option, (count, money) in back.items()
    ]
    units_said = t(lang, "paid_refunded_units_joiner").join(said)
    net = format_money(order.paid_amount, order.currency)
    by_amount = order.refunded_part - sum(money for _, money in back.values())
    if by_amount <= 0:
        return t(lang, "paid_part_refunded_units", paid=total, units=units_said, net=net)
    return t(
        lang,
        "paid_part_refunded_units_and_amount",
        paid=total,
        units=units_said,
        amount=format_money(by_amount, order.currency),
        refunded=refunded,
        net=net,
    )


def _units_back(order: Order) -> dict[str, tuple[int, int]]:
    """The units part refunds gave back of the order's last payment, by option ("": the product's), with
    the money each gave back: {"小盒": (1, 3300)}; {} when none went back by units."""
    since = 0
    for index, payment in enumerate(order.payments):
        if payment.kind in ("paid", "unpaid"):
            since = index + 1
    back: dict[str, tuple[int, int]] = {}
    for payment in order.payments[since:]:
        if payment.kind == "part_refunded" and payment.units:
            count, money = back.get(payment.option, (0, 0))
            back[payment.option] = (count + payment.units, money - payment.amount)
    return back
