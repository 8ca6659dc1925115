"""The deadline scheduler: re-scheduled from the database at start, past deadlines fire at once."""

from __future__ import annotations

import asyncio
from collections.abc import AsyncIterator, Sequence
from datetime import UTC, datetime, timedelta

import pytest

from bot.clock import SystemClock
from bot.scheduler import DeadlineScheduler
from commerce.domain.events import GroupBuyOpened, Succeeded
from handlers.types import Reply


class FakeTarget:
    """Open group buys in memory; `expire` closes one and says so in its chat."""

    def __init__(self, deadlines: dict[int, datetime], *, failures: int = 0) -> None:
        self.deadlines = dict(deadlines)
        self.expired: list[int] = []
        self.failures = failures
        self.failed = asyncio.Event()

    async def open_deadlines(self) -> list[tuple[int, datetime]]:
        return list(self.deadlines.items())

    async def expire(self, group_buy_id: int) -> list[Reply]:
        if self.failures:
            self.failures -= 1
            self.failed.set()
            raise RuntimeError("database went away")
        self.expired.append(group_buy_id)
        self.deadlines.pop(group_buy_id, None)
        return [Reply(text=f"#{group_buy_id} closed", chat_id="family")]


class Outbox:
    """The delivery callback: records replies and lets a test wait for them."""

    def __init__(self) -> None:
        self.replies: asyncio.Queue[Reply] = asyncio.Queue()

    async def __call__(self, replies: Sequence[Reply]) -> None:
        for reply in replies:
            self.replies.put_nowait(reply)

    async def next_text(self) -> str:
        reply = await asyncio.wait_for(self.replies.get(), timeout=10)
        return reply.text


@pytest.fixture
def clock() -> SystemClock:
    return SystemClock()


@pytest.fixture
async def scheduler(clock: SystemClock) -> AsyncIterator[DeadlineScheduler]:
    scheduler = DeadlineScheduler(clock=clock)
    yield scheduler
    scheduler.shutdown()


def _in(hours: float) -> datetime:
    return (datetime.now(UTC) + timedelta(hours=hours)).replace(microsecond=0)


async def test_start_reschedules_every_open_group_buy(scheduler: DeadlineScheduler) -> None:
    soon, later = _in(2), _in(30)
    target = FakeTarget({1: soon, 2: later})

    await scheduler.start(target, Outbox())

    assert scheduler.next_run(1) == soon
    assert scheduler.next_run(2) == later
    assert target.expired == []


async def test_deadline_passed_while_offline_fires_at_start(scheduler: DeadlineScheduler) -> None:
    target = FakeTarget({7: _in(-3)})
    outbox = Outbox()

    await scheduler.start(target, outbox)

    assert await outbox.next_text() == "#7 closed"
    assert target.expired == [7]
    assert scheduler.next_run(7) is None


async def test_opened_event_schedules_and_close_unschedules(scheduler: DeadlineScheduler) -> None:
    await scheduler.start(FakeTarget({}), Outbox())
    deadline = _in(5)

    scheduler.on_events([GroupBuyOpened(3, "family", deadline.isoformat())])
    assert scheduler.next_run(3) == deadline

    scheduler.on_events([Succeeded(3, "family")])
    assert scheduler.next_run(3) is None


async def test_clock_offset_moves_jobs(clock: SystemClock, scheduler: DeadlineScheduler) -> None:
    deadline = _in(10)
    target = FakeTarget({4: deadline})
    outbox = Outbox()
    await scheduler.start(target, outbox)

    clock.advance(3600)
    scheduler.clock_changed()
    assert scheduler.next_run(4) == deadline - timedelta(hours=1)

    clock.advance(10 * 3600)
    scheduler.clock_changed()
    assert await outbox.next_text() == "#4 closed"


async def test_offset_at_start_counts() -> None:
    shifted = DeadlineScheduler(clock=SystemClock(offset=timedelta(hours=2)))
    deadline = _in(5)
    try:
        await shifted.start(FakeTarget({5: deadline}), Outbox())
        assert shifted.next_run(5) == deadline - timedelta(hours=2)
    finally:
        shifted.shutdown()


async def test_failed_expiry_is_retried_by_the_sweep(scheduler: DeadlineScheduler) -> None:
    target = FakeTarget({9: _in(-1)}, failures=1)
    outbox = Outbox()
    await scheduler.start(target, outbox)
    await asyncio.wait_for(target.failed.wait(), timeout=10)
    await asyncio.sleep(0)  # let the failed job finish its bookkeeping
    assert scheduler.next_run(9) is None and target.expired == []

    await scheduler.sweep()

    assert await outbox.next_text() == "#9 closed"


async def test_a_deadline_that_keeps_failing_backs_off_and_is_reported(
    scheduler: DeadlineScheduler, caplog: pytest.LogCaptureFixture
) -> None:
    target = FakeTarget({9: _in(-1)}, failures=5)
    await scheduler.start(target, Outbox())
    await asyncio.wait_for(target.failed.wait(), timeout=10)
    target.failed.clear()
    await asyncio.sleep(0)
    await scheduler.sweep()  # the first retry comes with the next sweep
    await asyncio.wait_for(target.failed.wait(), timeout=10)
    await asyncio.sleep(0)

    await scheduler.sweep()

    run = scheduler.next_run(9)
    assert run is not None and scheduler.failures(9) == 2
    assert (run - datetime.now(UTC)).total_seconds() > 25  # backed off a whole sweep, not a tight loop
    assert "deadline of group buy 9 failed (2 time(s) in a row); next try in 30 s" in caplog.text
