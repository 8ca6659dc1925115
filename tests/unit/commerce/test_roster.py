"""The organiser's list as a read model (commerce.domain.roster): each line's money from its order, an
order's total once (on its first line), and totals that leave dropped orders out."""

from __future__ import annotations

from datetime import UTC, datetime

from commerce.domain.group_buy import GroupBuy, Participant, Terms
from commerce.domain.order import Order
from commerce.domain.roster import Payment, build

NOW = datetime(2026, 12, 2, 4, 0, tzinfo=UTC)


def _closed(*lines: Participant) -> GroupBuy:
    group_buy = GroupBuy.open(
        chat_id="family", organiser_id="amy", organiser_name="Amy",
        terms=Terms(title="Plums", unit_price=1200, pickup="Gate 3"), now=NOW,
    )  # fmt: skip
    group_buy.id = 1
    group_buy.sold = sum(line.quantity for line in lines)
    group_buy.close(actor="amy", is_admin=False, now=NOW)
    return group_buy


def _order(group_buy: GroupBuy, order_id: int, *lines: Participant) -> Order:
    order = Order.for_member(group_buy, lines, now=NOW)
    order.id = order_id
    return order


def test_each_orders_total_stands_once_and_dropped_orders_owe_nothing() -> None:
    bob = Participant("bob", "Bob", 2, NOW, note="flat 502")
    wang = Participant("bob", "Bob", 1, NOW, friend="Wang")
    cat = Participant("cat", "Cat", 1, NOW)
    dan = Participant("dan", "Dan", 3, NOW)
    group_buy = _closed(bob, wang, cat, dan)
    bobs, cats, dans = _order(group_buy, 1, bob, wang), _order(group_buy, 2, cat), _order(group_buy, 3, dan)
    cats.mark_paid(actor="amy", method="offline", reference="", amount=1200, now=NOW)
    cats.refund(actor="amy", method="offline", reference="", now=NOW)
    dans.cancel(actor="system", now=NOW)
    bobs.reported_paid_at = NOW

    roster = build(group_buy, [bob, wang, cat, dan], [bobs, cats, dans])

    assert [(line.order, line.order_total, line.payment) for line in roster.lines] == [
        ("1", 3600, Payment.REPORTED),
        ("1", None, Payment.REPORTED),
        ("2", 1200, Payment.REFUNDED),
        ("3", 3600, Payment.CANCELLED),
    ]
    # Cat's refunded and Dan's cancelled lines are listed, not counted; Cat's refund is said apart
    assert (roster.units, roster.amount, roster.orders) == (3, 3600, 1)
    assert (roster.refunded, roster.dropped_lines) == (1200, 2)
    assert (roster.collected, roster.outstanding, roster.reported) == (0, 3600, 3600)
    assert (roster.unpaid_orders, roster.reported_orders, roster.paid_orders) == (0, 1, 0)
    assert list(roster.by_pickup()) == ["Gate 3"]


def test_a_line_whose_order_is_not_written_yet_has_no_payment() -> None:
    bob = Participant("bob", "Bob", 2, NOW)
    roster = build(_closed(bob), [bob], [])

    assert [(line.order, line.payment, line.amount) for line in roster.lines] == [(None, Payment.NONE, 2400)]
