"""The async engine, from a URL: SQLite (aiosqlite) for one machine, PostgreSQL (asyncpg) for more.

Nothing is built at import time; the composition root calls `make_engine(settings.database_url)`.

The fast path is optional: on SQLite, storage.sqlite_driver (one thread hop per statement) replaces
SQLAlchemy's aiosqlite adapter; on both engines, storage.direct sends a join's hot statements straight
to the driver. It relies on private members of SQLAlchemy and aiosqlite, so it is imported and used
only on the releases it was tested with (`FAST_PATH_TESTED`; on PostgreSQL only SQLAlchemy's matters);
any other release, or `make_engine(..., fast_path=False)`, gets SQLAlchemy's stock path: slower (joins/s
about 0.3x on SQLite, 0.5x on PostgreSQL: bench/join_contention.py --compare), never broken.
"""

from __future__ import annotations

import re
from importlib.metadata import PackageNotFoundError, version
from pathlib import Path
from typing import Any

from sqlalchemy import event
from sqlalchemy.engine import URL, make_url
from sqlalchemy.exc import ArgumentError
from sqlalchemy.ext.asyncio import AsyncEngine, create_async_engine
from sqlalchemy.pool import AsyncAdaptedQueuePool

from storage import direct
from storage.direct import DIRECT
from storage.liveness import IDLE_PING_SECONDS, ping_after_rest

DEFAULT_URL = "sqlite+aiosqlite:///./var/tuan.db"
SQLITE_BUSY_TIMEOUT_MS = 5000
# Few connections on purpose: joins of one group buy queue for one row lock, and 30 connections on two
# cores made p99 four times worse than 10 (bench/join_contention.py) while adding no throughput.
PG_POOL_SIZE = 10
PG_MAX_OVERFLOW = 0

_DRIVERS = {
    "sqlite": "sqlite+aiosqlite",
    "postgres": "postgresql+asyncpg",
    "postgresql": "postgresql+asyncpg",
}


SUPPORTED = "SQLite (sqlite+aiosqlite:///./var/tuan.db) or PostgreSQL (postgresql+asyncpg://user:pw@host/db)"
# libpq's sslmode (in managed PostgreSQL providers' URLs); asyncpg takes the same values as `ssl`
SSLMODES = ("disable", "allow", "prefer", "require", "verify-ca", "verify-full")


class BadDatabaseURL(ValueError):
    """A database URL Tuan cannot use; the message says what is wrong and what works, in one line."""


def _masked(url: str) -> str:
    """`url` as typed, its password (if any) hidden: for a URL that does not parse."""
    return re.sub(r"(://[^:/@]*:)[^@/]*@", r"\1***@", url)


def async_url(url: str | URL) -> URL:
    """`url` with the async driver: `sqlite:///` -> aiosqlite, `postgresql://` -> asyncpg (libpq's
    `sslmode` as asyncpg's `ssl`). BadDatabaseURL for one that does not parse or another database."""
    try:
        parsed = make_url(url)
    except (ArgumentError, ValueError) as exc:  # ValueError: a port that is not a number
        raise BadDatabaseURL(f"not a database URL: {_masked(str(url))!r} (expected {SUPPORTED})") from exc
    parsed = parsed.set(drivername=_DRIVERS.get(parsed.drivername, parsed.drivername))
    if parsed.drivername not in _DRIVERS.values():
        raise BadDatabaseURL(
            f"unsupported database {parsed.render_as_string(hide_password=True)}: Tuan runs on {SUPPORTED}"
        )
    return _ssl_from_sslmode(parsed) if parsed.drivername == "postgresql+asyncpg" else parsed


def _ssl_from_sslmode(url: URL) -> URL:
    if "sslmode" not in url.query:
        return url
    mode = url.query["sslmode"]
    mode = mode if isinstance(mode, str) else mode[-1]
    if mode not in SSLMODES:
        raise BadDatabaseURL(
            f"the database URL's sslmode must be {', '.join(SSLMODES[:-1])} or {SSLMODES[-1]}, not {mode!r}"
        )
    if url.query.get("ssl", mode) != mode:
        raise BadDatabaseURL(
            f"the database URL says both ssl={url.query['ssl']} and sslmode={mode}: keep one"
        )
    return url.difference_update_query(["sslmode"]).update_query_dict({"ssl": mode})


def is_sqlite(url: str | URL) -> bool:
    return make_url(url).get_backend_name() == "sqlite"


# The (major, minor) releases storage.sqlite_driver and storage.direct were tested with (the storage
# tests run on both paths); add one only after the storage tests passed on it.
FAST_PATH_TESTED: dict[str, tuple[tuple[int, int], ...]] = {
    "sqlalchemy": ((2, 1),),
    "aiosqlite": ((0, 20), (0, 21), (0, 22)),
}
_TESTED_SQLALCHEMY = FAST_PATH_TESTED["sqlalchemy"]  # all storage.direct needs on asyncpg


def _release(distribution: str) -> tuple[int, int] | None:
    try:
        found = re.match(r"(\d+)\.(\d+)", version(distribution))
    except PackageNotFoundError:
        return None
    return (int(found[1]), int(found[2])) if found else None


def fast_path_supported() -> bool:
    """Whether the installed SQLAlchemy and aiosqlite are releases the SQLite fast path was tested with."""
    return all(_release(name) in tested for name, tested in FAST_PATH_TESTED.items())


def make_engine(url: str = DEFAULT_URL, *, fast_path: bool = True, **options: Any) -> AsyncEngine:
    """An engine tuned for the backend; `options` go to `create_async_engine` (tests, tools).

    `fast_path=False` takes SQLAlchemy's stock path even where the fast path is supported (a switch for
    operators, and the tests' second path). On PostgreSQL, `idle_ping_seconds` (default 5) is how long a
    pooled connection may rest before it is pinged as it is lent (storage.liveness)."""
    parsed = async_url(url)
    if parsed.get_backend_name() == "sqlite":
        return _sqlite_engine(parsed, options, fast_path=fast_path and "module" not in options)
    idle_ping_seconds = float(options.pop("idle_ping_seconds", IDLE_PING_SECONDS))
    options.setdefault("pool_size", PG_POOL_SIZE)
    options.setdefault("max_overflow", PG_MAX_OVERFLOW)
    direct_route = fast_path and parsed.get_driver_name() == "asyncpg"
    if direct_route and _release("sqlalchemy") in _TESTED_SQLALCHEMY:
        _mark_direct(options)
    engine = _listened(create_async_engine(parsed, **options))
    ping_after_rest(engine, idle_ping_seconds)  # a restarted server's dead connections: storage.liveness
    return engine


def _listened(engine: AsyncEngine) -> AsyncEngine:
    """An engine marked for the direct route sends the writes it holds back at the right moments."""
    if engine.sync_engine.get_execution_options().get(DIRECT):
        direct.listen(engine)
    return engine


def _mark_direct(options: dict[str, Any]) -> None:
    """Let storage.direct send this engine's hot statements straight to the driver."""
    options["execution_options"] = {**options.get("execution_options", {}), DIRECT: True}


def _sqlite_engine(url: URL, options: dict[str, Any], *, fast_path: bool) -> AsyncEngine:
    """SQLite allows one writer: one pooled connection, so coroutines wait their turn for it (in arrival
    order: see storage.uow.FairGate) instead of spinning on the file lock, and every transaction takes
    the write lock up front (BEGIN IMMEDIATE), so a read-then-write transaction never fails half-way
    with SQLITE_BUSY; busy_timeout covers other processes (`tuan migrate`, `tuan seed`)."""
    database = url.database or ""
    in_memory = database in ("", ":memory:") or "mode=memory" in str(url.query)
    if not in_memory and not database.startswith("file:"):
        Path(database).parent.mkdir(parents=True, exist_ok=True)
    if not in_memory and "poolclass" not in options:  # in memory: SQLAlchemy's StaticPool, one connection
        options["poolclass"] = AsyncAdaptedQueuePool  # SQLAlchemy 2.0's default for a file is NullPool
        options.setdefault("pool_size", 1)
        options.setdefault("max_overflow", 0)
    one_hop = fast_path and fast_path_supported()
    if one_hop:
        from storage import sqlite_driver  # private members of SQLAlchemy and aiosqlite: gated

        options["module"] = sqlite_driver.dbapi()  # one thread hop per statement
        _mark_direct(options)
    engine = create_async_engine(url, **options)

    @event.listens_for(engine.sync_engine, "connect")
    def _on_connect(dbapi_connection: Any, _record: Any) -> None:
        # Take transaction control away from the driver: SQLAlchemy's documented recipe.
        dbapi_connection.isolation_level = None
        cursor = dbapi_connection.cursor()
        cursor.execute("PRAGMA journal_mode=WAL")
        cursor.execute("PRAGMA synchronous=NORMAL")
        cursor.execute("PRAGMA foreign_keys=ON")
        cursor.execute(f"PRAGMA busy_timeout={SQLITE_BUSY_TIMEOUT_MS}")
        cursor.close()

    @event.listens_for(engine.sync_engine, "begin")
    def _on_begin(conn: Any) -> None:
        # The fast path's driver holds it back and sends it with the transaction's first statement.
        if not (one_hop and conn.connection.dbapi_connection.defer_begin("BEGIN IMMEDIATE")):
            conn.exec_driver_sql("BEGIN IMMEDIATE")

    return _listened(engine)
