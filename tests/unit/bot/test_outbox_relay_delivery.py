"""The outbox relay, row by row: rows are delivered in order, marked sent only once the sink took them,
retried with back-off when it fails, and left for the next start when the process stops; durable event
handlers run from the same outbox, again after a failure, until they succeed."""

from __future__ import annotations

import asyncio
from typing import cast

from bot.bootstrap import durable_event_writer
from bot.clock import SystemClock
from bot.outbox_relay import OutboxRelay
from commerce.domain.events import Event, OrderPaid
from commerce.domain.outbox import EVENT, OutboxItem, send_topic
from commerce.messagebus import MessageBus
from commerce.ports import UnitOfWorkFactory
from tests.fakes import FakeClock, FakeUnitOfWorkFactory

TOPIC = send_topic("test")


async def write(factory: FakeUnitOfWorkFactory, clock: FakeClock, *payloads: str) -> None:
    async with factory() as uow:
        await uow.outbox.add([OutboxItem(TOPIC, payload, clock.now(), chat_id="c") for payload in payloads])
        await uow.commit()


def relay(factory: FakeUnitOfWorkFactory, clock: FakeClock, sink: object, prefix: str = TOPIC) -> OutboxRelay:
    return OutboxRelay(
        uow_factory=cast(UnitOfWorkFactory, factory),
        clock=clock,
        topic_prefix=prefix,
        sink=sink,  # type: ignore[arg-type]
        poll_seconds=0.05,
    )


async def test_rows_go_out_in_order_and_are_marked_sent_once_taken() -> None:
    factory, clock, taken = FakeUnitOfWorkFactory(), FakeClock(), []

    async def sink(item: OutboxItem) -> None:
        taken.append(item.payload)

    await write(factory, clock, "one", "two", "three")
    sender = relay(factory, clock, sink)
    sender.start()
    assert await sender.drain(5)
    await sender.close()
    assert taken == ["one", "two", "three"]
    assert factory.state.outbox_sent == {1, 2, 3}


async def test_a_failing_row_is_retried_after_a_back_off_and_the_others_still_go() -> None:
    factory, clock, taken, failures = FakeUnitOfWorkFactory(), FakeClock(), [], ["down"]

    async def sink(item: OutboxItem) -> None:
        if item.payload == "flaky" and failures:
            raise ConnectionError(failures.pop())
        taken.append(item.payload)

    await write(factory, clock, "flaky", "steady")
    sender = relay(factory, clock, sink)
    sender.start()
    assert await sender.drain(5)
    assert taken == ["steady"]
    assert factory.state.outbox_sent == {2}
    assert factory.state.outbox[0].attempts == 1
    clock.advance(seconds=1)  # the first back-off
    assert await sender.drain(5)
    await sender.close()
    assert taken == ["steady", "flaky"]
    assert factory.state.outbox_sent == {1, 2}


async def test_what_was_not_taken_when_the_process_stopped_goes_out_at_the_next_start() -> None:
    factory, clock, taken = FakeUnitOfWorkFactory(), FakeClock(), []
    stuck = asyncio.Event()

    async def never(item: OutboxItem) -> None:
        await stuck.wait()  # the platform never accepts: a crash would find the row unsent

    await write(factory, clock, "order for Bob")
    first = relay(factory, clock, never)
    first.start()
    await asyncio.sleep(0.2)
    await first.close(grace=0.1)
    assert factory.state.outbox_sent == set()

    async def sink(item: OutboxItem) -> None:
        taken.append(item.payload)

    second = relay(factory, clock, sink)
    second.start()
    assert await second.drain(5)
    await second.close()
    assert taken == ["order for Bob"]
    assert factory.state.outbox_sent == {1}


async def test_a_durable_handler_runs_from_the_outbox_until_it_succeeds() -> None:
    """The event's row is written in the change's transaction; the handler fails once (the ledger is
    down), is retried after the back-off, and runs once more only when it failed."""
    factory, clock, ran = FakeUnitOfWorkFactory(), FakeClock(), []
    bus = MessageBus()
    failures = ["ledger down"]

    async def ledger(event: Event) -> None:
        if failures:
            raise RuntimeError(failures.pop())
        ran.append(event)

    bus.subscribe(OrderPaid, ledger, name="ledger", durable=True)
    factory_hooks = durable_event_writer(bus, cast(SystemClock, clock))
    paid = OrderPaid(7, 1, "bob", 3705, "CNY", "offline")
    async with factory() as uow:
        uow.record(paid)
        uow.before_commit.append(lambda events: factory_hooks(uow, events))
        await uow.commit()
    assert [item.topic for item in factory.state.outbox] == [f"{EVENT}ledger"]

    events = relay(factory, clock, bus.run_row, prefix=EVENT)
    events.start()
    assert await events.drain(5)
    assert ran == []
    clock.advance(seconds=1)
    assert await events.drain(5)
    await events.close()
    assert ran == [paid]
    assert factory.state.outbox_sent == {1}
