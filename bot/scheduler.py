"""Deadlines: each open group buy closes by itself at its deadline, exactly once however many workers run.

Why a due-work loop and no timers: one in-memory timer per open group buy in every process meant that N
workers fired every deadline N times (harmless for the outcome, `ChatApp.expire` being a guarded
transition, but N times the work, N processes racing for the same rows at the same second). Here the
database says who closes what. Each wake *claims* the due group buys in one guarded write
(`ChatApp.claim_deadlines`, storage/deadlines.py: an UPDATE stamping a lease, `FOR UPDATE SKIP LOCKED`
on PostgreSQL), commits it, then closes each one it got with `ChatApp.expire`; the other workers skip
them. A worker that dies holding claims leaves them to lapse after `lease_seconds`, and another closes
them then. The close keeps its own guarantees (the status changes only if still open, its messages are
outbox rows of the same transaction, a big close's pending orders are finished by whoever claims it
next), so even a lease that lapsed during a slow close changes nothing twice.

When it wakes: at the earliest time the database says something becomes claimable (`next_deadline`, a
cheap MIN over the open group buys, read after every pass), at a deadline this process heard of on the
bus (`GroupBuyOpened`, `GroupBuyEdited`), when Tuan's clock moves (`clock_changed`: the playground's
time travel), and at least every `sweep_seconds` (what other processes opened or edited). A deadline
that passed while Tuan was offline is claimed by the first pass, at `start`. The same sweep pace (and a
move of the clock) runs the unpaid-order sweep and the housekeeping chores (bot/housekeeping.py and the
others), which claim their own work in the database and decide themselves how often to work.

A close that fails is retried by whoever claims it next: this worker holds it back (in the database, so
every worker respects it) a sweep, then 2, 4, 8 … sweeps, at most an hour, and reports each failure.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
import re
from collections.abc import Awaitable, Callable, Sequence
from datetime import datetime, timedelta
from typing import Protocol

from bot.clock import SystemClock
from bot.waits import until_set
from commerce.domain.events import Event, GroupBuyEdited, GroupBuyOpened
from commerce.messagebus import MessageBus
from handlers.failures import DATABASE, log_failure
from handlers.types import Reply

log = logging.getLogger(__name__)

Deliver = Callable[[Sequence[Reply]], Awaitable[object]]
"""Sends replies that no request asked for (a deadline's outcome) to their chats."""

Chore = Callable[[], Awaitable[object]]
"""Housekeeping run at the sweep's pace (bot/housekeeping.py); it decides itself how often to work. A
chore that returns a list of replies (the evening pickup reminder) has them delivered."""


def chore_name(chore: Chore) -> str:
    """A chore's name for the log, never its repr: `PickupReminders()` is "pickup reminders"."""
    named = getattr(chore, "__name__", None) or type(chore).__name__
    return re.sub(r"(?<=[a-z0-9])(?=[A-Z])", " ", named).replace("_", " ").lower()


SWEEP_SECONDS = 30.0
LEASE_SECONDS = 60.0  # a claim outlives a batch of closes many times over; a dead worker's lapses then
BATCH = 20  # group buys claimed at once: small, so 200 due at the same second spread over the workers
MAX_RETRY_SECONDS = 3600.0  # a deadline that keeps failing is retried at most hourly, never in a tight loop
NAP_SECONDS = 1.0  # something is due but could not be claimed (a row held by a join): look again soon


class DeadlineTarget(Protocol):
    """The part of `handlers.app.ChatApp` the scheduler uses."""

    async def claim_deadlines(self, *, limit: int, lease: timedelta) -> list[int]: ...

    async def next_deadline(self) -> datetime | None: ...

    async def hold_deadline(self, group_buy_id: int, *, delay: timedelta) -> None: ...

    async def expire(self, group_buy_id: int) -> list[Reply]: ...


class ReservationTarget(Protocol):
    """`handlers.payments.Checkout`: orders unpaid in time are reminded once, then cancelled."""

    async def remind_unpaid(self, now: datetime) -> list[Reply]: ...

    async def expire_unpaid(self, now: datetime) -> list[Reply]: ...


class DeadlineScheduler:
    """The due-work loop of one worker: claim what is due, close it, sleep until the next due time."""

    def __init__(
        self,
        *,
        clock: SystemClock,
        sweep_seconds: float = SWEEP_SECONDS,
        lease_seconds: float = LEASE_SECONDS,
        batch: int = BATCH,
    ) -> None:
        self._clock = clock
        self._sweep_seconds = sweep_seconds
        self._lease = timedelta(seconds=lease_seconds)
        self._batch = batch
        self._target: DeadlineTarget | None = None
        self._reservations: ReservationTarget | None = None
        self._deliver: Deliver | None = None
        self._chores: list[Chore] = []
        self._chore_names: list[str] = []  # what the log calls each chore, in `_chores`' order
        self._failures: dict[int, int] = {}  # group buy -> failures in a row in this worker
        self._next_due: datetime | None = None  # Tuan's clock: when to look again (None: nothing open)
        self._wake = asyncio.Event()
        self._clock_moved = False  # the next pass runs the sweeps and chores too, not only deadlines
        self._task: asyncio.Task[None] | None = None

    # -- what the rest of Tuan calls ---------------------------------------------------------------
    def subscribe(self, bus: MessageBus) -> None:
        """Hear of new and edited deadlines on the bus (not durable: the database is read anyway)."""
        for event_type in (GroupBuyOpened, GroupBuyEdited):
            bus.subscribe(event_type, self._on_event, name=f"scheduler:{event_type.__name__}")

    async def _on_event(self, event: Event) -> None:
        self.on_events([event])

    def on_events(self, events: Sequence[Event]) -> None:
        """The ChatApp's event sink: a deadline sooner than the loop's next wake wakes it then. (A later
        one needs nothing: the loop wakes early, finds nothing due, and reads the next due time.)"""
        for event in events:
            if isinstance(event, GroupBuyOpened | GroupBuyEdited):
                self._heard(datetime.fromisoformat(event.deadline_iso))

    def _heard(self, deadline: datetime) -> None:
        if self._next_due is None or deadline < self._next_due:
            self._next_due = deadline
            self._wake.set()

    async def start(self, target: DeadlineTarget, deliver: Deliver) -> None:
        """Close what fell due while Tuan was offline (before the caller takes the backlog of updates:
        a card is closed before anyone answers on it) and run the chores once, then keep the loop."""
        self._target, self._deliver = target, deliver
        self._reservations = getattr(target, "checkout", None)
        await self.sweep()
        await self.sweep_chores()
        self._task = asyncio.create_task(self._loop(), name="deadlines")

    def shutdown(self) -> None:
        """Stop the loop (a close under way is cancelled: its transaction rolls back, its claim lapses)."""
        task, self._task = self._task, None
        if task is not None:
            task.cancel()

    async def aclose(self) -> None:
        """`shutdown`, and wait until the loop has stopped."""
        task = self._task
        self.shutdown()
        if task is not None:
            with contextlib.suppress(asyncio.CancelledError):
                await task

    def clock_changed(self) -> None:
        """Tuan's clock moved (the playground's time travel): look at what is due now, the chores'
        work too (a pickup reminder whose evening the jump went past), not at the next sweep."""
        self._clock_moved = True
        self._wake.set()

    @property
    def next_due(self) -> datetime | None:
        """When, on Tuan's clock, this worker looks for due group buys next (None: only at the sweep)."""
        return self._next_due

    def add_chore(self, chore: Chore, *, name: str | None = None) -> None:
        """Run `chore` at start and with every sweep (before `start`); `name` is what the log calls it
        (by default its class's or function's, in words: `commission release`)."""
        self._chores.append(chore)
        self._chore_names.append(name or chore_name(chore))

    def failures(self, group_buy_id: int) -> int:
        """How many times in a row closing this group buy at its deadline failed here (0: none)."""
        return self._failures.get(group_buy_id, 0)

    # -- the loop ----------------------------------------------------------------------------------
    async def _loop(self) -> None:
        loop = asyncio.get_running_loop()
        next_sweep = loop.time() + self._sweep_seconds
        while True:
            task = asyncio.current_task()
            if (
                task is not None and task.cancelling()
            ):  # a cancel some step caught as an error: stop all the same
                raise asyncio.CancelledError
            wait = min(next_sweep - loop.time(), self._seconds_to_due())
            await until_set(self._wake, max(wait, 0.0))
            self._wake.clear()
            try:
                await self.sweep()
                if loop.time() >= next_sweep or self._clock_moved:
                    self._clock_moved = False
                    next_sweep = loop.time() + self._sweep_seconds
                    await self.sweep_unpaid()
                    await self.sweep_chores()
            except Exception:  # a bug, not the database (each step logs its own): keep the loop
                log.exception("the deadline loop failed; it goes on")

    def _seconds_to_due(self) -> float:
        """Seconds until the next due time (the clock's offset cancels out: both are Tuan's time)."""
        if self._next_due is None:
            return float("inf")
        seconds = (self._next_due - self._clock.now()).total_seconds()
        return seconds if seconds > 0 else NAP_SECONDS  # due yet not claimable: held, or failing

    async def sweep(self) -> None:
        """Claim the due group buys, a batch at a time, close each, then read when to look next."""
        if self._target is None:
            return
        while True:
            try:
                claimed = await self._target.claim_deadlines(limit=self._batch, lease=self._lease)
            except Exception as exc:
                log_failure(
                    log, exc, "could not claim due group buys; retrying in %.0f s", self._sweep_seconds
                )
                self._next_due = None  # the sweep's pace, not a tight loop on a database that is away
                return
            DATABASE.answered()
            for group_buy_id in claimed:
                await self._close(group_buy_id)
            if len(claimed) < self._batch:
                break
        try:
            self._next_due = await self._target.next_deadline()
        except Exception as exc:
            log_failure(
                log, exc, "could not read the next deadline; looking again in %.0f s", self._sweep_seconds
            )
            self._next_due = None

    async def _close(self, group_buy_id: int) -> None:
        """Close one claimed group buy and deliver its outcome; a failure backs off."""
        assert self._target is not None and self._deliver is not None
        try:
            replies = await self._target.expire(group_buy_id)
            if replies:
                await self._deliver(replies)  # with the outbox they are rows already: the relay sends
        except Exception as exc:
            await self._failed(group_buy_id, exc)
            return
        self._failures.pop(group_buy_id, None)

    async def _failed(self, group_buy_id: int, exc: Exception) -> None:
        """Report the failure and hold the group buy back: a sweep, then 2, 4, 8 … sweeps, at most an hour
        (if even that write fails, the claim's lease holds it back)."""
        assert self._target is not None
        count = self._failures.get(group_buy_id, 0) + 1
        self._failures[group_buy_id] = count
        delay = min(self._sweep_seconds * 2 ** (count - 1), MAX_RETRY_SECONDS)
        log_failure(
            log,
            exc,
            "deadline of group buy %s failed (%d time(s) in a row); next try in %.0f s",
            group_buy_id,
            count,
            delay,
        )
        try:
            await self._target.hold_deadline(group_buy_id, delay=timedelta(seconds=delay))
        except Exception as exc:
            log_failure(
                log, exc, "could not hold group buy %s back; its claim lapses in its lease", group_buy_id
            )

    async def sweep_chores(self) -> None:
        """Each chore in turn; one failing is logged and the others still run."""
        for name, chore in zip(self._chore_names, self._chores, strict=True):
            try:
                said = await chore()
                if isinstance(said, list) and said and self._deliver is not None:
                    await self._deliver(said)  # with the outbox they are rows already: the relay sends
            except Exception as exc:
                log_failure(log, exc, "housekeeping job %r failed; it runs again with a later sweep", name)

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
        except Exception as exc:
            log_failure(
                log, exc, "the sweep of unpaid orders failed; retrying in %.0f s", self._sweep_seconds
            )
            return
        DATABASE.answered()
        if replies:
            await self._deliver(replies)
