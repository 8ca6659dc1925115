"""`DatabaseKeyValues` (storage/state_db.py, migration 0058): the `KeyValues` port in the database, for
several workers without Redis, on SQLite and on PostgreSQL (a real server the run starts). Two adapters
over two engines stand for two workers. Time passes on an injected clock: no sleeping."""

from __future__ import annotations

import asyncio
import uuid
from collections.abc import AsyncIterator
from datetime import UTC, datetime, timedelta

import pytest
import sqlalchemy as sa
from alembic import command

from storage.db import make_engine
from storage.migrate import alembic_config, upgrade
from storage.state_db import DatabaseKeyValues


class Clock:
    def __init__(self) -> None:
        self.at = datetime(2026, 12, 5, 12, 0, tzinfo=UTC)

    def __call__(self) -> datetime:
        return self.at

    def advance(self, seconds: float) -> None:
        self.at += timedelta(seconds=seconds)


@pytest.fixture
def clock() -> Clock:
    return Clock()


@pytest.fixture
async def workers(
    database_url: str, engine_path: str, clock: Clock
) -> AsyncIterator[list[DatabaseKeyValues]]:
    """Two workers' values: each its own engine, one database, one key prefix (a new one per test: the
    adapters' tables are not emptied between tests)."""
    prefix = f"test-{uuid.uuid4().hex[:12]}:"
    engines = [make_engine(database_url, fast_path=not engine_path.endswith("-stock")) for _ in range(2)]
    try:
        yield [DatabaseKeyValues(engine, prefix=prefix, now=clock) for engine in engines]
    finally:
        for engine in engines:
            await engine.dispose()


async def test_what_one_worker_sets_the_other_reads_and_deletes(workers: list[DatabaseKeyValues]) -> None:
    a, b = workers
    await a.set("telegram:bot-out:-42", "2026-12-05T12:00:00+00:00")
    await a.set("telegram:moved:-7", "-1007")
    assert await b.get_many(["telegram:bot-out:-42", "telegram:moved:-42", "telegram:moved:-7"]) == [
        "2026-12-05T12:00:00+00:00",
        None,
        "-1007",
    ]
    assert await b.delete("telegram:bot-out:-42") is True
    assert await a.get("telegram:bot-out:-42") is None
    assert await a.delete("telegram:bot-out:-42") is False
    await b.set_many({"x": {"n": [1, 2]}, "y": True})
    await a.set("x", 3)  # replaced
    assert await b.get_many(["x", "y"]) == [3, True]
    assert await a.get_many([]) == []


async def test_set_if_absent_stores_once_across_workers(workers: list[DatabaseKeyValues]) -> None:
    a, b = workers
    won = await asyncio.gather(
        *(w.set_if_absent("claim", f"by {i}", ttl=60) for i, w in enumerate(workers * 3))
    )
    assert sorted(won) == [False] * 5 + [True]
    assert await b.get("claim") == f"by {won.index(True)}"
    assert await a.set_if_absent("claim", "again") is False


async def test_an_expired_value_is_absent_and_taken_again(
    workers: list[DatabaseKeyValues], clock: Clock
) -> None:
    a, b = workers
    assert await a.set_if_absent("out", "since noon", ttl=10) is True
    await a.set("kept", 1)  # no time to live: kept until deleted
    clock.advance(9)
    assert await b.get("out") == "since noon"
    clock.advance(2)
    assert await b.get_many(["out", "kept"]) == [None, 1]
    assert await b.delete("out") is False  # expired: not there (and the row gone)
    await a.set("out", "again", ttl=10)
    clock.advance(11)
    assert await b.set_if_absent("out", "by b", ttl=10) is True  # the expired row replaced
    assert await a.get("out") == "by b"
    assert await a.set_if_unchanged("out", "by b", "changed", ttl=10) is True
    assert await b.set_if_unchanged("out", "by b", "lost", ttl=10) is False
    clock.advance(11)
    assert await b.set_if_unchanged("out", "changed", "late") is False  # expired: not "changed" any more
    assert await b.set_if_unchanged("out", None, "fresh") is True


async def test_prune_deletes_expired_rows_once_an_hour(
    workers: list[DatabaseKeyValues], clock: Clock, database_url: str
) -> None:
    a, _ = workers
    await a.set("old", 1, ttl=5)
    await a.set("kept", 2)
    clock.advance(6)
    assert await a.prune() is not None
    await a.set("older", 3, ttl=5)
    clock.advance(6)
    assert await a.prune() is None  # less than an hour since the last
    async with a.engine.connect() as conn:
        left = {str(key) for (key,) in await conn.execute(sa.text("SELECT key FROM shared_values"))}
    assert {key.partition(":")[2] for key in left if key.startswith(a._prefix)} == {"kept", "older"}


async def test_a_bad_time_to_live_stores_nothing(workers: list[DatabaseKeyValues]) -> None:
    a, _ = workers
    with pytest.raises(ValueError, match="positive"):
        await a.set_many({"p": 1, "q": 2}, ttl=0)
    assert await a.get_many(["p", "q"]) == [None, None]


def _downgrade(conn: sa.Connection, revision: str) -> None:
    config = alembic_config()
    config.attributes["connection"] = conn
    command.downgrade(config, revision)


async def test_migration_0058_adds_the_table_and_takes_it_away(empty_database_url: str) -> None:
    await upgrade(empty_database_url)
    engine = make_engine(empty_database_url)
    try:
        values = DatabaseKeyValues(engine)
        await values.set("k", "v")
        async with engine.begin() as conn:
            await conn.run_sync(lambda sync: _downgrade(sync, "0057"))
            tables = await conn.run_sync(lambda sync: set(sa.inspect(sync).get_table_names()))
        assert "shared_values" not in tables
        await upgrade(empty_database_url)
        assert await values.get("k") is None  # a new, empty table
        await values.set("k", "w")
        assert await values.get("k") == "w"
    finally:
        await engine.dispose()
