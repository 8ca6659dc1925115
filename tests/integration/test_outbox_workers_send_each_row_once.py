"""Several workers drain one outbox on PostgreSQL (bot/outbox_relay.py, storage/outbox.py): three
relays, each on its own engine as three processes would be, send every row exactly once, each chat's
rows by one worker at a time and in id order, with rows written before and while they run, slow sends
and sends failing once. A worker that dies holding chats leaves them for the lease time; then another
worker sends their rows."""

from __future__ import annotations

import asyncio
import random
import time
from collections import Counter, defaultdict
from collections.abc import AsyncIterator, Awaitable, Callable, Collection
from datetime import UTC, datetime
from typing import Any

import pytest
import sqlalchemy as sa

from bot.outbox_relay import OutboxRelay
from commerce.domain.outbox import OutboxItem, send_topic
from storage.db import make_engine
from storage.tables import outbox, outbox_leases
from storage.uow import SqlUnitOfWorkFactory

pytestmark = pytest.mark.postgres

TOPIC = send_topic("telegram")
CHATS = [f"-100{n}" for n in range(30)]
POLL = 0.05


class WallClock:
    def now(self) -> datetime:
        return datetime.now(UTC)


class Platform:
    """The sinks of all workers, recording what each was handed and accepted; it fails the test's
    invariant at once when two workers have one chat's rows in flight together."""

    def __init__(self, *, slow: Collection[int] = (), flaky: Collection[int] = ()) -> None:
        self.slow, self.flaky = slow, flaky
        self.handed: dict[str, list[int]] = defaultdict(list)  # chat -> row ids, as handed (every try)
        self.accepted: list[tuple[str, int, str]] = []  # (worker, row id, chat) in acceptance order
        self.failed: set[int] = set()
        self.accepted_at: dict[int, float] = {}
        self.in_flight: dict[str, Counter[str]] = defaultdict(Counter)  # chat -> worker -> rows
        self.overlaps: list[tuple[str, str, str]] = []
        self.gates: dict[str, asyncio.Event] = {}  # worker -> its sends wait for this (a stuck worker)

    def sink(self, worker: str) -> Callable[[OutboxItem], Awaitable[None]]:
        async def send(item: OutboxItem) -> None:
            assert item.id is not None
            others = [w for w, n in self.in_flight[item.chat_id].items() if n and w != worker]
            if others:
                self.overlaps.append((item.chat_id, worker, others[0]))
            self.handed[item.chat_id].append(item.id)  # queued before the first await, as a sink must
            self.in_flight[item.chat_id][worker] += 1
            try:
                if worker in self.gates:
                    await self.gates[worker].wait()
                await asyncio.sleep(random.uniform(0.02, 0.08) if item.id in self.slow else 0)
                if item.id in self.flaky and item.id not in self.failed:
                    self.failed.add(item.id)
                    raise ConnectionError("the platform dropped it once")
                self.accepted.append((worker, item.id, item.chat_id))
                self.accepted_at[item.id] = time.monotonic()
            finally:
                self.in_flight[item.chat_id][worker] -= 1

        return send


@pytest.fixture
async def workers(_clean_postgres_database: str) -> AsyncIterator[list[SqlUnitOfWorkFactory]]:
    factories = [SqlUnitOfWorkFactory(make_engine(_clean_postgres_database)) for _ in range(3)]
    try:
        yield factories
    finally:
        for factory in factories:
            await factory.dispose()


async def write(factory: SqlUnitOfWorkFactory, rows: list[tuple[str, str]]) -> list[int]:
    """Commit rows (chat, payload); their ids."""
    now = datetime.now(UTC)
    async with factory() as uow:
        await uow.outbox.add([OutboxItem(TOPIC, payload, now, chat_id=chat) for chat, payload in rows])
        await uow.commit()
    async with factory.engine.connect() as conn:  # sent already or not
        query = sa.select(outbox.c.id).where(outbox.c.payload.in_([payload for _, payload in rows]))
        return list((await conn.execute(query)).scalars())


def relay(factory: SqlUnitOfWorkFactory, platform: Platform, name: str, **options: Any) -> OutboxRelay:
    return OutboxRelay(
        uow_factory=factory,
        clock=WallClock(),
        topic_prefix=TOPIC,
        sink=platform.sink(name),
        poll_seconds=POLL,
        name=name,
        owner=f"test-host:{name}",
        **options,
    )


async def until(check: Callable[[], bool], within: float) -> None:
    deadline = time.monotonic() + within
    while not check():
        assert time.monotonic() < deadline, "timed out"
        await asyncio.sleep(0.05)


async def leftovers(factory: SqlUnitOfWorkFactory) -> tuple[int, int]:
    """(rows not sent, chat leases still held)."""
    async with factory() as uow:
        pending = await uow.outbox.pending()
    async with factory.engine.connect() as conn:
        leases = (await conn.execute(sa.select(sa.func.count()).select_from(outbox_leases))).scalar_one()
    return pending, leases


async def test_three_workers_send_every_row_once_and_each_chats_rows_in_order(
    workers: list[SqlUnitOfWorkFactory],
) -> None:
    rng = random.Random(15)
    rows = [(rng.choice(CHATS), f"m{n}") for n in range(600)]
    before = await write(workers[0], rows[:300])
    platform = Platform(slow=set(rng.sample(range(1, 601), 60)), flaky=set(rng.sample(range(1, 601), 30)))
    relays = [relay(factory, platform, f"w{i}", chats_per_round=4) for i, factory in enumerate(workers)]
    for each in relays:
        each.start()

    written = list(before)
    for start in range(300, 600, 20):  # the rest arrives while they run, each batch through one worker
        i = start // 20 % 3
        written += await write(workers[i], rows[start : start + 20])
        relays[i].wake()
        await asyncio.sleep(0.02)
    await until(lambda: len(platform.accepted) >= 600, within=60)
    for each in relays:
        await each.close()

    ids = [row_id for _, row_id, _ in platform.accepted]
    assert sorted(ids) == sorted(written) and len(written) == 600  # every row accepted exactly once
    assert platform.overlaps == []  # one worker at a time per chat
    assert {worker for worker, _, _ in platform.accepted} == {"w0", "w1", "w2"}
    for chat, handed in platform.handed.items():  # the platform's queue order: its sends may overlap
        first_tries = list(dict.fromkeys(handed))
        assert first_tries == sorted(first_tries), chat  # in id order (a failed row's retry comes later)
    assert platform.failed  # some rows did fail once, and were sent on their retry
    assert await leftovers(workers[0]) == (0, 0)


async def test_a_dead_workers_chats_go_to_another_worker_once_their_lease_lapsed(
    workers: list[SqlUnitOfWorkFactory],
) -> None:
    lease = 1.0
    platform = Platform()
    platform.gates["w0"] = asyncio.Event()  # w0 takes its chats' rows and never finishes sending them
    stuck = relay(workers[0], platform, "w0", lease_seconds=lease)
    death = Death(stuck)
    stuck.start()
    written = await write(workers[0], [(chat, f"{chat}:{n}") for n in range(3) for chat in CHATS[:6]])
    await until(lambda: len(platform.handed) == 6, within=10)  # w0 holds all six chats

    others = [relay(factory, platform, f"w{i}", lease_seconds=lease) for i, factory in enumerate(workers)][1:]
    for each in others:
        each.start()
    await asyncio.sleep(3 * lease)  # w0 is alive and renews its leases: nobody takes its chats
    assert platform.accepted == []
    assert sorted(i for ids in platform.handed.values() for i in ids) == sorted(written)

    died = await death.come()
    await until(lambda: len(platform.accepted) == len(written), within=10)
    for each in others:
        await each.close()
    await death.bury()

    assert sorted(i for _, i, _ in platform.accepted) == sorted(written)
    assert {worker for worker, _, _ in platform.accepted} <= {"w1", "w2"}
    assert min(platform.accepted_at.values()) - died >= 0.9 * lease  # only once the lease lapsed
    for chat in CHATS[:6]:
        handed = platform.handed[chat]
        assert handed[3:] == handed[:3] == sorted(handed[:3])  # to w0, then again, in order, to another
    assert await leftovers(workers[1]) == (0, 0)


class Death:
    """A worker's process stops (killed, or frozen): after the round it is in, it runs no more rounds,
    records nothing, gives no lease up, and its sends never finish. (Cancelling it inside a database
    call would break the connection its engine disposes of later, which a real death does not.)"""

    def __init__(self, worker: OutboxRelay) -> None:
        self.worker, self.dead, self.last_round = worker, asyncio.Event(), time.monotonic()
        alive = worker._exchange

        async def exchange(**round_: Any) -> list[OutboxItem]:
            if self.dead.is_set():
                await asyncio.Event().wait()  # forever
            items = await alive(**round_)
            self.last_round = time.monotonic()
            return items

        worker._exchange = exchange  # type: ignore[method-assign]

    async def come(self) -> float:
        """Kill the worker; when its last round ended (its leases last until `lease_seconds` later)."""
        self.dead.set()
        await asyncio.sleep(0.2)  # the round it was in, if any, commits
        return self.last_round

    async def bury(self) -> None:
        tasks = [task for task in [self.worker._task, *self.worker._in_flight.values()] if task is not None]
        for task in tasks:
            task.cancel()
        await asyncio.gather(*tasks, return_exceptions=True)
