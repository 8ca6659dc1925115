"""Which database failures are a lost race for a lock, worth running the same work again.

PostgreSQL: a deadlock (SQLSTATE 40P01: two transactions each waiting for a row the other holds; one is
chosen and aborted), a serialization failure (40001) and a lock wait cut short by `lock_timeout`
(55P03: a group commit's later members may not wait, storage.group_commit). SQLite: "database is locked"
(another connection kept the write lock past the busy timeout). Anything else (a constraint, a lost
connection, a bug) is not: running it again would fail the same way, or is another matter.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator

CONTENDED_STATES = frozenset({"40P01", "40001", "55P03"})
_SQLITE_BUSY = frozenset({"SQLITE_BUSY", "SQLITE_LOCKED"})


def contended(error: BaseException) -> bool:
    """Whether `error`, or one it came from, is a lost race for a lock."""
    for cause in _causes(error):
        state = _state(cause)
        if state is not None and state in CONTENDED_STATES:
            return True
        if isinstance(cause, sqlite3.OperationalError) and (
            getattr(cause, "sqlite_errorname", "") in _SQLITE_BUSY or "is locked" in str(cause)
        ):
            return True
    return False


def broken_constraint(error: BaseException) -> bool:
    """Whether `error`, or one it came from, is a broken constraint (SQLSTATE class 23: a unique key, a
    foreign key): running the same work again alone may well go through (storage.group_commit)."""
    return any((_state(cause) or "").startswith("23") for cause in _causes(error))


def _causes(error: BaseException) -> Iterator[BaseException]:
    """`error` and the errors it came from (its cause, else its context), each once."""
    seen: set[int] = set()
    cause: BaseException | None = error
    while cause is not None and id(cause) not in seen:
        seen.add(id(cause))
        yield cause
        cause = cause.__cause__ or cause.__context__


def _state(error: BaseException) -> str | None:
    state = getattr(error, "sqlstate", None) or getattr(error, "pgcode", None)
    return state if isinstance(state, str) else None
