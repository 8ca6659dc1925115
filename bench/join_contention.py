"""Join contention: 1,000 buyers race for 500 units through the whole handler path.

For each engine (SQLite, then PostgreSQL started by this script) it measures, in the same run, with the
same engine settings and the same concurrency:

- joins: `+1` from 1,000 distinct buyers through `ChatApp.handle` (parse, service, unit of work,
  commit, reply text), 50 in flight, on one group buy with stock 500, with the ChatApp configured as
  in production: each buyer is new to the chat (recorded as a member) and every reply is an outbox
  row written in the join's transaction (nobody sends them). The units of work use group commit
  (storage.group_commit: joins that arrive while one runs share its transaction and its COMMIT, each
  in its own savepoint, each answered after the COMMIT) as the setting TUAN_GROUP_COMMIT says, or as
  `--group-commit on|off` says; and a chat's plain `+1`s that arrive together are answered in one
  pass (handlers.rush: one unit of work for them all, each member's join as alone, her writes written
  with the others'), as the setting TUAN_JOIN_BATCHES says, or as `--join-batches on|off` says;
- the baseline: a bare single-row conditional `UPDATE ... SET stock = stock - 1 WHERE id = ? AND
  stock >= 1` committed one by one, 50 in flight: the physical limit of one join. It is measured two
  ways: through SQLAlchemy's `execute` (the ratio the issue asks for, as this bench always measured
  it), and through the route the joins' own statements take (storage.direct: compiled once, straight
  to the driver), a stricter floor that is printed beside it.

PostgreSQL is the tests' server (tests.services: fsync, full_page_writes and synchronous_commit off
on its command line); this script turns `synchronous_commit` on for its database (ALTER DATABASE), so
every COMMIT of both sides waits for its WAL write, and prints the settings both sides ran with. With
fsync off the WAL is written but not flushed: a COMMIT costs a round trip and a write, not a disk
flush, on both sides alike; `--pg-fsync` starts the server as in production (fsync and
full_page_writes on), where each COMMIT waits for a WAL flush.
It prints joins/s, p50/p99 latency, units sold (must be exactly 500; every other buyer must be told it
is sold out) and the ratio joins/s ÷ bare updates/s. Both sides are warmed up first (connections opened,
statements compiled and prepared), then measured in interleaved rounds (bare, joins, bare, joins, ...,
bare), each join round on a fresh group buy; the ratio of a round uses the mean of the bare runs either
side of it, and the median round is reported, because these machines are shared and noisy.
Then, for each engine, big group buys (`big_group_buys`), as people use them, one client making new
members join one after another, each join followed by a render of the card (the playground renders it
after every join; Telegram coalesces edits, so this is the most a platform asks for):

- joins/s into a group buy that already has 5,000 participants, against joins/s into an empty one, in
  alternating rounds, each on a fresh group buy (the 5,000 written straight into storage, as if they
  had joined); the median ratio is printed (goal ≥ 0.9: a join costs the same at 5 and at 5,000);
- the close (`/close`) of a group buy of 5,000 participants: its time, with every order checked (one
  per buyer, the exact total, each buyer's order message queued), and the latency of joins in another
  chat while it runs (p99, goal ≤ 100 ms), beside the same joins' p99 without a close, measured just
  before it.

Run: `python bench/join_contention.py` (`--engines sqlite` to skip PostgreSQL; `--buyers 200 --rounds 1`
while iterating: stock is always half the buyers; `--stock` runs the joins through SQLAlchemy's stock
adapters and `execute`, without the fast path of storage.sqlite_driver and storage.direct; `--compare`
runs the joins of both paths head to head, alternating rounds on one database, and prints the ratio;
`--no-big` skips the big group buys, `--big-only` runs only them; `--in-flight 200` sets the joins and
bare updates at once).
Profile with pyinstrument (a dev dependency), e.g.
`pyinstrument bench/join_contention.py --engines sqlite --rounds 1`.
"""

from __future__ import annotations

import argparse
import asyncio
import statistics
import sys
import tempfile
import time
from collections.abc import Awaitable, Callable
from dataclasses import dataclass, replace
from pathlib import Path

from sqlalchemy import Column, Integer, MetaData, Table, bindparam, func, insert, select, text, update
from sqlalchemy.ext.asyncio import AsyncEngine

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from bench.timing import Figures, figures, run_concurrently
from bot import heap
from bot.clock import SystemClock
from bot.settings import Settings
from handlers.app import AppConfig, ChatApp
from handlers.texts import t
from handlers.types import Request
from storage import direct
from storage.db import make_engine
from storage.migrate import upgrade
from storage.tables import group_buys, orders, outbox, participants
from storage.uow import SqlUnitOfWorkFactory

BUYERS = 1000
IN_FLIGHT = 50  # `--in-flight`
GROUP_COMMIT = Settings.model_fields["group_commit"].default  # `--group-commit on|off`, TUAN_GROUP_COMMIT
BENCH_STOCK = Table(
    "bench_stock",
    MetaData(),
    Column("id", Integer, primary_key=True),
    Column("stock", Integer, nullable=False),
)
ROUNDS = 5
WARM_UP_BUYERS = 100
# As every bot process runs: replies are outbox rows written in the join's transaction (nobody sends
# them here). Every buyer is new to the chat, so each join also records the member.
PRODUCTION = AppConfig(outbox_platform="telegram")
BIG = 5000  # participants already in the big group buys
BIG_JOINS = 300  # joins of one round into a big (or empty) group buy, one after another
BIG_ROUNDS = 5
BIG_CLOSES = 3  # closes of `BIG` while another chat joins
FINAL_PRICE = 6800  # the tier 5,000 units reach (`tiers 100:78,300:68`), in minor units


def serving_process() -> None:
    """The heap settled as a bot process settles it once Tuan has started (bot.heap: start-up's objects
    out of the garbage collector's walks), for the joins and the bare updates alike: once per run."""
    heap.settle_once_started()
    heap.settle()


def _factory(engine: AsyncEngine) -> SqlUnitOfWorkFactory:
    return SqlUnitOfWorkFactory(engine, group_commit=GROUP_COMMIT)


async def durable_commits(url: str) -> str:
    """PostgreSQL: every session commits synchronously (`synchronous_commit` on, as the issue asks;
    the test server starts with it off), joins and bare updates alike; the settings, to print."""
    engine = make_engine(url)
    try:
        async with engine.connect() as conn:
            await conn.execute(text("ALTER DATABASE postgres SET synchronous_commit = on"))
            await conn.commit()
        await engine.dispose()  # new sessions take the database's setting
        async with engine.connect() as conn:
            shown = []
            for name in ("synchronous_commit", "fsync", "full_page_writes", "wal_sync_method"):
                value = (await conn.execute(text(f"SHOW {name}"))).scalar_one()
                shown.append(f"{name}={value}")
    finally:
        await engine.dispose()
    assert "synchronous_commit=on" in shown
    return " ".join(shown)


async def bare_updates(engine: AsyncEngine, count: int, *, direct_path: bool = False) -> Figures:
    """`count` conditional decrements of one row, each its own transaction, `IN_FLIGHT` at a time.

    With `direct_path` the UPDATE takes the route a join's statements take (storage.direct: compiled
    once, straight to the driver) instead of SQLAlchemy's `execute`; begin and commit are the same.
    """
    async with engine.begin() as conn:
        await conn.execute(text("DROP TABLE IF EXISTS bench_stock"))
        await conn.execute(text("CREATE TABLE bench_stock (id INTEGER PRIMARY KEY, stock INTEGER NOT NULL)"))
        await conn.execute(text("INSERT INTO bench_stock (id, stock) VALUES (1, :n)"), {"n": count})
    row = BENCH_STOCK.c
    statement = update(BENCH_STOCK).where(row.id == bindparam("row"), row.stock >= bindparam("n"))
    statement = statement.values(stock=row.stock - bindparam("n"))

    async def one() -> None:
        async with engine.begin() as conn:
            await conn.execute(statement, {"n": 1, "row": 1})

    async def one_direct() -> None:
        async with engine.begin() as conn:
            driver = direct.driver_of(conn)
            assert driver is not None
            await direct.rows(conn, driver, statement, {"n": 1, "row": 1})

    wall, latencies = await run_concurrently([one_direct if direct_path else one] * count, IN_FLIGHT)
    async with engine.connect() as conn:
        left = (await conn.execute(text("SELECT stock FROM bench_stock WHERE id = 1"))).scalar_one()
    assert left == 0, f"baseline left {left}"
    return figures(count, wall, latencies)


@dataclass
class JoinRound:
    figures: Figures
    sold: int
    told_sold_out: int
    participants: int
    queued: int  # outbox rows the round wrote


async def joins(app: ChatApp, chat: str, buyers: int) -> JoinRound:
    """`buyers` distinct members send `+1` to one group buy with stock `buyers // 2`."""
    stock = buyers // 2
    tiers = f"{stock // 5}:78,{stock * 3 // 5}:68"
    opened = await app.handle(
        Request(
            platform="bench",
            chat_id=chat,
            user_id="organiser",
            display_name="Organiser",
            # tiers within the stock (a tier above it is refused): 100 and 300 of 500
            text=f"/groupbuy Mangoes price 88 tiers {tiers} stock {stock} ends 2h",
        )
    )
    group_buy_id = next(r.card_of for r in opened if r.card_of is not None)
    async with app.uow_factory() as uow:
        queued_before = await uow.outbox.pending()
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
                    update_id=f"{chat}-{i}",
                )
            )
            answers[user] = replies[0].text if replies else ""

        return run

    wall, latencies = await run_concurrently([join(i) for i in range(buyers)], IN_FLIGHT)
    card = await app.render_card(group_buy_id)
    async with app.uow_factory() as uow:
        group_buy = await uow.group_buys.get(group_buy_id)
        assert group_buy is not None
        sold = group_buy.sold
        participants = len(await uow.group_buys.participants(group_buy_id))
        queued = await uow.outbox.pending() - queued_before
    sold_out_text = t("en", "sold_out", title="Mangoes")
    # "Bob: … is sold out." (in a group each refusal names whom it answers; and how to join the waiting
    # list, where there is one)
    told_sold_out = sum(1 for text_ in answers.values() if sold_out_text in text_)
    assert card.text, "the card renders"
    return JoinRound(figures(buyers, wall, latencies), sold, told_sold_out, participants, queued)


@dataclass
class Bare:
    """One baseline measurement: the UPDATE through SQLAlchemy, and through the join's direct path
    (the same as through SQLAlchemy on an engine without it)."""

    core: Figures
    direct: Figures


async def bare_round(engine: AsyncEngine, count: int, *, fast_path: bool = True) -> Bare:
    core = await bare_updates(engine, count)
    return Bare(core, await bare_updates(engine, count, direct_path=True) if fast_path else core)


async def measure(
    name: str, url: str, buyers: int, rounds: int, *, fast_path: bool = True
) -> dict[str, float]:
    await upgrade(url)
    engine = make_engine(url, fast_path=fast_path)
    async with engine.connect() as conn:
        direct_route = direct.driver_of(conn) is not None
    assert direct_route == fast_path, f"fast path asked {fast_path}, found {direct_route}"
    app = ChatApp(uow_factory=_factory(engine), clock=SystemClock(), config=PRODUCTION)
    serving_process()
    stock = buyers // 2
    try:
        await bare_round(engine, WARM_UP_BUYERS, fast_path=fast_path)  # warm-up: connections, statements
        await joins(app, f"warm-{time.time_ns()}", WARM_UP_BUYERS)
        bare = [await bare_round(engine, buyers, fast_path=fast_path)]
        played: list[JoinRound] = []
        for _ in range(rounds):
            played.append(await joins(app, f"bench-{time.time_ns()}", buyers))
            bare.append(await bare_round(engine, buyers, fast_path=fast_path))
    finally:
        await engine.dispose()

    def around(i: int, rate: Callable[[Bare], float]) -> float:
        """The baseline of join round `i`: the mean of the bare runs just before and after it."""
        return (rate(bare[i]) + rate(bare[i + 1])) / 2

    ratios = [played[i].figures.per_second / around(i, lambda b: b.core.per_second) for i in range(rounds)]
    middle = sorted(range(rounds), key=lambda i: ratios[i])[rounds // 2]
    joined, ratio = played[middle], ratios[middle]
    core = around(middle, lambda b: b.core.per_second)
    fast = around(middle, lambda b: b.direct.per_second)
    path = "fast path" if fast_path else "stock path"
    grouping = "group commit" if GROUP_COMMIT else "a transaction per join"
    grouping += ", join batches" if PRODUCTION.join_batches else ""
    print(
        f"== {name}, {path}, {grouping}: {buyers} buyers, stock {stock}, {IN_FLIGHT} in flight, "
        f"median of {rounds} rounds =="
    )
    for i, round_ in enumerate(played):
        f = round_.figures
        stricter = (
            f" (direct {f.per_second / around(i, lambda b: b.direct.per_second):.2f})" if fast_path else ""
        )
        print(
            f"round {i + 1}: joins {f.per_second:7.1f}/s p50 {f.p50_ms:6.2f} ms p99 {f.p99_ms:6.2f} ms; "
            f"bare {bare[i].core.per_second:7.1f}/s then {bare[i + 1].core.per_second:7.1f}/s; "
            f"ratio {ratios[i]:.2f}{stricter}"
        )
    f = joined.figures
    print(f"joins: {f.per_second:8.1f}/s  p50 {f.p50_ms:6.2f} ms  p99 {f.p99_ms:6.2f} ms")
    print(
        f"units sold: {joined.sold} (must be {stock}); buyers told sold out: {joined.told_sold_out} "
        f"(must be {buyers - stock}); participants={joined.participants}; "
        f"outbox rows written: {joined.queued} (at least {buyers})"
    )
    bare_p99 = max(max(b.core.p99_ms, b.direct.p99_ms) for b in bare)
    beside = f", {fast:8.1f}/s through the joins' direct path" if fast_path else ""
    print(f"bare conditional UPDATE: {core:8.1f}/s through SQLAlchemy{beside} (p99 {bare_p99:.2f} ms)")
    print(f"ratio joins/s ÷ bare updates/s: {ratio:.2f} (goal ≥ 2)")
    if fast_path:
        print(f"stricter: joins/s ÷ bare updates/s sent the joins' direct way: {f.per_second / fast:.2f}")
    ok = all(_correct(r, buyers) for r in played)
    print("correctness:", "OK" if ok else "WRONG")
    return {"ratio": ratio, "p99_ms": f.p99_ms, "ok": float(ok)}


def _correct(round_: JoinRound, buyers: int) -> bool:
    """Exactly the stock sold, every other buyer told it is sold out, every answer queued."""
    stock = buyers // 2
    return round_.sold == stock and round_.told_sold_out == buyers - stock and round_.queued >= buyers


async def compare(name: str, url: str, buyers: int, rounds: int) -> dict[str, float]:
    """Joins through the fast path and through the stock path on one database, alternating rounds (the
    order flips each round), so both see the same machine load; the median of each and their ratio."""
    await upgrade(url)
    engines = {path: make_engine(url, fast_path=path == "fast") for path in ("fast", "stock")}
    apps = {
        path: ChatApp(uow_factory=_factory(engine), clock=SystemClock(), config=PRODUCTION)
        for path, engine in engines.items()
    }
    serving_process()
    played: dict[str, list[JoinRound]] = {"fast": [], "stock": []}
    try:
        for path, app in apps.items():
            await joins(app, f"warm-{path}-{time.time_ns()}", WARM_UP_BUYERS)
        for i in range(rounds):
            for path in ("fast", "stock") if i % 2 == 0 else ("stock", "fast"):
                played[path].append(await joins(apps[path], f"{path}-{time.time_ns()}", buyers))
    finally:
        for engine in engines.values():
            await engine.dispose()
    median = {path: statistics.median(r.figures.per_second for r in runs) for path, runs in played.items()}
    print(
        f"== {name}: fast path against stock path, {buyers} buyers, {IN_FLIGHT} in flight, {rounds} rounds =="
    )
    for path, runs in played.items():
        rates = " ".join(f"{r.figures.per_second:.0f}" for r in runs)
        p99 = statistics.median(r.figures.p99_ms for r in runs)
        print(f"{path:5}: joins/s {rates}; median {median[path]:8.1f}/s, p99 {p99:6.2f} ms")
    print(f"stock ÷ fast: {median['stock'] / median['fast']:.2f}")
    ok = all(_correct(r, buyers) for runs in played.values() for r in runs)
    print("correctness:", "OK" if ok else "WRONG")
    return {"ratio": median["stock"] / median["fast"], "ok": float(ok)}


# -- big group buys ----------------------------------------------------------------------------------
async def open_group_buy(app: ChatApp, chat: str) -> int:
    opened = await app.handle(
        Request(
            platform="bench",
            chat_id=chat,
            user_id="organiser",
            display_name="Organiser",
            text="/groupbuy Mangoes price 88 tiers 100:78,300:68 ends 2h",
        )
    )
    return next(r.card_of for r in opened if r.card_of is not None)


async def seed_lines(engine: AsyncEngine, group_buy_id: int, count: int, prefix: str) -> None:
    """`count` members with one unit each, written straight into storage (one multi-row INSERT and the
    group buy's counters), as if they had joined: 5,000 joins through the app would take longer than
    everything measured here."""
    now = SystemClock().now()
    rows = [
        {
            "group_buy_id": group_buy_id,
            "user_id": f"{prefix}{i}",
            "friend": "",
            "display_name": f"Member {i}",
            "quantity": 1,
            "joined_at": now,
            "note": "",
        }
        for i in range(count)
    ]
    gb = group_buys.c
    async with engine.begin() as conn:
        if rows:
            await conn.execute(insert(participants), rows)
        grown = {"sold": gb.sold + count, "line_count": gb.line_count + count}
        await conn.execute(update(group_buys).where(gb.id == group_buy_id).values(grown))
    if engine.dialect.name == "postgresql":  # what autovacuum does within a minute of such a change
        async with engine.connect() as conn:
            await conn.execute(text("ANALYZE participants, group_buys"))
            await conn.commit()


async def one_by_one(
    app: ChatApp,
    chat: str,
    group_buy_id: int,
    prefix: str,
    *,
    count: int | None = None,
    until: asyncio.Task[object] | None = None,
) -> tuple[float, list[float]]:
    """New members join one after another (`count` of them, or until `until` is done), each join
    followed by the card's render, as the playground's relay does; wall time and each one's latency."""
    latencies: list[float] = []
    started = time.perf_counter()
    i = 0
    while (count is None or i < count) and (until is None or not until.done()):
        begun = time.perf_counter()
        replies = await app.handle(
            Request(
                platform="bench",
                chat_id=chat,
                user_id=f"{prefix}{i}",
                display_name=f"Joiner {i}",
                text="+1",
                update_id=f"{prefix}{i}",
            )
        )
        card = await app.render_card(group_buy_id)
        latencies.append(time.perf_counter() - begun)
        assert replies and card.text, "every join is answered and the card renders"
        i += 1
    return time.perf_counter() - started, latencies


@dataclass
class BigClose:
    alone: float  # seconds, with nothing else running
    seconds: float  # seconds, while members join in another chat (the median of `BIG_CLOSES`)
    exact: bool  # both closes: one order per buyer, the exact totals, every order message queued
    during: Figures
    before: Figures
    joins_during: int


async def close_group_buy(app: ChatApp, chat: str) -> tuple[float, int]:
    """The organiser's `/close`: its time (all of its batches of orders) and how many replies it made."""
    started = time.perf_counter()
    replies = await app.handle(
        Request(platform="bench", chat_id=chat, user_id="organiser", display_name="Organiser", text="/close")
    )
    return time.perf_counter() - started, len(replies)


async def closed_exactly(engine: AsyncEngine, group_buy_id: int, prefix: str, replies: int) -> bool:
    """Every one of the `BIG` buyers has one order at the final price and their order message queued."""
    o = orders.c
    made = select(func.count(), func.count(o.buyer_id.distinct()), func.sum(o.total))
    queued = select(func.count()).where(outbox.c.chat_id.startswith(prefix), outbox.c.sent_at.is_(None))
    async with engine.connect() as conn:
        count, buyers, total = (await conn.execute(made.where(o.group_buy_id == group_buy_id))).one()
        messages = (await conn.execute(queued)).scalar_one()
    # the replies: each buyer's order message, the card, the group's announcement and the organiser's own
    # "Closed: …" in private
    return count == buyers == messages == BIG and total == BIG * FINAL_PRICE and replies == BIG + 3


async def big_close(app: ChatApp, engine: AsyncEngine) -> BigClose:
    """Close a group buy of `BIG` participants alone, then `BIG_CLOSES` more while members join in
    another chat, one after another (their latency without a close is measured just before)."""
    stamp = time.time_ns()
    alone_id = await open_group_buy(app, f"alone-{stamp}")
    await seed_lines(engine, alone_id, BIG, f"a{stamp}-")
    alone, replies = await close_group_buy(app, f"alone-{stamp}")
    exact = await closed_exactly(engine, alone_id, f"a{stamp}-", replies)

    other = f"other-{stamp}"
    other_id = await open_group_buy(app, other)
    wall, quiet = await one_by_one(app, other, other_id, f"q{stamp}-", count=BIG_JOINS)
    before = figures(len(quiet), wall, quiet)
    took: list[float] = []
    during: list[float] = []
    busy = 0.0
    for i in range(BIG_CLOSES):  # the joins of several closes pooled: a p99 of more than a few dozen
        chat, prefix = f"big-{stamp}-{i}", f"b{stamp}-{i}-"
        group_buy_id = await open_group_buy(app, chat)
        await seed_lines(engine, group_buy_id, BIG, prefix)
        closing = asyncio.create_task(close_group_buy(app, chat))
        await asyncio.sleep(0)  # the close starts first
        wall, latencies = await one_by_one(app, other, other_id, f"d{stamp}-{i}-", until=closing)
        seconds, replies = await closing
        exact = exact and await closed_exactly(engine, group_buy_id, prefix, replies)
        took.append(seconds)
        during += latencies
        busy += wall
    meanwhile = figures(len(during), busy, during) if during else Figures(0.0, 0.0, 0.0)
    return BigClose(alone, statistics.median(took), exact, meanwhile, before, len(during))


async def big_group_buys(name: str, url: str, *, fast_path: bool = True) -> dict[str, float]:
    """Joins into a group buy of `BIG` participants against an empty one, and the close of a big one."""
    await upgrade(url)
    engine = make_engine(url, fast_path=fast_path)
    app = ChatApp(uow_factory=_factory(engine), clock=SystemClock(), config=PRODUCTION)
    serving_process()
    rates: dict[int, list[float]] = {0: [], BIG: []}
    try:
        warm = f"warm-big-{time.time_ns()}"
        await one_by_one(app, warm, await open_group_buy(app, warm), "w", count=WARM_UP_BUYERS)
        for i in range(BIG_ROUNDS):
            for existing in (0, BIG) if i % 2 == 0 else (BIG, 0):
                stamp = time.time_ns()
                chat = f"scale-{existing}-{stamp}"
                group_buy_id = await open_group_buy(app, chat)
                await seed_lines(engine, group_buy_id, existing, f"s{stamp}-")
                wall, _ = await one_by_one(app, chat, group_buy_id, f"j{stamp}-", count=BIG_JOINS)
                rates[existing].append(BIG_JOINS / wall)
        closed = await big_close(app, engine)
    finally:
        await engine.dispose()
    ratios = [big / empty for big, empty in zip(rates[BIG], rates[0], strict=True)]
    ratio = statistics.median(ratios)
    print(
        f"== {name}, big group buys: {BIG_JOINS} new members join one after another, each join followed "
        f"by the card's render, {BIG_ROUNDS} rounds =="
    )
    for i, (big, empty) in enumerate(zip(rates[BIG], rates[0], strict=True)):
        print(
            f"round {i + 1}: into an empty one {empty:6.1f} joins/s; into one of {BIG:,}: {big:6.1f}/s; "
            f"ratio {ratios[i]:.2f}"
        )
    print(f"joins/s into a group buy of {BIG:,} ÷ into an empty one: {ratio:.2f} (median; goal ≥ 0.9)")
    c = closed
    print(
        f"close of a group buy of {BIG:,}: {c.alone:.2f} s alone, {c.seconds:.2f} s while another chat "
        f"joins (median of {BIG_CLOSES}); {BIG:,} orders each, one per buyer, {BIG * FINAL_PRICE / 100:,.2f} "
        f"in all, every order message queued: {'OK' if c.exact else 'WRONG'}"
    )
    print(
        f"joins in another chat during the closes: {c.joins_during} joins, p50 {c.during.p50_ms:.2f} ms, "
        f"p99 {c.during.p99_ms:.2f} ms (goal ≤ 100 ms); without a close: p50 {c.before.p50_ms:.2f} ms, "
        f"p99 {c.before.p99_ms:.2f} ms"
    )
    return {"ratio": ratio, "close_s": c.alone, "p99_ms": c.during.p99_ms, "ok": float(c.exact)}


async def main() -> int:
    global IN_FLIGHT, GROUP_COMMIT, PRODUCTION
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--engines", default="sqlite,postgres")
    parser.add_argument("--buyers", type=int, default=BUYERS, help="stock is half of it")
    parser.add_argument("--rounds", type=int, default=ROUNDS)
    parser.add_argument("--stock", action="store_true", help="SQLAlchemy's stock adapters, no fast path")
    parser.add_argument("--compare", action="store_true", help="the fast path against the stock path")
    parser.add_argument("--no-big", action="store_true", help="skip the big group buys")
    parser.add_argument("--big-only", action="store_true", help="only the big group buys")
    parser.add_argument("--pg-fsync", action="store_true", help="PostgreSQL flushes its WAL (fsync on)")
    parser.add_argument("--in-flight", type=int, default=IN_FLIGHT, help="joins (and bare updates) at once")
    grouping = Settings().group_commit
    parser.add_argument("--group-commit", choices=("on", "off"), default="on" if grouping else "off")
    batching = Settings().join_batches
    parser.add_argument("--join-batches", choices=("on", "off"), default="on" if batching else "off")
    args = parser.parse_args()
    IN_FLIGHT, GROUP_COMMIT = args.in_flight, args.group_commit == "on"
    PRODUCTION = replace(PRODUCTION, join_batches=args.join_batches == "on")
    fast_path = not args.stock

    async def run(name: str, url: str) -> dict[str, float]:
        if args.compare:
            return await compare(name, url, args.buyers, args.rounds)
        done = {"ok": 1.0}
        if not args.big_only:
            done = await measure(name, url, args.buyers, args.rounds, fast_path=fast_path)
        if not args.no_big:
            big = await big_group_buys(name, url, fast_path=fast_path)
            done = {**done, "ok": min(done["ok"], big["ok"])}
        return done

    engines = args.engines.split(",")
    results: list[dict[str, float]] = []
    with tempfile.TemporaryDirectory() as tmp:
        if "sqlite" in engines:
            results.append(await run("SQLite (aiosqlite, WAL)", f"sqlite+aiosqlite:///{tmp}/bench.db"))
        if "postgres" in engines:
            from tests.services import start_postgres

            url, stop = start_postgres(Path(tmp) / "pg", durable=args.pg_fsync)
            try:
                print("PostgreSQL server (both sides):", await durable_commits(url))
                results.append(await run("PostgreSQL (asyncpg)", url))
            finally:
                stop()
    return 0 if all(r["ok"] for r in results) else 1


if __name__ == "__main__":
    raise SystemExit(asyncio.run(main()))
