"""A session cookie only where a session is really started: never on the API's answers or an
anonymous redirect, always on the login form (its CSRF token) and on logging in."""

from __future__ import annotations

import pytest

from bot.console.sessions import COOKIE
from tests.unit.bot.console.api_client import api, token_for
from tests.unit.bot.console.console_client import ConsoleWorld, login


@pytest.mark.parametrize(
    ("path", "status"),
    [
        ("/api/v1/group-buys", 401),  # no token
        ("/api/v1/openapi.json", 200),  # public
        ("/api/v1/docs", 200),  # public
        ("/group-buys", 302),  # to /login
        ("/no-such-page", 404),
    ],
)
async def test_an_anonymous_answer_carries_no_session_cookie(
    world: ConsoleWorld, path: str, status: int
) -> None:
    response = await world.browser().get(path)
    assert response.status_code == status
    assert "set-cookie" not in response.headers


async def test_an_api_call_with_a_token_or_a_bad_one_carries_no_session_cookie(world: ConsoleWorld) -> None:
    await world.open_group_buy("family", "amy", "Mangoes")
    good = await api(world, await token_for(world, member="playground:amy")).get("/api/v1/group-buys")
    bad = await api(world, "not-a-token").get("/api/v1/group-buys")
    assert (good.status_code, bad.status_code) == (200, 401)
    assert "set-cookie" not in good.headers and "set-cookie" not in bad.headers


async def test_the_login_form_and_logging_in_start_the_session(world: ConsoleWorld) -> None:
    await world.add_admin("root", "correct horse")
    client = world.browser()
    form = await client.get("/login")
    assert f"{COOKIE}=" in form.headers["set-cookie"]  # the form's CSRF token lives in it
    logged_in = await login(client, "root", "correct horse")
    assert logged_in.status_code == 303
    assert f"{COOKIE}=" in logged_in.headers["set-cookie"]  # a new session for the person
    page = await client.get("/group-buys")
    assert page.status_code == 200 and "set-cookie" not in page.headers  # kept, not handed out again


async def test_a_dead_session_cookie_is_forgotten_not_replaced(world: ConsoleWorld) -> None:
    client = world.browser()
    client.cookies.set(COOKIE, "forged.cookie.value")
    response = await client.get("/api/v1/group-buys")
    assert response.status_code == 401
    assert response.headers["set-cookie"].startswith(f'{COOKIE}=""')  # deleted: no new session handed out
    assert "Max-Age=0" in response.headers["set-cookie"]


@pytest.mark.parametrize(
    ("path", "status"),
    [("/api/v1/group-buys", 401), ("/api/v1/openapi.json", 200), ("/no-such-page", 404), ("/audit", 302)],
)
async def test_a_bad_cookie_is_only_deleted_and_no_cookie_sets_nothing(
    world: ConsoleWorld, path: str, status: int
) -> None:
    bare = await world.browser().get(path)
    assert (bare.status_code, bare.headers.get("set-cookie")) == (status, None)
    client = world.browser()
    client.cookies.set(COOKIE, "expired.or.revoked")
    answer = await client.get(path)
    assert answer.status_code == status
    assert answer.headers.get_list("set-cookie") == [answer.headers["set-cookie"]]
    assert (
        answer.headers["set-cookie"].startswith(f'{COOKIE}=""')
        and "Max-Age=0" in answer.headers["set-cookie"]
    )
