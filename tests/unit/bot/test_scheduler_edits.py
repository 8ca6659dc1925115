"""An edited deadline (/edit … ends …) moves the group buy's job: the scheduler hears `GroupBuyEdited` on
the bus, earlier or later, and the sweep agrees with the database either way."""

from __future__ import annotations

from collections.abc import AsyncIterator
from datetime import UTC, datetime, timedelta

import pytest

from bot.clock import SystemClock
from bot.scheduler import DeadlineScheduler
from commerce.domain.events import GroupBuyEdited
from commerce.messagebus import MessageBus
from tests.unit.bot.test_scheduler_deadlines import FakeTarget, Outbox


@pytest.fixture
async def scheduler() -> AsyncIterator[DeadlineScheduler]:
    scheduler = DeadlineScheduler(clock=SystemClock())
    yield scheduler
    scheduler.shutdown()


def _in(hours: float) -> datetime:
    return (datetime.now(UTC) + timedelta(hours=hours)).replace(microsecond=0)


async def test_an_edited_deadline_moves_the_job_either_way(scheduler: DeadlineScheduler) -> None:
    bus = MessageBus()
    scheduler.subscribe(bus)
    target = FakeTarget({1: _in(8)})
    await scheduler.start(target, Outbox())

    await bus.publish([GroupBuyEdited(1, "family", _in(30).isoformat())])
    later = scheduler.next_run(1)
    await bus.publish([GroupBuyEdited(1, "family", _in(2).isoformat())])
    sooner = scheduler.next_run(1)

    assert later is not None and abs(later - _in(30)) < timedelta(seconds=2)
    assert sooner is not None and abs(sooner - _in(2)) < timedelta(seconds=2)


async def test_the_sweep_follows_a_deadline_edited_in_another_process(scheduler: DeadlineScheduler) -> None:
    target = FakeTarget({1: _in(8)})
    await scheduler.start(target, Outbox())

    target.deadlines[1] = _in(1)  # committed by another process: no event here
    await scheduler.sweep()

    assert scheduler.next_run(1) == target.deadlines[1]
