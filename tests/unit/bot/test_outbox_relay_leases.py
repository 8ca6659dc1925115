"""Chat leases in the outbox relay (bot/outbox_relay.py) on the in-memory unit of work: two workers'
relays on one outbox never send one chat's rows at once; a worker renews its chats while a send is
slow, gives them up once they are done, and a dead worker's chats wait for the lease to lapse. A relay
that is the only worker (SQLite) takes no leases."""

from __future__ import annotations

import asyncio
import os
import sys
import time
from collections.abc import Awaitable, Callable
from pathlib import Path
from typing import cast

from bot.bootstrap import build, migrate
from bot.outbox_relay import OutboxRelay, is_dead, worker_id
from bot.settings import Settings
from commerce.domain.outbox import OutboxItem, send_topic
from commerce.ports import UnitOfWorkFactory
from tests.fakes import FakeClock, FakeUnitOfWorkFactory

TOPIC = send_topic("telegram")


class Recorder:
    """A sink per worker; a worker's sends wait while its gate is closed (a slow platform)."""

    def __init__(self) -> None:
        self.sent: list[tuple[str, str]] = []  # (worker, payload)
        self.handed: list[tuple[str, str]] = []
        self.gates: dict[str, asyncio.Event] = {}

    def sink(self, worker: str) -> Callable[[OutboxItem], Awaitable[None]]:
        async def send(item: OutboxItem) -> None:
            self.handed.append((worker, item.payload))
            if worker in self.gates:
                await self.gates[worker].wait()
            self.sent.append((worker, item.payload))

        return send


def relay(
    factory: FakeUnitOfWorkFactory,
    clock: FakeClock,
    recorder: Recorder,
    worker: str,
    poll_seconds: float = 0.02,
) -> OutboxRelay:
    return OutboxRelay(
        uow_factory=cast(UnitOfWorkFactory, factory),
        clock=clock,
        topic_prefix=TOPIC,
        sink=recorder.sink(worker),
        poll_seconds=poll_seconds,
        owner=worker,
    )


async def rounds(worker: OutboxRelay, count: int = 2) -> None:
    """Until the worker ran `count` more rounds (one with rows in flight never drains)."""
    done, deadline = worker._rounds + count, time.monotonic() + 5
    while worker._rounds < done:
        assert time.monotonic() < deadline, "the relay stopped running rounds"
        await asyncio.sleep(0.01)


async def add(factory: FakeUnitOfWorkFactory, clock: FakeClock, *rows: tuple[str, str]) -> None:
    async with factory() as uow:
        await uow.outbox.add(
            [OutboxItem(TOPIC, payload, clock.now(), chat_id=chat) for chat, payload in rows]
        )
        await uow.commit()


async def test_a_chat_with_a_send_in_flight_stays_with_its_worker_then_is_given_up() -> None:
    factory, clock, recorder = FakeUnitOfWorkFactory(), FakeClock(), Recorder()
    recorder.gates["alice"] = asyncio.Event()
    alice = relay(factory, clock, recorder, "alice", poll_seconds=60)  # her rounds: when woken
    bob = relay(factory, clock, recorder, "bob")
    await add(factory, clock, ("-1", "a1"))
    alice.start()
    await rounds(alice, 1)
    bob.start()
    for n in range(4):  # two minutes of a slow send: alice renews her lease every round
        clock.advance(seconds=30)
        await add(factory, clock, ("-1", f"a{n + 2}"), ("-2", f"b{n + 1}"))
        bob.wake()
        assert await bob.drain(5)  # bob takes the free chat, never alice's
        alice.wake()
        await rounds(alice, 1)
    assert recorder.sent == [("bob", "b1"), ("bob", "b2"), ("bob", "b3"), ("bob", "b4")]
    assert [payload for worker, payload in recorder.handed if worker == "alice"] == [
        "a1",
        "a2",
        "a3",
        "a4",
        "a5",
    ]

    recorder.gates["alice"].set()
    assert await alice.drain(5)
    assert [payload for worker, payload in recorder.sent if worker == "alice"] == [
        "a1",
        "a2",
        "a3",
        "a4",
        "a5",
    ]
    assert factory.state.outbox_leases == {}  # nothing in flight: the chat is free for any worker
    await add(factory, clock, ("-1", "a2"))
    bob.wake()
    assert await bob.drain(5)
    assert recorder.sent[-1] == ("bob", "a2")
    for each in (alice, bob):
        await each.close()


async def test_a_dead_workers_chat_goes_to_another_once_its_lease_lapsed() -> None:
    factory, clock, recorder = FakeUnitOfWorkFactory(), FakeClock(), Recorder()
    recorder.gates["alice"] = asyncio.Event()
    alice, bob = relay(factory, clock, recorder, "alice"), relay(factory, clock, recorder, "bob")
    await add(factory, clock, ("-1", "a1"), ("-2", "b1"))
    alice.start()
    await rounds(alice)
    tasks = [task for task in [alice._task, *alice._in_flight.values()] if task is not None]
    for task in tasks:  # alice's process is killed: nothing recorded, no lease given up
        task.cancel()
    await asyncio.gather(*tasks, return_exceptions=True)

    bob.start()
    clock.advance(seconds=59)
    assert await bob.drain(5)
    assert recorder.sent == []
    clock.advance(seconds=2)
    assert await bob.drain(5)
    assert sorted(recorder.sent) == [("bob", "a1"), ("bob", "b1")]
    await bob.close()


async def test_the_only_worker_takes_no_leases() -> None:
    factory, clock, recorder = FakeUnitOfWorkFactory(), FakeClock(), Recorder()
    factory.state.outbox_leases[(TOPIC, "-1")] = ("someone-else", clock.now().replace(year=2100))
    await add(factory, clock, ("-1", "a1"))
    alone = OutboxRelay(
        uow_factory=cast(UnitOfWorkFactory, factory),
        clock=clock,
        topic_prefix=TOPIC,
        sink=recorder.sink("alone"),
        poll_seconds=0.02,
        leases=False,
    )
    alone.start()
    assert await alone.drain(5)
    await alone.close()
    assert recorder.sent == [("alone", "a1")]


async def test_a_bot_on_sqlite_is_the_only_worker(tmp_path: Path) -> None:
    settings = Settings(_env_file=None, database_url=f"sqlite+aiosqlite:///{tmp_path / 'tuan.db'}")
    await migrate(settings)
    tuan = await build(settings, platform="playground")
    try:
        assert tuan.shares_outbox is False
        assert tuan.relay(Recorder().sink("playground")).leases is False
    finally:
        await tuan.aclose()


async def test_a_restarted_worker_takes_the_chats_of_its_machines_dead_process_at_once() -> None:
    host, namespace, pid, _ = worker_id().split(":")
    child = await asyncio.create_subprocess_exec(sys.executable, "-c", "pass")
    await child.wait()  # a process of this machine that is gone
    gone = child.pid
    dead = f"{host}:{namespace}:{gone}:0badc0de"
    alive = f"{host}:{namespace}:{os.getppid()}:0badc0de"
    elsewhere = f"other-host:{namespace}:{gone}:0badc0de"
    earlier_life = f"{host}:{namespace}:{pid}:0badc0de"  # a container's pid 1, restarted
    assert [is_dead(owner) for owner in (dead, alive, elsewhere, earlier_life, worker_id())] == [
        True,
        False,
        False,
        True,
        False,
    ]

    factory, clock, recorder = FakeUnitOfWorkFactory(), FakeClock(), Recorder()
    until = clock.now().replace(year=2100)
    factory.state.outbox_leases[(TOPIC, "-1")] = (dead, until)
    factory.state.outbox_leases[(TOPIC, "-2")] = (elsewhere, until)
    await add(factory, clock, ("-1", "a1"), ("-2", "b1"))
    restarted = OutboxRelay(
        uow_factory=cast(UnitOfWorkFactory, factory),
        clock=clock,
        topic_prefix=TOPIC,
        sink=recorder.sink("restarted"),
        poll_seconds=0.02,
    )
    restarted.start()
    assert await restarted.drain(5)
    await restarted.close()
    assert recorder.sent == [("restarted", "a1")]  # -2's lease, of another machine, lapses first
