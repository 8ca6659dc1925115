"""Deadlines: each open group buy closes by itself at its deadline, even across restarts.

APScheduler 3 (`AsyncIOScheduler`, in-memory job store) holds one date job per open group buy. Jobs come
from two places: `on_events` (a `GroupBuyOpened` from the ChatApp schedules it, a `GroupBuyEdited`
moves it to the deadline as edited; a close unschedules it)
and `sweep`, which reads every open group buy from the database at start-up and every 30 seconds after,
so a deadline that passed while Tuan was offline fires at once, and a group buy opened by another
process (`tuan seed`) is picked up. The database stays the truth: the in-memory jobs are a cache of it.

Jobs run on the machine's clock while deadlines are read on Tuan's clock, which may carry an offset
(bot/clock.py): a job runs at `deadline - offset`; `clock_changed()` moves every job after the offset
changes. `ChatApp.expire` is idempotent, so an extra firing is harmless. Housekeeping chores (pruning
old processed updates: bot/housekeeping.py) run at the sweep's pace and decide themselves how often to work.
"""

from __future__ import annotations

import contextlib
import logging
from collections.abc import Awaitable, Callable, Sequence
from datetime import UTC, datetime, timedelta
from typing import Protocol

from apscheduler.jobstores.base import JobLookupError
from apscheduler.schedulers.asyncio import AsyncIOScheduler

from bot.clock import SystemClock, real_now
from commerce.domain.events import Cancelled, Event, Failed, GroupBuyEdited, GroupBuyOpened, Succeeded
from commerce.messagebus import MessageBus
from handlers.types import Reply

log = logging.getLogger(__name__)

Deliver = Callable[[Sequence[Reply]], Awaitable[object]]
"""Sends replies that no request asked for (a deadline's outcome) to their chats."""

Chore = Callable[[], Awaitable[object]]
"""Housekeeping run at the sweep's pace (bot/housekeeping.py); it decides itself how often to work. A
chore that returns a list of replies (the evening pickup reminder) has them delivered."""

SWEEP_SECONDS = 30.0
MAX_RETRY_SECONDS = 3600.0  # a deadline that keeps failing is retried at most hourly, never in a tight loop


class DeadlineTarget(Protocol):
    """The part of `handlers.app.ChatApp` the scheduler uses."""

    async def expire(self, group_buy_id: int) -> list[Reply]: ...

    async def open_deadlines(self) -> list[tuple[int, datetime]]: ...


class ReservationTarget(Protocol):
    """`handlers.payments.Checkout`: orders unpaid in time are reminded once, then cancelled."""

    async def remind_unpaid(self, now: datetime) -> list[Reply]: ...

    async def expire_unpaid(self, now: datetime) -> list[Reply]: ...


def _job_id(group_buy_id: int) -> str:
    return f"deadline:{group_buy_id}"


def _aware(deadline: datetime) -> datetime:
    """A deadline in UTC; a naive one (a database that drops the zone) was stored as UTC."""
    return deadline if deadline.tzinfo is not None else deadline.replace(tzinfo=UTC)


class DeadlineScheduler:
    """One date job per open group buy, plus a periodic sweep against the database."""

    def __init__(self, *, clock: SystemClock, sweep_seconds: float = SWEEP_SECONDS) -> None:
        self._clock = clock
        self._sweep_seconds = sweep_seconds
        # misfire_grace_time=None: a job late for any reason (a busy loop, a past deadline) still runs.
        self._scheduler = AsyncIOScheduler(
            timezone=UTC, job_defaults={"misfire_grace_time": None, "coalesce": True, "max_instances": 1}
        )
        self._deadlines: dict[int, datetime] = {}
        self._target: DeadlineTarget | None = None
        self._reservations: ReservationTarget | None = None
        self._deliver: Deliver | None = None
        self._chores: list[Chore] = []
        self._failures: dict[int, tuple[int, datetime]] = {}  # group buy -> (failures, not retried before)

    # -- what the rest of Tuan calls ---------------------------------------------------------------
    def subscribe(self, bus: MessageBus) -> None:
        """Hear of openings and closings on the bus (not durable: the sweep re-reads the database)."""
        for event_type in (GroupBuyOpened, GroupBuyEdited, Succeeded, Failed, Cancelled):
            bus.subscribe(event_type, self._on_event, name=f"scheduler:{event_type.__name__}")

    async def _on_event(self, event: Event) -> None:
        self.on_events([event])

    def on_events(self, events: Sequence[Event]) -> None:
        """The ChatApp's event sink: schedule new group buys (again when a deadline was edited: /edit),
        forget closed ones."""
        for event in events:
            if isinstance(event, GroupBuyOpened | GroupBuyEdited):
                self.schedule(event.group_buy_id, datetime.fromisoformat(event.deadline_iso))
            elif isinstance(event, Succeeded | Failed | Cancelled):
                self.unschedule(event.group_buy_id)

    async def start(self, target: DeadlineTarget, deliver: Deliver) -> None:
        """Start running jobs and re-schedule every open group buy from the database."""
        self._target, self._deliver = target, deliver
        self._scheduler.add_job(
            self.sweep, "interval", seconds=self._sweep_seconds, id="sweep", replace_existing=True
        )
        self._reservations = getattr(target, "checkout", None)
        if self._reservations is not None:
            self._scheduler.add_job(
                self.sweep_unpaid, "interval", seconds=self._sweep_seconds, id="unpaid", replace_existing=True
            )
        if self._chores:
            self._scheduler.add_job(
                self.sweep_chores, "interval", seconds=self._sweep_seconds, id="chores", replace_existing=True
            )
        self._scheduler.start()
        await self.sweep()
        await self.sweep_chores()

    def shutdown(self) -> None:
        if self._scheduler.running:
            self._scheduler.shutdown(wait=False)

    def clock_changed(self) -> None:
        """Tuan's clock moved: move every job so it still runs at its deadline on that clock."""
        for group_buy_id, deadline in list(self._deadlines.items()):
            self.schedule(group_buy_id, deadline)

    # -- jobs --------------------------------------------------------------------------------------
    def schedule(self, group_buy_id: int, deadline: datetime) -> None:
        deadline = _aware(deadline)
        self._deadlines[group_buy_id] = deadline
        self._scheduler.add_job(
            self._fire,
            "date",
            run_date=self._retry_date(group_buy_id, self._run_date(deadline)),
            args=[group_buy_id],
            id=_job_id(group_buy_id),
            replace_existing=True,
        )

    def unschedule(self, group_buy_id: int) -> None:
        self._deadlines.pop(group_buy_id, None)
        with contextlib.suppress(JobLookupError):
            self._scheduler.remove_job(_job_id(group_buy_id))

    def next_run(self, group_buy_id: int) -> datetime | None:
        """When the job of this group buy runs (machine time), or None if none is scheduled."""
        job = self._scheduler.get_job(_job_id(group_buy_id))
        return None if job is None else job.next_run_time

    async def sweep(self) -> None:
        """Schedule every open group buy whose job is missing or whose deadline changed."""
        if self._target is None:
            return
        try:
            open_now = dict(await self._target.open_deadlines())
        except Exception:
            log.exception("could not read open group buys; retrying in %.0f s", self._sweep_seconds)
            return
        for group_buy_id, deadline in open_now.items():
            if self._deadlines.get(group_buy_id) != _aware(deadline):
                self.schedule(group_buy_id, deadline)
        for group_buy_id in set(self._deadlines) - set(open_now):
            self.unschedule(group_buy_id)

    def add_chore(self, chore: Chore) -> None:
        """Run `chore` at start and with every sweep (before `start`)."""
        self._chores.append(chore)

    async def sweep_chores(self) -> None:
        """Each chore in turn; one failing is logged and the others still run."""
        for chore in self._chores:
            try:
                said = await chore()
                if isinstance(said, list) and said and self._deliver is not None:
                    await self._deliver(said)  # with the outbox they are rows already: the relay sends
            except Exception:
                log.exception("housekeeping %r failed; it runs again with a later sweep", chore)

    async def sweep_unpaid(self) -> None:
        """Cancel orders unpaid past their pay-by time and remind those close to it (on Tuan's clock).

        Both are idempotent in the database (guarded writes), so overlapping sweeps, or several
        processes, neither cancel twice nor remind twice.
        """
        if self._reservations is None or self._deliver is None:
            return
        now = self._clock.now()
        try:
            replies = await self._reservations.expire_unpaid(now)
            replies += await self._reservations.remind_unpaid(now)
        except Exception:
            log.exception("the sweep of unpaid orders failed; retrying in %.0f s", self._sweep_seconds)
            return
        if replies:
            await self._deliver(replies)

    def _run_date(self, deadline: datetime) -> datetime:
        """The machine time at which Tuan's clock reads `deadline` (now, if that is past)."""
        return max(deadline - self._clock.offset, real_now())

    async def _fire(self, group_buy_id: int) -> None:
        """Close the group buy; the sweep retries it if this fails (it is still open then)."""
        self._deadlines.pop(group_buy_id, None)
        assert self._target is not None and self._deliver is not None
        try:
            replies = await self._target.expire(group_buy_id)
            if replies:
                await self._deliver(replies)
        except Exception:
            self._failed(group_buy_id)
            return
        self._failures.pop(group_buy_id, None)

    def _failed(self, group_buy_id: int) -> None:
        """Report the failure and back off: the next sweep, then 1, 3, 7 … sweeps later, at most an hour."""
        count = self._failures.get(group_buy_id, (0, real_now()))[0] + 1
        delay = min(self._sweep_seconds * (2 ** (count - 1) - 1), MAX_RETRY_SECONDS)
        self._failures[group_buy_id] = (count, real_now() + timedelta(seconds=delay))
        log.exception(
            "deadline of group buy %s failed (%d time(s) in a row); next try in %.0f s",
            group_buy_id,
            count,
            delay,
        )

    def failures(self, group_buy_id: int) -> int:
        """How many times in a row closing this group buy at its deadline failed (0: none)."""
        return self._failures.get(group_buy_id, (0, real_now()))[0]

    def _retry_date(self, group_buy_id: int, run_date: datetime) -> datetime:
        failed = self._failures.get(group_buy_id)
        return run_date if failed is None else max(run_date, failed[1])
