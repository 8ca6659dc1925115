"""Big group buys through the playground's JSON API, in process: what a person at the page meets.

The playground as `tuan playground` wires it (bot.playground.server.open_hub: the hub, its relay, the
transcript, the scheduler) on SQLite, spoken to over HTTP through httpx's ASGI transport, one client
making new members join one after another, each answered once the relay posted its rows (the card
edited in the transcript). It measures, in the same run:

- joins/s into a group buy that already has 5,000 participants against joins/s into an empty one, in
  alternating rounds, each on a fresh group buy (the 5,000 written straight into storage, as if they had
  joined; bench/join_contention.seed_lines); the median ratio (goal ≥ 0.9);
- the close (`/close`) of a group buy of 5,000 through the API while another client joins new members
  in another chat one after another: the close's answer time, the time until all 5,000 order messages
  are in the buyers' private chats, and the joins' p50/p99 during the close (goal p99 ≤ 100 ms), beside
  the same joins' figures without a close, measured just before. Every buyer's order is checked (one
  each, the exact total) and so is each order message's place (the buyer's own private chat).

Run: `.venv/bin/python bench/playground_close.py` (`--joins 100 --rounds 3 --closes 2`).
"""

from __future__ import annotations

import argparse
import asyncio
import statistics
import sys
import tempfile
import time
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import httpx
from sqlalchemy import func, select

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from bench.join_contention import BIG, FINAL_PRICE, seed_lines
from bench.timing import Figures, figures
from bot.bootstrap import Tuan, build, migrate
from bot.playground.hub import PLATFORM
from bot.playground.server import open_hub
from bot.playground.web import create_app
from bot.settings import Settings
from storage.adapter_tables import playground_messages
from storage.tables import orders

JOINS = 100  # joins of one round into a big (or empty) group buy, one after another
ROUNDS = 3
CLOSES = 2
ORGANISER = "amy"
OPEN = "/groupbuy Mangoes price 88 tiers 100:78,300:68 ends 2h"
POSTED_WITHIN_SECONDS = 300.0


@dataclass
class Playground:
    tuan: Tuan
    client: httpx.AsyncClient
    cardless: int = 0  # joins answered without their card

    async def say(self, chat: str, user: str, text: str) -> dict[str, Any]:
        response = await self.client.post("/api/messages", json={"chat": chat, "user": user, "text": text})
        assert response.status_code == 200, response.text
        return dict(response.json())

    async def open_group_buy(self, chat: str, existing: int, prefix: str) -> int:
        opened = await self.say(chat, ORGANISER, OPEN)
        group_buy_id = next(int(r["card_of"]) for r in opened["replies"] if r["card_of"])
        await seed_lines(self.tuan.engine, group_buy_id, existing, prefix)
        return group_buy_id


@asynccontextmanager
async def playground(folder: Path) -> AsyncIterator[Playground]:
    settings = Settings(
        _env_file=None,  # type: ignore[call-arg]
        database_url=f"sqlite+aiosqlite:///{folder / 'bench.db'}",
        commands_per_minute=0,  # the organiser opens many group buys in a minute here
        pickup_reminder=None,
    )
    await migrate(settings)
    tuan = await build(settings, platform=PLATFORM)
    try:
        hub = await open_hub(tuan, base_url="http://playground")
        await tuan.start(hub.deliver)
        web = create_app(hub=hub, clock=tuan.clock, clock_changed=tuan.scheduler.clock_changed)
        transport = httpx.ASGITransport(app=web)
        async with httpx.AsyncClient(
            transport=transport, base_url="http://playground", timeout=None
        ) as client:
            yield Playground(tuan, client)
    finally:
        await tuan.aclose()


async def one_by_one(
    pg: Playground,
    chat: str,
    group_buy_id: int,
    prefix: str,
    *,
    count: int | None = None,
    until: asyncio.Task[object] | None = None,
) -> tuple[float, list[float]]:
    """New members `+1` one after another (`count`, or until `until` is done), each answered with the
    card as the chat shows it; wall time and each one's latency (a join answered without its card, the
    hub having given up waiting for the relay, counts in `pg.cardless`)."""
    latencies: list[float] = []
    started = time.perf_counter()
    i = 0
    while (count is None or i < count) and (until is None or not until.done()):
        begun = time.perf_counter()
        joined = await pg.say(chat, f"{prefix}{i}", "+1")
        latencies.append(time.perf_counter() - begun)
        if not any(r["card_of"] == group_buy_id and r["edited"] for r in joined["replies"]):
            pg.cardless += 1
        i += 1
    return time.perf_counter() - started, latencies


async def join_rates(pg: Playground, joins: int, rounds: int) -> dict[int, list[float]]:
    """Joins/s into an empty group buy and into one of `BIG`, alternating rounds."""
    rates: dict[int, list[float]] = {0: [], BIG: []}
    warm = f"warm-{time.time_ns()}"
    await one_by_one(pg, warm, await pg.open_group_buy(warm, 0, "w-"), "w", count=joins // 2)
    for i in range(rounds):
        for existing in (0, BIG) if i % 2 == 0 else (BIG, 0):
            stamp = time.time_ns()
            chat = f"scale-{existing}-{stamp}"
            group_buy_id = await pg.open_group_buy(chat, existing, f"s{stamp}-")
            wall, _ = await one_by_one(pg, chat, group_buy_id, f"j{i}-{existing}-", count=joins)
            rates[existing].append(joins / wall)
    return rates


@dataclass
class Close:
    answered: float  # seconds until the close's own answer came back
    posted: float  # seconds until the last of the BIG order messages was in its private chat
    messages: int  # order messages posted by then (BIG, unless it gave up waiting)
    exact: bool


async def order_messages(pg: Playground, prefix: str) -> int:
    """Bot messages in the private chats of the buyers whose ids start with `prefix`."""
    m = playground_messages.c
    query = select(func.count()).where(m.chat.startswith(prefix), m.author.is_(None))
    async with pg.tuan.engine.connect() as conn:
        return int((await conn.execute(query)).scalar_one())


async def close(pg: Playground, chat: str, group_buy_id: int, prefix: str) -> Close:
    """The organiser's `/close` through the API; then wait for every order message to be posted."""
    started = time.perf_counter()
    closed = await pg.say(chat, ORGANISER, "/close")
    answered = time.perf_counter() - started
    card = next(r for r in closed["replies"] if r["card_of"] == group_buy_id)
    while await order_messages(pg, prefix) < BIG:
        if time.perf_counter() - started > POSTED_WITHIN_SECONDS:
            break
        await asyncio.sleep(0.05)
    posted = time.perf_counter() - started
    o = orders.c
    made = select(func.count(), func.count(o.buyer_id.distinct()), func.sum(o.total))
    async with pg.tuan.engine.connect() as conn:
        count, buyers, total = (await conn.execute(made.where(o.group_buy_id == group_buy_id))).one()
    messages = await order_messages(pg, prefix)
    exact = (
        count == buyers == messages == BIG
        and total == BIG * FINAL_PRICE
        and not card["buttons"]  # the card as the close left it: no more joins
    )
    return Close(answered, posted, messages, exact)


@dataclass
class Closes:
    closes: list[Close]
    during: Figures
    before: Figures
    joins_during: int


async def closes_with_joins_elsewhere(pg: Playground, joins: int, count: int) -> Closes:
    """`count` closes of a group buy of `BIG`, each while another client joins in another chat (their
    latency without a close is measured just before)."""
    stamp = time.time_ns()
    other = f"other-{stamp}"
    other_id = await pg.open_group_buy(other, 0, f"o{stamp}-")
    wall, quiet = await one_by_one(pg, other, other_id, "q", count=joins)
    before = figures(len(quiet), wall, quiet)
    done: list[Close] = []
    during: list[float] = []
    busy = 0.0
    for i in range(count):
        chat, prefix = f"big-{stamp}-{i}", f"b{i}-{stamp}-"
        group_buy_id = await pg.open_group_buy(chat, BIG, prefix)
        closing = asyncio.create_task(close(pg, chat, group_buy_id, prefix))
        await asyncio.sleep(0)  # the close starts first
        wall, latencies = await one_by_one(pg, other, other_id, f"d{i}-", until=closing)
        done.append(await closing)
        during += latencies
        busy += wall
    meanwhile = figures(len(during), busy, during) if during else Figures(0.0, 0.0, 0.0)
    return Closes(done, meanwhile, before, len(during))


async def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--joins", type=int, default=JOINS, help="joins of one round")
    parser.add_argument("--rounds", type=int, default=ROUNDS)
    parser.add_argument("--closes", type=int, default=CLOSES)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        async with playground(Path(tmp)) as pg:
            rates = await join_rates(pg, args.joins, args.rounds)
            closes = await closes_with_joins_elsewhere(pg, args.joins, args.closes)
    ratios = [big / empty for big, empty in zip(rates[BIG], rates[0], strict=True)]
    print(
        f"== the playground's API in process (SQLite): {args.joins} new members join one after another, "
        f"each answered with its card, {args.rounds} rounds =="
    )
    for i, (big, empty) in enumerate(zip(rates[BIG], rates[0], strict=True)):
        print(f"round {i + 1}: into an empty one {empty:6.1f} joins/s; into one of {BIG:,}: {big:6.1f}/s")
    ratio = statistics.median(ratios)
    print(f"joins/s into a group buy of {BIG:,} ÷ into an empty one: {ratio:.2f} (goal ≥ 0.9)")
    for i, c in enumerate(closes.closes):
        print(
            f"close {i + 1} of {BIG:,} while another chat joins: answered in {c.answered:.2f} s, "
            f"{c.messages:,} of {BIG:,} order messages posted after {c.posted:.2f} s; "
            f"orders and messages exact: {'OK' if c.exact else 'WRONG'}"
        )
    d, b = closes.during, closes.before
    print(
        f"joins in another chat during the closes: {closes.joins_during} joins, p50 {d.p50_ms:.1f} ms, "
        f"p99 {d.p99_ms:.1f} ms (goal ≤ 100 ms); "
        f"without a close: p50 {b.p50_ms:.1f} ms, p99 {b.p99_ms:.1f} ms"
    )
    print(f"joins answered without their card (the hub gave up waiting for it): {pg.cardless}")
    return 0 if all(c.exact for c in closes.closes) and not pg.cardless else 1


if __name__ == "__main__":
    raise SystemExit(asyncio.run(main()))
