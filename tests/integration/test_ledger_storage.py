"""The ledger repository (storage.ledger) on SQLite and PostgreSQL, fast and stock paths: transactions post
once per business key, a stale history is refused without spoiling the unit of work, balances and
statements are sums of postings; and the database itself refuses what the ledger must never hold: on
PostgreSQL a transaction whose postings do not sum to zero (raw SQL included), on both engines any
change to a posted row."""

from __future__ import annotations

import asyncio
import dataclasses
from datetime import UTC, datetime, timedelta

import pytest
from sqlalchemy import text
from sqlalchemy.exc import DBAPIError

from commerce.domain import ledger
from commerce.domain.commission import CommissionRates, Sale, commission
from commerce.domain.ledger import (
    PAYOUTS,
    AccountKind,
    Balance,
    Posting,
    StaleHistory,
    Transaction,
    TransactionKind,
    UnbalancedTransaction,
    holdings,
)
from commerce.domain.order import OrderStatus
from storage.uow import SqlUnitOfWorkFactory

NOW = datetime(2026, 11, 23, 4, 0, tzinfo=UTC)
RATES = CommissionRates(sharer_bp=500, help_sell_bp=1000)


def paid(
    order_id: int = 7, *, at: datetime = NOW, amount: int = 8800, rates: CommissionRates = RATES
) -> Transaction:
    sale = Sale(order_id, 12, "bob", "amy", "CNY", amount, OrderStatus.PAID, sharer="sue", help_seller="hal")
    made = ledger.order_paid(commission(sale, rates), at=at)
    assert made is not None
    return made


async def post(factory: SqlUnitOfWorkFactory, *transactions: Transaction | None) -> list[bool]:
    async with factory() as uow:
        done = [await uow.ledger.post(t) for t in transactions if t is not None]
        await uow.commit()
    return done


async def history(factory: SqlUnitOfWorkFactory, order_id: int = 7) -> list[Transaction]:
    async with factory() as uow:
        return await uow.ledger.of_order(order_id)


# -- posting -------------------------------------------------------------------------------------------
async def test_a_transaction_reads_back_as_posted(uow_factory: SqlUnitOfWorkFactory) -> None:
    made = paid()
    assert await post(uow_factory, made) == [True]
    assert await history(uow_factory) == [made]
    assert await history(uow_factory, 8) == []


async def test_many_orders_read_in_one_call_as_each_reads_alone(uow_factory: SqlUnitOfWorkFactory) -> None:
    """名单's commission column reads a big buy's orders at once (`of_orders`), a few hundred ids a read."""
    made = [paid(order_id) for order_id in range(1, 1202, 2)]  # 601 orders: more than one read's worth
    assert all(await post(uow_factory, *made))
    async with uow_factory() as uow:
        found = await uow.ledger.of_orders([*range(1, 1202, 2), 2, 4])
    assert found == {x.order_id: [x] for x in made} | {2: [], 4: []}
    assert found[7] == await history(uow_factory, 7)


async def test_a_repeated_event_posts_nothing(uow_factory: SqlUnitOfWorkFactory) -> None:
    assert await post(uow_factory, paid()) == [True]
    # the same event again, even computed differently (another time, other rates): the key is taken
    again = paid(at=NOW + timedelta(hours=1), rates=CommissionRates(1000, 0))
    assert await post(uow_factory, again, paid()) == [False, False]
    async with uow_factory() as uow:
        assert await uow.ledger.balance(ledger.pending("sue"), "CNY") == 440
        assert await uow.ledger.balance(ledger.buyer("bob"), "CNY") == -8800
        assert len((await uow.ledger.trial_balance()).balances) == 4


async def test_a_transaction_computed_from_a_stale_history_is_refused_and_can_be_computed_again(
    uow_factory: SqlUnitOfWorkFactory,
) -> None:
    await post(uow_factory, paid())
    seen = await history(uow_factory)
    async with uow_factory() as uow:
        made_available = ledger.order_available(7, seen, at=NOW)
        assert made_available is not None and await uow.ledger.post(made_available)
        stale_refund = ledger.order_refunded(7, seen, at=NOW)
        assert stale_refund is not None
        with pytest.raises(StaleHistory):
            await uow.ledger.post(stale_refund)
        refund = ledger.order_refunded(7, await uow.ledger.of_order(7), at=NOW)  # same unit of work
        assert refund is not None and await uow.ledger.post(refund)
        await uow.commit()
    after = await history(uow_factory)
    assert [t.kind for t in after] == [
        TransactionKind.ORDER_PAID,
        TransactionKind.ORDER_AVAILABLE,
        TransactionKind.ORDER_REFUNDED,
    ]
    assert holdings(after) == {}  # the refund clawed back from available, where the commission was


async def test_the_repository_refuses_unbalanced_postings_and_writes_nothing(
    uow_factory: SqlUnitOfWorkFactory,
) -> None:
    made = paid()
    tampered = dataclasses.replace(made)  # the constructor checked it; change it behind its back
    object.__setattr__(
        tampered, "postings", (*made.postings[:-1], Posting(ledger.pending("hal"), 879, "CNY"))
    )
    async with uow_factory() as uow:
        with pytest.raises(UnbalancedTransaction):
            await uow.ledger.post(tampered)
        await uow.commit()
    assert await history(uow_factory) == []


async def test_nothing_posted_is_kept_when_the_unit_of_work_rolls_back(
    uow_factory: SqlUnitOfWorkFactory,
) -> None:
    async with uow_factory() as uow:
        assert await uow.ledger.post(paid())
    assert await history(uow_factory) == []


# -- reading -------------------------------------------------------------------------------------------
async def test_balances_statements_and_the_trial_balance_are_sums_of_postings(
    uow_factory: SqlUnitOfWorkFactory,
) -> None:
    first = paid(7)
    second = paid(8, amount=1000, at=NOW + timedelta(minutes=1))
    made_available = ledger.order_available(7, [first], at=NOW + timedelta(minutes=2))
    assert made_available is not None
    payout = ledger.payout_requested(
        1, "sue", 400, "CNY", available_balance=440, minimum=100, at=NOW + timedelta(minutes=3)
    )
    await post(uow_factory, first, second, made_available, payout)
    async with uow_factory() as uow:
        assert await uow.ledger.balances_of("sue") == [
            Balance(ledger.available("sue"), "CNY", 40),  # by account (kind, member), then currency
            Balance(ledger.pending("sue"), "CNY", 50),
            Balance(ledger.payout_requested_account("sue"), "CNY", 400),
        ]
        assert await uow.ledger.balances_of("nobody") == []
        assert await uow.ledger.balance(ledger.organiser("amy"), "CNY") == 8800 + 1000 - 1320 - 150
        assert await uow.ledger.balance(ledger.organiser("amy"), "XTR") == 0
        statement = await uow.ledger.entries_of("sue")
        assert [(e.key, str(e.account), e.amount) for e in statement] == [
            ("payout:1:requested", "payout_requested:sue", 400),
            ("payout:1:requested", "commission_available:sue", -400),
            ("order:7:available", "commission_available:sue", 440),
            ("order:7:available", "commission_pending:sue", -440),
            ("order:8:paid", "commission_pending:sue", 50),
            ("order:7:paid", "commission_pending:sue", 440),
        ]
        assert statement[-1].order_id == 7 and statement[-1].at == NOW
        assert statement[0].payout_id == 1 and statement[0].kind is TransactionKind.PAYOUT_REQUESTED
        pending_only = await uow.ledger.entries_of("sue", kinds=[AccountKind.COMMISSION_PENDING], limit=2)
        assert [(e.key, e.amount) for e in pending_only] == [
            ("order:7:available", -440),
            ("order:8:paid", 50),
        ]
        trial = await uow.ledger.trial_balance()
    assert trial.balanced and trial.totals == {"CNY": 0}
    assert sum(b.amount for b in trial.balances) == 0
    assert {str(b.account) for b in trial.balances} >= {
        "buyer:bob",
        "organiser:amy",
        "commission_pending:hal",
    }


async def test_the_sweep_finds_payments_whose_commission_is_still_pending(
    uow_factory: SqlUnitOfWorkFactory,
) -> None:
    early, middle, late = (paid(i, at=NOW + timedelta(days=i)) for i in (1, 2, 3))
    bare = paid(4, at=NOW + timedelta(days=2), rates=CommissionRates())  # earned nothing: nothing due
    refunded = paid(5, at=NOW + timedelta(days=2))
    undone = ledger.order_refunded(5, [refunded], at=NOW + timedelta(days=2, hours=1))
    await post(uow_factory, early, middle, late, bare, refunded, undone)
    async with uow_factory() as uow:
        due = await uow.ledger.pending_commissions(paid_since=NOW, paid_before=NOW + timedelta(days=3))
        assert due == [1, 2]
        made = ledger.order_available(2, await uow.ledger.of_order(2), at=NOW + timedelta(days=9))
        assert made is not None and await uow.ledger.post(made)
        await uow.commit()
    async with uow_factory() as uow:
        window = {"paid_since": NOW + timedelta(days=1, hours=1), "paid_before": NOW + timedelta(days=4)}
        assert await uow.ledger.pending_commissions(**window) == [3]


async def test_the_sweep_finds_a_release_a_pickup_undone_held_again(
    uow_factory: SqlUnitOfWorkFactory,
) -> None:
    """撤销已取: the pickup's early release held again is due at the hold's end; released again, not."""
    first = paid(1, at=NOW)
    released = ledger.order_available(1, [first], at=NOW + timedelta(days=1))
    assert released is not None
    held = ledger.order_held_again(
        1, [first, released], at=NOW + timedelta(days=2), hold=timedelta(days=7), balances={"hal": 10**6}
    )
    assert held.transaction is not None
    await post(uow_factory, first, released, held.transaction)
    window = {"paid_since": NOW, "paid_before": NOW + timedelta(days=1)}
    async with uow_factory() as uow:
        assert await uow.ledger.pending_commissions(**window) == [1]
        again = ledger.order_available(1, await uow.ledger.of_order(1), at=NOW + timedelta(days=7))
        assert again is not None and await uow.ledger.post(again)
        await uow.commit()
    async with uow_factory() as uow:
        assert await uow.ledger.pending_commissions(**window) == []


async def test_a_payout_goes_through_its_steps_once(uow_factory: SqlUnitOfWorkFactory) -> None:
    first = paid()
    made_available = ledger.order_available(7, [first], at=NOW)
    request = ledger.payout_requested(3, "hal", 880, "CNY", available_balance=880, minimum=100, at=NOW)
    await post(uow_factory, first, made_available, request)
    for step in (ledger.payout_approved, ledger.payout_paid, ledger.payout_paid, ledger.payout_rejected):
        async with uow_factory() as uow:
            made = step(3, await uow.ledger.of_payout(3), at=NOW)
            if made is not None:
                assert await uow.ledger.post(made)
            await uow.commit()
    async with uow_factory() as uow:
        assert [t.key for t in await uow.ledger.of_payout(3)] == [
            "payout:3:requested",
            "payout:3:approved",
            "payout:3:paid",
        ]
        assert await uow.ledger.balance(PAYOUTS, "CNY") == 880
        assert await uow.ledger.balances_of("hal") == []


# -- what the database refuses -------------------------------------------------------------------------
async def _raw(factory: SqlUnitOfWorkFactory, *statements: str) -> None:
    async with factory.engine.begin() as conn:
        for statement in statements:
            await conn.execute(text(statement))


TX = (
    "INSERT INTO ledger_transactions (id, business_key, kind, order_id, seq, at)"
    " VALUES ({id}, 'raw:{id}', 'order_paid', {id}, 1, '2026-11-23 04:00:00')"
)
POSTING = (
    "INSERT INTO ledger_postings (transaction_id, kind, member, currency, amount)"
    " VALUES ({id}, '{kind}', 'bob', '{cur}', {amount})"
)


@pytest.mark.parametrize("engine_path", [pytest.param("postgres", marks=pytest.mark.postgres)], indirect=True)
async def test_postgres_refuses_an_unbalanced_transaction_written_with_raw_sql(
    uow_factory: SqlUnitOfWorkFactory,
) -> None:
    await _raw(  # balanced: accepted
        uow_factory,
        TX.format(id=1),
        POSTING.format(id=1, kind="buyer", cur="CNY", amount=-100),
        POSTING.format(id=1, kind="organiser", cur="CNY", amount=100),
    )
    unbalanced = [
        [
            POSTING.format(id=2, kind="buyer", cur="CNY", amount=-100),
            POSTING.format(id=2, kind="organiser", cur="CNY", amount=99),
        ],
        [
            POSTING.format(id=2, kind="buyer", cur="CNY", amount=-100),
            POSTING.format(id=2, kind="organiser", cur="XTR", amount=100),
        ],
        [],  # no postings at all
    ]
    for postings in unbalanced:
        with pytest.raises(DBAPIError, match=r"does not balance|has no postings"):
            await _raw(uow_factory, TX.format(id=2), *postings)
    with pytest.raises(DBAPIError, match="does not balance"):  # a posting added to a posted transaction
        await _raw(uow_factory, POSTING.format(id=1, kind="buyer", cur="CNY", amount=5))
    async with uow_factory() as uow:
        trial = await uow.ledger.trial_balance()
    assert trial.balanced and [b.amount for b in trial.balances] == [-100, 100]


async def test_posted_rows_can_be_neither_changed_nor_deleted(uow_factory: SqlUnitOfWorkFactory) -> None:
    await post(uow_factory, paid())
    for statement in (
        "UPDATE ledger_postings SET amount = amount + 1",
        "DELETE FROM ledger_postings",
        "UPDATE ledger_transactions SET at = at",
        "DELETE FROM ledger_transactions",
    ):
        with pytest.raises(DBAPIError, match="append-only"):
            await _raw(uow_factory, statement)
    assert await history(uow_factory) == [paid()]


@pytest.mark.postgres
async def test_two_deliveries_of_one_event_at_once_post_it_once(
    postgres_uow_factory: SqlUnitOfWorkFactory,
) -> None:
    entered = asyncio.Event()

    async def deliver(first: bool) -> bool:
        async with postgres_uow_factory() as uow:
            posted = await uow.ledger.post(paid())
            if first:
                entered.set()
                await asyncio.sleep(0.2)  # the other delivery waits on the key meanwhile
            await uow.commit()
        return posted

    async def second() -> bool:
        await entered.wait()
        return await deliver(False)

    assert sorted(await asyncio.gather(deliver(True), second())) == [False, True]
    assert await history(postgres_uow_factory) == [paid()]
