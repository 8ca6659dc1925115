"""The SQL unit of work: one connection and one transaction per unit, rolled back unless committed.

The transaction starts with the first statement (SQLite: BEGIN IMMEDIATE, see storage.db), so a unit
that reads nothing costs nothing. A rollback after reads only is skipped (the transaction stays open,
closing ends it): a refused `+1` saves its answer in the same transaction, one write and the commit.
Units of one factory wait for a connection in a first-come, first-served queue (`FairGate`):
SQLAlchemy's async pool lets a newcomer take a connection that was just returned ahead of coroutines
already waiting, which starves some of them for seconds under load.
Work nobody is waiting for, written in many units in a row (a big close's later orders in the
playground), runs inside `background()`: its units give way to those queued, so a person's command
waits for the one unit running, not for a queue of them.
Do not open a second unit of work while holding one on SQLite: there is one connection, so the inner
unit would wait for the outer one until the pool timeout.
With group commit (`SqlUnitOfWorkFactory(group_commit=True)`, setting TUAN_GROUP_COMMIT) units that
arrive while one runs take turns on its connection and share its transaction, one COMMIT for all of
them, each still all-or-nothing (storage.group_commit). Units in `background()` or
`commerce.unit_of_work.own_transaction()`, and a unit opened inside another, keep a transaction of their
own. A unit that lost a race for a lock (a deadlock, a later member's lock wait cut short, SQLite busy:
storage.contention) raises `commerce.unit_of_work.Contention`: nothing of it was kept, run it again.
"""

from __future__ import annotations

import asyncio
import contextlib
from collections.abc import Callable, Iterator
from contextvars import ContextVar
from typing import Any

from sqlalchemy import Connection, event
from sqlalchemy.ext.asyncio import AsyncConnection, AsyncEngine
from sqlalchemy.pool import QueuePool, SingletonThreadPool, StaticPool

from commerce.ports import (
    ApiTokenRepository,
    AttributionRepository,
    ChatNameRepository,
    ChatSettingsRepository,
    CollectionRepository,
    ConsolePeopleRepository,
    ConsoleRepository,
    ConsoleStats,
    DeadlineClaims,
    DigestRepository,
    FollowRepository,
    ForYouWeekRepository,
    GroupBuyEditRepository,
    GroupBuyRepository,
    LedgerRepository,
    ListingRepository,
    MemberRepository,
    ModerationRepository,
    NoteRepository,
    NoteSearch,
    NoteShareRepository,
    OrderRepository,
    OrganiserViews,
    OutboxRepository,
    PayoutRepository,
    PickupRepository,
    ProcessedUpdateRepository,
    QuestionRepository,
    RecommendRepository,
    ShareVisitRepository,
    TrustRepository,
    WaitingListRepository,
)
from commerce.services.ledger import post_order_events
from commerce.unit_of_work import BaseUnitOfWork, Contention, UnitOfWorkHook, wants_own_transaction
from storage import direct
from storage.api_tokens import SqlApiTokenRepository
from storage.attribution import SqlAttributionRepository
from storage.carried import PENDING
from storage.chat_names import SqlChatNameRepository
from storage.collecting import SqlCollectionRepository
from storage.console import SqlConsoleRepository
from storage.console_people import SqlConsolePeople
from storage.console_stats import SqlConsoleStats
from storage.contention import contended
from storage.deadlines import SqlDeadlineClaims
from storage.digests import SqlDigestRepository
from storage.direct import WROTE
from storage.edits import SqlGroupBuyEditRepository
from storage.follows import SqlFollowRepository
from storage.foryou_weekly import SqlForYouWeekRepository
from storage.group_commit import DEFAULT_CAP as DEFAULT_BATCH
from storage.group_commit import REPLAYING, GroupCommit, Turn
from storage.ledger import SqlLedgerRepository
from storage.listings import SqlListingRepository
from storage.moderation import SqlModerationRepository
from storage.note_search import SqlNoteSearch
from storage.note_shares import SqlNoteShareRepository
from storage.notes import SqlNoteRepository
from storage.outbox import SqlOutboxRepository
from storage.payouts import SqlPayoutRepository
from storage.pickup import SqlPickupRepository
from storage.questions import SqlQuestionRepository
from storage.recommend import SqlRecommendRepository
from storage.repositories import (
    SqlChatSettingsRepository,
    SqlGroupBuyRepository,
    SqlMemberRepository,
    SqlOrderRepository,
    SqlProcessedUpdateRepository,
    SqlShareVisitRepository,
)
from storage.reputation import SqlTrustRepository
from storage.views import SqlOrganiserViews
from storage.waiting import SqlWaitingListRepository

DEFAULT_WAIT_SECONDS = 30.0
UNLIMITED = 1_000_000
BACKGROUND_YIELDS = 8  # a background unit gives way at most this often in a row: it is never starved
# Turns of the event loop a background unit waits, holding the connection, before it starts: the unit
# that just let go (the relay between fetching rows and posting them, a command between its steps)
# asks again within them, and goes first.
BACKGROUND_SPINS = 3
_background: ContextVar[bool] = ContextVar("uow_background", default=False)
_grouped: ContextVar[bool] = ContextVar("uow_grouped", default=False)  # this task holds a turn


@contextlib.contextmanager
def background() -> Iterator[None]:
    """Units of work opened in here (in this task, and in tasks it starts) give way: each lets every
    unit already queued for a connection go first, at most `BACKGROUND_YIELDS` times in a row."""
    token = _background.set(True)
    try:
        yield
    finally:
        _background.reset(token)


_READS = ("SELECT", "BEGIN")


def _note_writes(conn: Connection, _cursor: Any, statement: str, *_: Any) -> None:
    """Mark the connection written by any statement but a plain SELECT (and BEGIN): a CTE, a PRAGMA,
    text SQL all count, so a doubt always ends in a real rollback."""
    if not statement.lstrip()[:6].upper().startswith(_READS):
        conn.info[WROTE] = True


class FairGate:
    """At most `capacity` units hold a connection; the others queue in arrival order.

    The semaphore is made per event loop, so a factory built before `asyncio.run` still works.
    """

    def __init__(self, capacity: int, wait_seconds: float) -> None:
        self.capacity = capacity
        self.wait_seconds = wait_seconds
        self._loop: asyncio.AbstractEventLoop | None = None
        self._semaphore: asyncio.Semaphore | None = None
        self._queued = 0  # units queued, but for those in `background()`

    def _current(self) -> asyncio.Semaphore:
        loop = asyncio.get_running_loop()
        if self._semaphore is None or self._loop is not loop:
            self._loop, self._semaphore = loop, asyncio.Semaphore(self.capacity)
            self._queued = 0
        return self._semaphore

    async def acquire(self) -> asyncio.Semaphore:
        semaphore = self._current()
        if not _background.get():
            self._queued += 1
            try:
                return await self._take(semaphore)
            finally:
                self._queued -= 1
        for _ in range(BACKGROUND_YIELDS):
            await self._take(semaphore)
            try:
                for _ in range(BACKGROUND_SPINS):
                    await asyncio.sleep(0)
            except BaseException:
                semaphore.release()
                raise
            if not self._queued:
                return semaphore
            semaphore.release()  # the first unit queued takes it; this one queues again, behind them
        return await self._take(semaphore)

    async def _take(self, semaphore: asyncio.Semaphore) -> asyncio.Semaphore:
        if not semaphore.locked():  # free and nobody queued: no need for a timer
            await semaphore.acquire()
            return semaphore
        try:
            async with asyncio.timeout(self.wait_seconds):
                await semaphore.acquire()
        except TimeoutError:
            raise TimeoutError(
                f"no database connection free within {self.wait_seconds:.0f} s "
                f"({self.capacity} in use; is a unit of work opened inside another?)"
            ) from None
        return semaphore


def pool_capacity(engine: AsyncEngine) -> int:
    """How many connections the engine's pool can lend at once (QueuePool: size + overflow)."""
    pool = engine.pool
    if isinstance(pool, StaticPool | SingletonThreadPool):
        return 1  # one shared connection (SQLite in memory): one unit of work at a time
    if not isinstance(pool, QueuePool):
        return UNLIMITED  # NullPool: a new connection each time
    overflow = pool._max_overflow
    return UNLIMITED if overflow < 0 else pool.size() + overflow


class SqlUnitOfWork(BaseUnitOfWork):
    """`async with factory() as uow:` ... `await uow.commit()`; leaving without commit rolls back."""

    group_buys: GroupBuyRepository
    deadlines: DeadlineClaims
    orders: OrderRepository
    chats: ChatSettingsRepository
    updates: ProcessedUpdateRepository
    visits: ShareVisitRepository
    outbox: OutboxRepository
    members: MemberRepository
    waiting: WaitingListRepository
    views: OrganiserViews
    pickups: PickupRepository
    collecting: CollectionRepository
    edits: GroupBuyEditRepository
    chat_names: ChatNameRepository
    ledger: LedgerRepository
    attribution: AttributionRepository
    listings: ListingRepository
    questions: QuestionRepository
    payouts: PayoutRepository
    notes: NoteRepository
    trust: TrustRepository
    note_search: NoteSearch
    digests: DigestRepository
    moderation: ModerationRepository
    follows: FollowRepository
    note_shares: NoteShareRepository
    recommend: RecommendRepository
    foryou_weeks: ForYouWeekRepository
    console: ConsoleRepository
    api_tokens: ApiTokenRepository
    console_people: ConsolePeopleRepository
    console_stats: ConsoleStats

    def __init__(
        self,
        engine: AsyncEngine,
        gate: FairGate | None = None,
        *,
        tracks_writes: bool = False,
        group: GroupCommit | None = None,
        hooks: tuple[UnitOfWorkHook, ...] = (),
    ) -> None:
        super().__init__()
        # Every order's payment, pickup and refund reaches the ledger in its own transaction (see there),
        # then the factory's hooks run.
        self.hooks = (post_order_events, *hooks)
        self.engine = engine
        self._gate = gate
        self._tracks_writes = tracks_writes  # the engine reports writes (`_note_writes`, storage.direct)
        self._held: asyncio.Semaphore | None = None
        self._conn: AsyncConnection | None = None
        self._group = group
        self._turn: Turn | None = None  # its turn on a shared connection (group commit)
        self._broken: BaseException | None = None  # its rollback failed: the shared transaction is lost
        self._spent = False  # committed in a group: its next work is a transaction of its own
        self._replaying: Turn | None = None  # runs again a member of a batch undone with all, in turn
        self._made: list[str] = []  # the repositories made so far (`__getattr__`), to forget

    @property
    def connection(self) -> AsyncConnection:
        if self._conn is None:
            raise RuntimeError("the unit of work is not open: use `async with`")
        return self._conn

    async def __aexit__(self, *exc: object) -> None:
        """As every unit of work's, and a lost race for a lock (storage.contention) is raised as
        `Contention`, from it: nothing was kept, the caller may run the same work again."""
        await super().__aexit__(*exc)
        error = exc[1] if len(exc) > 1 else None
        if isinstance(error, Exception) and not isinstance(error, Contention) and contended(error):
            raise Contention(f"lost a race for a lock: {type(error).__name__}") from error

    async def _begin(self) -> None:
        if self._conn is not None or self._held is not None or self._turn is not None:
            raise RuntimeError("this unit of work is already open; make a new one per update")
        replaying = REPLAYING.get()
        if replaying is not None:  # its batch was undone with all: the members before it go first
            _ = REPLAYING.set(None)
            self._replaying = replaying
            await replaying.run_again_in_turn()
        shared = not _background.get() and not _grouped.get() and not wants_own_transaction()
        if self._group is not None and shared:
            self._turn = await self._group.enter(self._open)
            _grouped.set(True)  # a unit opened inside this one (same task) keeps its own transaction
            self._attach(self._turn.conn)
            return
        await self._begin_alone()

    async def _begin_alone(self) -> None:
        self._held = await self._gate.acquire() if self._gate is not None else None
        try:
            conn = await self.engine.connect()
        except BaseException:
            self._release()
            raise
        if conn.sync_connection is not None:
            conn.sync_connection.info[WROTE] = False
            conn.sync_connection.info.pop(PENDING, None)  # held-back writes of no earlier unit of work
        self._attach(conn)

    async def _open(self) -> tuple[AsyncConnection, asyncio.Semaphore | None]:
        """A connection for a new lane (group commit), behind the fair queue."""
        held = await self._gate.acquire() if self._gate is not None else None
        try:
            conn = await self.engine.connect()
        except BaseException:
            if held is not None:
                held.release()
            raise
        if conn.sync_connection is not None:
            conn.sync_connection.info[WROTE] = False
        return conn, held

    def _attach(self, conn: AsyncConnection) -> None:
        """Work on `conn` from now on: repositories are made on it at their first use (a join touches
        four of thirty; making them all cost a tenth of its time)."""
        self._conn = conn
        self._forget_repositories()

    def __getattr__(self, name: str) -> Any:
        """A repository of the open unit of work, made on its connection at the first use."""
        made = REPOSITORIES.get(name)
        conn = self.__dict__.get("_conn")
        if made is not None and conn is None and self._spent:
            self.__dict__[name] = _Reopening(self, name)  # committed in a group: reopens at first use
            self._made.append(name)
            return self.__dict__[name]
        if made is None or conn is None:
            raise AttributeError(f"{type(self).__name__!r} object has no attribute {name!r}")
        kind, tracked = made
        repository = kind(conn)
        self.__dict__[name] = self.track(repository) if tracked else repository
        self._made.append(name)
        return self.__dict__[name]

    def _spend(self) -> None:
        """After a group commit: work in this unit from now on is a transaction of its own, on a
        connection of its own, opened by the first repository call (as after a lone unit's commit)."""
        self._turn, self._conn = None, None
        _grouped.set(False)
        self._spent = True  # each repository a `_Reopening` at its first use (`__getattr__`)
        self._forget_repositories()

    def _forget_repositories(self) -> None:
        """The repositories made so far are made again at their next use (of the thirty, a join makes
        four: only those are forgotten)."""
        made = self.__dict__
        for name in self._made:
            made.pop(name, None)
        self._made.clear()

    async def _reopen(self) -> None:
        if self._conn is None:
            await self._begin_alone()

    async def _commit(self) -> None:
        if self._turn is not None:
            await self._turn.commit()
            self._spend()
            return
        await self.connection.commit()

    async def _rollback(self) -> None:
        """Roll back, unless this transaction has only read: then it stays open for the next writes
        (a refusal's answer is saved in the same transaction), and closing rolls it back anyway.
        Writes held back (storage.direct.defer) and not sent yet are dropped either way."""
        if self._turn is not None:
            if not self._turn.done and self._conn is not None:
                try:
                    await self._turn.rollback(written=self._written(self._conn))
                except BaseException as error:
                    self._broken = error
                    raise
            return
        if self._conn is not None:
            direct.discard(self._conn)
            if self._conn.in_transaction() and self._written(self._conn):
                await self._conn.rollback()

    def _written(self, conn: AsyncConnection) -> bool:
        """Whether anything but a read ran on `conn` since it was taken; unknown counts as written."""
        if not self._tracks_writes or conn.invalidated:  # a dead connection's `info` cannot be read
            return True
        return bool(conn.sync_connection.info.get(WROTE, True)) if conn.sync_connection else True

    async def _end(self) -> None:
        replaying, self._replaying = self._replaying, None
        try:
            await self._ended()
        finally:
            if replaying is not None:
                replaying.ran_again()  # the next member of its batch may run again

    async def _ended(self) -> None:
        if self._turn is not None:
            turn, self._turn, self._conn = self._turn, None, None
            _grouped.set(False)
            await turn.leave(broken=self._broken)
            return
        conn, self._conn = self._conn, None
        try:
            if conn is not None:
                if direct.lost(conn):  # died under the direct route: never lend it again (see there)
                    await conn.invalidate()
                    # the server may have restarted: its siblings in the pool are as dead, so start a
                    # new pool (what SQLAlchemy's own route does at a disconnect); lent ones finish first
                    await conn.engine.dispose(close=False)
                await conn.close()
        finally:
            self._release()

    def _release(self) -> None:
        held, self._held = self._held, None
        if held is not None:
            held.release()


# attribute -> (repository on a connection, whether the aggregates it hands out are tracked)
REPOSITORIES: dict[str, tuple[Callable[[AsyncConnection], Any], bool]] = {
    "group_buys": (SqlGroupBuyRepository, True),
    "deadlines": (SqlDeadlineClaims, False),
    "orders": (SqlOrderRepository, True),
    "chats": (SqlChatSettingsRepository, False),
    "updates": (SqlProcessedUpdateRepository, False),
    "visits": (SqlShareVisitRepository, False),
    "outbox": (SqlOutboxRepository, False),
    "members": (SqlMemberRepository, False),
    "waiting": (SqlWaitingListRepository, False),
    "views": (SqlOrganiserViews, False),
    "pickups": (SqlPickupRepository, False),
    "collecting": (SqlCollectionRepository, False),
    "edits": (SqlGroupBuyEditRepository, False),
    "chat_names": (SqlChatNameRepository, False),
    "ledger": (SqlLedgerRepository, False),
    "attribution": (SqlAttributionRepository, False),
    "listings": (SqlListingRepository, False),
    "questions": (SqlQuestionRepository, False),
    "payouts": (SqlPayoutRepository, False),
    "notes": (SqlNoteRepository, False),
    "trust": (SqlTrustRepository, False),
    "note_search": (SqlNoteSearch, False),
    "digests": (SqlDigestRepository, False),
    "moderation": (SqlModerationRepository, False),
    "follows": (SqlFollowRepository, False),
    "note_shares": (SqlNoteShareRepository, False),
    "recommend": (SqlRecommendRepository, False),
    "foryou_weeks": (SqlForYouWeekRepository, False),
    "console": (SqlConsoleRepository, False),
    "api_tokens": (SqlApiTokenRepository, False),
    "console_people": (SqlConsolePeople, False),
    "console_stats": (SqlConsoleStats, False),
}


class _Reopening:
    """A repository of a unit of work that committed in a group: the first call opens the unit's own
    transaction (`SqlUnitOfWork._reopen`), then goes to the repository it made."""

    def __init__(self, uow: SqlUnitOfWork, name: str) -> None:
        self._uow = uow
        self._name = name

    def __getattr__(self, method: str) -> Any:
        async def call(*args: Any, **kwargs: Any) -> Any:
            await self._uow._reopen()
            return await getattr(getattr(self._uow, self._name), method)(*args, **kwargs)

        return call


class SqlUnitOfWorkFactory:
    """Satisfies `commerce.ports.UnitOfWorkFactory`: each call is a fresh unit of work on `engine`.

    Make one factory per engine and share it: the fair queue for connections lives here, and with
    `group_commit` the lane its units share a transaction on (at most `batch` units per COMMIT).
    """

    def __init__(
        self,
        engine: AsyncEngine,
        *,
        wait_seconds: float = DEFAULT_WAIT_SECONDS,
        group_commit: bool = False,
        batch: int = DEFAULT_BATCH,
    ) -> None:
        self.engine = engine
        self.gate = FairGate(pool_capacity(engine), wait_seconds)
        self.group = GroupCommit(batch) if group_commit else None
        # Run in each unit of work just before its commit, with its events (bot/bootstrap.py adds the
        # writer of durable events' outbox rows).
        self.before_commit: list[UnitOfWorkHook] = []
        if not event.contains(engine.sync_engine, "before_cursor_execute", _note_writes):
            event.listen(engine.sync_engine, "before_cursor_execute", _note_writes)

    def __call__(self) -> SqlUnitOfWork:
        hooks = tuple(self.before_commit)
        return SqlUnitOfWork(self.engine, self.gate, tracks_writes=True, group=self.group, hooks=hooks)

    async def dispose(self) -> None:
        """Close the engine's pooled connections (at shutdown)."""
        await self.engine.dispose()
