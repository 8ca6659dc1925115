"""`GET /healthz` (bot/health.py) as a probe sees it: the aiohttp route the Telegram webhook server
registers, and the playground's, over a migrated SQLite database in process; 503 when the database
cannot be reached, when Redis is configured but down, and when the outbox's backlog is late."""

from __future__ import annotations

from collections.abc import AsyncIterator
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

import httpx
import pytest
from aiohttp import web
from aiohttp.test_utils import TestClient, TestServer

from bot.health import PATH, HealthCheck, aiohttp_handler, health_route
from bot.settings import Settings
from commerce.domain.outbox import OutboxItem, send_topic
from commerce.state import SharedState
from storage.db import make_engine
from storage.migrate import upgrade
from storage.state import make_state
from storage.uow import SqlUnitOfWorkFactory
from tests.services import free_port
from tests.unit.bot.playground_api import playground_api

NOW = datetime(2026, 12, 2, 8, 0, tzinfo=UTC)
ALL_UP = {
    "status": "ok",
    "database": {"status": "ok"},
    "redis": {"status": "not configured"},
    "outbox": {"status": "ok", "unsent": 0, "oldest_due_seconds": 0.0, "max_delay_seconds": 300.0},
}


@pytest.fixture
async def uow_factory(tmp_path: Path) -> AsyncIterator[SqlUnitOfWorkFactory]:
    url = f"sqlite+aiosqlite:///{tmp_path / 'tuan.db'}"
    await upgrade(url)
    factory = SqlUnitOfWorkFactory(make_engine(url))
    try:
        yield factory
    finally:
        await factory.dispose()


def check_of(
    factory: SqlUnitOfWorkFactory, *, state: SharedState | None = None, now: datetime = NOW
) -> HealthCheck:
    return HealthCheck(engine=factory.engine, uow_factory=factory, state=state, now=lambda: now)


async def probe(check: HealthCheck) -> tuple[int, dict[str, Any], str]:
    """GET /healthz on an aiohttp application with the route, as the webhook server has it."""
    application = web.Application()
    application.add_routes([web.get(PATH, aiohttp_handler(check))])
    async with TestClient(TestServer(application)) as client:
        response = await client.get(PATH)
        return response.status, await response.json(), response.headers["cache-control"]


async def write_rows(factory: SqlUnitOfWorkFactory, *ages: float) -> None:
    """Rows for Telegram made (and due) `age` seconds before NOW."""
    rows = [OutboxItem(send_topic("telegram"), "{}", NOW - timedelta(seconds=age), "-100") for age in ages]
    async with factory() as uow:
        await uow.outbox.add(rows)
        await uow.commit()


def closed_port_url(scheme: str) -> str:
    return f"{scheme}://127.0.0.1:{free_port()}/0"  # nothing listens there


async def test_everything_up_is_200_with_each_part_named(uow_factory: SqlUnitOfWorkFactory) -> None:
    assert await probe(check_of(uow_factory)) == (200, ALL_UP, "no-store")


async def test_the_backlog_is_counted_and_its_oldest_due_row_timed(uow_factory: SqlUnitOfWorkFactory) -> None:
    await write_rows(uow_factory, 12.5, 3, 0)
    async with uow_factory() as uow:
        [sent, *_] = await uow.outbox.due(send_topic("telegram"), now=NOW, limit=10)
        assert sent.id is not None
        await uow.outbox.mark_sent([sent.id], at=NOW)  # the 12.5 s one: delivered, no longer counted
        await uow.commit()
    status, body, _ = await probe(check_of(uow_factory))
    assert (status, body["status"]) == (200, "ok")  # a backlog under the limit is reported, not failed
    assert body["outbox"] == {
        "status": "ok",
        "unsent": 2,
        "oldest_due_seconds": 3.0,
        "max_delay_seconds": 300.0,
    }


async def test_a_row_overdue_beyond_the_limit_is_503_late(uow_factory: SqlUnitOfWorkFactory) -> None:
    await write_rows(uow_factory, 301, 5)
    status, body, _ = await probe(check_of(uow_factory))
    assert status == 503
    assert body == ALL_UP | {
        "status": "failing",
        "outbox": {"status": "late", "unsent": 2, "oldest_due_seconds": 301.0, "max_delay_seconds": 300.0},
    }


async def test_a_row_failing_in_its_back_off_is_late_from_when_it_was_made(
    uow_factory: SqlUnitOfWorkFactory,
) -> None:
    """The Bot API down for ten minutes: the row's tries are pushed ever later, but it has waited 600 s."""
    await write_rows(uow_factory, 600, 5)
    async with uow_factory() as uow:
        for failed in await uow.outbox.due(send_topic("telegram"), now=NOW, limit=10):
            assert failed.id is not None
            await uow.outbox.retry_later(
                failed.id, due_at=NOW + timedelta(minutes=10), error="Unreachable: connection refused"
            )
        await uow.commit()
    status, body, _ = await probe(check_of(uow_factory))
    assert (status, body["outbox"]["status"], body["outbox"]["unsent"]) == (503, "late", 2)
    assert body["outbox"]["oldest_due_seconds"] == 600.0

    async with uow_factory() as uow:  # the old one went at last: a failure 5 s old is not late yet
        [old, _] = await uow.outbox.due(send_topic("telegram"), now=NOW + timedelta(minutes=10), limit=10)
        assert old.id is not None
        await uow.outbox.mark_sent([old.id], at=NOW)
        await uow.commit()
    status, body, _ = await probe(check_of(uow_factory))
    assert (status, body["outbox"]["unsent"], body["outbox"]["oldest_due_seconds"]) == (200, 1, 5.0)


async def test_a_database_that_cannot_be_reached_is_503_and_the_backlog_unknown() -> None:
    engine = make_engine(closed_port_url("postgresql+asyncpg").removesuffix("/0") + "/tuan")
    factory = SqlUnitOfWorkFactory(engine)
    try:
        status, body, _ = await probe(check_of(factory))
    finally:
        await factory.dispose()
    assert status == 503
    assert body == {
        "status": "failing",
        "database": {"status": "down", "error": body["database"]["error"]},
        "redis": {"status": "not configured"},
        "outbox": {
            "status": "unknown",
            "unsent": None,
            "oldest_due_seconds": None,
            "max_delay_seconds": 300.0,
        },
    }
    assert body["database"]["error"] in ("ConnectionRefusedError", "OSError", "timeout")
    assert "127.0.0.1" not in str(body)  # the console's is public: no address, no driver message


async def test_redis_configured_but_down_is_200_degraded_as_the_process_serves_from_memory(
    uow_factory: SqlUnitOfWorkFactory,
) -> None:
    state = make_state(closed_port_url("redis"))
    try:
        status, body, _ = await probe(check_of(uow_factory, state=state))
    finally:
        await state.aclose()
    assert status == 200
    assert body == ALL_UP | {
        "status": "degraded",
        "redis": {"status": "down", "error": body["redis"]["error"]},
    }
    assert body["redis"]["error"] in ("ConnectionError", "timeout")


async def test_redis_up_is_200(uow_factory: SqlUnitOfWorkFactory, redis_url: str) -> None:
    state = make_state(redis_url)
    try:
        assert await probe(check_of(uow_factory, state=state)) == (
            200,
            ALL_UP | {"redis": {"status": "ok"}},
            "no-store",
        )
    finally:
        await state.aclose()


async def test_the_route_of_a_built_tuan_uses_its_settings(tmp_path: Path) -> None:
    from bot.bootstrap import build

    url = f"sqlite+aiosqlite:///{tmp_path / 'tuan.db'}"
    await upgrade(url)
    tuan = await build(Settings(database_url=url, health_outbox_max_delay_seconds=30))
    try:
        application = web.Application()
        application.add_routes([health_route(tuan)])
        async with TestClient(TestServer(application)) as client:
            response = await client.get(PATH)
            body = await response.json()
        assert (response.status, body["outbox"]["max_delay_seconds"]) == (200, 30.0)
    finally:
        await tuan.aclose()


async def test_the_playground_answers_healthz_when_given_a_check(
    uow_factory: SqlUnitOfWorkFactory, tmp_path: Path
) -> None:
    async with playground_api(tmp_path, health=check_of(uow_factory)) as api:
        response: httpx.Response = await api.client.get(PATH)
    assert (response.status_code, response.json()) == (200, ALL_UP)
