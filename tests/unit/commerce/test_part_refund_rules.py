"""部分退款 (commerce.domain.ledger.order_part_refunded, commission_kept; commerce.domain.order
Order.refund_part): the ledger stays balanced, the commission taken back is never more than was earned,
and what an earner keeps is the commission on what is left at her rate, floor(rate × net), whatever
part refunds came before (review 45: the floor was taken on each refund, so a sharer lost a cent):
part refunds adding up to the whole take back exactly what one whole refund does (0 minor units apart),
and any split of the same sum leaves the same balances. Without her rate (or with one the payment was
not made at), in proportion: at most 1 minor unit less."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest
from hypothesis import given
from hypothesis import strategies as st

from commerce.domain.commission import CommissionRates, Sale, commission
from commerce.domain.errors import DomainError
from commerce.domain.ledger import (
    AccountKind,
    Transaction,
    available,
    buyer,
    commission_kept,
    holdings,
    imbalance,
    order_available,
    order_paid,
    order_part_refunded,
    order_refunded,
    organiser,
    part_refund_key,
    pending,
)
from commerce.domain.order import Order, OrderLine, OrderStatus

NOW = datetime(2026, 11, 23, 4, 0, tzinfo=UTC)


def _paid(paid: int, sharer_bp: int, help_bp: int) -> list[Transaction]:
    sale = Sale(7, 12, "bob", "amy", "CNY", paid, OrderStatus.PAID, sharer="sue", help_seller="hal")
    first = order_paid(commission(sale, CommissionRates(sharer_bp, help_bp)), at=NOW)
    assert first is not None
    return [first]


def _refund_parts(
    history: list[Transaction], parts: list[int], *, start: int = 2, rates: dict[str, int] | None = None
) -> list[Transaction]:
    for number, amount in enumerate(parts, start=start):
        step = order_part_refunded(7, history, amount, payment=number, at=NOW, rates=rates)
        assert step is not None
        assert imbalance(step.postings) == {}
        history = [*history, step]
    return history


def _earned(history: list[Transaction], member: str) -> int:
    held = holdings(history)
    return sum(
        amount
        for (account, _), amount in held.items()
        if account.member == member
        and account.kind in (AccountKind.COMMISSION_PENDING, AccountKind.COMMISSION_AVAILABLE)
    )


def test_half_refunded_takes_back_half_the_commission() -> None:
    history = _refund_parts(_paid(15600, 500, 1000), [7800])
    step = history[-1]
    assert step.key == part_refund_key(7, 2) == "order:7:part_refunded:2"
    held = holdings(history)
    assert held[(buyer("bob"), "CNY")] == -7800
    assert held[(pending("hal"), "CNY")] == 780
    assert held[(pending("sue"), "CNY")] == 390
    assert held[(organiser("amy"), "CNY")] == 7800 - 780 - 390


def test_commission_available_or_paid_out_is_taken_from_available() -> None:
    history = _paid(10000, 0, 1000)
    made_available = order_available(7, history, at=NOW)
    assert made_available is not None
    history = _refund_parts([*history, made_available], [2500], start=3)
    assert holdings(history)[(available("hal"), "CNY")] == 750


def test_more_than_is_left_posts_nothing() -> None:
    history = _refund_parts(_paid(10000, 0, 1000), [6000])
    assert order_part_refunded(7, history, 4001, payment=3, at=NOW) is None
    assert order_part_refunded(7, history, 0, payment=3, at=NOW) is None


@given(
    paid=st.integers(min_value=2, max_value=10_000_000),
    sharer_bp=st.integers(min_value=0, max_value=5_000),
    help_bp=st.integers(min_value=0, max_value=5_000),
    cuts=st.lists(st.integers(min_value=1, max_value=10_000), min_size=1, max_size=6),
)
def test_part_refunds_keep_the_ledger_balanced_and_the_commission_on_what_is_left(
    paid: int, sharer_bp: int, help_bp: int, cuts: list[int]
) -> None:
    first = _paid(paid, sharer_bp, help_bp)
    rates = {"sue": sharer_bp, "hal": help_bp}
    earned = {member: _earned(first, member) for member in rates}
    # split `paid` into parts (the last whole refund takes what is left)
    parts, left = [], paid
    for cut in cuts:
        part = max(1, left * cut // 20_000)
        if part >= left:
            break
        parts.append(part)
        left -= part
    history, refunded = first, 0
    for number, part in enumerate(parts, start=2):  # after each part refund, not only the last
        history = _refund_parts(history, [part], start=number, rates=rates)
        refunded += part
        for member, rate in rates.items():
            kept = _earned(history, member)
            assert kept == (paid - refunded) * rate // 10_000  # floor(rate × net), the floor taken once
            assert 0 <= kept <= earned[member]  # never more taken back than was earned
            assert kept == commission_kept(earned[member], paid, paid - refunded, rate)
        assert imbalance(p for t in history for p in t.postings) == {}
    one = _refund_parts(first, [refunded], rates=rates) if refunded else first  # one refund of the sum
    assert holdings(one) == holdings(history)
    whole = order_refunded(7, history, at=NOW)
    assert whole is not None
    assert holdings([*history, whole]) == {}  # parts then the whole: nothing held, nothing taken twice
    assert imbalance(p for t in [*history, whole] for p in t.postings) == {}
    taken = {
        m: -sum(p.amount for t in [*history[1:], whole] for p in t.postings if p.account.member == m)
        for m in rates
    }
    assert taken == earned  # the split refunds, with the whole, take back exactly the whole commission


@given(
    paid=st.integers(min_value=2, max_value=10_000_000),
    help_bp=st.integers(min_value=0, max_value=5_000),
    cuts=st.lists(st.integers(min_value=1, max_value=10_000), min_size=1, max_size=6),
)
def test_without_her_rate_the_commission_is_kept_in_proportion(
    paid: int, help_bp: int, cuts: list[int]
) -> None:
    first = _paid(paid, 0, help_bp)
    earned = _earned(first, "hal")
    parts, left = [], paid
    for cut in cuts:
        part = max(1, left * cut // 20_000)
        if part >= left:
            break
        parts.append(part)
        left -= part
    wrong = {"hal": help_bp + 5_000}  # not the rate it was paid at: in proportion, never more than earned
    for rates in (None, wrong):
        history = _refund_parts(first, parts, rates=rates)
        kept = _earned(history, "hal")
        assert kept == commission_kept(earned, paid, left) == earned * left // paid
        fresh = left * help_bp // 10_000
        assert fresh - 1 <= kept <= fresh
        assert imbalance(p for t in history for p in t.postings) == {}


def test_a_cent_refunded_of_a_rounded_commission_takes_nothing_back() -> None:
    """Review 45: 7.5% of ¥75 is ¥5.625, paid ¥5.62; 7.5% of ¥74.99 is ¥5.624: still ¥5.62."""
    first = _paid(7500, 750, 0)
    history = _refund_parts(first, [1], rates={"sue": 750})
    assert _earned(history, "sue") == 562
    history = _refund_parts(first, [2500], rates={"sue": 750})
    assert _earned(history, "sue") == 375  # 7.5% of ¥50, not ¥3.74


def _order() -> Order:
    order = Order(7, 12, "family", "bob", "Bob", "CNY", [OrderLine("芒果", 2, 7800)], NOW, seq=1)
    order.mark_paid(actor="amy", method="offline", reference="", amount=15600, now=NOW)
    order.pull_events()
    return order


def test_an_order_part_refunded_stays_paid_and_carries_what_was_refunded() -> None:
    order = _order()
    assert order.refund_part(3000, actor="amy", method="offline", reference="m1", now=NOW) is False
    assert order.refund_part(4800, actor="amy", method="offline", reference="m2", now=NOW) is False
    assert order.status is OrderStatus.PAID
    assert (order.paid_in_full, order.refunded_part, order.paid_amount) == (15600, 7800, 7800)
    assert [type(e).__name__ for e in order.pull_events()] == ["OrderPartRefunded", "OrderPartRefunded"]
    assert order.refund_part(7800, actor="amy", method="offline", reference="m3", now=NOW) is True
    assert order.status is OrderStatus.REFUNDED
    assert [type(e).__name__ for e in order.pull_events()] == ["OrderRefunded"]


@pytest.mark.parametrize("amount", [0, -1, 15601])
def test_an_amount_not_above_0_or_above_what_is_left_is_refused(amount: int) -> None:
    order = _order()
    with pytest.raises(DomainError) as refused:
        order.refund_part(amount, actor="amy", method="offline", reference="", now=NOW)
    assert refused.value.code == "refund_part_over"
    assert refused.value.params["left"] == "¥156"
    assert order.payments[-1].kind == "paid"
