"""Session 35: several workers on PostgreSQL without Redis keep what every worker must see in the
database (`shared_values`: taps, the questions a member answers by a bare reply, languages…). Its
expired rows were deleted only by the Telegram runner's hourly prune: a WeChat or playground deployment
never deleted them and the table only grew. The prune is now one chore of every runner `build()` makes
with the database's shared state: a round of the scheduler's chores on a WeChat runner deletes an
expired row and keeps a live one."""

from __future__ import annotations

from collections.abc import AsyncIterator

import pytest
import sqlalchemy as sa

from bot.bootstrap import Tuan, build
from bot.settings import Settings
from storage.adapter_tables import shared_values

pytestmark = pytest.mark.postgres


@pytest.fixture
async def wechat(_clean_postgres_database: str) -> AsyncIterator[Tuan]:
    settings = Settings(_env_file=None, database_url=_clean_postgres_database, redis_url=None)
    tuan = await build(settings, platform="wechat")
    try:
        yield tuan
    finally:
        await tuan.aclose()


async def _keys(tuan: Tuan) -> set[str]:
    assert tuan.database_values is not None
    async with tuan.database_values.engine.connect() as conn:
        return {str(key) for (key,) in await conn.execute(sa.select(shared_values.c.key))}


async def test_a_prune_round_on_a_wechat_runner_deletes_expired_shared_values(wechat: Tuan) -> None:
    values = wechat.database_values
    assert values is not None  # PostgreSQL, no Redis: the shared state is in the database
    async with values.engine.begin() as conn:
        await conn.execute(sa.delete(shared_values).where(shared_values.c.key.like("s35prune:%")))
        await conn.execute(
            sa.insert(shared_values),
            [
                {"key": "s35prune:expired", "value": "1", "expires_at": "2026-01-01T00:00:00.000+00:00"},
                {"key": "s35prune:live", "value": "2", "expires_at": "2999-01-01T00:00:00.000+00:00"},
                {"key": "s35prune:kept", "value": "3", "expires_at": None},
            ],
        )

    await wechat.scheduler.sweep_chores()

    assert {key for key in await _keys(wechat) if key.startswith("s35prune:")} == {
        "s35prune:live",
        "s35prune:kept",
    }
