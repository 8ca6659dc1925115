"""Issue #15 (faults): after PostgreSQL restarted, every connection resting in the pool was dead, and
each one cost the member whose update got it "please try again", although the database was up again
(with ten pooled connections, ten members in a row). A connection that rested in the pool is now pinged
as it is lent, and a dead one makes the pool start over (storage.liveness)."""

from __future__ import annotations

import asyncpg
import pytest
from sqlalchemy.engine import make_url

from handlers.app import AppConfig, ChatApp
from handlers.types import Request
from storage.db import make_engine
from storage.uow import SqlUnitOfWorkFactory
from tests.fakes import FakeClock

pytestmark = pytest.mark.postgres

JOINED = "{name} is in: 1 × Mangoes (#1). Now ¥88 each."


def _say(user: str, text: str, update_id: int) -> Request:
    return Request(
        platform="test",
        chat_id="room",
        user_id=user,
        display_name=user.title(),
        text=text,
        update_id=str(update_id),
        language="en",
    )


async def _restart(database: str) -> int:
    """What a restart does to the pool: every backend of the database but ours is terminated."""
    url = make_url(database)
    conn = await asyncpg.connect(host=url.host, port=url.port, user=url.username, database=url.database)
    try:
        return int(
            await conn.fetchval(
                "SELECT count(pg_terminate_backend(pid, 5000)) FROM pg_stat_activity"
                " WHERE datname = current_database() AND pid <> pg_backend_pid()"
            )
        )
    finally:
        await conn.close()


@pytest.mark.parametrize("fast_path", [True, False], ids=["direct-route", "stock-path"])
async def test_members_after_a_database_restart_are_answered_as_usual(
    _clean_postgres_database: str, fast_path: bool
) -> None:
    engine = make_engine(_clean_postgres_database, fast_path=fast_path, pool_size=3, idle_ping_seconds=0)
    factory = SqlUnitOfWorkFactory(engine)
    app = ChatApp(uow_factory=factory, clock=FakeClock(), config=AppConfig(outbox_platform="test"))
    try:
        await app.handle(_say("amy", "/lang en", 1))
        opened = await app.handle(_say("amy", "/groupbuy Mangoes price 88 stock 10 target 5", 2))
        assert opened[0].text.startswith("Group buy #1 is open: Mangoes at ¥88 each.")
        assert await _restart(_clean_postgres_database) >= 1  # the pool's resting connection(s)

        for i, name in enumerate(("bob", "cat", "dan", "eve"), start=3):
            answer = await app.handle(_say(name, "+1", i))
            assert answer[0].text.startswith(JOINED.format(name=name.title())), answer[0].text
    finally:
        await factory.dispose()
