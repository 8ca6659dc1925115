"""The outbox relay: delivers the rows the transactional outbox holds, and marks each sent only once
it was accepted (commerce.domain.outbox).

One relay per topic family in a process: `send:<platform>` rows go to that platform's sender (the
Telegram or WeChat outbox, the playground's transcript), `event:` rows to the message bus's durable
handlers. The relay wakes when this process committed rows (`wake`) and polls every `poll_seconds` for
rows written by other processes or left by one that died. Rows are handed to the sink in id order, so a
chat's messages keep their order. A sink that raises makes the row due again after a back-off
(1 s, 2 s, 4 s ... ten minutes); what was accepted is marked sent in one statement per round. While
rows fail (the platform unreachable), the log tells one story: one WARNING when sends start failing, a
DEBUG line per row and try, and one WARNING when one goes again, after how long and how many rows waited.

Delivery is at least once: a process that dies after the platform accepted a message and before it
marked the row sent sends that one message again after the restart (a window of one round).

Several workers (processes, each with its own owner id: `worker_id`) drain one outbox through chat
leases (storage/outbox.py): each round a relay takes or renews, in one statement, the leases of chats
with due rows that no other worker holds (a row without a chat, an `event:` row, is leased by its
topic), and reads only those chats' rows; so a chat's rows are sent by one worker at a time, in id
order: while its lease holds no other worker reads them. It renews its chats every round while it has
rows of them in flight, and gives them up in the transaction that marks their rows sent. A worker
that dies keeps its chats until their lease lapses (`lease_seconds`, 60 s), then another takes them
over and sends what was left, at least once as above; a worker starting on the same machine takes a
dead process's chats at once (`is_dead`). A round is one transaction; the leases cost it one
statement, and a delete when a chat went idle, so a relay that is the only worker (`leases=False`: the
composition root's choice on SQLite, which runs one process) skips them and reads every due row, as
before there were workers.

A platform that merges rows (WeChat says all answers to one member message in one message) gives a
`batch_sink` instead: each round hands it every due row at once, in id order, and it says per row
whether it was accepted, failed, or must wait: "not yet, due again at T" (a WeChat card waiting for its
room's window) makes the row due at T without counting a try. One batch is in flight at a time, so
batches never overtake each other.
"""

from __future__ import annotations

import asyncio
import logging
import os
import secrets
import socket
import time
from collections.abc import Awaitable, Callable, Mapping, Sequence
from datetime import datetime, timedelta

from bot import waits
from commerce.domain.outbox import OutboxItem, backoff
from commerce.ports import Clock, UnitOfWorkFactory
from commerce.unit_of_work import own_transaction
from handlers.failures import DATABASE

log = logging.getLogger(__name__)

Sink = Callable[[OutboxItem], Awaitable[object]]
"""Hands one row to its platform (or handler) and finishes once it was accepted; raises to retry.

It must queue the row before its first `await`, so that rows keep their order in the platform's queues.
"""


class GaveUp(str):
    """A batch sink's reason a row will never go (a WeChat room that no longer takes the bot's messages):
    the row is given up (`OutboxRepository.give_up`: when, this as its last error; never marked sent),
    never tried again."""


BatchOutcome = str | datetime | None
"""None: accepted (marked sent); a reason: failed (retried after a back-off), or given up (`GaveUp`: its
last error, marked given up); a time: not yet, due then."""

BatchSink = Callable[[Sequence[OutboxItem]], Awaitable[Mapping[int, BatchOutcome]]]
"""Hands the due rows (in id order) to their platform at once and says, per row id, None once it was
accepted, why it failed (retried after a back-off), or when it is due again (postponed, not a failed
try). A row it says nothing of is retried; raising fails them all."""

BATCH = 200
CLOSE_GRACE_SECONDS = 5.0
POLL_SECONDS = 1.0
FAILED_ROUNDS_PER_LINE = 60  # while rounds keep failing, one log line per this many (a minute at 1 s)
LEASE_SECONDS = 60.0  # how long a dead worker's chats wait before another worker takes them over
CHATS_PER_ROUND = 50  # new chats a round may lease, beside those it holds: the others are left to others

_worker: tuple[int, str] | None = None


def worker_id() -> str:
    """This process's owner id in the outbox's chat leases, `host:pid namespace:pid:random`; new in a
    forked child."""
    global _worker
    pid = os.getpid()
    if _worker is None or _worker[0] != pid:
        _worker = (pid, f"{socket.gethostname()[:120]}:{_pid_namespace()}:{pid}:{secrets.token_hex(4)}")
    return _worker[1]


def is_dead(owner: str) -> bool:
    """Whether `owner` was a process of this machine (same host and PID namespace: not another
    container) that is gone, or an earlier life of this process's pid (a container's pid 1): a
    restarted worker takes its chats at once instead of waiting for the leases to lapse."""
    parts = owner.split(":")
    mine = worker_id().split(":")
    if len(parts) != 4 or parts[:2] != mine[:2] or parts[1] == "-" or not parts[2].isdigit():
        return False
    pid = int(parts[2])
    if pid == os.getpid():
        return owner != worker_id()
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return True
    except OSError:  # it exists (another user's)
        return False
    return False


def _pid_namespace() -> str:
    try:
        return "".join(c for c in os.readlink("/proc/self/ns/pid") if c.isdigit()) or "-"
    except OSError:  # not Linux: no restarted worker is recognised, its leases lapse
        return "-"


class OutboxRelay:
    def __init__(
        self,
        *,
        uow_factory: UnitOfWorkFactory,
        clock: Clock,
        topic_prefix: str,
        sink: Sink | None = None,
        batch_sink: BatchSink | None = None,
        poll_seconds: float = POLL_SECONDS,
        batch: int = BATCH,
        name: str = "outbox",
        owner: str | None = None,
        lease_seconds: float = LEASE_SECONDS,
        chats_per_round: int = CHATS_PER_ROUND,
        leases: bool = True,
    ) -> None:
        self.uow_factory = uow_factory
        self.clock = clock
        self.topic_prefix = topic_prefix
        if (sink is None) == (batch_sink is None):
            raise ValueError("an outbox relay needs one of sink and batch_sink")
        self.sink = sink
        self.batch_sink = batch_sink
        self.poll_seconds = poll_seconds
        self.batch = batch
        self.name = name
        self.owner = owner or worker_id()
        self.lease_seconds = lease_seconds
        self.chats_per_round = chats_per_round
        self.leases = leases  # False: this worker is the only one (SQLite): no lease statements
        self._wake = asyncio.Event()
        self._failed_rounds = 0  # in a row (the database down): logged in full once, then briefly
        self._settled = asyncio.Event()
        self._in_flight: dict[int, asyncio.Task[None]] = {}
        self._chat_of: dict[int, str] = {}  # row in flight -> its lease key (storage.outbox.chat_key)
        self._leases: set[str] = set()  # the chats this relay held after its last lease statement
        self._started = False  # the first lease statement frees the chats of this machine's dead workers
        self._accepted: set[int] = set()
        self._failed: dict[int, tuple[int, str]] = {}  # id -> (attempts so far, error)
        self._postponed: dict[int, datetime] = {}  # id -> when it is due again (batch mode)
        self._gave_up: dict[int, str] = {}  # id -> why it will never go (batch mode: `GaveUp`)
        self._idle = False  # the last round found nothing due and nothing in flight
        self._rounds = 0  # rounds begun
        self._idle_round = 0  # the round `_idle` describes
        self._task: asyncio.Task[None] | None = None
        self._stopping = False
        self.sent = 0
        # rows the sink did not take (the platform unreachable): one story, not a line per row and try
        self.monotonic = time.monotonic
        self._down_since: float | None = None  # when sends began failing (None: they go)
        self._waited: set[int] = set()  # the rows that failed since then
        self._failed_tries = 0

    # -- lifecycle -----------------------------------------------------------------------------------
    def start(self) -> None:
        if self._task is None:
            self._task = asyncio.create_task(self._run(), name=f"relay:{self.name}")

    def wake(self) -> None:
        self._wake.set()

    async def close(self, grace: float = CLOSE_GRACE_SECONDS) -> None:
        """Stop after the current round, give deliveries in flight `grace` seconds to finish, and record
        what they did; rows not sent stay in the database for the next start.

        Never cancels a round: a task cancelled inside a database call can leave the connection unusable
        (on SQLite, the one connection every other caller waits for).
        """
        self._stopping = True
        if self._task is not None:
            self.wake()
            await self._task
            self._task = None
        if self._in_flight:
            _, late = await asyncio.wait(list(self._in_flight.values()), timeout=grace)
            for task in late:
                task.cancel()
            await asyncio.gather(*late, return_exceptions=True)
        await self._settle()
        await self._release()

    async def last_round(self, *, due_by: datetime) -> int:
        """Batch mode, after `close` (on shutdown): hand the sink once the rows due by `due_by`, not only
        those due now (a WeChat card postponed to its room's window goes before the process stops), and
        record what it did; how many rows it handed."""
        if self.batch_sink is None or self._task is not None or self._in_flight:
            raise RuntimeError("last_round is for a closed relay with a batch sink")
        items = await self._exchange(due_by=due_by, new_chats=self.chats_per_round)
        if items:
            await self._deliver_batch(items)
        await self._settle()
        await self._release()
        return len(items)

    async def drain(self, within: float | None = None) -> bool:
        """Wait until a round finds nothing due and nothing in flight; False if `within` passed first."""
        try:
            await waits.within(self._until_idle(), within)
        except TimeoutError:
            return False
        return True

    async def _until_idle(self) -> None:
        """Only a round that began after this call counts: one already querying may have read the
        queue (or the clock) before the rows this caller waits for existed."""
        asked = self._rounds
        while True:
            self._settled.clear()
            self.wake()
            await self._settled.wait()
            if self._idle and self._idle_round > asked:
                return

    # -- the loop ------------------------------------------------------------------------------------
    async def _run(self) -> None:
        while not self._stopping:
            self._wake.clear()
            try:
                await self.round()
            except asyncio.CancelledError:
                raise
            except Exception as exc:
                # the database away: the process's outage says it (handlers.failures.DATABASE)
                if not DATABASE.failed(log, exc, "outbox relay %s: a round failed; trying again", self.name):
                    self._failed_rounds += 1
                    if self._failed_rounds == 1:  # the whole story once; then a line a minute while it lasts
                        log.exception("outbox relay %s: a round failed; trying again", self.name)
                    elif self._failed_rounds % FAILED_ROUNDS_PER_LINE == 0:
                        log.warning(
                            "outbox relay %s: %d rounds failed in a row: %s",
                            self.name,
                            self._failed_rounds,
                            exc,
                        )
                self._idle = False
                await asyncio.sleep(self.poll_seconds)
            else:
                DATABASE.answered()
                if self._failed_rounds:
                    log.warning(
                        "outbox relay %s works again after %d failed rounds", self.name, self._failed_rounds
                    )
                self._failed_rounds = 0
            self._settled.set()
            # not asyncio.timeout, nor wait_for: on Python 3.11 each can leave or lose a cancel (bot/waits.py)
            await waits.until_set(self._wake, self.poll_seconds)

    async def round(self) -> int:
        """Record what finished since the last round, then deliver the rows that are due: how many."""
        self._rounds += 1
        this_round = self._rounds
        # one batch at a time: while one is out, a round records, renews its chats and reads nothing
        busy = self.batch_sink is not None and any(not task.done() for task in self._in_flight.values())
        items = await self._exchange(due_by=None, new_chats=0 if busy else self.chats_per_round)
        if busy:
            self._idle = False  # the next batch starts once this one was settled
            return 0
        self._idle = not items and not self._in_flight
        self._idle_round = this_round
        if self.batch_sink is not None:
            if items:
                batch = asyncio.create_task(self._deliver_batch(items), name=f"relay:{self.name}:batch")
                for item in items:
                    assert item.id is not None
                    self._in_flight[item.id] = batch
                    self._chat_of[item.id] = _lease_key(item)
            return len(items)
        for item in items:  # each in a task of its own, started in id order: queued in order
            assert item.id is not None
            self._in_flight[item.id] = asyncio.create_task(self._deliver(item), name=f"relay:{item.id}")
            self._chat_of[item.id] = _lease_key(item)
        return len(items)

    async def _deliver(self, item: OutboxItem) -> None:
        assert item.id is not None and self.sink is not None
        try:
            await self.sink(item)
        except asyncio.CancelledError:
            raise
        except Exception as exc:
            why = f"{type(exc).__name__}: {exc}"
            self._row_failed(item, why)
            self._failed[item.id] = (item.attempts, why)
        else:
            self._took()
            self._accepted.add(item.id)
        finally:
            self.wake()

    async def _deliver_batch(self, items: Sequence[OutboxItem]) -> None:
        assert self.batch_sink is not None
        try:
            outcomes: Mapping[int, BatchOutcome] = await self.batch_sink(items)
        except asyncio.CancelledError:
            raise
        except Exception as exc:
            log.exception("outbox relay %s: a batch of %d rows failed", self.name, len(items))
            outcomes = {item.id: f"{type(exc).__name__}: {exc}" for item in items if item.id is not None}
        try:
            for item in items:
                assert item.id is not None
                why = outcomes.get(item.id, "the sink said nothing of it")
                if why is None:
                    self._took()
                    self._accepted.add(item.id)
                    continue
                if isinstance(why, datetime):
                    self._postponed[item.id] = why
                    continue
                if isinstance(why, GaveUp):  # the sink logged it (once, not per row)
                    self._gave_up[item.id] = str(why)
                    continue
                self._row_failed(item, str(why))
                self._failed[item.id] = (item.attempts, why)
        finally:
            self.wake()

    def _row_failed(self, item: OutboxItem, why: str) -> None:
        """A row the sink did not take (tried again after its back-off): while sends fail (a gateway or
        the Bot API unreachable), one story, as the database's outage is (handlers.failures): one WARNING
        when they start failing, each row's try a DEBUG line, one line when they go again (`_took`)."""
        assert item.id is not None
        self._failed_tries += 1
        self._waited.add(item.id)
        if self._down_since is None:
            self._down_since = self.monotonic()
            log.warning(
                "outbox relay %s: sends fail (row %s, %s: %s): rows wait and are tried again with back-off; "
                "one line when they go again",
                self.name,
                item.id,
                item.topic,
                why,
            )
            return
        log.debug("outbox row %s (%s) failed, try %d: %s", item.id, item.topic, item.attempts + 1, why)

    def _took(self) -> None:
        """The sink took a row: if sends were failing, they go again (said once, with how many waited)."""
        if self._down_since is None:
            return
        log.warning(
            "outbox relay %s: sends go again after %.0f s (%d rows waited, %d tries failed meanwhile)",
            self.name,
            self.monotonic() - self._down_since,
            len(self._waited),
            self._failed_tries,
        )
        self._down_since, self._waited, self._failed_tries = None, set(), 0

    async def _settle(self) -> None:
        """Record what finished (after `close`): as a round does, without taking new chats."""
        await self._exchange(due_by=None, new_chats=0)

    async def _exchange(self, *, due_by: datetime | None, new_chats: int) -> list[OutboxItem]:
        """A round's one transaction: mark accepted rows sent (one statement), failed and postponed ones
        due later; take or renew this worker's chat leases (one statement: those it holds and up to
        `new_chats` more) and read their rows due by `due_by` (default now; none when `new_chats` is
        0); give up the chats with nothing due and nothing in flight. A chat is never free while a row
        it sent is unmarked: its lease goes in the transaction of the mark. Without `leases`, it reads
        every due row (one worker alone)."""
        for item_id in [i for i, task in self._in_flight.items() if task.done()]:  # forget finished tasks
            self._in_flight.pop(item_id, None)
            self._chat_of.pop(item_id, None)
        accepted = {i for i in self._accepted if i not in self._in_flight}
        failed = {i: why for i, why in self._failed.items() if i not in self._in_flight}
        postponed = {i: due for i, due in self._postponed.items() if i not in self._in_flight}
        gave_up = {i: why for i, why in self._gave_up.items() if i not in self._in_flight}
        busy = set(self._chat_of.values())
        limit = len(self._leases | busy) + new_chats if self.leases else 0
        if not accepted and not failed and not postponed and not gave_up and limit == 0 and not new_chats:
            return []
        now = self.clock.now()
        items: list[OutboxItem] = []
        # its own transaction, never a later member of the joins' batch (storage.group_commit), whose lock
        # waits are cut short: its leases would lose that race to another worker's relay again and again
        with own_transaction():
            async with self.uow_factory() as uow:
                if accepted:
                    await uow.outbox.mark_sent(accepted, at=now)
                for item_id, (attempts, error) in failed.items():
                    await uow.outbox.retry_later(item_id, due_at=_later(now, attempts), error=error)
                for item_id, due_at in postponed.items():
                    await uow.outbox.postpone(item_id, due_at=due_at)
                if gave_up:  # given up with its reason, never sent nor tried again
                    await uow.outbox.give_up(gave_up, at=now)
                leases: list[str] = []
                if limit and not self._started:
                    for owner in await uow.outbox.lease_owners(self.topic_prefix):
                        if is_dead(owner):
                            log.info("outbox relay %s: taking over the chats of %s (gone)", self.name, owner)
                            await uow.outbox.release_chats(self.topic_prefix, owner=owner)
                if limit:
                    leases = await uow.outbox.lease_chats(
                        self.topic_prefix,
                        owner=self.owner,
                        now=now,
                        until=now + timedelta(seconds=self.lease_seconds),
                        limit=limit,
                        due_by=due_by,
                    )
                if new_chats and (leases or not self.leases):
                    items = await uow.outbox.due(
                        self.topic_prefix,
                        now=now if due_by is None else due_by,
                        limit=self.batch,
                        skip=set(self._in_flight),
                        chats=leases if self.leases else None,
                    )
                keep = busy | set(leases)
                if self._leases - keep:
                    await uow.outbox.release_chats(self.topic_prefix, owner=self.owner, keep=keep)
                await uow.commit()
        self._started = self._started or bool(limit)
        self._leases = set(leases)
        self.sent += len(accepted)
        self._accepted -= accepted
        for item_id in failed:
            self._failed.pop(item_id, None)
        for item_id in postponed:
            self._postponed.pop(item_id, None)
        for item_id in gave_up:
            self._gave_up.pop(item_id, None)
        return items

    async def _release(self) -> None:
        """Give up every chat lease (the relay stopped): another worker may take the chats at once."""
        if self._leases:
            with own_transaction():
                async with self.uow_factory() as uow:
                    await uow.outbox.release_chats(self.topic_prefix, owner=self.owner)
                    await uow.commit()
            self._leases.clear()


def _later(now: datetime, attempts: int) -> datetime:
    return now + backoff(attempts)


def _lease_key(item: OutboxItem) -> str:
    """The chat lease a row is sent under (storage.outbox.chat_key): its chat, or its topic."""
    return item.chat_id or item.topic
