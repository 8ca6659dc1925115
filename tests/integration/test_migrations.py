"""Migrations and engine set-up on SQLite and PostgreSQL."""

from __future__ import annotations

from pathlib import Path

import pytest
from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory
from sqlalchemy import inspect
from sqlalchemy.engine import Connection

from storage.db import async_url, make_engine
from storage.migrate import MIGRATIONS, alembic_config, current, upgrade
from storage.tables import ALL_TABLES, metadata


def _head() -> str:
    head = ScriptDirectory.from_config(alembic_config()).get_current_head()
    assert head is not None
    return head


async def test_upgrade_creates_every_table_and_running_it_again_changes_nothing(
    empty_database_url: str,
) -> None:
    assert await current(empty_database_url) is None
    await upgrade(empty_database_url)
    await upgrade(empty_database_url)
    assert await current(empty_database_url) == _head()

    def differences(conn: Connection) -> list[object]:
        context = MigrationContext.configure(conn, opts={"compare_type": True})
        return list(compare_metadata(context, metadata))

    def tables(conn: Connection) -> set[str]:
        return set(inspect(conn).get_table_names())

    engine = make_engine(empty_database_url)
    try:
        async with engine.connect() as conn:
            assert await conn.run_sync(tables) >= {t.name for t in ALL_TABLES}
            assert await conn.run_sync(differences) == []  # the migration matches storage.tables
    finally:
        await engine.dispose()


def test_the_migrations_ship_inside_the_package() -> None:
    assert MIGRATIONS.parent == Path(__file__).resolve().parents[2] / "storage"
    assert (MIGRATIONS / "env.py").exists() and (MIGRATIONS / "script.py.mako").exists()
    assert list((MIGRATIONS / "versions").glob("0001_*.py"))


@pytest.mark.parametrize(
    ("given", "expected"),
    [
        ("sqlite:///./var/tuan.db", "sqlite+aiosqlite:///./var/tuan.db"),
        ("sqlite+aiosqlite:///x.db", "sqlite+aiosqlite:///x.db"),
        ("postgresql://u:p@db:5432/tuan", "postgresql+asyncpg://u:p@db:5432/tuan"),
        ("postgres://u@db/tuan", "postgresql+asyncpg://u@db/tuan"),
        ("postgresql+asyncpg://u@db/tuan", "postgresql+asyncpg://u@db/tuan"),
    ],
)
def test_urls_are_rewritten_to_the_async_drivers(given: str, expected: str) -> None:
    assert async_url(given).render_as_string(hide_password=False) == expected


async def test_sqlite_engine_uses_wal_one_connection_and_immediate_transactions(tmp_path: Path) -> None:
    engine = make_engine(f"sqlite:///{tmp_path / 'made' / 'here.db'}")  # creates the folder too
    try:
        assert engine.url.drivername == "sqlite+aiosqlite"
        assert (engine.pool.size(), engine.pool._max_overflow) == (1, 0)  # type: ignore[attr-defined]
        statements: list[str] = []  # as SQLite runs them (the driver sends BEGIN with the first one)
        async with engine.connect() as conn:
            raw = await conn.get_raw_connection()
            raw.driver_connection._conn.set_trace_callback(statements.append)  # type: ignore[union-attr]

        async with engine.begin() as conn:
            pragmas = [
                (await conn.exec_driver_sql(f"PRAGMA {name}")).scalar()
                for name in ("journal_mode", "synchronous", "foreign_keys", "busy_timeout")
            ]
        assert pragmas == ["wal", 1, 1, 5000]  # synchronous 1 = NORMAL
        assert statements[0] == "BEGIN IMMEDIATE"
    finally:
        await engine.dispose()
    assert (tmp_path / "made" / "here.db").exists()


@pytest.mark.postgres
async def test_postgres_engine_has_a_real_pool(postgres_url: str) -> None:
    engine = make_engine(postgres_url.replace("postgresql+asyncpg://", "postgresql://"))
    try:
        assert engine.url.drivername == "postgresql+asyncpg"
        assert (engine.pool.size(), engine.pool._max_overflow) == (10, 0)  # type: ignore[attr-defined]
        async with engine.connect() as conn:
            assert (await conn.exec_driver_sql("SELECT 1")).scalar() == 1
    finally:
        await engine.dispose()
