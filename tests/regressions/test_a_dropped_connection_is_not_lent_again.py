"""Issue #15 (faults): a PostgreSQL connection whose backend died under storage's direct route (the
join's hot statements, sent straight to asyncpg) went back to the pool as if alive: SQLAlchemy never saw
the failure, and asyncpg's adapter had forgotten the transaction, so the rollback noticed nothing. Every
later unit of work that got it failed ("connection is closed"), the "please try again" answer could not
be queued, and a member's retry failed again, until the process restarted. The unit of work now
invalidates a connection the direct route lost, so the next one gets a fresh connection."""

from __future__ import annotations

import asyncpg
import pytest
from sqlalchemy.engine import make_url

from storage.db import make_engine
from storage.direct import driver_of
from storage.uow import SqlUnitOfWorkFactory

pytestmark = pytest.mark.postgres


async def test_the_unit_of_work_after_a_dropped_connection_gets_a_live_one(
    _clean_postgres_database: str,
) -> None:
    url = make_url(_clean_postgres_database)
    killer = await asyncpg.connect(host=url.host, port=url.port, user=url.username, database=url.database)
    factory = SqlUnitOfWorkFactory(make_engine(_clean_postgres_database, pool_size=1, max_overflow=0))
    try:
        # asyncpg's, as the driver says it: the socket closed, or (the backend's last words read first)
        # the protocol still taking in its error when the statement came
        with pytest.raises(Exception, match=r"connection is closed|another operation \(\d+\) is in progress"):
            async with factory() as uow:
                assert driver_of(uow.connection) is not None  # the direct route is what this is about
                assert await uow.updates.claim("test:room:1")  # the transaction is open and written
                raw = await uow.connection.get_raw_connection()
                assert await killer.fetchval(
                    "SELECT pg_terminate_backend($1, 5000)", raw.driver_connection.get_server_pid()
                )
                await uow.updates.record("test:room:2", "[]")  # the direct route meets the dead backend

        for update in ("test:room:1", "test:room:2"):  # the one connection of the pool, twice
            async with factory() as uow:
                assert await uow.updates.record(update, "[]")
                await uow.commit()
    finally:
        await factory.dispose()
        await killer.close()
    assert await _claimed_updates(_clean_postgres_database) == 2


async def _claimed_updates(database: str) -> int:
    url = make_url(database)
    conn = await asyncpg.connect(host=url.host, port=url.port, user=url.username, database=url.database)
    try:
        return int(await conn.fetchval("SELECT count(*) FROM processed_updates"))
    finally:
        await conn.close()
