"""撤销已收 in the domain: the order's table moves paid back to pending (only paid), the payment nets to
nothing in its append-only list, and the ledger reverses what the payment posted, so a payment made
again is the order's next round (`order:7:paid:2`) rather than a repeat of the first."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest

from commerce.domain import events as ev
from commerce.domain.commission import CommissionRates, Sale, commission
from commerce.domain.errors import DomainError, TransitionNotAllowed
from commerce.domain.group_buy import GroupBuy, Participant, Terms
from commerce.domain.ledger import (
    holdings,
    order_available,
    order_paid,
    order_refunded,
    order_unpaid,
    payment_round,
)
from commerce.domain.order import ORDER_TRANSITIONS, Order, OrderStatus
from commerce.domain.unpaying import check_not_paid_out, check_undoable, commission_available

NOW = datetime(2026, 11, 23, 4, 0, tzinfo=UTC)
LATER = NOW + timedelta(hours=1)
RATES = CommissionRates(sharer_bp=500)


def _order() -> Order:
    terms = Terms(title="Mangoes", unit_price=1235, deadline=NOW + timedelta(hours=2))
    group_buy = GroupBuy.open(
        chat_id="family", organiser_id="amy", organiser_name="Amy", terms=terms, now=NOW
    )
    group_buy.id, group_buy.is_new = 1, False
    group_buy.join(None, user_id="bob", display_name="Bob", quantity=3, now=NOW)
    group_buy.close(actor="amy", is_admin=False, now=NOW)
    order = Order.for_member(group_buy, [Participant("bob", "Bob", 3, NOW)], now=NOW)
    order.id, order.seq = 7, 1
    return order


def _paid(status: OrderStatus = OrderStatus.PAID) -> Sale:
    return Sale(7, 12, "bob", "amy", "CNY", 8800, status, sharer="sue")


@pytest.mark.parametrize("status", list(OrderStatus))
def test_only_a_paid_order_moves_back_to_pending(status: OrderStatus) -> None:
    if status is OrderStatus.PAID:
        assert ORDER_TRANSITIONS.next(status, "unpay") is OrderStatus.PENDING_PAYMENT
    else:
        with pytest.raises(TransitionNotAllowed) as refused:
            ORDER_TRANSITIONS.next(status, "unpay")
        assert refused.value.code == "order_unpay_not_allowed"


def test_an_undone_payment_nets_to_nothing_and_is_recorded() -> None:
    order = _order()
    order.mark_paid(actor="amy", method="offline", reference="", amount=3705, now=NOW)
    order.pull_events()

    order.unpay(actor="amy", now=LATER, reason="undone by amy")

    assert (order.status, order.paid_amount, order.payment_method) == (OrderStatus.PENDING_PAYMENT, 0, None)
    assert [(p.kind, p.amount) for p in order.payments] == [("paid", 3705), ("unpaid", -3705)]
    assert [(c.from_status, c.to_status, c.action) for c in order.history][-1] == (
        OrderStatus.PAID,
        OrderStatus.PENDING_PAYMENT,
        "unpay",
    )
    assert order.pull_events() == [ev.OrderUnpaid(7, 1, "bob", 3705, "CNY", "amy")]
    order.mark_paid(actor="amy", method="offline", reference="", amount=3705, now=LATER)  # payable again
    assert (order.status, order.paid_amount, order.payment_method) == (OrderStatus.PAID, 3705, "offline")


def test_which_orders_may_be_undone() -> None:
    order = _order()
    with pytest.raises(DomainError, match="unpaid_not_paid"):
        check_undoable(order, own=False)
    order.mark_paid(actor="amy", method="offline", reference="", amount=3705, now=NOW)
    check_undoable(order, own=False)
    with pytest.raises(DomainError, match="unpaid_own"):
        check_undoable(order, own=True)
    online = _order()
    online.mark_paid(actor="bob", method="stars", reference="charge", amount=3705, now=NOW)
    with pytest.raises(DomainError, match="unpaid_online"):
        check_undoable(online, own=False)
    online.fulfil(actor="amy", now=NOW)
    with pytest.raises(DomainError, match="unpaid_picked_up"):
        check_undoable(online, own=False)


def test_the_ledger_reverses_the_payment_and_a_new_payment_is_the_next_round() -> None:
    first = order_paid(commission(_paid(), RATES), at=NOW)
    assert first is not None and (first.key, first.seq) == ("order:7:paid", 1)
    undone = order_unpaid(7, [first], at=LATER)
    assert undone is not None and (undone.key, undone.seq) == ("order:7:unpaid", 2)
    assert holdings([first, undone]) == {}
    assert order_unpaid(7, [first, undone], at=LATER) is None  # nothing held: nothing to undo
    assert payment_round([first, undone]) == 2

    again = order_paid(commission(_paid(), RATES), at=LATER, history=[first, undone])
    assert again is not None and (again.key, again.seq) == ("order:7:paid:2", 3)
    available = order_available(7, [first, undone, again], at=LATER)
    assert available is not None and (available.key, available.seq) == ("order:7:available:2", 4)
    refund = order_refunded(7, [first, undone, again, available], at=LATER)
    assert refund is not None and refund.key == "order:7:refunded"
    assert holdings([first, undone, again, available, refund]) == {}


def test_commission_gone_from_the_available_balance_refuses_the_undo() -> None:
    order = _order()
    paid = order_paid(commission(_paid(), RATES), at=NOW)
    assert paid is not None
    available = order_available(7, [paid], at=NOW)
    assert available is not None
    owed = commission_available(holdings([paid, available]))
    [(account, currency)] = owed
    check_not_paid_out(order, owed, {(account, currency): 440})  # still there: may be undone
    with pytest.raises(DomainError, match="unpaid_commission_paid_out"):
        check_not_paid_out(order, owed, {(account, currency): 439})


def test_a_paid_status_read_beside_an_undone_payment_is_not_paid() -> None:
    """Two undos at once on PostgreSQL: the second read the order's status before the first committed
    and its payments after; it is told the order is not paid, never that it was paid online."""
    order = _order()
    order.mark_paid(actor="amy", method="offline", reference="", amount=3705, now=NOW)
    torn = _order()
    torn.status, torn.payments = OrderStatus.PAID, list(order.payments)
    order.unpay(actor="amy", now=LATER)
    torn.payments = list(order.payments)  # the status as before the undo, the payments as after

    with pytest.raises(DomainError) as refused:
        check_undoable(torn, own=False)

    assert refused.value.code == "unpaid_not_paid"
