"""The SQLite driver's shortcuts keep transactions whole: what SQLite really runs, and when."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from storage.db import make_engine
from storage.migrate import upgrade
from storage.uow import SqlUnitOfWorkFactory


@pytest.fixture
async def factory(tmp_path: Path) -> SqlUnitOfWorkFactory:
    url = f"sqlite+aiosqlite:///{tmp_path / 'driver.db'}"
    await upgrade(url)
    return SqlUnitOfWorkFactory(make_engine(url))


async def _trace(factory: SqlUnitOfWorkFactory) -> list[str]:
    seen: list[str] = []
    async with factory.engine.connect() as conn:
        raw = await conn.get_raw_connection()
        raw.driver_connection._conn.set_trace_callback(lambda sql: seen.append(sql.split()[0]))  # type: ignore[union-attr]
    return seen


def _answer(database: Path, key: str) -> str | None:
    with sqlite3.connect(database) as other:  # another connection: sees only what is committed
        row = other.execute("SELECT answer FROM processed_updates WHERE key = ?", (key,)).fetchone()
    return None if row is None else str(row[0])


async def test_a_unit_that_only_reads_sends_begin_with_its_first_statement_and_no_commit(
    factory: SqlUnitOfWorkFactory,
) -> None:
    seen = await _trace(factory)
    async with factory() as uow:
        assert await uow.chats.language("c") is None
    async with factory() as uow:
        pass  # nothing run: nothing sent

    assert seen == ["BEGIN", "SELECT", "ROLLBACK"]
    await factory.dispose()


async def test_record_commits_with_the_insert_and_nothing_can_follow_it(
    factory: SqlUnitOfWorkFactory, tmp_path: Path
) -> None:
    seen = await _trace(factory)
    async with factory() as uow:
        assert await uow.updates.record("k1", "first")
        assert _answer(tmp_path / "driver.db", "k1") == "first"  # committed with it
        with pytest.raises(Exception, match="committed with its last statement"):
            await uow.chats.set_language("c", "en")
        await uow.commit()

    assert seen == ["BEGIN", "INSERT", "COMMIT"]
    async with factory() as uow:
        assert await uow.chats.language("c") is None
        assert not await uow.updates.record("k1", "second")  # a repeat: nothing written, not committed
    assert _answer(tmp_path / "driver.db", "k1") == "first"
    await factory.dispose()
