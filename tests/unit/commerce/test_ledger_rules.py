"""The ledger (commerce.domain.ledger): accounts, transactions that must balance, and the transactions an
order's and a payout's events make, down to each posting."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest
from hypothesis import given
from hypothesis import strategies as st

from commerce.domain.commission import CommissionRates, Sale, commission
from commerce.domain.errors import DomainError
from commerce.domain.ledger import (
    PAYOUTS,
    Account,
    AccountKind,
    Posting,
    Transaction,
    TransactionKind,
    UnbalancedTransaction,
    available,
    available_from,
    buyer,
    holdings,
    imbalance,
    order_available,
    order_key,
    order_paid,
    order_refunded,
    organiser,
    payout_approved,
    payout_key,
    payout_paid,
    payout_rejected,
    payout_requested,
    payout_requested_account,
    pending,
)
from commerce.domain.order import OrderStatus

NOW = datetime(2026, 11, 23, 4, 0, tzinfo=UTC)
RATES = CommissionRates(sharer_bp=500, help_sell_bp=1000)


def sale(
    status: OrderStatus = OrderStatus.PAID, *, paid: int = 8800, help_seller: str | None = "hal"
) -> Sale:
    return Sale(7, 12, "bob", "amy", "CNY", paid, status, sharer="sue", help_seller=help_seller)


def paid_tx() -> Transaction:
    made = order_paid(commission(sale(), RATES), at=NOW)
    assert made is not None
    return made


def moves(transaction: Transaction | None) -> list[tuple[str, int]]:
    assert transaction is not None
    return [(str(p.account), p.amount) for p in transaction.postings]


# -- accounts ------------------------------------------------------------------------------------------
def test_accounts_are_written_kind_colon_member_and_read_back() -> None:
    account = pending("telegram:42")
    assert str(account) == "commission_pending:telegram:42"
    assert Account.parse("commission_pending:telegram:42") == account
    assert str(PAYOUTS) == "payouts" and Account.parse("payouts") == PAYOUTS
    assert [str(f("wechat:wxid_a")) for f in (buyer, organiser, available)] == [
        "buyer:wechat:wxid_a",
        "organiser:wechat:wxid_a",
        "commission_available:wechat:wxid_a",
    ]


def test_a_member_account_needs_a_member_and_a_system_account_takes_none() -> None:
    with pytest.raises(ValueError):
        Account(AccountKind.BUYER)
    with pytest.raises(ValueError):
        Account(AccountKind.PAYOUTS, "bob")
    with pytest.raises(ValueError):
        Account.parse("wallet:bob")


# -- transactions --------------------------------------------------------------------------------------
def tx(*postings: Posting, key: str = "order:1:paid") -> Transaction:
    return Transaction(key, TransactionKind.ORDER_PAID, NOW, postings, order_id=1)


def test_a_transaction_balances_per_currency() -> None:
    made = tx(
        Posting(buyer("bob"), -100, "CNY"),
        Posting(organiser("amy"), 100, "CNY"),
        Posting(buyer("bob"), -5, "XTR"),
        Posting(organiser("amy"), 5, "XTR"),
    )
    assert imbalance(made.postings) == {}


@pytest.mark.parametrize(
    "postings",
    [
        (Posting(buyer("bob"), -100, "CNY"), Posting(organiser("amy"), 99, "CNY")),
        # zero in all, but not per currency
        (Posting(buyer("bob"), -100, "CNY"), Posting(organiser("amy"), 100, "XTR")),
        (Posting(buyer("bob"), 0, "CNY"), Posting(organiser("amy"), 0, "CNY")),
        (),
        (Posting(buyer("bob"), -1, "ABC"), Posting(organiser("amy"), 1, "ABC")),
    ],
    ids=["off by one", "two currencies", "zero postings", "no postings", "unknown currency"],
)
def test_the_constructor_refuses_a_transaction_that_does_not_balance(postings: tuple[Posting, ...]) -> None:
    with pytest.raises(UnbalancedTransaction):
        tx(*postings)


def test_a_transaction_needs_a_key_and_an_aware_time() -> None:
    good = (Posting(buyer("bob"), -1, "CNY"), Posting(organiser("amy"), 1, "CNY"))
    with pytest.raises(UnbalancedTransaction):
        tx(*good, key="")
    with pytest.raises(ValueError):
        Transaction("k", TransactionKind.ORDER_PAID, datetime(2026, 1, 1), good)


def test_business_keys_name_the_order_or_payout_and_the_event() -> None:
    assert order_key(12, TransactionKind.ORDER_PAID) == "order:12:paid"
    assert order_key(12, TransactionKind.ORDER_AVAILABLE) == "order:12:available"
    assert order_key(12, TransactionKind.ORDER_REFUNDED) == "order:12:refunded"
    assert payout_key(3, TransactionKind.PAYOUT_PAID) == "payout:3:paid"


# -- orders --------------------------------------------------------------------------------------------
def test_a_payment_moves_the_money_to_the_organiser_and_the_commission_to_pending() -> None:
    made = paid_tx()
    assert (made.key, made.kind, made.order_id, made.seq) == (
        "order:7:paid",
        TransactionKind.ORDER_PAID,
        7,
        1,
    )
    assert moves(made) == [
        ("buyer:bob", -8800),
        ("organiser:amy", 8800),
        ("organiser:amy", -440),
        ("commission_pending:sue", 440),
        ("organiser:amy", -880),
        ("commission_pending:hal", 880),
    ]


def test_a_payment_without_commission_is_only_the_payment() -> None:
    made = order_paid(commission(sale(), CommissionRates()), at=NOW)
    assert moves(made) == [("buyer:bob", -8800), ("organiser:amy", 8800)]


@pytest.mark.parametrize("status", [OrderStatus.PENDING_PAYMENT, OrderStatus.CANCELLED, OrderStatus.REFUNDED])
def test_an_order_not_paid_posts_nothing(status: OrderStatus) -> None:
    assert order_paid(commission(sale(status), RATES), at=NOW) is None


def test_available_moves_exactly_what_the_order_has_pending() -> None:
    made = order_available(7, [paid_tx()], at=NOW)
    assert made is not None and (made.key, made.seq) == ("order:7:available", 2)
    assert moves(made) == [
        ("commission_pending:hal", -880),
        ("commission_available:hal", 880),
        ("commission_pending:sue", -440),
        ("commission_available:sue", 440),
    ]


def test_available_posts_nothing_without_pending_commission() -> None:
    bare = order_paid(commission(sale(), CommissionRates()), at=NOW)
    assert bare is not None
    assert order_available(7, [], at=NOW) is None  # not paid yet
    assert order_available(7, [bare], at=NOW) is None  # nothing earned
    made = order_available(7, [paid_tx()], at=NOW)
    assert made is not None
    assert order_available(7, [paid_tx(), made], at=NOW) is None  # available already


def test_a_refund_while_pending_undoes_the_whole_order() -> None:
    history = [paid_tx()]
    made = order_refunded(7, history, at=NOW)
    assert made is not None and (made.key, made.seq) == ("order:7:refunded", 2)
    assert holdings([*history, made]) == {}


def test_a_refund_after_available_claws_back_from_available_which_may_go_negative() -> None:
    paid = paid_tx()
    made_available = order_available(7, [paid], at=NOW)
    assert made_available is not None
    payout = payout_requested(1, "sue", 440, "CNY", available_balance=440, minimum=100, at=NOW)
    refund = order_refunded(7, [paid, made_available], at=NOW)
    assert refund is not None and refund.seq == 3
    assert ("commission_available:sue", -440) in moves(refund)
    assert ("commission_pending:sue", -440) not in moves(refund)
    held = holdings([paid, made_available, payout, refund])
    assert held == {
        (available("sue"), "CNY"): -440,  # paid out, then clawed back: nets against the next payout
        (payout_requested_account("sue"), "CNY"): 440,
    }


def test_a_refund_claws_back_what_the_order_earned_whatever_the_rates_are_now() -> None:
    history = [paid_tx()]  # earned at 5% and 10%
    refund = order_refunded(7, history, at=NOW)
    assert ("commission_pending:sue", -440) in moves(refund)
    assert ("commission_pending:hal", -880) in moves(refund)


def test_a_refund_of_an_order_never_paid_or_refunded_already_posts_nothing() -> None:
    assert order_refunded(7, [], at=NOW) is None
    history = [paid_tx()]
    refund = order_refunded(7, history, at=NOW)
    assert refund is not None
    assert order_refunded(7, [*history, refund], at=NOW) is None
    assert order_available(7, [*history, refund], at=NOW) is None


def test_an_order_history_must_be_that_orders() -> None:
    with pytest.raises(ValueError):
        order_refunded(8, [paid_tx()], at=NOW)


def test_commission_is_available_a_holding_period_after_payment() -> None:
    assert available_from(NOW) == NOW + timedelta(days=7)
    assert available_from(NOW, timedelta(days=2)) == NOW + timedelta(days=2)


# -- payouts -------------------------------------------------------------------------------------------
def test_a_payout_goes_requested_approved_paid() -> None:
    requested = payout_requested(3, "sue", 500, "CNY", available_balance=800, minimum=100, at=NOW)
    assert (requested.key, requested.payout_id, requested.seq) == ("payout:3:requested", 3, 1)
    assert moves(requested) == [("commission_available:sue", -500), ("payout_requested:sue", 500)]
    approved = payout_approved(3, [requested], at=NOW)
    assert moves(approved) == [("payout_requested:sue", -500), ("payout_approved:sue", 500)]
    assert approved is not None
    paid = payout_paid(3, [requested, approved], at=NOW)
    assert paid is not None and (paid.key, paid.seq) == ("payout:3:paid", 3)
    assert moves(paid) == [("payout_approved:sue", -500), ("payouts", 500)]
    assert holdings([requested, approved, paid]) == {
        (PAYOUTS, "CNY"): 500,
        (available("sue"), "CNY"): -500,
    }


def test_a_rejected_payout_is_available_again() -> None:
    requested = payout_requested(3, "sue", 500, "CNY", available_balance=800, minimum=100, at=NOW)
    rejected = payout_rejected(3, [requested], at=NOW)
    assert rejected is not None and holdings([requested, rejected]) == {}
    assert payout_approved(3, [requested, rejected], at=NOW) is None


def test_an_approved_payout_rejected_before_it_is_paid_is_available_again() -> None:
    requested = payout_requested(3, "sue", 500, "CNY", available_balance=800, minimum=100, at=NOW)
    approved = payout_approved(3, [requested], at=NOW)
    assert approved is not None
    rejected = payout_rejected(3, [requested, approved], at=NOW)
    assert rejected is not None and (rejected.key, rejected.seq) == ("payout:3:rejected", 3)
    assert moves(rejected) == [("payout_approved:sue", -500), ("commission_available:sue", 500)]
    assert holdings([requested, approved, rejected]) == {}
    paid = payout_paid(3, [requested, approved], at=NOW)
    assert paid is not None and payout_rejected(3, [requested, approved, paid], at=NOW) is None


def test_payout_steps_out_of_order_post_nothing() -> None:
    requested = payout_requested(3, "sue", 500, "CNY", available_balance=800, minimum=100, at=NOW)
    assert payout_paid(3, [requested], at=NOW) is None  # not approved
    approved = payout_approved(3, [requested], at=NOW)
    assert approved is not None
    assert payout_approved(3, [requested, approved], at=NOW) is None
    with pytest.raises(ValueError):
        payout_paid(4, [requested, approved], at=NOW)


@pytest.mark.parametrize(
    ("amount", "balance", "code", "params"),
    [
        (99, 800, "payout_below_minimum", {"amount": "¥0.99", "minimum": "¥1"}),
        (0, 800, "payout_below_minimum", {"amount": "¥0", "minimum": "¥1"}),
        (900, 800, "payout_above_available", {"amount": "¥9", "available": "¥8"}),
        (100, -300, "payout_above_available", {"amount": "¥1", "available": "-¥3"}),  # a clawback nets
    ],
)
def test_a_payout_request_is_refused_below_the_minimum_or_above_what_is_available(
    amount: int, balance: int, code: str, params: dict[str, str]
) -> None:
    with pytest.raises(DomainError) as refused:
        payout_requested(3, "sue", amount, "CNY", available_balance=balance, minimum=100, at=NOW)
    assert (refused.value.code, refused.value.params) == (code, params)


# -- for every input -----------------------------------------------------------------------------------
@given(
    st.integers(1, 10**12),
    st.integers(0, 5000),
    st.integers(0, 5000),
    st.sampled_from(["CNY", "XTR"]),
    st.booleans(),
)
def test_an_order_paid_available_and_refunded_balances_and_leaves_nothing(
    paid: int, sharer_bp: int, help_bp: int, currency: str, picked_up: bool
) -> None:
    sold = Sale(7, 12, "bob", "amy", currency, paid, OrderStatus.PAID, sharer="sue", help_seller="hal")
    split = commission(sold, CommissionRates(sharer_bp, help_bp))
    history = [order_paid(split, at=NOW)]
    assert history[0] is not None
    held = holdings(t for t in history if t is not None)
    assert held[(buyer("bob"), currency)] == -paid
    assert (
        sum(amount for (a, _), amount in held.items() if a.kind is AccountKind.COMMISSION_PENDING)
        == split.total
    )
    if picked_up:
        history.append(order_available(7, [t for t in history if t is not None], at=NOW))
    done = [t for t in history if t is not None]
    refund = order_refunded(7, done, at=NOW)
    assert refund is not None and holdings([*done, refund]) == {}
