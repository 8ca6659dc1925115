"""storage.liveness: a pooled PostgreSQL connection is pinged as it is lent only after resting."""

from __future__ import annotations

from typing import Any

import pytest
from sqlalchemy import text
from sqlalchemy.dialects.postgresql.asyncpg import AsyncAdapt_asyncpg_connection

from storage.db import make_engine

pytestmark = pytest.mark.postgres


@pytest.mark.parametrize(("rest", "pings"), [(3600.0, 0), (0.0, 4)], ids=["busy", "rested"])
async def test_a_connection_is_pinged_only_after_it_rested(
    _clean_postgres_database: str, monkeypatch: pytest.MonkeyPatch, rest: float, pings: int
) -> None:
    pinged: list[Any] = []
    ping = AsyncAdapt_asyncpg_connection.ping

    def counted(self: AsyncAdapt_asyncpg_connection) -> None:
        pinged.append(self)
        ping(self)

    monkeypatch.setattr(AsyncAdapt_asyncpg_connection, "ping", counted)
    engine = make_engine(_clean_postgres_database, pool_size=1, idle_ping_seconds=rest)
    try:
        for _ in range(5):  # the first lending is of a new connection: never pinged
            async with engine.connect() as conn:
                assert (await conn.execute(text("SELECT 1"))).scalar_one() == 1
    finally:
        await engine.dispose()
    assert len(pinged) == pings
