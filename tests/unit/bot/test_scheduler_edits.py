"""An edited deadline (/edit … ends …) moves the group buy's close: the loop hears `GroupBuyEdited` on the
bus, earlier or later, and reads the database's next deadline either way (an edit in another process)."""

from __future__ import annotations

import asyncio
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
    scheduler = DeadlineScheduler(clock=SystemClock(), sweep_seconds=3600)
    yield scheduler
    await scheduler.aclose()


def _in(hours: float) -> datetime:
    return (datetime.now(UTC) + timedelta(hours=hours)).replace(microsecond=0)


def _soon(seconds: float) -> datetime:
    return datetime.now(UTC) + timedelta(seconds=seconds)


async def test_a_deadline_edited_sooner_closes_then(scheduler: DeadlineScheduler) -> None:
    bus = MessageBus()
    scheduler.subscribe(bus)
    target = FakeTarget({1: _in(8)})
    outbox = Outbox()
    await scheduler.start(target, outbox)

    target.deadlines[1] = sooner = _soon(0.3)  # the edit's commit, then its event
    await bus.publish([GroupBuyEdited(1, "family", sooner.isoformat())])

    assert await outbox.next_text(within=3) == "#1 closed"


async def test_a_deadline_edited_later_does_not_close_at_the_old_one(scheduler: DeadlineScheduler) -> None:
    bus = MessageBus()
    scheduler.subscribe(bus)
    target = FakeTarget({1: _soon(0.3)})
    outbox = Outbox()
    await scheduler.start(target, outbox)

    target.deadlines[1] = later = _in(30)
    await bus.publish([GroupBuyEdited(1, "family", later.isoformat())])
    await asyncio.sleep(0.6)  # the old deadline passed: the loop woke, found nothing due

    assert target.expired == [] and outbox.replies.empty()
    assert scheduler.next_due == later


async def test_the_sweep_follows_a_deadline_edited_in_another_process(scheduler: DeadlineScheduler) -> None:
    target = FakeTarget({1: _in(8)})
    await scheduler.start(target, Outbox())

    target.deadlines[1] = _in(1)  # committed by another process: no event here
    await scheduler.sweep()

    assert scheduler.next_due == target.deadlines[1]
