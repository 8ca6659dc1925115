"""Statements known to be small (a join batch's few rows: handlers.rush), so SQLite's fast path may run them
on the event loop's thread (storage.sqlite_driver `_inline`); a module of its own, since storage imports
the fast path only on the releases it was tested with (storage.db)."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from contextvars import ContextVar

_SMALL: ContextVar[bool] = ContextVar("sqlite_small_statements", default=False)


@contextmanager
def small_statements() -> Iterator[None]:
    """Statements in here (an executemany of a few dozen rows too) cost SQLite microseconds: inside a
    transaction holding the write lock they run on the event loop's thread, as storage.direct's hot
    statements do, instead of a trip to aiosqlite's. Any engine but SQLite's fast path ignores it."""
    token = _SMALL.set(True)
    try:
        yield
    finally:
        _SMALL.reset(token)


def small_now() -> bool:
    return _SMALL.get()
