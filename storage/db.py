"""The async engine, from a URL: SQLite (aiosqlite) for one machine, PostgreSQL (asyncpg) for more.

Nothing is built at import time; the composition root calls `make_engine(settings.database_url)`.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from sqlalchemy import event
from sqlalchemy.engine import URL, make_url
from sqlalchemy.ext.asyncio import AsyncEngine, create_async_engine

from storage import sqlite_driver

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


def async_url(url: str | URL) -> URL:
    """`url` with the async driver: `sqlite:///` -> aiosqlite, `postgresql://` -> asyncpg."""
    parsed = make_url(url)
    driver = _DRIVERS.get(parsed.drivername)
    return parsed.set(drivername=driver) if driver else parsed


def is_sqlite(url: str | URL) -> bool:
    return make_url(url).get_backend_name() == "sqlite"


def make_engine(url: str = DEFAULT_URL, **options: Any) -> AsyncEngine:
    """An engine tuned for the backend; `options` go to `create_async_engine` (tests, tools)."""
    parsed = async_url(url)
    if parsed.get_backend_name() == "sqlite":
        return _sqlite_engine(parsed, options)
    options.setdefault("pool_size", PG_POOL_SIZE)
    options.setdefault("max_overflow", PG_MAX_OVERFLOW)
    return create_async_engine(parsed, **options)


def _sqlite_engine(url: URL, options: dict[str, Any]) -> AsyncEngine:
    """SQLite allows one writer: one pooled connection, so coroutines wait their turn for it (in arrival
    order: see storage.uow.FairGate) instead of spinning on the file lock, and every transaction takes
    the write lock up front (BEGIN IMMEDIATE), so a read-then-write transaction never fails half-way
    with SQLITE_BUSY; busy_timeout covers other processes (`tuan migrate`, `tuan seed`)."""
    database = url.database or ""
    in_memory = database in ("", ":memory:") or "mode=memory" in str(url.query)
    if not in_memory and not database.startswith("file:"):
        Path(database).parent.mkdir(parents=True, exist_ok=True)
    if not in_memory and "poolclass" not in options:  # in memory: SQLAlchemy's StaticPool, one connection
        options.setdefault("pool_size", 1)
        options.setdefault("max_overflow", 0)
    options.setdefault("module", sqlite_driver.dbapi())  # one thread hop per statement
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
        # Handed straight to the driver, which sends it with the transaction's first statement.
        driver = conn.connection.dbapi_connection
        if not (isinstance(driver, sqlite_driver.OneHopConnection) and driver.defer_begin("BEGIN IMMEDIATE")):
            conn.exec_driver_sql("BEGIN IMMEDIATE")

    return engine
