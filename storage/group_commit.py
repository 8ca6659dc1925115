"""Group commit: concurrent units of work take turns on one connection and share one transaction.

Why: a flash sale's joins each paid a COMMIT of their own (a WAL flush on PostgreSQL, a trip and a WAL
write on SQLite), so joins/s were capped below the engine's rate of single commits. Here the units of
work that arrive while one is running queue for its connection (a `Lane`) instead of for a connection
of their own, and the transaction they share commits once for all of them.

How, for each unit (a member): the first member of a transaction runs as a lone unit does, without a
savepoint (if it fails, the transaction is rolled back before anyone else wrote in it). Each later
member runs inside a SAVEPOINT and a failure, or a refusal's rollback, goes back to it only: that one
join is left out, the others stay. A member's `commit()` hands the connection to the next member
queued and then WAITS for the real COMMIT, so nobody is told "you're in" before it is durable; the
transaction commits when nobody is queued, or after `cap` members (to bound latency, and PostgreSQL's
cache of subtransactions per transaction, 64). If the COMMIT fails, every member that committed in it
fails with its error, and so does every member that left without committing but read what the
others wrote (a repeated update answered from the first one's answer). A unit alone pays nothing more
than before: no savepoint, and its last statement may still carry the COMMIT (`may_end`).

Savepoint statements cost no trip of their own on SQLite (they ride with the next statement, see
storage.sqlite_driver `carry`); on PostgreSQL the RELEASE of one member and the SAVEPOINT of the next
go in one trip, sent only before the member's first statement (`SavepointDue`). On SQLite held-back
writes (storage.direct.defer) are flushed into the transaction at each member's commit. On PostgreSQL
they stay held for later members' statements to carry (as CTEs), with each member's update claim
(storage.direct.rows `hold`), eight claims at most, and the COMMIT sends the rest: a flash sale's
sold-out `+1` sends nothing of its own. A member that rolls back puts back what earlier members held
(`inherited`: what it carried inside its savepoint was undone with it). A member that cannot be undone
alone (its savepoint failed; a statement carrying held writes failed outside a savepoint, or broke a
constraint, a claim another worker took; it wrote before its savepoint) rolls the whole transaction
back, and every member gets `Contention`: each runs again in a transaction of its own, in the order
they took their turns (`Replay`), before any unit that arrived since (the first to ask gets the last
unit, and a member's two messages are answered in the order she sent them).

On PostgreSQL later members run without savepoints while nothing went wrong lately (`optimistic`):
a member that then must be undone is one that cannot be undone alone, and the next
`CAREFUL_TRANSACTIONS` transactions give each later member a savepoint again.
"""

from __future__ import annotations

import asyncio
from collections import deque
from collections.abc import Awaitable, Callable, Hashable
from contextvars import ContextVar
from typing import Any

from sqlalchemy.ext.asyncio import AsyncConnection

from commerce.unit_of_work import Contention, runs_again
from storage import direct, snapshots
from storage.carried import PENDING, Held, Write
from storage.contention import broken_constraint
from storage.direct import ENDS, HOLDS_CLAIMS, SAVEPOINT_DUE, WROTE

DEFAULT_CAP = 64
# PostgreSQL: members' claims (with their answers' outbox rows) held back at most this many at a time;
# then a member's commit sends them (a statement of their CTEs). Fewer shapes of that statement to
# prepare, and a refused `+1` in a flash sale costs an eighth of a round trip.
CLAIMS_HELD = 8
# A later member's lock wait, on PostgreSQL: cut short (SQLSTATE 55P03) rather than waited for, since
# its transaction holds the earlier members' locks and another worker's batch may be waiting for one of
# them while holding the row it wants (a deadlock, found only after `deadlock_timeout`, 1 s, aborting a
# whole batch). The member is left out (ROLLBACK TO its savepoint) and raises `Contention`; the ChatApp
# runs it again in a transaction of its own, which may wait.
LATER_MEMBERS_LOCK_TIMEOUT = "SET LOCAL lock_timeout = '25ms'"
# PostgreSQL: later members run without savepoints while nothing went wrong (a savepoint is a trip of
# its own, half a join's). A member that then must be undone cannot be undone alone: the batch runs
# again, each member alone, and the next this many transactions give each later member a savepoint.
CAREFUL_TRANSACTIONS = 32
SAVEPOINT = "SAVEPOINT tuan_member"
RELEASE = "RELEASE SAVEPOINT tuan_member"
ROLLBACK_TO = "ROLLBACK TO SAVEPOINT tuan_member"

# A member of a batch undone with all waits this long at most for the one before it to run again (one
# that does not, its caller having given up, holds nobody up for longer).
REPLAY_WAIT = 1.0

Opener = Callable[[], Awaitable[tuple[AsyncConnection, asyncio.Semaphore | None]]]

# The turn of this task's member in a batch undone with all (set when it sees `Contention`): its next
# unit of work runs again in its place (storage.uow: `Replay`).
REPLAYING: ContextVar[Turn | None] = ContextVar("group_commit_replaying", default=None)


class Replay:
    """The members of a batch undone with all, in the order they took their turns: each runs again
    alone once those before it ran again (or `REPLAY_WAIT` passed); units queued behind the batch wait
    for them all, units that arrive later for nobody."""

    def __init__(self, count: int) -> None:
        loop = asyncio.get_running_loop()
        self.ran = [loop.create_future() for _ in range(count)]

    async def wait_turn(self, slot: int) -> None:
        if slot > 0:
            await self._wait(self.ran[:slot])

    def ran_again(self, slot: int) -> None:
        if not self.ran[slot].done():
            self.ran[slot].set_result(None)

    @property
    def finished(self) -> bool:
        return all(ran.done() for ran in self.ran)

    async def wait_all(self) -> None:
        await self._wait(self.ran)

    @staticmethod
    async def _wait(futures: list[asyncio.Future[None]]) -> None:
        pending = [future for future in futures if not future.done()]
        if pending:
            _ = await asyncio.wait(pending, timeout=REPLAY_WAIT)


async def commit(conn: AsyncConnection) -> None:
    """The batch's COMMIT (a module function, so a test can make it fail)."""
    await conn.commit()


async def run_sql(conn: AsyncConnection, statements: list[str]) -> None:
    """Savepoint statements in the open transaction: on SQLite carried with the next trip, on
    PostgreSQL in one trip (the simple protocol takes several statements), else one by one."""
    if not conn.in_transaction():
        _ = await conn.begin()
    driver = direct.driver_of(conn)
    if driver is None:
        for statement in statements:
            await conn.exec_driver_sql(statement)
        return
    if not driver.combines:
        driver.carry([(statement, ()) for statement in statements])
        return
    adapted: Any = getattr(driver, "adapted")  # noqa: B009 - storage.direct's asyncpg adapter
    async with adapted._execute_mutex:
        if adapted._transaction is None:
            await adapted._start_transaction()
        try:
            await adapted._connection.execute("; ".join(statements))
        except Exception as error:
            adapted._handle_exception(error)


def _quiet(future: asyncio.Future[None]) -> None:
    """Mark a failed outcome seen: members that left before it was known never await it."""
    if not future.cancelled():
        future.exception()


class Turn:
    """One member's place in a lane's transaction."""

    __slots__ = (
        "claims",
        "done",
        "inherited",
        "lane",
        "lost",
        "optimistic",
        "outcome",
        "replay",
        "reruns",
        "savepoint",
        "sent",
        "slot",
    )

    def __init__(self, lane: Lane, *, savepoint: bool, outcome: asyncio.Future[None]) -> None:
        self.lane = lane
        self.savepoint = savepoint  # a later member: others' writes are in the transaction
        self.optimistic = False  # a later member without a savepoint (PostgreSQL, nothing went wrong)
        self.outcome = outcome  # the COMMIT of the transaction it runs in
        self.done = False  # its turn is over (committed, or left)
        self.sent = False  # its SAVEPOINT was sent (a later member's is sent before its first statement)
        self.lost = False  # its savepoint, or a statement carrying others' writes, failed: all run again
        self.inherited: list[Write] = []  # earlier members' writes held back when its turn began
        self.claims: list[Hashable] = []  # the updates it claimed (held back: storage.direct `hold`)
        self.reruns = False  # it runs again if the batch is undone with all (it waits for the COMMIT)
        self.replay: Replay | None = None  # the batch was undone with all: its place (`slot`) in it
        self.slot = 0
        lane.turns.append(self)

    async def run_again_in_turn(self) -> None:
        """Wait for the members before this one in a batch undone with all to run again."""
        if self.replay is not None:
            await self.replay.wait_turn(self.slot)

    def ran_again(self) -> None:
        if self.replay is not None:
            self.replay.ran_again(self.slot)

    async def _outcome(self) -> None:
        """The COMMIT's outcome; `Contention` (undone with all): this member runs again in its turn, if
        its caller runs it again (`runs_again`)."""
        self.reruns = runs_again()
        try:
            await self.outcome
        except Contention:
            if self.reruns:
                _ = REPLAYING.set(self)
            raise

    # What storage.direct asks through `HOLDS_CLAIMS` (PostgreSQL): ---------------------------------
    def carried_failed(self, error: BaseException) -> None:
        """A statement carrying held-back writes failed. Inside its savepoint a lost race for a lock
        is this member's alone (its rollback keeps the writes it carried, to go again); a broken
        constraint may be one of those writes' (a claim another worker took), and outside a savepoint
        nothing but the whole transaction undoes it: then every member runs again alone."""
        if not self.sent or broken_constraint(error):
            self.lost = True

    def sent_out(self, writes: list[Write]) -> bool:
        """Held-back writes went out with a statement: whether any of them is this member's own. Only
        an optimistic member tells them apart: without a savepoint, earlier members' writes sent are
        kept whatever it does (no longer its to put back), and sending only those writes nothing of its
        own; a member with a savepoint undoes all it sent."""
        if not self.optimistic:
            return True
        gone = {id(write) for write in writes}
        earlier = len(self.inherited)
        self.inherited = [write for write in self.inherited if id(write) not in gone]
        return len(writes) > earlier - len(self.inherited)

    def repeated(self, conn: AsyncConnection) -> None:
        """This member repeats an update a member of the batch claimed: it answers as that one did, so
        what it held back (its answer's outbox rows, its sighting) is dropped before anything is sent;
        earlier members' writes still held stay held."""
        sync = conn.sync_connection
        held: Held | None = None if sync is None else sync.info.get(PENDING)
        if held is not None:
            earlier = {id(write) for write in self.inherited}
            _restore(conn, [write for write in held.writes if id(write) in earlier])

    def has_claimed(self, key: Hashable) -> bool:
        """Whether a member of this transaction claimed `key` (a repeat of its update: not claimed)."""
        return key in self.lane.claimed

    def claim(self, key: Hashable) -> None:
        self.lane.claimed.add(key)
        self.claims.append(key)

    @property
    def conn(self) -> AsyncConnection:
        assert self.lane.conn is not None
        return self.lane.conn

    async def rollback(self, *, written: bool) -> None:
        """Undo this member's work only (ROLLBACK TO its savepoint), or, for the first member, the
        transaction (nobody else wrote in it yet)."""
        conn = self.conn
        if not self.savepoint:
            direct.discard(conn)
            self.lane.claimed.difference_update(self.claims)
            self.claims.clear()
            if conn.in_transaction() and written:
                await conn.rollback()
            return
        _restore(conn, self.inherited)  # its own held-back writes dropped, the earlier members' kept
        if self.lost or (written and not self.sent):
            # written outside any savepoint of its own (its claim, or a statement that failed before
            # its savepoint went, or it had none): only the whole transaction can undo it, and every
            # member with it; the next transactions give their later members savepoints
            self.lane.group.careful = CAREFUL_TRANSACTIONS
            self.lane.snapshots.drop()
            self.reruns = runs_again()
            if self.reruns:
                _ = REPLAYING.set(self)
            raise Contention("a group commit's member could not be undone alone: all run again")
        if written:  # undone: earlier members' writes that went with its statements too (kept again)
            await run_sql(conn, [ROLLBACK_TO])
            self.lane.snapshots.drop()  # what it wrote of a group buy is undone
        self.lane.claimed.difference_update(self.claims)
        self.claims.clear()
        if conn.sync_connection is not None:
            conn.sync_connection.info[WROTE] = False

    async def commit(self) -> None:
        """Keep this member's work, hand the connection on, and return once the transaction committed
        (raising its error if it did not)."""
        conn = self.conn
        sync = conn.sync_connection
        held: Held | None = None if sync is None else sync.info.get(PENDING)
        if held is not None and (
            sync is None or HOLDS_CLAIMS not in sync.info or held.count("claim") >= CLAIMS_HELD
        ):
            await direct.flush(conn)
            held = None
        self.done = True
        await self.lane.end_turn(self, kept=True, written=_written(conn) or held is not None)
        await self._outcome()

    async def leave(self, *, broken: BaseException | None) -> None:
        """The member leaves without committing (its work was rolled back). If it read what others
        wrote, it returns after their COMMIT, raising its error if it failed."""
        if self.done:
            return
        self.done = True
        await self.lane.end_turn(self, kept=False, written=False, broken=broken)
        if self.savepoint and broken is None:
            await self._outcome()


def _restore(conn: AsyncConnection, writes: list[Write]) -> None:
    """Held-back writes back to `writes` (earlier members', as they were when this member began)."""
    direct.discard(conn)
    sync = conn.sync_connection
    if writes and sync is not None and not conn.invalidated:
        held = sync.info[PENDING] = Held()
        for write in writes:
            held.add(write, conn.dialect.name)


def _written(conn: AsyncConnection) -> bool:
    sync = conn.sync_connection
    return True if sync is None or conn.invalidated else bool(sync.info.get(WROTE, True))


class SavepointDue:
    """A later member's savepoint, not sent yet (in its connection's `info` under `SAVEPOINT_DUE`):
    storage.direct sends it before the member's first statement (its claim is held back instead)."""

    __slots__ = ("lane", "turn")

    def __init__(self, lane: Lane, turn: Turn) -> None:
        self.lane, self.turn = lane, turn

    async def send(self) -> None:
        await self.lane.send_savepoint(self.turn)


class Lane:
    """One connection lent to members in turn; each transaction on it is a batch."""

    def __init__(self, group: GroupCommit) -> None:
        self.group = group
        self.conn: AsyncConnection | None = None
        self.held: asyncio.Semaphore | None = None
        self.waiters: deque[asyncio.Future[bool]] = deque()  # True: your turn; False: start over
        self.replay: Replay | None = None  # its batch undone with all: its members running again
        self._new_transaction()

    def _new_transaction(self) -> None:
        self.outcome: asyncio.Future[None] = asyncio.get_running_loop().create_future()
        self.outcome.add_done_callback(_quiet)
        self.members = 0  # who took a turn in the open transaction
        self.kept = 0  # who committed in it
        self.wrote = False  # kept work is in it: the next member needs a savepoint
        self.release_due = False  # the last member's savepoint is still open
        self.impatient = False  # later members' lock waits are cut short (PostgreSQL)
        self.sealed = False  # a member's last statement ends it (a lone unit's commit)
        self.turns: list[Turn] = []  # the members that took a turn in it, in order
        self.snapshots = snapshots.Snapshots()  # its reads of chats' open group buys (storage.snapshots)
        self.claimed: set[Hashable] = set()  # the updates its members claimed (PostgreSQL: held back)

    async def start_turn(self) -> Turn:
        conn = self.conn
        assert conn is not None
        savepoint = self.wrote
        turn = Turn(self, savepoint=savepoint, outcome=self.outcome)
        driver = direct.driver_of(conn)
        lazy = savepoint and driver is not None and driver.combines  # PostgreSQL's direct route
        turn.optimistic = lazy and not self.group.careful
        try:
            if savepoint and not lazy:
                await self.send_savepoint(turn)
        except BaseException as error:
            turn.done = True
            await self.end_turn(turn, kept=False, written=False, broken=error)
            raise
        sync = conn.sync_connection
        if sync is not None:
            sync.info[WROTE] = False
            sync.info[ENDS] = lambda: self._may_end(turn)
            sync.info[snapshots.SNAPSHOTS] = self.snapshots
            if lazy:
                sync.info[SAVEPOINT_DUE] = SavepointDue(self, turn)
            if driver is not None and driver.combines:  # claims held back, to ride with others' statements
                sync.info[HOLDS_CLAIMS] = turn
                held: Held | None = sync.info.get(PENDING)
                turn.inherited = list(held.writes) if held is not None else []
        return turn

    async def send_savepoint(self, turn: Turn) -> None:
        """A later member's SAVEPOINT, with the RELEASE of the last one sent and, on PostgreSQL, the
        batch's lock timeout (once: outside any savepoint, it holds to the end). An optimistic member
        sends only the lock timeout, if it is not set yet."""
        conn = self.conn
        assert conn is not None
        statements = [RELEASE] if self.release_due else []
        if not self.impatient and conn.dialect.name == "postgresql":
            statements.append(LATER_MEMBERS_LOCK_TIMEOUT)
        if not turn.optimistic:
            statements.append(SAVEPOINT)
        if not statements:
            return
        try:
            await run_sql(conn, statements)
        except BaseException:
            turn.lost = True
            raise
        self.impatient = self.impatient or conn.dialect.name == "postgresql"
        self.release_due = False
        turn.sent = not turn.optimistic

    def _may_end(self, turn: Turn) -> bool:
        """Whether `turn`'s last statement may carry the COMMIT: only a first member with nobody
        queued (then the transaction ends with it: nobody else joins it)."""
        if turn.done or turn.savepoint or self.waiters or self.sealed or turn.lane is not self:
            return False
        self.sealed = True
        return True

    async def end_turn(
        self, turn: Turn, *, kept: bool, written: bool, broken: BaseException | None = None
    ) -> None:
        conn = self.conn
        assert conn is not None
        self.members += 1
        if kept:
            self.kept += 1
            self.wrote = self.wrote or written
        if turn.sent:
            self.release_due = True
        sync = conn.sync_connection
        if sync is not None and not conn.invalidated:
            sync.info.pop(SAVEPOINT_DUE, None)  # never sent: nothing of it to release
        if broken is not None or direct.lost(conn) or conn.invalidated:
            await self._fail(broken or ConnectionError("the connection was lost"))
            return
        if self.waiters and not self.sealed and self.members < self.group.cap:
            self.waiters.popleft().set_result(True)
            return
        await self._end_transaction()

    async def _end_transaction(self) -> None:
        conn = self.conn
        assert conn is not None
        outcome, kept, members = self.outcome, self.kept, self.members
        try:
            if kept:
                await commit(conn)
            elif conn.in_transaction():
                await conn.rollback()
        except BaseException as error:
            failed: BaseException = error
            if isinstance(error, Exception) and broken_constraint(error):
                # a claim held back was taken meanwhile (the same update delivered twice): nothing was
                # kept, and each member run again alone claims its own update, or answers as the first
                failed = Contention("a held-back claim was already taken: every member runs again")
                failed.__cause__ = error
            await self._fail(failed)
            if not isinstance(error, Exception):
                raise
            return
        if not outcome.done():
            outcome.set_result(None)
        if self.group.careful:
            self.group.careful -= 1
        self.group.transactions += 1
        self.group.members += members
        self._new_transaction()
        if self.waiters and not self._wanted():
            self.waiters.popleft().set_result(True)
        else:
            await self.close()  # those queued here start a new lane, behind the units queued for a connection
        await asyncio.sleep(0)  # the members told first go on first: this one queues behind them again

    def _wanted(self) -> bool:
        """Whether units that keep a transaction of their own (`background()`, or all on SQLite's one
        connection) queue for the connection this lane holds: then it is given back between batches."""
        waiting: Any = getattr(self.held, "_waiters", None) or ()  # asyncio.Semaphore's queue
        return any(not w.done() for w in waiting)

    async def _fail(self, error: BaseException) -> None:
        """The transaction is lost: every member in it fails; the connection is closed (invalidated
        if it died) and those queued start over on a connection of their own."""
        if isinstance(error, Contention):  # undone with all: those that run again do so in turn
            rerun = [turn for turn in self.turns if turn.reruns]
            replay = self.replay = Replay(len(rerun))
            for slot, turn in enumerate(rerun):
                turn.replay, turn.slot = replay, slot
        if not self.outcome.done():
            self.outcome.set_exception(error if isinstance(error, Exception) else ConnectionError(str(error)))
        conn = self.conn
        try:
            if conn is not None and not conn.invalidated and not direct.lost(conn):
                try:
                    await conn.rollback()
                except Exception:
                    await conn.invalidate()
        finally:
            waiters, self.waiters = self.waiters, deque()
            await self.close()
            for waiter in waiters:
                if not waiter.done():
                    waiter.set_result(False)

    async def close(self) -> None:
        """Give the connection back (no member left) and let a new lane form."""
        if self.group._lane is self:
            self.group._lane = None
        conn, self.conn = self.conn, None
        held, self.held = self.held, None
        try:
            if conn is not None:
                # a dead connection's `info` cannot be read (PendingRollbackError): it went with it
                if conn.sync_connection is not None and not conn.invalidated:
                    conn.sync_connection.info.pop(ENDS, None)
                    conn.sync_connection.info.pop(SAVEPOINT_DUE, None)
                    conn.sync_connection.info.pop(HOLDS_CLAIMS, None)
                    conn.sync_connection.info.pop(PENDING, None)
                    conn.sync_connection.info.pop(snapshots.SNAPSHOTS, None)
                if direct.lost(conn):  # as storage.uow does: never lent again, nor its pool's siblings
                    await conn.invalidate()
                    await conn.engine.dispose(close=False)
                await conn.close()
        finally:
            if held is not None:
                held.release()
        for waiter in self.waiters:  # queued while the connection was given back: start over
            if not waiter.done():
                waiter.set_result(False)
        self.waiters.clear()


class GroupCommit:
    """The lanes of one unit-of-work factory: at most one open at a time (per event loop); units that
    arrive while it is open queue on it."""

    def __init__(self, cap: int = DEFAULT_CAP) -> None:
        if cap < 1:
            raise ValueError("a batch holds at least one unit of work")
        self.cap = cap
        self._loop: asyncio.AbstractEventLoop | None = None
        self._lane: Lane | None = None
        self.careful = 0  # transactions left whose later members take savepoints (CAREFUL_TRANSACTIONS)
        self.transactions = 0  # committed or ended, for tests and the bench
        self.members = 0

    def _current(self) -> Lane | None:
        loop = asyncio.get_running_loop()
        if self._loop is not loop:
            self._loop, self._lane = loop, None
        return self._lane

    async def enter(self, open_connection: Opener) -> Turn:
        """Wait for a turn: on the open lane's connection, or as the first member of a new lane (one
        queued on a lane whose batch was undone with all: after its members ran again, they came first)."""
        while True:
            lane = self._current()
            if lane is None:
                lane = self._lane = Lane(self)
                try:
                    lane.conn, lane.held = await open_connection()
                except BaseException:
                    await lane.close()
                    raise
                if lane.conn.sync_connection is not None:
                    lane.conn.sync_connection.info.pop(PENDING, None)
                return await lane.start_turn()
            waiter: asyncio.Future[bool] = asyncio.get_running_loop().create_future()
            lane.waiters.append(waiter)
            try:
                take = await waiter
            except asyncio.CancelledError:
                if waiter.done() and not waiter.cancelled() and waiter.result():
                    turn = Turn(lane, savepoint=False, outcome=lane.outcome)  # given, not taken: pass it on
                    lane.members -= 1  # it took no place in the transaction
                    await lane.end_turn(turn, kept=False, written=False)
                elif waiter in lane.waiters:
                    lane.waiters.remove(waiter)
                raise
            if take:
                return await lane.start_turn()
            replay = lane.replay  # its lane's batch was undone with all: those members go first
            if replay is not None and not replay.finished:
                await replay.wait_all()
