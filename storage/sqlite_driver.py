"""aiosqlite, one thread hop per statement.

aiosqlite runs each sqlite3 call in its own thread; SQLAlchemy's adapter makes four calls per statement
(open a cursor, execute, fetch, close), each a round trip through a queue and the event loop that costs
far more than SQLite's own work on a small transaction. This cursor does all four in one trip, which
makes every statement (BEGIN IMMEDIATE, the reads and guarded writes of a join) 2-4 times cheaper.

It uses the same aiosqlite internals SQLAlchemy's own dialect uses (`Connection._execute`,
`Connection._conn`); `make_engine` hands it to the stock `sqlite+aiosqlite` dialect as its DBAPI
module, so URLs, types and SQL are unchanged.
"""

from __future__ import annotations

import collections
import sqlite3
from collections.abc import Sequence
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

Outcome = tuple[Any, Sequence[Any], int, int | None]


def _run(conn: sqlite3.Connection, operation: str, parameters: Any, many: bool) -> Outcome:
    """In aiosqlite's thread: execute, fetch everything, close; return what the DBAPI cursor knew."""
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
        return description, rows, cursor.rowcount, cursor.lastrowid
    finally:
        cursor.close()


class OneHopCursor(AsyncAdapt_aiosqlite_cursor):
    """A buffered cursor whose `execute` is a single trip to the connection's thread."""

    __slots__ = ("_description", "_lastrowid", "_rowcount")

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
        try:
            outcome = await_(self._trip(operation, parameters, many))
        except Exception as error:
            self._adapt_connection._handle_exception(error)
        self._description, rows, self._rowcount, self._lastrowid = outcome
        self._rows = collections.deque(rows)

    async def _trip(self, operation: str, parameters: Any, many: bool) -> Outcome:
        connection: aiosqlite.Connection = self._connection  # type: ignore[assignment]
        async with self._adapt_connection._execute_mutex:
            return await connection._execute(_run, connection._conn, operation, parameters, many)  # type: ignore[no-untyped-call,no-any-return]

    def execute(self, operation: Any, parameters: Any = None) -> None:
        self._go(operation, parameters, False)

    def executemany(self, operation: Any, seq_of_parameters: Any) -> None:
        self._go(operation, seq_of_parameters, True)

    async def _async_soft_close(self) -> None:
        """Nothing to close: the sqlite3 cursor was closed in the thread."""

    def close(self) -> None:
        self._rows.clear()


class OneHopConnection(AsyncAdapt_aiosqlite_connection):
    __slots__ = ()
    _cursor_cls = OneHopCursor


class OneHopDbapi(AsyncAdapt_aiosqlite_dbapi):
    """The DBAPI module handed to SQLAlchemy's aiosqlite dialect (`create_engine(module=...)`)."""

    def connect(self, *arg: Any, **kw: Any) -> OneHopConnection:
        creator = kw.pop("async_creator_fn", None)
        connection = creator(*arg, **kw) if creator else self.aiosqlite.connect(*arg, **kw)
        if not creator:  # as SQLAlchemy does: aiosqlite's thread must never block interpreter exit
            thread = connection if isinstance(connection, Thread) else connection._thread  # < 0.22: a Thread
            thread.daemon = True
        return OneHopConnection(self, await_(connection))


def dbapi() -> OneHopDbapi:
    return OneHopDbapi(aiosqlite, sqlite3)
