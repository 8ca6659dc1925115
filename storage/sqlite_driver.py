"""aiosqlite, one thread hop per statement.

aiosqlite runs each sqlite3 call in its own thread; SQLAlchemy's adapter makes four calls per statement
(open a cursor, execute, fetch, close), each a round trip through a queue and the event loop that costs
far more than SQLite's own work on a small transaction. This cursor does all four in one trip, which
makes every statement (BEGIN IMMEDIATE, the reads and guarded writes of a join) 2-4 times cheaper.

Two more trips are saved per transaction, and they are what makes a short transaction cheap:
`BEGIN IMMEDIATE` is not sent on its own but in the same trip as the transaction's first statement,
and a `rollback()` or `commit()` with no transaction open in SQLite (SQLAlchemy rolls back when a
connection goes back to the pool, also after a commit) costs nothing. A third can be saved by asking
(`commit_with_next_statement`) for the COMMIT to travel with the last statement. The connection knows
whether a transaction is open because every trip reports `sqlite3.Connection.in_transaction`.
Writes nobody reads the result of (a member's sighting, outbox rows: storage.direct.defer) are
`carry`-ed: they run first in the transaction's next trip, whatever it is, or with the COMMIT.
And inside a transaction that holds the write lock (begun IMMEDIATE), storage.direct's small statements
take no trip at all: they run on the event loop's thread (`OneHopConnection._inline`), since there they
wait for no lock and write nothing to disk (the COMMIT does, and it still takes the trip). So a group
commit's batch (storage.group_commit) costs two trips however many joins it holds.

It uses the same aiosqlite internals SQLAlchemy's own dialect uses (`Connection._execute`,
`Connection._conn`) and SQLAlchemy 2.1's adapter classes and `await_`; `make_engine` hands it to the
stock `sqlite+aiosqlite` dialect as its DBAPI module, so URLs, types and SQL are unchanged. Only
`make_engine` loads this module, and only on the releases it was tested with
(storage.db.FAST_PATH_TESTED; storage.direct looks it up on engines `make_engine` marked): on
SQLAlchemy 2.0 it would not even import.
"""

from __future__ import annotations

import asyncio
import collections
import sqlite3
from collections.abc import Callable, Sequence
from threading import Thread
from typing import Any

import aiosqlite
from sqlalchemy.dialects.sqlite.aiosqlite import (
    AsyncAdapt_aiosqlite_connection,
    AsyncAdapt_aiosqlite_cursor,
    AsyncAdapt_aiosqlite_dbapi,
)
from sqlalchemy.util import EMPTY_DICT
from sqlalchemy.util.concurrency import await_

from storage.small import small_now

Outcome = tuple[Any, Sequence[Any], int, int | None, bool]
Carried = Sequence[tuple[str, Any]]  # (sql, parameters) of writes run first in a trip


def _start(conn: sqlite3.Connection, begin: str | None, carried: Carried) -> None:
    """In aiosqlite's thread: the held-back BEGIN, then the carried writes."""
    if begin is not None:
        conn.execute(begin).close()
    for operation, parameters in carried:
        conn.execute(operation, parameters).close()


def _run(
    conn: sqlite3.Connection,
    operation: str,
    parameters: Any,
    many: bool,
    begin: str | None,
    commit: bool,
    carried: Carried = (),
) -> Outcome:
    """In aiosqlite's thread: begin if asked, run the carried writes, execute, fetch everything, close,
    and with `commit` commit if the statement returned a row; return what the DBAPI cursor knew and
    whether a transaction is open."""
    _start(conn, begin, carried)
    cursor = conn.cursor()
    try:
        if many:
            cursor.executemany(operation, parameters)
        elif parameters is None:
            cursor.execute(operation)
        else:
            cursor.execute(operation, parameters)
        description = cursor.description
        rows = cursor.fetchall() if description else ()
        if commit and rows:
            conn.execute("COMMIT").close()
        return description, rows, cursor.rowcount, cursor.lastrowid, conn.in_transaction
    finally:
        cursor.close()


def _run_chain(
    conn: sqlite3.Connection, steps: Sequence[tuple[str, Any]], begin: str | None, carried: Carried = ()
) -> tuple[list[list[Any]], bool]:
    """In aiosqlite's thread: begin if asked, run the carried writes, then `steps` up to the first that
    returns no row."""
    _start(conn, begin, carried)
    done: list[list[Any]] = []
    for operation, parameters in steps:
        cursor = conn.execute(operation, parameters)
        try:
            done.append(cursor.fetchall())
        finally:
            cursor.close()
        if not done[-1]:
            break
    return done, conn.in_transaction


def _locks(begin: str | None) -> bool:
    """Whether a BEGIN takes SQLite's write lock up front (storage.db sends `BEGIN IMMEDIATE`)."""
    return begin is not None and begin.upper().split()[1:2] in (["IMMEDIATE"], ["EXCLUSIVE"])


def _commit(conn: sqlite3.Connection, begin: str | None, carried: Carried) -> bool:
    """In aiosqlite's thread: begin if asked, the carried writes, then COMMIT."""
    _start(conn, begin, carried)
    conn.execute("COMMIT").close()
    return conn.in_transaction


class OneHopCursor(AsyncAdapt_aiosqlite_cursor):
    """A buffered cursor whose `execute` is a single trip to the connection's thread."""

    __slots__ = ("_description", "_lastrowid", "_rowcount")
    _adapt_connection: OneHopConnection

    def __init__(self, adapt_connection: Any) -> None:
        self._adapt_connection = adapt_connection
        self._connection = adapt_connection._connection
        self._cursor = None  # type: ignore[assignment]
        self._soft_closed_memoized = EMPTY_DICT
        self._rows = collections.deque()
        self._description: Any = None
        self._rowcount = -1
        self._lastrowid: int | None = None

    @property
    def description(self) -> Any:
        return self._description

    @property
    def rowcount(self) -> int:
        return self._rowcount

    @property
    def lastrowid(self) -> int:
        return self._lastrowid  # type: ignore[return-value]

    @property
    def arraysize(self) -> int:
        return 1

    @arraysize.setter
    def arraysize(self, value: int) -> None:
        pass

    def _go(self, operation: str, parameters: Any, many: bool) -> None:
        outcome = await_(self._adapt_connection.trip(operation, parameters, many))
        self._description, rows, self._rowcount, self._lastrowid, _ = outcome
        self._rows = collections.deque(rows)

    def execute(self, operation: Any, parameters: Any = None) -> None:
        if not parameters and _is_begin(operation) and self._adapt_connection.defer_begin(operation):
            self._description, self._rowcount, self._lastrowid = None, -1, None
            self._rows = collections.deque()
            return
        self._go(operation, parameters, False)

    def executemany(self, operation: Any, seq_of_parameters: Any) -> None:
        self._go(operation, seq_of_parameters, True)

    async def _async_soft_close(self) -> None:
        """Nothing to close: the sqlite3 cursor was closed in the thread."""

    def close(self) -> None:
        self._rows.clear()


def _is_begin(operation: Any) -> bool:
    return isinstance(operation, str) and operation.lstrip()[:5].upper() == "BEGIN"


class OneHopConnection(AsyncAdapt_aiosqlite_connection):
    """Knows whether SQLite has a transaction open, and holds back a `BEGIN` until there is work."""

    __slots__ = (
        "_any_thread",
        "_carried",
        "_commit_if_row",
        "_committed_early",
        "_in_transaction",
        "_locked",
        "_pending_begin",
        "_ran",
        "_sent",
    )
    _cursor_cls = OneHopCursor

    def __init__(self, dbapi: Any, connection: Any) -> None:
        super().__init__(dbapi, connection)
        self._in_transaction = True  # not known until the first trip: assume the costly case
        self._pending_begin: str | None = None
        self._commit_if_row = False
        self._committed_early = False
        self._carried: list[tuple[str, Any]] = []
        # The open transaction holds SQLite's write lock (begun IMMEDIATE by a trip of ours): its
        # statements wait for no lock and write nothing to disk until the COMMIT (see `_inline`).
        self._locked = False
        self._any_thread = False  # the sqlite3 connection may be used outside aiosqlite's thread
        self._sent = 0  # trips handed to the thread (counted by the event loop's thread)
        self._ran = 0  # trips the thread finished (counted by that thread): equal, it is idle

    def _counted(self, fn: Callable[..., Any], *args: Any) -> Any:
        """In aiosqlite's thread: `fn`, then counted as finished (even if its awaiter was cancelled)."""
        try:
            return fn(*args)
        finally:
            self._ran += 1

    async def _hop(self, fn: Callable[..., Any], *args: Any) -> Any:
        connection: aiosqlite.Connection = self._connection  # type: ignore[assignment]
        self._sent += 1
        return await connection._execute(self._counted, fn, connection._conn, *args)  # type: ignore[no-untyped-call]

    def _raw(self) -> sqlite3.Connection:
        connection: aiosqlite.Connection = self._connection  # type: ignore[assignment]
        return connection._conn

    def _inline(self) -> bool:
        """Whether a small statement may run right here, on the event loop's thread, instead of a trip to
        aiosqlite's: inside a transaction that holds the write lock (so it waits for no lock; the disk
        is written at the COMMIT, which still takes the trip), with nothing else on the connection
        (no trip queued or running, nothing held back to begin or commit with it). Such a statement costs
        SQLite some microseconds, far less than the hand-off to the thread and back; a group commit's
        later members then cost no trip at all."""
        return (
            self._locked
            and self._any_thread
            and self._in_transaction
            and self._pending_begin is None
            and not self._commit_if_row
            and not self._committed_early
            and self._sent == self._ran
            and not self._execute_mutex.locked()
        )

    async def trip(
        self, operation: str, parameters: Any, many: bool = False, *, small: bool = False
    ) -> Outcome:
        """One statement in one trip to the connection's thread, with a held-back BEGIN and, if asked,
        the COMMIT. Also called straight from async code (storage.direct's hot statements: `small`,
        which run on the event loop's thread when `_inline` says they may)."""
        if self._committed_early:
            raise self.dbapi.ProgrammingError("the transaction was committed with its last statement")
        if ((small and not many) or small_now()) and self._inline():
            carried, self._carried = self._carried, []
            try:
                outcome: Outcome = _run(self._raw(), operation, parameters, many, None, False, carried)
            except Exception as error:
                self._in_transaction, self._locked = True, False
                self._handle_exception(error)
            self._in_transaction = outcome[4]
            self._locked = self._locked and self._in_transaction
            return outcome
        begin, self._pending_begin = self._pending_begin, None
        commit, self._commit_if_row = self._commit_if_row, False
        carried, self._carried = self._carried, []
        try:
            async with self._execute_mutex:
                outcome = await self._hop(_run, operation, parameters, many, begin, commit, carried)
        except asyncio.CancelledError:
            self._interrupted()
            raise
        except Exception as error:
            self._in_transaction, self._locked = True, False  # unknown: let a rollback really go to SQLite
            self._handle_exception(error)
        self._in_transaction = outcome[4]
        self._locked = self._in_transaction and (
            self._locked or _locks(begin) or (not parameters and _locks(operation))
        )
        self._committed_early = commit and not self._in_transaction
        return outcome

    async def chain(self, steps: Sequence[tuple[str, Any]]) -> list[list[Any]]:
        """Statements in one trip, in order, up to the first that returns no row: the rows of each one
        run (two guarded writes where the second only makes sense after the first)."""
        if self._committed_early:
            raise self.dbapi.ProgrammingError("the transaction was committed with its last statement")
        if self._inline():
            carried, self._carried = self._carried, []
            try:
                done, self._in_transaction = _run_chain(self._raw(), steps, None, carried)
            except Exception as error:
                self._in_transaction, self._locked = True, False
                self._handle_exception(error)
            self._locked = self._locked and self._in_transaction
            return done
        begin, self._pending_begin = self._pending_begin, None
        carried, self._carried = self._carried, []
        try:
            async with self._execute_mutex:
                done, self._in_transaction = await self._hop(_run_chain, steps, begin, carried)
        except asyncio.CancelledError:
            self._interrupted()
            raise
        except Exception as error:
            self._in_transaction, self._locked = True, False
            self._handle_exception(error)
        self._locked = self._in_transaction and (self._locked or _locks(begin))
        return done  # type: ignore[no-any-return]

    def carry(self, writes: Carried) -> None:
        """Run `writes` first in this transaction's next trip (a statement's, or the COMMIT's): writes
        whose result nobody reads, held back by storage.direct so they cost no trip of their own."""
        if self._committed_early:
            raise self.dbapi.ProgrammingError("the transaction was committed with its last statement")
        self._carried.extend(writes)

    def commit_with_next_statement(self) -> None:
        """Commit in the same trip as the next statement, if that statement returns a row.

        For the last write of a unit of work (a guarded INSERT ... RETURNING): saves the COMMIT's trip.
        The caller must still call `commit()` (then free); until it does, or rolls back, any further
        statement raises, because it would no longer be inside the transaction.
        """
        self._commit_if_row = True

    def defer_begin(self, operation: str) -> bool:
        """Hold `BEGIN` back for the next trip; False (send it now) unless no transaction is open."""
        if self._pending_begin is not None or self._in_transaction:
            return False  # SQLite will say what is wrong
        self._pending_begin = operation
        return True

    def commit(self) -> None:
        self._settle()
        if self._carried:  # the BEGIN (if held back), the carried writes and the COMMIT: one trip
            begin, self._pending_begin = self._pending_begin, None
            await_(self._commit_carried(begin))
        elif self._pending_begin is not None:  # nothing ran since BEGIN: there is nothing to commit
            self._pending_begin = None
        elif self._in_transaction:
            super().commit()
            self._in_transaction = False

    async def _commit_carried(self, begin: str | None) -> None:
        carried, self._carried = self._carried, []
        self._locked = False
        try:
            async with self._execute_mutex:
                self._in_transaction = await self._hop(_commit, begin, carried)
        except asyncio.CancelledError:
            self._interrupted()
            raise
        except Exception as error:
            self._in_transaction = True
            self._handle_exception(error)

    def _interrupted(self) -> None:
        """Its caller was cancelled during a trip: the statement (and a BEGIN held back for it) may have
        run in the connection's thread all the same, so the rollback that follows must really go to
        SQLite (else the transaction stays open and the next unit of work's BEGIN fails)."""
        self._in_transaction, self._locked = True, False

    def rollback(self) -> None:
        self._settle()
        self._pending_begin = None
        self._carried.clear()
        if self._in_transaction:
            super().rollback()
            self._in_transaction = False

    def close(self) -> None:
        self._settle()
        self._pending_begin = None
        self._carried.clear()
        super().close()

    def _settle(self) -> None:
        self._commit_if_row = self._committed_early = self._locked = False


class OneHopDbapi(AsyncAdapt_aiosqlite_dbapi):
    """The DBAPI module handed to SQLAlchemy's aiosqlite dialect (`create_engine(module=...)`)."""

    def connect(self, *arg: Any, **kw: Any) -> OneHopConnection:
        creator = kw.pop("async_creator_fn", None)
        connection = creator(*arg, **kw) if creator else self.aiosqlite.connect(*arg, **kw)
        if not creator:  # as SQLAlchemy does: aiosqlite's thread must never block interpreter exit
            thread = connection if isinstance(connection, Thread) else connection._thread  # < 0.22: a Thread
            thread.daemon = True
        adapted = OneHopConnection(self, await_(connection))
        # SQLAlchemy lets a file database's connection be used from any thread; an in-memory one (or a
        # URL's `check_same_thread=true`) only from aiosqlite's: then every statement takes the trip
        adapted._any_thread = not creator and kw.get("check_same_thread") is False
        return adapted


def dbapi() -> OneHopDbapi:
    return OneHopDbapi(aiosqlite, sqlite3)
