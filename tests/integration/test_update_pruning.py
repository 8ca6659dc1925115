"""Old processed updates are forgotten (`ProcessedUpdateRepository.prune`), on SQLite and PostgreSQL:
only those claimed before the cut-off go, and a forgotten key can be claimed again."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import sqlalchemy as sa

from storage.db import make_engine
from storage.tables import processed_updates
from storage.uow import SqlUnitOfWorkFactory


async def _claimed_ago(database_url: str, key: str, age: timedelta) -> None:
    engine = make_engine(database_url)
    try:
        async with engine.begin() as conn:
            await conn.execute(
                sa.update(processed_updates)
                .where(processed_updates.c.key == key)
                .values(created_at=datetime.now(UTC) - age)
            )
    finally:
        await engine.dispose()


async def test_prune_forgets_only_updates_claimed_before_the_cut_off(
    uow_factory: SqlUnitOfWorkFactory, database_url: str
) -> None:
    for key in ("tg:old", "tg:older", "tg:new"):
        async with uow_factory() as uow:
            assert await uow.updates.record(key, f"answer to {key}")  # a unit of work's last write
            await uow.commit()
    await _claimed_ago(database_url, "tg:old", timedelta(days=8))
    await _claimed_ago(database_url, "tg:older", timedelta(days=30))
    await _claimed_ago(database_url, "tg:new", timedelta(days=6))

    async with uow_factory() as uow:
        forgotten = await uow.updates.prune(datetime.now(UTC) - timedelta(days=7))
        await uow.commit()

    assert forgotten == 2
    async with uow_factory() as uow:
        assert await uow.updates.answer("tg:new") == "answer to tg:new"
        assert await uow.updates.answer("tg:old") is None
        assert await uow.updates.claim("tg:old")  # a forgotten update would be processed again
        assert not await uow.updates.claim("tg:new")
        assert await uow.updates.prune(datetime.now(UTC) - timedelta(days=7)) == 0


async def test_a_prune_not_committed_forgets_nothing(
    uow_factory: SqlUnitOfWorkFactory, database_url: str
) -> None:
    async with uow_factory() as uow:
        assert await uow.updates.record("tg:1", "first")
        await uow.commit()
    await _claimed_ago(database_url, "tg:1", timedelta(days=9))

    async with uow_factory() as uow:
        assert await uow.updates.prune(datetime.now(UTC)) == 1
        # no commit

    async with uow_factory() as uow:
        assert await uow.updates.answer("tg:1") == "first"
