"""Round 41 #1: the console's /healthz answered HEAD, POST and PUT with a 500 and logged about eight chained
tracebacks each (its 405 page looked for a session /healthz never has), so a monitor using HEAD saw the
console down and anyone could fill its log. Now HEAD answers as GET does, any other method is a plain
405 whose Allow names every method the path takes (the playground's and the console's pages included:
`PUT /login` names POST too), and nothing is logged as an error. The workers' aiohttp /healthz is held
to the same."""

from __future__ import annotations

import logging
from datetime import UTC, datetime
from pathlib import Path

import pytest
from aiohttp import web
from aiohttp.test_utils import TestClient, TestServer

from bot.health import PATH, HealthCheck, aiohttp_handler
from bot.telegram.webhook import Redelivered, SecretCheck
from storage.db import make_engine
from storage.migrate import upgrade
from storage.uow import SqlUnitOfWorkFactory
from tests.unit.bot.console.console_client import console_world
from tests.unit.bot.playground_api import playground_api


def now() -> datetime:
    return datetime.now(UTC)


async def test_the_consoles_healthz_answers_head_and_refuses_the_rest_quietly(
    tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    async with console_world(tmp_path) as world:
        client = world.browser()
        got = await client.get(PATH)
        head = await client.head(PATH)
        assert (head.status_code, head.headers["content-type"]) == (200, "application/json")
        assert head.headers["cache-control"] == got.headers["cache-control"] == "no-store"
        assert "set-cookie" not in head.headers
        for method in ("POST", "PUT", "DELETE", "PATCH"):
            refused = await client.request(method, PATH)
            assert (refused.status_code, refused.headers["allow"]) == (405, "GET, HEAD"), method
            assert "set-cookie" not in refused.headers
        english = await client.put(PATH, headers={"accept-language": "en"})
        assert "This page cannot be used that way." in english.text
        chinese = await client.put(PATH, headers={"accept-language": "zh"})
        assert "这个页面不能这样使用。" in chinese.text
        login = await client.put("/login")
        assert (login.status_code, login.headers["allow"]) == (405, "GET, POST")
        api = await client.put("/api/v1/group-buys")
        assert (api.status_code, api.headers["allow"], api.json()["error"]) == (405, "GET", "not_allowed")
    assert [r.getMessage() for r in caplog.records if r.levelno >= logging.ERROR] == []


async def test_the_playgrounds_healthz_answers_head_and_its_405s_name_every_method(
    tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    url = f"sqlite+aiosqlite:///{tmp_path / 'health.db'}"
    await upgrade(url)
    factory = SqlUnitOfWorkFactory(make_engine(url))
    check = HealthCheck(engine=factory.engine, uow_factory=factory, state=None, now=now)
    try:
        async with playground_api(tmp_path, health=check) as api:
            head = await api.client.head(PATH)
            assert (head.status_code, head.headers["content-type"]) == (200, "application/json")
            refused = await api.client.post(PATH)
            assert (refused.status_code, refused.headers["allow"]) == (405, "GET, HEAD")
            assert refused.json() == {"error": "POST is not allowed on /healthz"}
            clock = await api.client.put("/api/clock")
            assert (clock.status_code, clock.headers["allow"]) == (405, "GET, POST")
    finally:
        await factory.dispose()
    assert [r.getMessage() for r in caplog.records if r.levelno >= logging.ERROR] == []


async def test_a_workers_healthz_answers_head_and_its_webhook_refuses_a_get(tmp_path: Path) -> None:
    url = f"sqlite+aiosqlite:///{tmp_path / 'worker.db'}"
    await upgrade(url)
    factory = SqlUnitOfWorkFactory(make_engine(url))
    check = HealthCheck(engine=factory.engine, uow_factory=factory, state=None, now=now)

    async def update(_: web.Request) -> web.Response:
        return web.json_response({})

    middlewares = [web.middleware(SecretCheck("s", "/tg")), web.middleware(Redelivered("/tg"))]
    application = web.Application(middlewares=middlewares)
    application.router.add_route("POST", "/tg", update)
    application.add_routes([web.get(PATH, aiohttp_handler(check))])  # as bot.health.health_route
    try:
        async with TestClient(TestServer(application)) as client:
            assert (await client.head(PATH)).status == 200
            for method, path, allow in (
                ("POST", PATH, "GET,HEAD"),
                ("GET", "/tg", "POST"),
                ("PUT", "/tg", "POST"),
            ):
                refused = await client.request(method, path)
                assert (refused.status, refused.headers["Allow"]) == (405, allow), (method, path)
    finally:
        await factory.dispose()
