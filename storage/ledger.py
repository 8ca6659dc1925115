"""`commerce.ports.LedgerRepository` on SQLite and PostgreSQL: `ledger_transactions` and `ledger_postings`.

Posting is two statements: the transaction row (`INSERT ... ON CONFLICT DO NOTHING RETURNING id`: a
business key or a history place taken writes nothing and returns no row), then its postings in one
executemany. The postings are checked to sum to zero per currency before they are sent (on SQLite that
is the only check; on PostgreSQL deferred constraint triggers check again at commit, whoever wrote the
rows). On PostgreSQL a concurrent post of the same key waits for the other unit of work and then finds
it taken, so of two deliveries of one event exactly one posts.

Reads are sums over postings, nothing stored. The indexes (storage/tables.py) are chosen for them:
- one member's balances, `WHERE member = ?` (and `kind`, `currency` for one account): an index range on
  `ix_ledger_postings_member_balance (member, kind, currency, amount)`, read from the index alone, so
  its cost is that member's postings, not the ledger's (bench/ledger.py: p99 over 1,000,000 postings);
- an order's or a payout's history: the unique (order_id, seq) / (payout_id, seq) indexes, then each
  transaction's postings by `ix_ledger_postings_transaction`;
- the holding-period sweep: `ix_ledger_transactions_kind_at` for the payments in a time window, and the
  (order_id, seq) index to leave out those with anything but a part refund posted after the payment;
- the trial balance: one pass over `ledger_postings` grouped in the member index's order.
"""

from __future__ import annotations

from collections.abc import Collection, Sequence
from dataclasses import dataclass
from datetime import datetime
from functools import cache
from typing import Any

from sqlalchemy import and_, bindparam, exists, func, insert, select
from sqlalchemy.dialects import postgresql, sqlite
from sqlalchemy.ext.asyncio import AsyncConnection
from sqlalchemy.sql import Executable, Select

from commerce.domain.ledger import (
    Account,
    AccountKind,
    Balance,
    Entry,
    Posting,
    StaleHistory,
    Transaction,
    TransactionKind,
    TrialBalance,
    UnbalancedTransaction,
    imbalance,
)
from storage.tables import ledger_postings, ledger_transactions

t, p = ledger_transactions.c, ledger_postings.c
_HISTORY = (
    t.id,
    t.business_key,
    t.kind.label("tkind"),
    t.order_id,
    t.payout_id,
    t.seq,
    t.at,
    p.kind.label("akind"),
    p.member,
    p.currency,
    p.amount,
)


_IDS_PER_READ = 500  # an IN list this long stays well under SQLite's and asyncpg's bound-parameter limits


@dataclass(frozen=True)
class _Statements:
    add: Executable
    key_taken: Select[Any]
    add_postings: Executable
    of_order: Select[Any]
    of_orders: Select[Any]
    of_payout: Select[Any]
    balance: Select[Any]
    balances_of: Select[Any]
    entries_of: Select[Any]
    entries_of_kinds: Select[Any]
    pending: Select[Any]
    trial: Select[Any]


@cache
def _statements(dialect: str) -> _Statements:
    new: Any
    if dialect == "postgresql":
        new = postgresql.insert(ledger_transactions)
    elif dialect == "sqlite":
        new = sqlite.insert(ledger_transactions)
    else:
        raise NotImplementedError(f"storage supports sqlite and postgresql, not {dialect}")
    history = (
        select(*_HISTORY)
        .select_from(ledger_transactions.join(ledger_postings, p.transaction_id == t.id))
        .order_by(t.seq, t.id, p.id)
    )
    entries = (
        select(p.kind, p.member, p.amount, p.currency, t.business_key, t.kind.label("tkind"), t.at)
        .add_columns(t.order_id, t.payout_id)
        .select_from(ledger_postings.join(ledger_transactions, t.id == p.transaction_id))
        .where(p.member == bindparam("member"))
        .order_by(p.id.desc())
        .limit(bindparam("limit"))
    )
    later = ledger_transactions.alias("later")
    again = ledger_transactions.alias("again")
    return _Statements(
        add=new.values(
            business_key=bindparam("key"),
            kind=bindparam("kind"),
            order_id=bindparam("order_id"),
            payout_id=bindparam("payout_id"),
            seq=bindparam("seq"),
            at=bindparam("at"),
        )
        .on_conflict_do_nothing()
        .returning(t.id),
        key_taken=select(t.id).where(t.business_key == bindparam("key")),
        add_postings=insert(ledger_postings),
        of_order=history.where(t.order_id == bindparam("id")),
        of_orders=history.where(t.order_id.in_(bindparam("ids", expanding=True))),
        of_payout=history.where(t.payout_id == bindparam("id")),
        balance=select(func.coalesce(func.sum(p.amount), 0)).where(
            p.member == bindparam("member"), p.kind == bindparam("kind"), p.currency == bindparam("currency")
        ),
        balances_of=select(p.kind, p.currency, func.sum(p.amount))
        .where(p.member == bindparam("member"))
        .group_by(p.kind, p.currency)
        .order_by(p.kind, p.currency),
        entries_of=entries,
        entries_of_kinds=entries.where(p.kind.in_(bindparam("kinds", expanding=True))),
        pending=select(t.order_id)
        .where(
            t.kind == TransactionKind.ORDER_PAID.value,
            t.at >= bindparam("since"),
            t.at < bindparam("before"),
            exists().where(p.transaction_id == t.id, p.kind == AccountKind.COMMISSION_PENDING.value),
            # released, refunded or undone since; a part refund (部分退款) leaves the rest pending, and
            # a release a pickup undone (撤销已取) held again since does not count
            ~exists().where(
                and_(
                    later.c.order_id == t.order_id,
                    later.c.seq > t.seq,
                    later.c.kind != TransactionKind.ORDER_PART_REFUNDED.value,
                    later.c.kind != TransactionKind.ORDER_HELD_AGAIN.value,
                    ~and_(
                        later.c.kind == TransactionKind.ORDER_AVAILABLE.value,
                        exists().where(
                            again.c.order_id == t.order_id,
                            again.c.seq > later.c.seq,
                            again.c.kind == TransactionKind.ORDER_HELD_AGAIN.value,
                        ),
                    ),
                )
            ),
        )
        .order_by(t.at, t.id),
        trial=select(p.member, p.kind, p.currency, func.sum(p.amount))
        .group_by(p.member, p.kind, p.currency)
        .order_by(p.member, p.kind, p.currency),  # the member index's order: no sort where it is read
    )


def _transactions(rows: Sequence[Any]) -> list[Transaction]:
    """Rows of `_HISTORY`, one per posting, in transaction order, as transactions."""
    grouped: dict[int, tuple[Any, list[Posting]]] = {}
    for row in rows:
        _, postings = grouped.setdefault(row.id, (row, []))
        postings.append(Posting(Account(AccountKind(row.akind), row.member), row.amount, row.currency))
    return [
        Transaction(
            key=head.business_key,
            kind=TransactionKind(head.tkind),
            at=head.at,
            postings=tuple(postings),
            order_id=head.order_id,
            payout_id=head.payout_id,
            seq=head.seq,
        )
        for head, postings in grouped.values()
    ]


class SqlLedgerRepository:
    def __init__(self, conn: AsyncConnection) -> None:
        self.conn = conn
        self.sql = _statements(conn.dialect.name)

    async def post(self, transaction: Transaction) -> bool:
        off = imbalance(transaction.postings)  # the constructor checked; SQLite has nothing else that does
        if off or not transaction.postings:
            raise UnbalancedTransaction(f"{transaction.key}: postings sum to {off}, not zero")
        params = {
            "key": transaction.key,
            "kind": transaction.kind.value,
            "order_id": transaction.order_id,
            "payout_id": transaction.payout_id,
            "seq": transaction.seq,
            "at": transaction.at,
        }
        new_id = (await self.conn.execute(self.sql.add, params)).scalar()
        if new_id is None:
            if (await self.conn.execute(self.sql.key_taken, {"key": transaction.key})).first() is not None:
                return False
            raise StaleHistory(f"{transaction.key}: place {transaction.seq} of its history is taken")
        rows = [
            {
                "transaction_id": new_id,
                "kind": posting.account.kind.value,
                "member": posting.account.member,
                "currency": posting.currency,
                "amount": posting.amount,
            }
            for posting in transaction.postings
        ]
        await self.conn.execute(self.sql.add_postings, rows)
        return True

    async def of_order(self, order_id: int) -> list[Transaction]:
        return _transactions((await self.conn.execute(self.sql.of_order, {"id": order_id})).all())

    async def of_orders(self, order_ids: Collection[int]) -> dict[int, list[Transaction]]:
        found: dict[int, list[Transaction]] = {order_id: [] for order_id in order_ids}
        ids = sorted(found)
        for start in range(0, len(ids), _IDS_PER_READ):
            rows = (
                await self.conn.execute(self.sql.of_orders, {"ids": ids[start : start + _IDS_PER_READ]})
            ).all()
            for x in _transactions(rows):
                if x.order_id is not None:
                    found[x.order_id].append(x)
        return found

    async def of_payout(self, payout_id: int) -> list[Transaction]:
        return _transactions((await self.conn.execute(self.sql.of_payout, {"id": payout_id})).all())

    async def balance(self, account: Account, currency: str) -> int:
        params = {"member": account.member, "kind": account.kind.value, "currency": currency}
        return int((await self.conn.execute(self.sql.balance, params)).scalar_one())

    async def balances_of(self, member: str) -> list[Balance]:
        rows = await self.conn.execute(self.sql.balances_of, {"member": member})
        return [
            Balance(Account(AccountKind(kind), member), currency, int(total))
            for kind, currency, total in rows
            if total
        ]

    async def entries_of(
        self, member: str, *, limit: int = 100, kinds: Collection[AccountKind] | None = None
    ) -> list[Entry]:
        params: dict[str, Any] = {"member": member, "limit": limit}
        statement = self.sql.entries_of
        if kinds is not None:
            statement, params["kinds"] = self.sql.entries_of_kinds, [kind.value for kind in kinds]
        rows = await self.conn.execute(statement, params)
        return [
            Entry(
                account=Account(AccountKind(row.kind), row.member),
                amount=row.amount,
                currency=row.currency,
                key=row.business_key,
                kind=TransactionKind(row.tkind),
                at=row.at,
                order_id=row.order_id,
                payout_id=row.payout_id,
            )
            for row in rows
        ]

    async def pending_commissions(self, *, paid_since: datetime, paid_before: datetime) -> list[int]:
        params = {"since": paid_since, "before": paid_before}
        return [int(row[0]) for row in await self.conn.execute(self.sql.pending, params)]

    async def trial_balance(self) -> TrialBalance:
        kinds = {kind.value: kind for kind in AccountKind}
        balances: list[Balance] = []
        totals: dict[str, int] = {}
        for member, kind, currency, total in await self.conn.execute(self.sql.trial):
            amount = int(total)
            totals[currency] = totals.get(currency, 0) + amount
            if amount:
                balances.append(Balance(Account(kinds[kind], member), currency, amount))
        return TrialBalance(tuple(balances), totals)
