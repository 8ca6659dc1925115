"""Issue #15, review 49 #2: a 5-second PostgreSQL restart wrote 892 log lines and 12 tracebacks in two
workers: each component (the ChatApp, the scheduler's claim, the unpaid sweep, each housekeeping job,
the outbox relay) logged its own traceback, one redelivered tap logged 16 ERROR lines in 5 s (one per
delivery), and the first traceback ended in SQLAlchemy's `PendingRollbackError` raised from the group
commit's own clean-up, which read as a bug. Now one outage is one story per process: one WARNING
"database unreachable", one traceback a minute at most whoever fails, each failing thing's line once a
minute, and one "database answers again after N s"; the clean-up of a dead connection raises nothing
of its own."""

from __future__ import annotations

import logging
import re
from datetime import timedelta
from typing import cast

import aiohttp
import asyncpg  # type: ignore[import-untyped]
import pytest
from sqlalchemy.engine import make_url

from bot.clock import SystemClock
from bot.scheduler import DeadlineScheduler
from commerce.ports import UnitOfWorkFactory
from handlers.app import AppConfig, ChatApp, Unanswered
from handlers.failures import database_unreachable, summary
from handlers.types import ChatKind, Request
from storage.db import make_engine
from storage.uow import SqlUnitOfWorkFactory
from tests.fakes import DownFactory, FakeClock


def _say(user: str, text: str, update_id: str) -> Request:
    return Request(
        platform="telegram",
        chat_id="-100",
        chat_kind=ChatKind.GROUP,
        user_id=user,
        display_name=user.title(),
        text=text,
        update_id=update_id,
    )


class DownTarget:
    """The scheduler's view of the database, which refuses every connection while it is down."""

    down = True

    async def claim_deadlines(self, *, limit: int, lease: timedelta) -> list[int]:
        if self.down:
            raise ConnectionRefusedError("[Errno 111] Connect call failed ('127.0.0.1', 5432)")
        return []

    async def next_deadline(self) -> None:
        return None


async def test_an_outage_met_by_every_component_is_one_warning_one_traceback_and_one_recovery(
    caplog: pytest.LogCaptureFixture,
) -> None:
    factory = DownFactory()
    app = ChatApp(
        uow_factory=cast(UnitOfWorkFactory, factory),
        clock=FakeClock(),
        config=AppConfig(outbox_platform="telegram", default_language="en"),
    )
    await app.handle(_say("amy", "/groupbuy Mangoes price 88 stock 10", "1"))
    scheduler = DeadlineScheduler(clock=SystemClock())
    target = DownTarget()
    scheduler._target = target  # type: ignore[assignment]

    async def pickup_reminders() -> None:
        raise ConnectionRefusedError("[Errno 111] Connect call failed ('127.0.0.1', 5432)")

    scheduler.add_chore(pickup_reminders)
    caplog.set_level(logging.INFO)

    factory.down = True
    for _ in range(16):  # Telegram delivers the failing tap again and again
        with pytest.raises(Unanswered):
            await app.handle(_say("eve", "+1", "6"))
        await scheduler.sweep()  # the claim fails with every sweep
        await scheduler.sweep_chores()
    factory.down, target.down = False, False
    await scheduler.sweep()  # the database answers again
    joined = await app.handle(_say("eve", "+1", "6"))
    assert joined[0].text.startswith("Eve is in: 1 × Mangoes (#1).")

    said = [(r.levelname, r.name, r.getMessage(), r.exc_info is not None) for r in caplog.records]
    assert [s for s in said if s[3]] == [said[1]], "one traceback, the first failure's"
    assert said[0][:2] == ("WARNING", "tuan.database")
    assert said[0][2].startswith(
        "database unreachable (ConnectionRefusedError: connection refused): process "
    )
    lines = [s[2] for s in said[1:-1]]
    assert len(lines) == 3
    assert lines[0].startswith("update telegram:-100:6 ('+1') failed and so did its apology")
    assert lines[1].startswith("could not claim due group buys; retrying in 30 s (ConnectionRefusedError")
    assert lines[2].startswith(
        "housekeeping job 'pickup reminders' failed; it runs again with a later sweep ("
    )
    assert said[-1][:2] == ("WARNING", "tuan.database")
    assert re.fullmatch(r"database answers again after \d+ s \(process \d+\)", said[-1][2])


@pytest.mark.postgres
async def test_a_group_commits_dead_connection_is_cleaned_up_without_an_error_of_its_own(
    _clean_postgres_database: str,
) -> None:
    url = make_url(_clean_postgres_database)
    killer = await asyncpg.connect(host=url.host, port=url.port, user=url.username, database=url.database)
    factory = SqlUnitOfWorkFactory(
        make_engine(_clean_postgres_database, pool_size=1, max_overflow=0), group_commit=True
    )
    try:
        with pytest.raises(ConnectionResetError) as failed:  # the real error, nothing of the clean-up's
            async with factory() as uow:
                assert await uow.updates.claim("test:room:1")
                raw = await uow.connection.get_raw_connection()
                assert await killer.fetchval(
                    "SELECT pg_terminate_backend($1, 5000)", raw.driver_connection.get_server_pid()
                )
                await uow.connection.invalidate()  # as SQLAlchemy does when it sees the backend gone
                raise ConnectionResetError("the backend is gone")
        assert str(failed.value) == "the backend is gone"
        async with factory() as uow:  # the next unit of work gets a live connection
            assert await uow.updates.record("test:room:3", "[]")
            await uow.commit()
    finally:
        await factory.dispose()
        await killer.close()


def test_a_failing_bot_api_is_never_taken_for_the_database() -> None:
    refused = ConnectionRefusedError(111, "Connect call failed ('127.0.0.1', 5432)")
    assert database_unreachable(refused)
    try:
        try:
            raise ConnectionRefusedError(111, "Connect call failed ('149.154.167.220', 443)")
        except OSError as exc:
            raise aiohttp.ClientConnectionError("Cannot connect to host api.telegram.org:443") from exc
    except aiohttp.ClientConnectionError as telegram:
        assert not database_unreachable(telegram)
    assert not database_unreachable(ValueError("a bug"))


def test_the_outage_line_names_the_error_not_the_statement() -> None:
    error = Exception(
        "(sqlalchemy.dialects.postgresql.asyncpg.InterfaceError) connection is closed\n"
        "[SQL: INSERT INTO outbox_leases (family, chat_id) VALUES ($1, $2)]\n"
        "(Background on this error at: https://sqlalche.me/e/21/rvf5)"
    )
    assert summary(error) == (
        "Exception: (sqlalchemy.dialects.postgresql.asyncpg.InterfaceError) connection is closed"
    )
