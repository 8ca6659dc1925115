"""`withdrawn` (我的收益) replays her available balance oldest first (rep99 #2, s41): for any run of orders
freed, payouts asked for, paid or rejected, and orders refunded, every freed order's commission is said
once and adds up (what made up a refund, what is in a payout, what is hers), what is hers adds up to her
balance, what is owed to the balance below zero, and no order is ever said to be in a payout asked for
before it was freed."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from hypothesis import given, settings
from hypothesis import strategies as st

from commerce.domain.ledger import Entry, TransactionKind, available
from commerce.domain.payout import Payout, PayoutStatus
from commerce.services.earnings import EarningLine, EarningState, withdrawn

START = datetime(2026, 1, 1, tzinfo=UTC)
OPS = st.lists(st.tuples(st.sampled_from(["free", "ask", "pay", "reject", "refund"]), st.integers(1, 60)))


def _run(ops: list[tuple[str, int]]):  # type: ignore[no-untyped-def]
    entries: list[Entry] = []  # oldest first
    payouts: dict[int, Payout] = {}
    freed: dict[int, int] = {}  # order -> amount
    refunded: set[int] = set()
    freed_at: dict[int, int] = {}
    asked_at: dict[int, int] = {}
    balance = 0

    def post(amount: int, kind: TransactionKind, order: int | None, payout: int | None) -> None:
        at = START + timedelta(minutes=len(entries))
        entries.append(Entry(available("jo"), amount, "CNY", f"k{len(entries)}", kind, at, order, payout))

    for op, n in ops:
        open_one = next((p for p in payouts.values() if p.is_open), None)
        if op == "free":
            order = len(freed) + 1
            freed[order], freed_at[order] = n, len(entries)
            post(n, TransactionKind.ORDER_AVAILABLE, order, None)
            balance += n
        elif op == "ask" and open_one is None and balance > 0:
            amount, pid = min(n, balance), len(payouts) + 1
            payouts[pid] = Payout(pid, "jo", "Jo", "CNY", amount, START)
            asked_at[pid] = len(entries)
            post(-amount, TransactionKind.PAYOUT_REQUESTED, None, pid)
            balance -= amount
        elif op == "pay" and open_one is not None and open_one.id is not None:
            payouts[open_one.id] = Payout(
                open_one.id, "jo", "Jo", "CNY", open_one.amount, START, PayoutStatus.PAID
            )
        elif op == "reject" and open_one is not None and open_one.id is not None:
            payouts[open_one.id] = Payout(
                open_one.id, "jo", "Jo", "CNY", open_one.amount, START, PayoutStatus.REJECTED
            )
            post(open_one.amount, TransactionKind.PAYOUT_REJECTED, None, open_one.id)
            balance += open_one.amount
        elif op == "refund":
            left = [order for order in freed if order not in refunded]
            if left:
                order = left[n % len(left)]
                refunded.add(order)
                post(-freed[order], TransactionKind.ORDER_REFUNDED, order, None)
                balance -= freed[order]
    last = {e.order_id: i for i, e in enumerate(entries) if e.order_id is not None}
    lines = [
        EarningLine(
            order_number=f"1-{order}",
            title="",
            buyer="",
            amount=freed[order],
            currency="CNY",
            state=EarningState.CLAWED_BACK if order in refunded else EarningState.AVAILABLE,
            order_id=order,
        )
        for order in sorted(freed, key=lambda o: -last[o])
    ]
    newest_first = sorted(payouts.values(), key=lambda p: -(p.id or 0))
    found, owed = withdrawn(lines, {"CNY": balance} if balance else {}, newest_first, entries[::-1])
    return found, owed, balance, freed_at, asked_at


@settings(max_examples=300, deadline=None)
@given(OPS)
def test_every_order_is_said_once_and_the_sums_match_the_balance(ops: list[tuple[str, int]]) -> None:
    found, owed, balance, freed_at, asked_at = _run(ops)

    yours = 0
    for line in found:
        if line.state is not EarningState.AVAILABLE:
            assert line.owed >= 0 and line.covered >= 0
            continue
        value = line.amount - line.taken_back
        covered = sum(amount for _, amount in line.covers)
        mine = value if line.payout_id is None and not line.covers else line.still_yours
        in_payout = value - mine - covered
        assert in_payout >= 0 and (line.payout_id is not None or in_payout == 0), line
        yours += mine
        if line.payout_id:  # never a payout asked for before its commission was freed (rep99 #2)
            assert line.order_id is not None
            assert asked_at[line.payout_id] > freed_at[line.order_id], line
    assert yours == max(balance, 0)
    if balance < 0:
        taken = owed["CNY"]
        assert taken.known and taken.taken - taken.covered == -balance
        assert sum(line.owed for line in found) == -balance
    else:
        assert "CNY" not in owed
