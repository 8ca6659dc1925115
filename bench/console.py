"""The console's dashboard (issue #14): the page over 100,000 orders, server time, with each query's plan.

For each engine (SQLite, then PostgreSQL started by this script), on a freshly migrated database loaded
with a seeded shop: 2,000 group buys of 50 orders each (100,000 orders over 90 days, a third in the
dashboard's 30-day window; a mix of statuses; 30% brought by one of 500 sharers), a line per buyer plus
5 joiners without an order per group buy, 20 organisers in 40 chats, 3,000 notes with 10,000 likes and
3,000 comments. Statistics are refreshed (ANALYZE; VACUUM ANALYZE on PostgreSQL, as autovacuum does
after inserts). Then:

- each of the dashboard's queries (storage.console_stats) is printed with its plan, the indexes it uses
  named, and its median time, for everyone's figures (an admin) and for one organiser's;
- the page: `GET /dashboard` through the console's ASGI app in process (login, session, the queries,
  the top notes, the charts, the template), as the admin and as an organiser, 10 times each after a
  warm-up: median (goal: ≤ 300 ms) and worst. The machine's load average is printed with them: the
  figures are wall-clock, so a busy machine slows them all, the baseline too;
- the baseline, in the same run on the same engine: a bare `SELECT count(*) FROM orders`, and the ratio.

Run: `python bench/console.py` (`--engines sqlite` to skip PostgreSQL; `--orders 20000` while iterating).
"""

from __future__ import annotations

import argparse
import asyncio
import os
import random
import re
import statistics
import sys
import tempfile
import time
from collections.abc import Awaitable, Callable
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

from sqlalchemy import insert, text
from sqlalchemy.ext.asyncio import AsyncEngine

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from commerce.domain.console import Account
from commerce.domain.console_stats import TOP
from commerce.domain.near_duplicates import signature
from commerce.services import console as console_service
from commerce.services.dashboard import scope_for
from storage.console_stats import queries
from storage.db import make_engine
from storage.migrate import upgrade
from storage.tables import group_buys, note_comments, note_likes, notes, orders, participants
from storage.uow import SqlUnitOfWorkFactory

ORDERS = 100_000
PER_GROUP_BUY = 50
NOT_ORDERED = 5  # joiners per group buy without an order (left, or the group buy failed)
ORGANISERS = 20
CHATS_EACH = 2
BUYERS = 20_000
SHARERS = 500
NOTES = 3_000
LIKES = 10_000
COMMENTS = 3_000
DAYS = 90
RUNS = 10
GOAL_MS = 300
SEED = 20261123
NOW = datetime(2026, 11, 23, 4, 0, tzinfo=UTC)  # 12:00 in Shanghai
STATUSES = ["paid"] * 5 + ["fulfilled"] * 2 + ["pending_payment"] * 2 + ["cancelled", "refunded"]
BATCH = 5000
INDEX = {
    "sqlite": re.compile(
        r"(?:USING (?:COVERING |INTEGER PRIMARY KEY)?INDEX|USING INTEGER PRIMARY KEY)\s*(\w*)"
    ),
    "postgresql": re.compile(r"(?:Index(?: Only)? Scan(?: Backward)? using|Bitmap Index Scan on) (\w+)"),
}


async def _insert(engine: AsyncEngine, table: Any, rows: list[dict[str, Any]]) -> None:
    async with engine.begin() as conn:
        for start in range(0, len(rows), BATCH):
            await conn.execute(insert(table), rows[start : start + BATCH])


async def load(engine: AsyncEngine, count: int) -> float:
    """The seeded shop (the same on every engine)."""
    rng = random.Random(SEED)
    started = time.perf_counter()
    shops = [(f"org{o}", f"chat{o}-{c}") for o in range(ORGANISERS) for c in range(CHATS_EACH)]
    gb_rows, line_rows, order_rows = [], [], []
    for gid in range(1, count // PER_GROUP_BUY + 1):
        organiser, chat = shops[gid % len(shops)]
        closed = NOW - timedelta(seconds=rng.uniform(0, DAYS * 86400))
        price = rng.choice((990, 1500, 2800, 5000))
        gb_rows.append(
            {
                "id": gid, "chat_id": chat, "organiser_id": organiser, "organiser_name": organiser.title(),
                "title": f"Product {gid}", "currency": "CNY", "unit_price": price, "target": 10,
                "deadline": closed, "status": "succeeded", "sold": PER_GROUP_BUY, "created_at":
                closed - timedelta(days=2), "closed_at": closed, "line_count": PER_GROUP_BUY + NOT_ORDERED,
            }
        )  # fmt: skip
        buyers = rng.sample(range(BUYERS), PER_GROUP_BUY + NOT_ORDERED)
        for seq, buyer in enumerate(buyers, start=1):
            quantity = rng.randint(1, 3)
            line_rows.append(
                {"group_buy_id": gid, "user_id": f"u{buyer}", "display_name": f"U{buyer}",
                 "quantity": quantity, "joined_at": closed - timedelta(hours=seq % 40)}
            )  # fmt: skip
            if seq > PER_GROUP_BUY:
                continue
            shared = rng.random() < 0.3
            order_rows.append(
                {"group_buy_id": gid, "chat_id": chat, "buyer_id": f"u{buyer}", "buyer_name": f"U{buyer}",
                 "currency": "CNY", "status": rng.choice(STATUSES), "created_at": closed,
                 "total": price * quantity, "seq": seq,
                 "sharer_id": f"u{rng.randrange(SHARERS)}" if shared else None}
            )  # fmt: skip
    await _insert(engine, group_buys, gb_rows)
    await _insert(engine, participants, line_rows)
    await _insert(engine, orders, order_rows)
    note_rows = [
        {"id": n, "chat_id": shops[n % len(shops)][1], "author_id": f"u{rng.randrange(BUYERS)}",
         "author_name": "Someone", "text": f"Note {n}: sweet and fresh",
         "signature": signature(f"Note {n}: sweet and fresh").encode(),  # as the note service stores it
         "created_at": NOW - timedelta(seconds=rng.uniform(0, DAYS * 86400)),
         "group_buy_id": rng.randint(1, len(gb_rows)) if n % 3 == 0 else None}
        for n in range(1, NOTES + 1)
    ]  # fmt: skip
    await _insert(engine, notes, note_rows)
    likes = {(rng.randint(1, NOTES), f"u{rng.randrange(BUYERS)}") for _ in range(LIKES)}
    await _insert(engine, note_likes, [{"note_id": n, "member_id": m, "created_at": NOW} for n, m in likes])
    await _insert(
        engine,
        note_comments,
        [
            {
                "note_id": rng.randint(1, NOTES),
                "author_id": f"u{rng.randrange(BUYERS)}",
                "author_name": "C",
                "text": "Agreed",
                "created_at": NOW,
            }
            for _ in range(COMMENTS)
        ],
    )
    async with engine.connect() as conn:
        if engine.dialect.name == "postgresql":
            await conn.execution_options(isolation_level="AUTOCOMMIT")
            await conn.execute(text("VACUUM ANALYZE"))
        else:
            await conn.execute(text("ANALYZE"))
            await conn.commit()
    return time.perf_counter() - started


async def timed(job: Callable[[], Awaitable[object]], runs: int = RUNS) -> list[float]:
    await job()  # warm-up
    found = []
    for _ in range(runs):
        started = time.perf_counter()
        await job()
        found.append((time.perf_counter() - started) * 1000)
    return found


async def plans(engine: AsyncEngine, organiser: str | None) -> None:
    """Each query's plan, the indexes it uses, and its median time."""
    from zoneinfo import ZoneInfo

    dialect = engine.dialect.name
    scope, _ = scope_for(organiser, now=NOW, tz=ZoneInfo("Asia/Shanghai"))
    who = "everyone (admin)" if organiser is None else f"organiser {organiser}"
    for name, query in queries(dialect, scope, TOP).items():
        sql = str(query.compile(engine.sync_engine, compile_kwargs={"literal_binds": True}))
        explain = "EXPLAIN QUERY PLAN " if dialect == "sqlite" else "EXPLAIN "
        async with engine.connect() as conn:
            rows = (await conn.execute(text(explain + sql))).all()
            plan = [str(row[-1]) for row in rows]

            async def run(conn: Any = conn, sql: str = sql) -> None:
                (await conn.execute(text(sql))).all()

            ms = statistics.median(await timed(run))
        used = sorted({m for line in plan for m in INDEX[dialect].findall(line) if m} or {"none"})
        print(f"  {name} ({who}): {ms:.1f} ms; indexes: {', '.join(used)}")
        for line in plan:
            print(f"      {line}")


async def page_times(factory: SqlUnitOfWorkFactory, organiser: str) -> dict[str, list[float]]:
    """`GET /dashboard` through the console's app, as the admin and as `organiser`."""
    import httpx

    from bot.console.app import create_console_app
    from bot.console.deps import Console
    from bot.console.passwords import hash_password
    from handlers.app import AppConfig, ChatApp
    from storage.state_memory import MemorySharedState
    from tests.fakes import FakeClock
    from tests.unit.bot.console.console_client import login, use_link

    clock = FakeClock(NOW)
    app = ChatApp(uow_factory=factory, clock=clock, config=AppConfig(outbox_platform="playground"))
    console = Console(app=app, counters=MemorySharedState().counters, secret="bench", default_language="en")
    web = create_console_app(console)
    async with factory() as uow:
        await uow.console.add_account(Account("root", hash_password("bench password"), NOW))
        token = await console_service.issue_link(uow, identity=f"playground:{organiser}", now=NOW)
        await uow.commit()
    found: dict[str, list[float]] = {}
    for who in ("admin", organiser):
        transport = httpx.ASGITransport(app=web, client=("127.0.0.1", 50000))
        async with httpx.AsyncClient(transport=transport, base_url="http://console.bench") as client:
            if who == "admin":
                assert (await login(client, "root", "bench password")).status_code == 303
            else:
                assert (await use_link(client, f"/login/link/{token}")).status_code == 303

            async def get(client: httpx.AsyncClient = client) -> None:
                response = await client.get("/dashboard")
                assert response.status_code == 200 and "<svg" in response.text, response.status_code

            found[who] = await timed(get)
    return found


async def measure(name: str, url: str, count: int) -> bool:
    await upgrade(url)
    engine = make_engine(url)
    factory = SqlUnitOfWorkFactory(engine)
    try:
        loaded = await load(engine, count)
        async with engine.connect() as conn:
            total = (await conn.execute(text("SELECT count(*) FROM orders"))).scalar_one()

            async def bare(conn: Any = conn) -> None:
                (await conn.execute(text("SELECT count(*) FROM orders"))).scalar_one()

            baseline = statistics.median(await timed(bare))
        print(f"== {name} ==")
        print(f"loaded {total:,} orders in {loaded:.1f} s; the queries and their plans:")
        await plans(engine, None)
        await plans(engine, "org3")
        pages = await page_times(factory, "org3")
    finally:
        await factory.dispose()
    met = True
    busy = os.getloadavg()[0]
    for who, times in pages.items():
        median, worst = statistics.median(times), max(times)
        met = met and median <= GOAL_MS
        print(
            f"GET /dashboard as {who}: median {median:.0f} ms, worst {worst:.0f} ms of {len(times)} "
            f"(load average {busy:.1f}) "
            f"(goal ≤ {GOAL_MS} ms); baseline count(*) of orders {baseline:.1f} ms, "
            f"ratio {median / baseline:.1f}"
        )
    return met


async def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--engines", default="sqlite,postgres")
    parser.add_argument("--orders", type=int, default=ORDERS)
    args = parser.parse_args()
    engines = args.engines.split(",")
    results = []
    with tempfile.TemporaryDirectory() as tmp:
        if "sqlite" in engines:
            url = f"sqlite+aiosqlite:///{tmp}/bench.db"
            results.append(await measure("SQLite (aiosqlite, WAL)", url, args.orders))
        if "postgres" in engines:
            from tests.services import create_database, start_postgres

            server, stop = start_postgres(Path(tmp) / "pg")
            try:
                url = await create_database(server, "tuan_console_bench")
                results.append(await measure("PostgreSQL (asyncpg)", url, args.orders))
            finally:
                stop()
    met = all(results)
    print(
        f"goal (the dashboard over {args.orders:,} orders in ≤ {GOAL_MS} ms server time): "
        f"{'met' if met else 'NOT met'}"
    )
    return 0 if met else 1


if __name__ == "__main__":
    raise SystemExit(asyncio.run(main()))
