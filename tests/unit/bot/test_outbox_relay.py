"""The outbox relay (bot/outbox_relay.py) on the in-memory unit of work: rows are marked sent only once
their sink accepted them, failed ones come back after a back-off; in batch mode (WeChat, which merges a
request's answers) each round hands every due row to one call, one batch at a time."""

from __future__ import annotations

import asyncio
from collections.abc import Mapping, Sequence
from datetime import datetime, timedelta
from typing import cast

import pytest

from bot.outbox_relay import OutboxRelay
from commerce.domain.outbox import OutboxItem, send_topic
from commerce.ports import UnitOfWorkFactory
from tests.fakes import FakeClock, FakeUnitOfWorkFactory

TOPIC = send_topic("wechat")


async def add_rows(factory: FakeUnitOfWorkFactory, clock: FakeClock, *payloads: str) -> None:
    async with factory() as uow:
        await uow.outbox.add([OutboxItem(TOPIC, p, clock.now(), chat_id="room") for p in payloads])
        await uow.commit()


def sent_payloads(factory: FakeUnitOfWorkFactory) -> list[str]:
    return [item.payload for item in factory.state.outbox if item.id in factory.state.outbox_sent]


def relay_for(factory: FakeUnitOfWorkFactory, clock: FakeClock, **sinks: object) -> OutboxRelay:
    return OutboxRelay(
        uow_factory=cast(UnitOfWorkFactory, factory),
        clock=clock,
        topic_prefix="send:",
        poll_seconds=0.05,
        **sinks,  # type: ignore[arg-type]
    )


class Batches:
    """A batch sink that records each call and says what the test scripted per payload."""

    def __init__(
        self,
        fail: set[str] | None = None,
        silent: set[str] | None = None,
        later: dict[str, datetime] | None = None,
    ) -> None:
        self.calls: list[list[str]] = []
        self.fail = fail or set()
        self.silent = silent or set()  # rows it says nothing of
        self.later = later or {}  # rows it says are due again then
        self.gate: asyncio.Event | None = None  # when set: each call waits for it to open
        self.called = asyncio.Event()

    async def __call__(self, items: Sequence[OutboxItem]) -> Mapping[int, str | datetime | None]:
        self.calls.append([item.payload for item in items])
        self.called.set()
        if self.gate is not None:
            await self.gate.wait()
        return {
            item.id: ("refused" if item.payload in self.fail else self.later.get(item.payload))
            for item in items
            if item.id is not None and item.payload not in self.silent
        }


async def test_a_round_hands_every_due_row_to_one_batch_in_id_order() -> None:
    factory, clock = FakeUnitOfWorkFactory(), FakeClock()
    await add_rows(factory, clock, "a", "b", "c")
    batches = Batches()
    relay = relay_for(factory, clock, batch_sink=batches)
    relay.start()

    assert await relay.drain(5)
    await relay.close()

    assert batches.calls == [["a", "b", "c"]]
    assert sent_payloads(factory) == ["a", "b", "c"]
    assert relay.sent == 3


async def test_a_row_the_batch_failed_or_said_nothing_of_comes_back_after_its_back_off() -> None:
    factory, clock = FakeUnitOfWorkFactory(), FakeClock()
    await add_rows(factory, clock, "ok", "refused", "unsaid")
    batches = Batches(fail={"refused"}, silent={"unsaid"})
    relay = relay_for(factory, clock, batch_sink=batches)
    relay.start()

    assert await relay.drain(5)
    assert batches.calls == [["ok", "refused", "unsaid"]]
    assert sent_payloads(factory) == ["ok"]
    assert [item.attempts for item in factory.state.outbox] == [0, 1, 1]

    batches.fail, batches.silent = set(), set()
    clock.advance(seconds=0.5)  # the first back-off is 1 s: not due yet
    assert await relay.drain(5)
    assert len(batches.calls) == 1

    clock.advance(seconds=0.5)
    assert await relay.drain(5)
    await relay.close()
    assert batches.calls[1:] == [["refused", "unsaid"]]  # only the rows that were not sent
    assert sent_payloads(factory) == ["ok", "refused", "unsaid"]


async def after_the_clock_moved(relay: OutboxRelay) -> bool:
    """Drain twice: a round already looking when the clock moved may report idle to the first drain."""
    return await relay.drain(5) and await relay.drain(5)


async def test_a_row_the_batch_postponed_is_due_again_then_without_counting_a_try() -> None:
    factory, clock = FakeUnitOfWorkFactory(), FakeClock()
    await add_rows(factory, clock, "answer", "card")
    window = clock.now() + timedelta(seconds=30)
    batches = Batches(later={"card": window})
    relay = relay_for(factory, clock, batch_sink=batches)
    relay.start()

    assert await relay.drain(5)
    assert sent_payloads(factory) == ["answer"]
    assert [item.attempts for item in factory.state.outbox] == [0, 0]  # not a failed try
    assert factory.state.outbox_due[2] == window

    batches.later = {}
    clock.advance(seconds=29)  # a back-off would have made it due after 1 s: not yet
    assert await after_the_clock_moved(relay)
    assert batches.calls == [["answer", "card"]]

    clock.advance(seconds=1)
    assert await after_the_clock_moved(relay)
    await relay.close()
    assert batches.calls == [["answer", "card"], ["card"]]
    assert sent_payloads(factory) == ["answer", "card"]
    assert relay.sent == 2


async def test_the_last_round_of_a_closed_relay_hands_the_rows_due_by_then() -> None:
    factory, clock = FakeUnitOfWorkFactory(), FakeClock()
    await add_rows(factory, clock, "card", "tomorrow")
    batches = Batches(
        later={"card": clock.now() + timedelta(seconds=30), "tomorrow": clock.now() + timedelta(days=1)}
    )
    relay = relay_for(factory, clock, batch_sink=batches)
    relay.start()
    assert await relay.drain(5)
    await relay.close()
    assert sent_payloads(factory) == []

    batches.later = {}
    assert await relay.last_round(due_by=clock.now() + timedelta(seconds=30)) == 1
    assert batches.calls == [["card", "tomorrow"], ["card"]]
    assert sent_payloads(factory) == ["card"]
    assert factory.state.outbox_due[2] == clock.now() + timedelta(days=1)  # left for the next start


async def test_a_batch_that_raises_fails_all_its_rows() -> None:
    factory, clock = FakeUnitOfWorkFactory(), FakeClock()
    await add_rows(factory, clock, "a", "b")

    async def broken(items: Sequence[OutboxItem]) -> Mapping[int, str | datetime | None]:
        raise ConnectionError("the puppet is gone")

    relay = relay_for(factory, clock, batch_sink=broken)
    relay.start()
    assert await relay.drain(5)
    await relay.close()

    assert sent_payloads(factory) == []
    assert [item.attempts for item in factory.state.outbox] == [1, 1]
    assert factory.state.outbox_due[1] == clock.now() + timedelta(seconds=1)


async def test_one_batch_at_a_time_rows_committed_meanwhile_go_in_the_next() -> None:
    factory, clock = FakeUnitOfWorkFactory(), FakeClock()
    await add_rows(factory, clock, "first")
    batches = Batches()
    batches.gate = asyncio.Event()
    relay = relay_for(factory, clock, batch_sink=batches)
    assert await relay.round() == 1
    await batches.called.wait()

    await add_rows(factory, clock, "second")
    assert await relay.round() == 0  # the first batch is in flight: the second waits for it
    assert batches.calls == [["first"]]

    batches.gate.set()
    relay.start()
    assert await relay.drain(5)
    await relay.close()
    assert batches.calls == [["first"], ["second"]]
    assert sent_payloads(factory) == ["first", "second"]


async def test_closing_leaves_a_batch_that_did_not_finish_in_its_grace_for_the_next_start() -> None:
    factory, clock = FakeUnitOfWorkFactory(), FakeClock()
    await add_rows(factory, clock, "a")
    stuck = Batches()
    stuck.gate = asyncio.Event()  # never set
    relay = relay_for(factory, clock, batch_sink=stuck)
    relay.start()
    await stuck.called.wait()
    await relay.close(grace=0.05)
    assert sent_payloads(factory) == []

    after = Batches()
    restarted = relay_for(factory, clock, batch_sink=after)
    restarted.start()
    assert await restarted.drain(5)
    await restarted.close()
    assert after.calls == [["a"]]
    assert sent_payloads(factory) == ["a"]


async def test_the_per_row_sink_still_gets_each_row_and_a_failing_one_is_retried() -> None:
    factory, clock = FakeUnitOfWorkFactory(), FakeClock()
    await add_rows(factory, clock, "a", "b")
    seen: list[str] = []

    async def sink(item: OutboxItem) -> None:
        seen.append(item.payload)
        if item.payload == "b" and item.attempts == 0:
            raise ConnectionError("try again")

    relay = relay_for(factory, clock, sink=sink)
    relay.start()
    assert await relay.drain(5)
    assert sent_payloads(factory) == ["a"]

    clock.advance(seconds=1)
    assert await relay.drain(5)
    await relay.close()
    assert seen == ["a", "b", "b"]
    assert sent_payloads(factory) == ["a", "b"]


def test_a_relay_takes_exactly_one_kind_of_sink() -> None:
    factory, clock = FakeUnitOfWorkFactory(), FakeClock()

    async def sink(item: OutboxItem) -> None: ...

    with pytest.raises(ValueError, match="one of sink and batch_sink"):
        relay_for(factory, clock)
    with pytest.raises(ValueError, match="one of sink and batch_sink"):
        relay_for(factory, clock, sink=sink, batch_sink=Batches())
