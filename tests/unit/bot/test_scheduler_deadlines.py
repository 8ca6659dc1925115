"""The deadline loop: a deadline passed while offline closes at start, one still to come closes when it
comes (on Tuan's clock, offset included), each is closed once even with two loops on the same group buys,
and a close that fails is retried, backing off."""

from __future__ import annotations

import asyncio
from collections.abc import AsyncIterator, Sequence
from datetime import UTC, datetime, timedelta

import pytest

from bot.clock import SystemClock
from bot.scheduler import DeadlineScheduler
from commerce.domain.events import GroupBuyOpened
from handlers.types import Reply


class FakeTarget:
    """Open group buys in memory, claimed like storage.deadlines (a lease each); `expire` closes a due
    one (once: a guarded transition) and says so in its chat."""

    def __init__(
        self, deadlines: dict[int, datetime], *, failures: int = 0, clock: SystemClock | None = None
    ) -> None:
        self.deadlines = dict(deadlines)
        self.claims: dict[int, datetime] = {}  # group buy -> held until
        self.clock = clock or SystemClock()
        self.expired: list[int] = []
        self.failures = failures
        self.failed = asyncio.Event()

    async def claim_deadlines(self, *, limit: int, lease: timedelta) -> list[int]:
        now = self.clock.now()
        due = sorted(
            (deadline, i)
            for i, deadline in self.deadlines.items()
            if deadline <= now and self.claims.get(i, now) <= now
        )
        taken = [i for _, i in due[:limit]]
        for i in taken:
            self.claims[i] = now + lease
        return taken

    async def next_deadline(self) -> datetime | None:
        return min((max(d, self.claims.get(i, d)) for i, d in self.deadlines.items()), default=None)

    async def hold_deadline(self, group_buy_id: int, *, delay: timedelta) -> None:
        self.claims[group_buy_id] = self.clock.now() + delay

    async def expire(self, group_buy_id: int) -> list[Reply]:
        if self.failures:
            self.failures -= 1
            self.failed.set()
            raise RuntimeError("database went away")
        deadline = self.deadlines.get(group_buy_id)
        if deadline is None or deadline > self.clock.now():  # closed already, or not due
            return []
        self.expired.append(group_buy_id)
        del self.deadlines[group_buy_id]
        return [Reply(text=f"#{group_buy_id} closed", chat_id="family")]


class Outbox:
    """The delivery callback: records replies and lets a test wait for them."""

    def __init__(self) -> None:
        self.replies: asyncio.Queue[Reply] = asyncio.Queue()

    async def __call__(self, replies: Sequence[Reply]) -> None:
        for reply in replies:
            self.replies.put_nowait(reply)

    async def next_text(self, within: float = 10) -> str:
        reply = await asyncio.wait_for(self.replies.get(), timeout=within)
        return reply.text


@pytest.fixture
def clock() -> SystemClock:
    return SystemClock()


@pytest.fixture
async def scheduler(clock: SystemClock) -> AsyncIterator[DeadlineScheduler]:
    scheduler = DeadlineScheduler(clock=clock, sweep_seconds=3600)  # no sweep helps within a test
    yield scheduler
    await scheduler.aclose()


def _in(hours: float) -> datetime:
    return (datetime.now(UTC) + timedelta(hours=hours)).replace(microsecond=0)


def _soon(seconds: float) -> datetime:
    return datetime.now(UTC) + timedelta(seconds=seconds)


async def test_start_closes_nothing_early_and_knows_the_next_deadline(scheduler: DeadlineScheduler) -> None:
    soon, later = _in(2), _in(30)
    target = FakeTarget({1: soon, 2: later})

    await scheduler.start(target, Outbox())

    assert target.expired == []
    assert scheduler.next_due == soon


async def test_deadline_passed_while_offline_fires_at_start(scheduler: DeadlineScheduler) -> None:
    target = FakeTarget({7: _in(-3)})
    outbox = Outbox()

    await scheduler.start(target, outbox)

    assert await outbox.next_text() == "#7 closed"
    assert target.expired == [7]
    assert scheduler.next_due is None  # nothing open any more


async def test_a_deadline_closes_when_it_comes_without_waiting_for_the_sweep(
    clock: SystemClock, scheduler: DeadlineScheduler
) -> None:
    target = FakeTarget({1: _soon(0.3), 2: _in(5)}, clock=clock)
    outbox = Outbox()
    await scheduler.start(target, outbox)
    assert target.expired == []

    assert await outbox.next_text(within=3) == "#1 closed"
    assert target.expired == [1]
    assert scheduler.next_due == target.deadlines[2]


async def test_a_group_buy_opened_here_wakes_the_loop_before_the_sweep(
    clock: SystemClock, scheduler: DeadlineScheduler
) -> None:
    target = FakeTarget({}, clock=clock)
    outbox = Outbox()
    await scheduler.start(target, outbox)  # nothing open: it would sleep a whole sweep (an hour)

    deadline = _soon(0.3)
    target.deadlines[3] = deadline  # committed by this process's ChatApp, which publishes the event
    scheduler.on_events([GroupBuyOpened(3, "family", deadline.isoformat())])

    assert await outbox.next_text(within=3) == "#3 closed"


async def test_moving_the_clock_closes_what_is_due_on_it(
    clock: SystemClock, scheduler: DeadlineScheduler
) -> None:
    deadline = _in(10)
    target = FakeTarget({4: deadline}, clock=clock)
    outbox = Outbox()
    await scheduler.start(target, outbox)

    clock.advance(3600)
    scheduler.clock_changed()
    await asyncio.sleep(0.1)
    assert target.expired == []  # an hour on: still nine to go

    clock.advance(9 * 3600)
    scheduler.clock_changed()
    assert await outbox.next_text(within=3) == "#4 closed"


async def test_an_offset_at_start_counts() -> None:
    clock = SystemClock(offset=timedelta(hours=2))
    shifted = DeadlineScheduler(clock=clock, sweep_seconds=3600)
    outbox = Outbox()
    later = _in(3)
    try:
        await shifted.start(FakeTarget({5: _in(1), 6: later}, clock=clock), outbox)
        assert await outbox.next_text() == "#5 closed"  # an hour from now on the machine, past on Tuan's
        assert shifted.next_due == later
    finally:
        await shifted.aclose()


async def test_two_loops_on_the_same_group_buys_close_each_once(clock: SystemClock) -> None:
    target = FakeTarget({i: _soon(0.2 + i / 100) for i in range(1, 41)}, clock=clock)
    outboxes = [Outbox(), Outbox()]
    loops = [DeadlineScheduler(clock=clock, sweep_seconds=3600, batch=3) for _ in outboxes]
    try:
        for loop, outbox in zip(loops, outboxes, strict=True):
            await loop.start(target, outbox)
        for _ in range(100):
            if not target.deadlines:
                break
            await asyncio.sleep(0.05)
    finally:
        for loop in loops:
            await loop.aclose()
    said = [box.replies.get_nowait().text for box in outboxes for _ in range(box.replies.qsize())]
    assert sorted(said) == sorted(f"#{i} closed" for i in range(1, 41))  # each once, none twice


async def test_a_failed_close_is_retried_after_its_hold(clock: SystemClock) -> None:
    scheduler = DeadlineScheduler(clock=clock, sweep_seconds=0.05)
    target = FakeTarget({9: _in(-1)}, failures=1, clock=clock)
    outbox = Outbox()
    try:
        await scheduler.start(target, outbox)
        assert target.failed.is_set() and target.expired == []

        assert await outbox.next_text(within=3) == "#9 closed"  # a sweep later, by the loop itself
        assert scheduler.failures(9) == 0
    finally:
        await scheduler.aclose()


async def test_a_deadline_that_keeps_failing_backs_off_and_is_reported(
    clock: SystemClock, scheduler: DeadlineScheduler, caplog: pytest.LogCaptureFixture
) -> None:
    target = FakeTarget({9: _in(-1)}, failures=5, clock=clock)
    await scheduler.start(target, Outbox())
    assert scheduler.failures(9) == 1
    assert "deadline of group buy 9 failed (1 time(s) in a row); next try in 3600 s" in caplog.text

    await scheduler.sweep()  # held back: no second try yet
    assert scheduler.failures(9) == 1
    assert scheduler.next_due is not None and scheduler.next_due > clock.now() + timedelta(minutes=59)

    target.failed.clear()
    clock.advance(3601)
    scheduler.clock_changed()
    await asyncio.wait_for(target.failed.wait(), timeout=3)
    await asyncio.sleep(0.05)
    assert scheduler.failures(9) == 2
    assert "deadline of group buy 9 failed (2 time(s) in a row); next try in 3600 s" in caplog.text


async def test_the_back_off_doubles_from_one_sweep(
    clock: SystemClock, caplog: pytest.LogCaptureFixture
) -> None:
    scheduler = DeadlineScheduler(clock=clock, sweep_seconds=30)
    target = FakeTarget({9: _in(-1)}, failures=3, clock=clock)
    try:
        await scheduler.start(target, Outbox())
        for waited in (31, 61):
            clock.advance(waited)
            await scheduler.sweep()
    finally:
        await scheduler.aclose()
    assert scheduler.failures(9) == 3
    for count, delay in ((1, 30), (2, 60), (3, 120)):
        assert f"failed ({count} time(s) in a row); next try in {delay} s" in caplog.text
