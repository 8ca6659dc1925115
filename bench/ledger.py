"""The commission ledger (issue #11): how fast payments post, and how fast balances are read back.

For each engine (SQLite, then PostgreSQL started by this script), on a freshly migrated database, with
a baseline measured in the same run on the same engine:

- payments: 1,000 orders of one group buy paid 50 at a time; each payment is one unit of work that
  posts the order's `order_paid` transaction (the payment, a sharer's 5% and a help-seller's 10%: six
  postings) through `uow.ledger.post` and commits. Printed: postings/s, payments/s, p50/p99 of one
  payment. Baseline: the same rows (one transaction row, six posting rows) inserted into two bare tables
  without keys, indexes, checks or triggers, each payment its own transaction, 50 at a time;
- one member's balances: 1,000,000 postings for 20,000 members are loaded (as 250,000 payments of four
  postings; on PostgreSQL the deferred triggers check each at commit), then `balances_of(member)` and
  `balance(account)` are read for 2,000 random members, one after another on one connection: p50/p99
  (goal: p99 ≤ 5 ms). Baseline: reading one posting by its primary key, the same number of times.
  The same sum without the member index is timed a few times beside it, to show what the index buys;
- the trial balance over that ledger: `trial_balance()` (every account's balance, each currency's total
  checked to be 0): the median of 3 (goal ≤ 1 s). Baseline: one full pass over the postings
  (`count(*)`, `sum(amount)`), nothing grouped.

The reads are measured once statistics are refreshed (ANALYZE), as autovacuum would; on PostgreSQL
again after VACUUM, as autovacuum does after inserts (PostgreSQL ≥ 13): only then are the member
index's scans index-only (no visit to the table) and the trial balance one ordered pass over it. The
goals are checked on SQLite's figures and on PostgreSQL's after VACUUM; both are printed.

Run: `python bench/ledger.py` (`--engines sqlite` to skip PostgreSQL; `--postings 200000 --members 4000`
while iterating).
"""

from __future__ import annotations

import argparse
import asyncio
import random
import statistics
import sys
import tempfile
import time
from collections.abc import Awaitable, Callable
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from pathlib import Path

from sqlalchemy import bindparam, insert, select, text
from sqlalchemy.ext.asyncio import AsyncEngine

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from bench.timing import Figures, figures, run_concurrently
from commerce.domain import ledger
from commerce.domain.commission import CommissionRates, Sale, commission
from commerce.domain.order import OrderStatus
from storage.db import make_engine
from storage.migrate import upgrade
from storage.tables import ledger_postings, ledger_transactions
from storage.uow import SqlUnitOfWorkFactory

ORDERS = 1000
IN_FLIGHT = 50
POSTINGS = 1_000_000
MEMBERS = 20_000
LOOKUPS = 2000
UNINDEXED_LOOKUPS = 5
TRIALS = 3
LOAD_BATCH = 5000  # payments per INSERT batch while loading
RATES = CommissionRates(sharer_bp=500, help_sell_bp=1000)
START = datetime(2026, 11, 23, 4, 0, tzinfo=UTC)
BARE = (  # {key}: the engine's auto-increment key
    "CREATE TABLE bench_tx ({key}, business_key TEXT, kind TEXT, order_id INTEGER, seq INTEGER, at TEXT)",
    "CREATE TABLE bench_postings ({key}, transaction_id INTEGER, kind TEXT, member TEXT, currency TEXT,"
    " amount BIGINT)",
)
KEYS = {"sqlite": "id INTEGER PRIMARY KEY", "postgresql": "id SERIAL PRIMARY KEY"}


def payment(
    order_id: int, buyer: str, sharer: str, help_seller: str, amount: int, at: datetime
) -> ledger.Transaction:
    sale = Sale(order_id, 1, buyer, "organiser", "CNY", amount, OrderStatus.PAID, sharer, help_seller)
    made = ledger.order_paid(commission(sale, RATES), at=at)
    assert made is not None
    return made


# -- payments --------------------------------------------------------------------------------------------
async def payments(factory: SqlUnitOfWorkFactory, first_order: int) -> tuple[Figures, int]:
    """`ORDERS` orders of one group buy paid, `IN_FLIGHT` at a time, each posted in its own unit of work."""
    made = [
        payment(first_order + i, f"buyer{i}", f"sharer{i % 37}", "helper", 8800, START + timedelta(seconds=i))
        for i in range(ORDERS)
    ]

    def job(transaction: ledger.Transaction) -> Callable[[], Awaitable[None]]:
        async def run() -> None:
            async with factory() as uow:
                assert await uow.ledger.post(transaction)
                await uow.commit()

        return run

    wall, latencies = await run_concurrently([job(t) for t in made], IN_FLIGHT)
    postings = sum(len(t.postings) for t in made)
    return figures(ORDERS, wall, latencies), postings


async def bare_payments(engine: AsyncEngine, first_order: int) -> Figures:
    """The same rows into bare tables (no keys, indexes, checks), each payment its own transaction."""
    made = [payment(first_order + i, f"b{i}", "s", "h", 8800, START) for i in range(ORDERS)]
    tx_insert = text(
        "INSERT INTO bench_tx (business_key, kind, order_id, seq, at)"
        " VALUES (:k, :kind, :o, 1, :at) RETURNING id"
    )
    posting_insert = text(
        "INSERT INTO bench_postings (transaction_id, kind, member, currency, amount)"
        " VALUES (:t, :kind, :m, :c, :a)"
    )

    def job(transaction: ledger.Transaction) -> Callable[[], Awaitable[None]]:
        async def run() -> None:
            async with engine.begin() as conn:
                params = {"k": transaction.key, "kind": "order_paid", "o": transaction.order_id, "at": "t"}
                new_id = (await conn.execute(tx_insert, params)).scalar_one()
                rows = [
                    {
                        "t": new_id,
                        "kind": p.account.kind.value,
                        "m": p.account.member,
                        "c": p.currency,
                        "a": p.amount,
                    }
                    for p in transaction.postings
                ]
                await conn.execute(posting_insert, rows)

        return run

    wall, latencies = await run_concurrently([job(t) for t in made], IN_FLIGHT)
    return figures(ORDERS, wall, latencies)


# -- a big ledger --------------------------------------------------------------------------------------
async def load(engine: AsyncEngine, postings: int, members: int, first_order: int) -> float:
    """`postings` postings as payments of four (buyer, organiser, organiser, sharer's pending), members
    drawn at random; each batch of `LOAD_BATCH` payments one database transaction. Returns seconds."""
    rng = random.Random(11)
    names = [f"telegram:{100000 + i}" for i in range(members)]
    started = time.perf_counter()
    made = 0
    order = first_order
    tx_insert = insert(ledger_transactions).returning(ledger_transactions.c.id, sort_by_parameter_order=True)
    while made < postings:
        batch = min(LOAD_BATCH, (postings - made) // 4)
        if batch <= 0:
            break
        tx_rows, posting_rows = [], []
        for i in range(batch):
            buyer, organiser, sharer = rng.sample(names, 3)
            amount = rng.randint(100, 50_000)
            cut = amount * 500 // 10_000 or 1
            tx_rows.append(
                {
                    "business_key": f"order:{order + i}:paid",
                    "kind": "order_paid",
                    "order_id": order + i,
                    "payout_id": None,
                    "seq": 1,
                    "at": START + timedelta(seconds=order + i),
                }
            )
            posting_rows.append(
                [
                    ("buyer", buyer, -amount),
                    ("organiser", organiser, amount),
                    ("organiser", organiser, -cut),
                    ("commission_pending", sharer, cut),
                ]
            )
        async with engine.begin() as conn:
            ids = [row[0] for row in await conn.execute(tx_insert, tx_rows)]
            rows = [
                {"transaction_id": tid, "kind": kind, "member": who, "currency": "CNY", "amount": amount}
                for tid, four in zip(ids, posting_rows, strict=True)
                for kind, who, amount in four
            ]
            await conn.execute(insert(ledger_postings), rows)
        made += 4 * batch
        order += batch
    async with engine.begin() as conn:
        await conn.execute(text("ANALYZE"))
    return time.perf_counter() - started


async def member_reads(
    factory: SqlUnitOfWorkFactory, members: int, lookups: int
) -> tuple[Figures, Figures, Figures, int]:
    """balances_of(member), balance(account), and the baseline (a posting by its key), one after another."""
    rng = random.Random(12)
    names = [f"telegram:{100000 + rng.randrange(members)}" for _ in range(lookups)]
    by_key = select(ledger_postings.c.amount).where(ledger_postings.c.id == bindparam("id"))
    async with factory() as uow:
        top = (await uow.connection.execute(text("SELECT max(id) FROM ledger_postings"))).scalar_one()
        ids = [rng.randint(1, top) for _ in range(lookups)]
        for name in names[:50]:  # warm: statements compiled, pages cached
            await uow.ledger.balances_of(name)
            await uow.ledger.balance(ledger.pending(name), "CNY")
            await uow.connection.execute(by_key, {"id": ids[0]})
        found = 0

        async def timed(work: Callable[[int], Awaitable[object]]) -> Figures:
            latencies = []
            started = time.perf_counter()
            for i in range(lookups):
                t0 = time.perf_counter()
                await work(i)
                latencies.append(time.perf_counter() - t0)
            return figures(lookups, time.perf_counter() - started, latencies)

        async def member(i: int) -> None:
            nonlocal found
            found += len(await uow.ledger.balances_of(names[i]))

        async def account(i: int) -> None:
            await uow.ledger.balance(ledger.organiser(names[i]), "CNY")

        async def baseline(i: int) -> None:
            (await uow.connection.execute(by_key, {"id": ids[i]})).first()

        base = await timed(baseline)
        of_member = await timed(member)
        of_account = await timed(account)
        base = min(base, await timed(baseline), key=lambda f: f.p99_ms)  # the baseline either side
    return of_member, of_account, base, found


async def unindexed(engine: AsyncEngine, members: int) -> float:
    """Median ms of one member's balances summed without the member index (a full scan)."""
    rng = random.Random(13)
    dialect = engine.dialect.name
    scan = "ledger_postings NOT INDEXED" if dialect == "sqlite" else "ledger_postings"
    query = f"SELECT kind, currency, sum(amount) FROM {scan} WHERE member = :m GROUP BY kind, currency"
    times = []
    async with engine.begin() as conn:
        if dialect == "postgresql":
            for setting in ("enable_indexscan", "enable_indexonlyscan", "enable_bitmapscan"):
                await conn.execute(text(f"SET LOCAL {setting} = off"))
        for _ in range(UNINDEXED_LOOKUPS):
            started = time.perf_counter()
            (await conn.execute(text(query), {"m": f"telegram:{100000 + rng.randrange(members)}"})).all()
            times.append(time.perf_counter() - started)
    return statistics.median(times) * 1000


async def trial(factory: SqlUnitOfWorkFactory) -> tuple[float, float, bool, int]:
    """Median seconds of `trial_balance()` and of the baseline full pass; whether it balanced; accounts."""
    seconds, bare = [], []
    balanced, accounts = True, 0
    async with factory() as uow:
        for _ in range(TRIALS):
            started = time.perf_counter()
            result = await uow.ledger.trial_balance()
            seconds.append(time.perf_counter() - started)
            balanced, accounts = balanced and result.balanced, len(result.balances)
            started = time.perf_counter()
            await uow.connection.execute(text("SELECT count(*), sum(amount) FROM ledger_postings"))
            bare.append(time.perf_counter() - started)
    return statistics.median(seconds), statistics.median(bare), balanced, accounts


@dataclass
class Reads:
    of_member: Figures
    of_account: Figures
    base: Figures
    accounts_each: float
    trial_s: float
    pass_s: float
    balanced: bool
    accounts: int


async def reads(factory: SqlUnitOfWorkFactory, members: int) -> Reads:
    of_member, of_account, base, found = await member_reads(factory, members, LOOKUPS)
    trial_s, pass_s, balanced, accounts = await trial(factory)
    return Reads(of_member, of_account, base, found / LOOKUPS, trial_s, pass_s, balanced, accounts)


def show(label: str, r: Reads) -> None:
    print(
        f"{label}: one member's balances (balances_of) of {LOOKUPS} members: "
        f"p50 {r.of_member.p50_ms:.3f} ms, "
        f"p99 {r.of_member.p99_ms:.3f} ms (goal ≤ 5 ms; {r.accounts_each:.1f} accounts each); one account's "
        f"(balance): p50 {r.of_account.p50_ms:.3f} ms, p99 {r.of_account.p99_ms:.3f} ms"
    )
    print(
        f"  baseline, one posting by its primary key: p50 {r.base.p50_ms:.3f} ms, "
        f"p99 {r.base.p99_ms:.3f} ms; "
        f"ratio of p99s {r.of_member.p99_ms / r.base.p99_ms:.1f}"
    )
    print(
        f"  trial balance: {r.trial_s * 1000:.0f} ms ({r.accounts:,} accounts, every currency sums to 0: "
        f"{'yes' if r.balanced else 'NO'}; goal ≤ 1 s); baseline one pass (count, sum) "
        f"{r.pass_s * 1000:.0f} ms, ratio {r.trial_s / r.pass_s:.1f}"
    )


async def measure(name: str, url: str, postings: int, members: int) -> bool:
    await upgrade(url)
    engine = make_engine(url)
    factory = SqlUnitOfWorkFactory(engine)
    after_vacuum: Reads | None = None
    try:
        async with engine.begin() as conn:
            for statement in BARE:
                await conn.execute(text(statement.format(key=KEYS[engine.dialect.name])))
        await payments(factory, 10_000_000)  # warm-up: connections, statements
        await bare_payments(engine, 10_000_000)
        first, count = await payments(factory, 20_000_000)
        bare = await bare_payments(engine, 20_000_000)
        second, _ = await payments(factory, 30_000_000)
        loaded = await load(engine, postings, members, 1)
        fresh = await reads(factory, members)
        scan_ms = await unindexed(engine, members)
        if engine.dialect.name == "postgresql":  # as autovacuum does after inserts (PostgreSQL ≥ 13)
            async with engine.connect() as conn:
                await conn.execution_options(isolation_level="AUTOCOMMIT")
                await conn.execute(text("VACUUM ANALYZE ledger_postings"))
            after_vacuum = await reads(factory, members)
        async with engine.connect() as conn:
            total = (await conn.execute(text("SELECT count(*) FROM ledger_postings"))).scalar_one()
    finally:
        await factory.dispose()

    per_payment = count / ORDERS
    paid = max(first, second, key=lambda f: f.per_second)
    print(f"== {name} ==")
    print(
        f"payments: {ORDERS} orders of one group buy, {IN_FLIGHT} at a time, "
        f"{per_payment:.0f} postings each: "
        f"{first.per_second * per_payment:.0f} and {second.per_second * per_payment:.0f} postings/s "
        f"in two rounds ({paid.per_second:.0f} payments/s at best, p50 {paid.p50_ms:.2f} ms, "
        f"p99 {paid.p99_ms:.2f} ms)"
    )
    print(
        f"  baseline between them, the same rows into bare tables: {bare.per_second * per_payment:.0f} "
        f"postings/s (p99 {bare.p99_ms:.2f} ms); ratio {paid.per_second / bare.per_second:.2f}"
    )
    print(
        f"ledger: {total:,} postings ({postings:,} loaded for {members:,} members in {loaded:.1f} s); "
        f"one member's balances without the member index: {scan_ms:.0f} ms"
    )
    show("statistics refreshed (ANALYZE)", fresh)
    if after_vacuum is not None:
        show("after VACUUM", after_vacuum)
    worst = after_vacuum or fresh
    return fresh.balanced and worst.of_member.p99_ms <= 5 and worst.trial_s <= 1


async def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--engines", default="sqlite,postgres")
    parser.add_argument("--postings", type=int, default=POSTINGS)
    parser.add_argument("--members", type=int, default=MEMBERS)
    args = parser.parse_args()
    engines = args.engines.split(",")
    results = []
    with tempfile.TemporaryDirectory() as tmp:
        if "sqlite" in engines:
            url = f"sqlite+aiosqlite:///{tmp}/bench.db"
            results.append(await measure("SQLite (aiosqlite, WAL)", url, args.postings, args.members))
        if "postgres" in engines:
            from tests.services import create_database, start_postgres

            server, stop = start_postgres(Path(tmp) / "pg")
            try:
                url = await create_database(server, "tuan_ledger_bench")
                results.append(await measure("PostgreSQL (asyncpg)", url, args.postings, args.members))
            finally:
                stop()
    met = all(results)
    print(f"goals (balance p99 ≤ 5 ms, trial balance ≤ 1 s, balanced): {'met' if met else 'NOT met'}")
    return 0 if met else 1


if __name__ == "__main__":
    raise SystemExit(asyncio.run(main()))
