"""Join contention: 1,000 buyers race for 500 units through the whole handler path.

For each engine (SQLite, then PostgreSQL started by this script) it measures, in the same run, with the
same engine settings and the same concurrency:

- joins: `+1` from 1,000 distinct buyers through `ChatApp.handle` (parse, service, unit of work,
  commit, reply text), 50 in flight, on one group buy with stock 500;
- the baseline: a bare single-row conditional `UPDATE ... SET stock = stock - 1 WHERE id = ? AND
  stock >= 1` committed one by one, 50 in flight: the physical limit of one join.

It prints joins/s, p50/p99 latency, units sold (must be exactly 500; every other buyer must be told it
is sold out) and the ratio joins/s ÷ bare updates/s. The baseline runs before and after the joins and
the mean is used, because these machines are shared and noisy. Run: `python bench/join_contention.py`
(`--engines sqlite` to skip PostgreSQL).
"""

from __future__ import annotations

import argparse
import asyncio
import statistics
import sys
import tempfile
import time
from collections.abc import Awaitable, Callable
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import text
from sqlalchemy.ext.asyncio import AsyncEngine

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from bot.clock import SystemClock
from handlers.app import AppConfig, ChatApp
from handlers.texts import t
from handlers.types import Request
from storage.db import make_engine
from storage.migrate import upgrade
from storage.uow import SqlUnitOfWorkFactory

BUYERS = 1000
STOCK = 500
IN_FLIGHT = 50
BASELINE_UPDATES = 1000


@dataclass
class Figures:
    per_second: float
    p50_ms: float
    p99_ms: float


async def _run_concurrently(
    jobs: list[Callable[[], Awaitable[object]]], in_flight: int
) -> tuple[float, list[float]]:
    """Run `jobs` with at most `in_flight` at once; return wall time and each job's latency."""
    queue = list(reversed(jobs))
    latencies: list[float] = []

    async def worker() -> None:
        while queue:
            job = queue.pop()
            started = time.perf_counter()
            await job()
            latencies.append(time.perf_counter() - started)

    started = time.perf_counter()
    await asyncio.gather(*(worker() for _ in range(in_flight)))
    return time.perf_counter() - started, latencies


def _figures(count: int, wall: float, latencies: list[float]) -> Figures:
    ordered = sorted(latencies)
    p99 = ordered[min(len(ordered) - 1, int(len(ordered) * 0.99))]
    return Figures(count / wall, statistics.median(ordered) * 1000, p99 * 1000)


async def bare_updates(engine: AsyncEngine) -> Figures:
    async with engine.begin() as conn:
        await conn.execute(text("DROP TABLE IF EXISTS bench_stock"))
        await conn.execute(text("CREATE TABLE bench_stock (id INTEGER PRIMARY KEY, stock INTEGER NOT NULL)"))
        await conn.execute(
            text("INSERT INTO bench_stock (id, stock) VALUES (1, :n)"), {"n": BASELINE_UPDATES}
        )
    statement = text("UPDATE bench_stock SET stock = stock - :n WHERE id = :id AND stock >= :n")

    async def one() -> None:
        async with engine.begin() as conn:
            await conn.execute(statement, {"n": 1, "id": 1})

    wall, latencies = await _run_concurrently([one] * BASELINE_UPDATES, IN_FLIGHT)
    async with engine.connect() as conn:
        left = (await conn.execute(text("SELECT stock FROM bench_stock WHERE id = 1"))).scalar_one()
    assert left == 0, f"baseline left {left}"
    return _figures(BASELINE_UPDATES, wall, latencies)


async def joins(engine: AsyncEngine, chat: str) -> tuple[Figures, int, int, list[str]]:
    app = ChatApp(uow_factory=SqlUnitOfWorkFactory(engine), clock=SystemClock(), config=AppConfig())
    opened = await app.handle(
        Request(
            platform="bench",
            chat_id=chat,
            user_id="organiser",
            display_name="Organiser",
            text=f"/groupbuy Mangoes price 88 tiers 100:78,300:68 stock {STOCK} ends 2h",
        )
    )
    group_buy_id = next(r.card_of for r in opened if r.card_of is not None)
    answers: dict[str, str] = {}

    def join(i: int) -> Callable[[], Awaitable[None]]:
        async def run() -> None:
            user = f"buyer{i}"
            replies = await app.handle(
                Request(
                    platform="bench",
                    chat_id=chat,
                    user_id=user,
                    display_name=f"Buyer {i}",
                    text="+1",
                    update_id=str(i),
                )
            )
            answers[user] = replies[0].text if replies else ""

        return run

    wall, latencies = await _run_concurrently([join(i) for i in range(BUYERS)], IN_FLIGHT)
    card = await app.render_card(group_buy_id)
    async with app.uow_factory() as uow:
        group_buy = await uow.group_buys.get(group_buy_id)
        assert group_buy is not None
        sold = group_buy.sold
        participants = len(await uow.group_buys.participants(group_buy_id))
    sold_out_text = t("en", "sold_out", title="Mangoes")
    told_sold_out = sum(1 for text_ in answers.values() if text_ == sold_out_text)
    assert card.text, "the card renders"
    return _figures(BUYERS, wall, latencies), sold, told_sold_out, [f"participants={participants}"]


async def measure(name: str, url: str) -> dict[str, float]:
    await upgrade(url)
    engine = make_engine(url)
    try:
        before = await bare_updates(engine)
        joined, sold, told, extra = await joins(engine, chat=f"bench-{time.time_ns()}")
        after = await bare_updates(engine)
    finally:
        await engine.dispose()
    baseline = (before.per_second + after.per_second) / 2
    ratio = joined.per_second / baseline
    print(f"== {name} ==")
    print(f"joins: {joined.per_second:8.1f}/s  p50 {joined.p50_ms:6.2f} ms  p99 {joined.p99_ms:6.2f} ms")
    print(
        f"units sold: {sold} (must be {STOCK}); buyers told sold out: {told} (must be {BUYERS - STOCK}); "
        + " ".join(extra)
    )
    print(
        f"bare conditional UPDATE: {before.per_second:8.1f}/s before, {after.per_second:8.1f}/s after "
        f"(p99 {max(before.p99_ms, after.p99_ms):.2f} ms)"
    )
    print(f"ratio joins/s ÷ bare updates/s: {ratio:.2f} (target ≥ 0.5)")
    ok = sold == STOCK and told == BUYERS - STOCK
    print("correctness:", "OK" if ok else "WRONG")
    return {"ratio": ratio, "p99_ms": joined.p99_ms, "ok": float(ok)}


async def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--engines", default="sqlite,postgres")
    args = parser.parse_args()
    engines = args.engines.split(",")
    results: list[dict[str, float]] = []
    with tempfile.TemporaryDirectory() as tmp:
        if "sqlite" in engines:
            results.append(await measure("SQLite (aiosqlite, WAL)", f"sqlite+aiosqlite:///{tmp}/bench.db"))
        if "postgres" in engines:
            from tests.services import start_postgres

            url, stop = start_postgres(Path(tmp) / "pg")
            try:
                results.append(await measure("PostgreSQL (asyncpg)", url))
            finally:
                stop()
    return 0 if all(r["ok"] for r in results) else 1


if __name__ == "__main__":
    raise SystemExit(asyncio.run(main()))
