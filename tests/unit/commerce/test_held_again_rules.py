"""撤销已取 (commerce.domain.ledger.order_held_again): the commission a pickup released before the hold is
pending again while the earner's available balance still holds it; kept when asked for in a payout or
paid out; nothing once the hold has passed; the next release is a transaction of its own."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from commerce.domain.commission import CommissionRates, Sale, commission
from commerce.domain.ledger import (
    Transaction,
    TransactionKind,
    available,
    holdings,
    imbalance,
    order_available,
    order_held_again,
    order_paid,
    pending,
)
from commerce.domain.order import OrderStatus

NOW = datetime(2026, 11, 23, 4, 0, tzinfo=UTC)
HOLD = timedelta(days=7)


def _picked_up() -> list[Transaction]:
    sale = Sale(7, 12, "bob", "amy", "CNY", 10000, OrderStatus.PAID, sharer="sue", help_seller="hal")
    paid = order_paid(commission(sale, CommissionRates(500, 1000)), at=NOW)
    assert paid is not None
    released = order_available(7, [paid], at=NOW + timedelta(days=1))
    assert released is not None
    return [paid, released]


def test_the_early_release_goes_back_to_pending_until_the_hold_ends() -> None:
    history = _picked_up()
    held = order_held_again(
        7, history, at=NOW + timedelta(days=2), hold=HOLD, balances={"sue": 500, "hal": 1000}
    )
    assert held.transaction is not None and imbalance(held.transaction.postings) == {}
    assert held.transaction.key == "order:7:held_again"
    assert sorted(held.moved) == [("hal", 1000), ("sue", 500)] and held.kept == ()
    assert held.until == NOW + HOLD
    after = holdings([*history, held.transaction])
    assert after[(pending("sue"), "CNY")] == 500 and (available("sue"), "CNY") not in after
    again = order_available(7, [*history, held.transaction], at=NOW + HOLD)
    assert again is not None and again.key == "order:7:available/2"  # released again, its own key
    assert again.kind is TransactionKind.ORDER_AVAILABLE


def test_what_left_her_available_balance_stays() -> None:
    held = order_held_again(
        7, _picked_up(), at=NOW + timedelta(days=2), hold=HOLD, balances={"sue": 499, "hal": 1000}
    )
    assert held.moved == (("hal", 1000),) and held.kept == (("sue", 500),)


def test_nothing_once_the_hold_has_passed() -> None:
    held = order_held_again(7, _picked_up(), at=NOW + HOLD, hold=HOLD, balances={"sue": 500, "hal": 1000})
    assert held.transaction is None and held.moved == held.kept == ()
