"""Session 8: every console answer to a visitor without a session set a new session cookie, the API's
401s and its public schema included, handing API clients and caches a session nobody started. Now a
cookie is set only when a session is used: the login form (its CSRF token) and logging in."""

from __future__ import annotations

from pathlib import Path

from tests.unit.bot.console.console_client import console_world


async def test_anonymous_console_answers_carry_no_session(tmp_path: Path) -> None:
    async with console_world(tmp_path) as world:
        client = world.browser()
        for path, status in (("/api/v1/group-buys", 401), ("/api/v1/openapi.json", 200), ("/audit", 302)):
            response = await client.get(path)
            assert (response.status_code, response.headers.get("set-cookie")) == (status, None), path
        assert "tuan_console=" in (await client.get("/login")).headers["set-cookie"]
