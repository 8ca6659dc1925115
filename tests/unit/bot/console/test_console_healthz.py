"""The console's `GET /healthz` (bot/health.py): anonymous JSON a probe reads, without a session cookie
and without an audit row, whoever asks; 503 when the database is gone."""

from __future__ import annotations

import httpx

from bot.console.app import create_console_app
from bot.console.deps import Console
from bot.health import HealthCheck
from storage.db import make_engine
from storage.uow import SqlUnitOfWorkFactory
from tests.services import free_port
from tests.unit.bot.console.console_client import ConsoleWorld

HEALTHY = {
    "status": "ok",
    "database": {"status": "ok"},
    "redis": {"status": "not configured"},
    "outbox": {"status": "ok", "unsent": 0, "oldest_due_seconds": 0.0, "max_delay_seconds": 300.0},
}


async def test_a_probe_gets_json_and_no_session_cookie(world: ConsoleWorld) -> None:
    response = await world.browser().get("/healthz")
    assert (response.status_code, response.json()) == (200, HEALTHY)
    assert "set-cookie" not in response.headers
    assert response.headers["cache-control"] == "no-store"
    assert (await world.browser().get("/login")).headers["set-cookie"]  # pages still get their session


async def test_a_logged_in_browser_gets_the_same_and_keeps_its_session(world: ConsoleWorld) -> None:
    admin = await world.admin()
    response = await admin.get("/healthz")
    assert (response.status_code, response.json(), response.headers.get("set-cookie")) == (200, HEALTHY, None)
    assert (await admin.get("/dashboard")).status_code == 200  # still logged in
    assert await world.audit_rows() == []


async def test_the_outbox_backlog_shows(world: ConsoleWorld) -> None:
    await world.say("family", "amy", "/groupbuy Mangoes price 88")  # its card and answer: outbox rows
    body = (await world.browser().get("/healthz")).json()
    assert body["outbox"]["unsent"] == 2  # the playground sends them: nothing runs its relay here
    assert body["status"] == "ok"


async def test_a_database_gone_is_503(world: ConsoleWorld) -> None:
    gone = make_engine(f"postgresql+asyncpg://tuan@127.0.0.1:{free_port()}/tuan")  # nothing listens
    check = HealthCheck(engine=gone, uow_factory=SqlUnitOfWorkFactory(gone), state=None, now=world.clock.now)
    try:
        response = await _get(Console(app=world.app, counters=world.state.counters, secret="s", health=check))
    finally:
        await gone.dispose()
    assert response.status_code == 503
    assert (response.json()["status"], response.json()["database"]["status"]) == ("failing", "down")


async def test_a_console_made_without_a_check_says_so(world: ConsoleWorld) -> None:
    response = await _get(Console(app=world.app, counters=world.state.counters, secret="s"))
    assert (response.status_code, response.json()) == (404, {"status": "not configured"})


async def _get(console: Console) -> httpx.Response:
    transport = httpx.ASGITransport(app=create_console_app(console))
    async with httpx.AsyncClient(transport=transport, base_url="http://console.test") as client:
        return await client.get("/healthz")
