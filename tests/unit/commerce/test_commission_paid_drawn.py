"""`commission_paid.drawn`: what of each order's freed commission went into paid payouts, and what its
earner owes after a take-back, following her available balance oldest first."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from commerce.domain.ledger import Account, AccountKind, Entry, TransactionKind
from commerce.services.commission_paid import drawn

T0 = datetime(2026, 12, 1, tzinfo=UTC)
AVAILABLE = Account(AccountKind.COMMISSION_AVAILABLE, "mei")
APPROVED = Account(AccountKind.PAYOUT_APPROVED, "mei")


def _entries(*steps: tuple[TransactionKind, int, int | None, int | None]) -> list[Entry]:
    """(kind, amount, order id, payout id), oldest first."""
    return [
        Entry(
            account=APPROVED if kind is TransactionKind.PAYOUT_PAID else AVAILABLE,
            amount=amount,
            currency="CNY",
            key=f"k{n}",
            kind=kind,
            at=T0 + timedelta(minutes=n),
            order_id=order,
            payout_id=payout,
        )
        for n, (kind, amount, order, payout) in enumerate(steps)
    ]


FREED, ASKED, PAID = (
    TransactionKind.ORDER_AVAILABLE,
    TransactionKind.PAYOUT_REQUESTED,
    TransactionKind.PAYOUT_PAID,
)
REFUNDED, REJECTED = TransactionKind.ORDER_REFUNDED, TransactionKind.PAYOUT_REJECTED


def test_a_paid_payout_draws_the_oldest_freed_first_and_refunds_after_it_are_owed() -> None:
    found = drawn(
        _entries(
            (FREED, 1500, 2, None),
            (FREED, 1500, 3, None),
            (ASKED, -2000, None, 1),
            (PAID, -2000, None, 1),
            (REFUNDED, -1500, 2, None),
            (REFUNDED, -1500, 3, None),
        )
    )
    assert found.paid_out == {2: 1500, 3: 500}
    # -¥20 in all: #1-2's ¥15 came off #1-3's ¥10 still hers, then ¥5 owed; #1-3's ¥15 all owed
    assert found.owes == {2: 500, 3: 1500}


def test_a_rejected_payout_gives_back_what_it_drew_and_owes_nothing() -> None:
    found = drawn(
        _entries(
            (FREED, 1500, 2, None),
            (ASKED, -1500, None, 1),
            (REFUNDED, -1500, 2, None),
            (REJECTED, 1500, None, 1),
        )
    )
    assert found.paid_out == {}
    assert found.owes == {}


def test_what_she_earns_next_pays_off_what_she_owes() -> None:
    found = drawn(
        _entries(
            (FREED, 1000, 2, None),
            (ASKED, -1000, None, 1),
            (PAID, -1000, None, 1),
            (REFUNDED, -1000, 2, None),
            (FREED, 600, 4, None),
        )
    )
    assert found.paid_out == {2: 1000}
    assert found.owes == {2: 400}


def test_a_take_back_beyond_its_order_comes_off_the_rest_of_her_balance_first() -> None:
    found = drawn(
        _entries(
            (FREED, 1000, 2, None),
            (ASKED, -1000, None, 1),
            (PAID, -1000, None, 1),
            (FREED, 300, 5, None),
            (REFUNDED, -1000, 2, None),
        )
    )
    assert found.owes == {2: 700}  # her balance: -¥7
