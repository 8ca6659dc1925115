"""Migrations and engine set-up on SQLite and PostgreSQL: alembic owns every table, and a database
migrated to head is exactly what the models say (autogenerate would find nothing to do)."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
import sqlalchemy as sa
from alembic import command
from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory
from sqlalchemy import inspect
from sqlalchemy.engine import Connection

from storage.adapter_tables import ADAPTER_TABLES, playground_chats, telegram_cards
from storage.db import async_url, make_engine
from storage.migrate import (
    MIGRATIONS,
    alembic_config,
    current,
    head,
    include_name,
    is_current,
    models,
    upgrade,
)
from storage.tables import ALL_TABLES

BEFORE_ADAPTER_TABLES = "0003"  # the adapters made their tables with create_all until 0004

# `telegram_cards` as start-up made it then: the columns later migrations added (0062's `shown`) were not
# there yet
TELEGRAM_CARDS_BEFORE_0004 = sa.Table(
    "telegram_cards",
    sa.MetaData(),
    sa.Column("chat_id", sa.String(32), primary_key=True),
    sa.Column("group_buy_id", sa.Integer, primary_key=True),
    sa.Column("message_id", sa.BigInteger, nullable=False),
    sa.Column("updated_at", sa.String(40), nullable=False),
)


def _head() -> str:
    newest = ScriptDirectory.from_config(alembic_config()).get_current_head()
    assert newest is not None
    return newest


def _differences(conn: Connection) -> list[Any]:
    """What `alembic revision --autogenerate` would write, with the options of migrations/env.py."""
    context = MigrationContext.configure(conn, opts={"compare_type": True, "include_name": include_name})
    return list(compare_metadata(context, models()))


def _tables(conn: Connection) -> set[str]:
    return {name for name in inspect(conn).get_table_names() if include_name(name, "table", {})}


async def _on(url: str, work: Any) -> Any:
    engine = make_engine(url)
    try:
        async with engine.begin() as conn:
            return await conn.run_sync(work)
    finally:
        await engine.dispose()


async def test_upgrade_creates_every_table_and_running_it_again_changes_nothing(
    empty_database_url: str,
) -> None:
    assert await current(empty_database_url) is None
    await upgrade(empty_database_url)
    await upgrade(empty_database_url)
    assert await current(empty_database_url) == _head() == head()

    every_table = {t.name for t in (*ALL_TABLES, *ADAPTER_TABLES)}
    assert await _on(empty_database_url, _tables) == every_table | {"alembic_version"}
    assert await _on(empty_database_url, _differences) == []  # the migrations match the models


def test_the_models_alembic_compares_against_hold_every_table() -> None:
    names = set(models().tables)
    assert {t.name for t in (*ALL_TABLES, *ADAPTER_TABLES)} <= names
    assert {"telegram_cards", "telegram_delivered", "playground_messages"} <= names


async def test_a_model_the_migrations_lack_is_a_difference(empty_database_url: str) -> None:
    """The comparison above can fail: a column the migrations never made is reported."""
    await upgrade(empty_database_url)
    extra = sa.MetaData()
    for table in models().sorted_tables:
        table.to_metadata(extra)
    extra.tables["telegram_cards"].append_column(sa.Column("colour", sa.String(16), nullable=True))

    def differences(conn: Connection) -> list[Any]:
        context = MigrationContext.configure(conn, opts={"compare_type": True, "include_name": include_name})
        return list(compare_metadata(context, extra))

    [(kind, *_, column)] = await _on(empty_database_url, differences)
    assert (kind, column.name) == ("add_column", "colour")


async def test_tables_the_adapters_made_at_start_up_are_adopted_with_their_rows(
    empty_database_url: str,
) -> None:
    """Before 0004 `tuan run telegram` and the playground made their tables with create_all; migrating
    such a database keeps them and their rows, and leaves it exactly at the models."""
    await upgrade(empty_database_url, BEFORE_ADAPTER_TABLES)

    def as_before(conn: Connection) -> None:
        TELEGRAM_CARDS_BEFORE_0004.create(conn)  # what start-up used to do
        models().create_all(conn, tables=[playground_chats])
        conn.execute(
            TELEGRAM_CARDS_BEFORE_0004.insert().values(
                chat_id="-100", group_buy_id=3, message_id=41, updated_at="t"
            )
        )

    await _on(empty_database_url, as_before)
    assert not await is_current(empty_database_url)

    await upgrade(empty_database_url)

    def cards(conn: Connection) -> list[tuple[Any, ...]]:
        return [
            tuple(r) for r in conn.execute(sa.select(telegram_cards.c.chat_id, telegram_cards.c.message_id))
        ]

    assert await is_current(empty_database_url)
    assert await _on(empty_database_url, cards) == [("-100", 41)]
    assert {t.name for t in ADAPTER_TABLES} <= await _on(empty_database_url, _tables)
    assert await _on(empty_database_url, _differences) == []


async def test_is_current_only_at_head(empty_database_url: str) -> None:
    assert not await is_current(empty_database_url)  # nothing migrated yet
    await upgrade(empty_database_url, BEFORE_ADAPTER_TABLES)
    assert not await is_current(empty_database_url)
    await upgrade(empty_database_url)
    assert await is_current(empty_database_url)


async def test_the_adapter_tables_go_down_and_come_back(empty_database_url: str) -> None:
    await upgrade(empty_database_url)

    def downgrade(conn: Connection) -> None:
        config = alembic_config()
        config.attributes["connection"] = conn
        command.downgrade(config, BEFORE_ADAPTER_TABLES)

    await _on(empty_database_url, downgrade)
    assert not {t.name for t in ADAPTER_TABLES} & await _on(empty_database_url, _tables)
    assert await current(empty_database_url) == BEFORE_ADAPTER_TABLES
    await upgrade(empty_database_url)
    assert await _on(empty_database_url, _differences) == []


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
