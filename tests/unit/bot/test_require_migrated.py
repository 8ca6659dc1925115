"""Runners refuse a database `tuan migrate` has not brought to this version's schema, with one line
saying what to run, on SQLite and PostgreSQL (`bot.bootstrap.require_migrated`)."""

from __future__ import annotations

import pytest

from bot.bootstrap import DatabaseNotMigrated, migrate, require_migrated, safe_url
from bot.settings import Settings
from storage.db import make_engine
from storage.migrate import head, upgrade


async def _refusal(url: str) -> str:
    with pytest.raises(DatabaseNotMigrated) as refused:
        await require_migrated(Settings(database_url=url))
    return str(refused.value)


async def test_an_unmigrated_database_is_refused(empty_database_url: str) -> None:
    assert await _refusal(empty_database_url) == (
        f'database {safe_url(empty_database_url)} is not migrated: run "tuan migrate" first'
    )


async def test_an_outdated_database_is_refused_until_migrated(empty_database_url: str) -> None:
    await upgrade(empty_database_url, "0003")

    assert await _refusal(empty_database_url) == (
        f"database {safe_url(empty_database_url)} is at schema 0003, this version needs {head()}: "
        'run "tuan migrate" first'
    )
    assert await migrate(Settings(database_url=empty_database_url)) == head()  # what `tuan migrate` does
    await require_migrated(Settings(database_url=empty_database_url))  # at head: nothing to say


async def test_a_database_a_newer_version_migrated_is_refused(empty_database_url: str) -> None:
    await upgrade(empty_database_url)
    engine = make_engine(empty_database_url)
    try:
        async with engine.begin() as conn:
            await conn.exec_driver_sql("UPDATE alembic_version SET version_num = '9999_from_the_future'")
    finally:
        await engine.dispose()

    refusal = await _refusal(empty_database_url)
    with pytest.raises(DatabaseNotMigrated) as not_migrated:  # `tuan migrate` of an older version
        await migrate(Settings(database_url=empty_database_url))

    assert (
        refusal
        == str(not_migrated.value)
        == (
            f"database {safe_url(empty_database_url)} is at schema 9999_from_the_future, which this version "
            f"of Tuan does not know (its newest is {head()}): a newer version migrated it; run that version"
        )
    )
