"""Logging in and out of the console: admins by password; failed logins throttle their source (the
account from one address, the address whatever the account), and only slow the account down."""

from __future__ import annotations

import pytest

from bot.console import login as login_route
from bot.console.login import MAX_FAILURES_PER_ACCOUNT_AND_ADDRESS, MAX_FAILURES_PER_ADDRESS, SLOW_SECONDS
from bot.console.sessions import COOKIE
from tests.unit.bot.console.console_client import ConsoleWorld, csrf_of, login, post_form


async def test_an_admin_logs_in_with_the_right_password_and_sees_the_group_buys(world: ConsoleWorld) -> None:
    await world.add_admin("root", "correct horse")
    client = world.browser()
    response = await login(client, "root", "correct horse")
    assert response.status_code == 303
    assert response.headers["location"] == "/dashboard"  # the landing page
    cookie = response.headers["set-cookie"]
    assert f"{COOKIE}=" in cookie and "HttpOnly" in cookie and "SameSite=lax" in cookie
    page = await client.get("/group-buys")
    assert page.status_code == 200
    assert "root (admin)" in page.text
    assert "No group buys yet." in page.text


async def test_a_wrong_password_shows_the_form_again_with_one_message_and_the_username_kept(
    world: ConsoleWorld,
) -> None:
    await world.add_admin("root", "correct horse")
    client = world.browser()
    response = await login(client, "root", "wrong horse")
    assert response.status_code == 401
    assert 'value="root"' in response.text
    assert response.text.count('class="field-error"') == 1
    assert '<p id="password-error" class="field-error">Wrong username or password.</p>' in response.text
    assert (await client.get("/group-buys")).status_code == 302  # still not logged in


async def test_an_unknown_username_is_answered_like_a_wrong_password(world: ConsoleWorld) -> None:
    response = await login(world.browser(), "nobody", "whatever1")
    assert response.status_code == 401
    assert "Wrong username or password." in response.text


async def test_an_empty_username_is_said_next_to_its_field(world: ConsoleWorld) -> None:
    response = await login(world.browser(), "", "whatever1")
    assert response.status_code == 422
    assert '<p id="username-error" class="field-error">Enter your username.</p>' in response.text


async def test_a_strangers_failed_logins_refuse_the_stranger_not_the_owner(world: ConsoleWorld) -> None:
    await world.add_admin("root", "correct horse")
    stranger = world.browser("10.6.6.6")
    for _ in range(MAX_FAILURES_PER_ACCOUNT_AND_ADDRESS):
        assert (await login(stranger, "root", "guess")).status_code == 401
    refused = await login(stranger, "root", "correct horse")  # even the right password, from there
    assert refused.status_code == 429
    assert (
        '<p id="password-error" class="field-error">Too many failed logins for this account from your '
        "address: try again in 15 minutes.</p>"
    ) in refused.text
    assert 'value="root"' in refused.text
    owner = world.browser("10.1.1.1")
    assert (await login(owner, "root", "correct horse")).status_code == 303  # her own address: in
    assert (await owner.get("/audit")).status_code == 200
    assert (await login(world.browser("10.6.6.6"), "root", "correct horse")).status_code == 429  # still


async def test_the_refusal_says_how_long_is_left_in_the_readers_language(world: ConsoleWorld) -> None:
    await world.add_admin("root", "correct horse")
    stranger = world.browser("10.6.6.6")
    for _ in range(MAX_FAILURES_PER_ACCOUNT_AND_ADDRESS):
        await login(stranger, "root", "guess")
    world.clock.advance(minutes=5, seconds=30)
    stranger.headers["accept-language"] = "zh-CN"
    refused = await login(stranger, "root", "guess")
    assert refused.status_code == 429
    assert "这个账号从你这个地址登录失败次数太多：请 10 分钟后再试。" in refused.text
    world.clock.advance(minutes=9)
    stranger.headers["accept-language"] = "en"
    last = await login(stranger, "root", "guess")
    assert "Too many failed logins for this account from your address: try again in 1 minute." in last.text


async def test_failures_from_many_addresses_slow_the_account_down_but_never_lock_it(
    world: ConsoleWorld, monkeypatch: pytest.MonkeyPatch
) -> None:
    paused: list[float] = []

    async def pause(seconds: float) -> None:
        paused.append(seconds)

    monkeypatch.setattr(login_route, "pause", pause)
    monkeypatch.setattr(login_route, "SLOW_AFTER_ACCOUNT_FAILURES", 6)
    await world.add_admin("root", "correct horse")
    for attempt in range(6):  # a guess from each of six addresses: none of them over its own limit
        assert (await login(world.browser(f"10.7.0.{attempt}"), "root", "guess")).status_code == 401
    assert paused == []
    slowed = await login(world.browser("10.7.1.1"), "root", "guess")
    assert slowed.status_code == 401
    assert "This account has had many failed logins lately, so each try takes a few seconds longer." in (
        slowed.text
    )
    assert (await login(world.browser("10.1.1.1"), "root", "correct horse")).status_code == 303  # in
    assert paused == [SLOW_SECONDS, SLOW_SECONDS]  # each try of the account waited first


async def test_failed_logins_from_one_address_are_limited_across_accounts(world: ConsoleWorld) -> None:
    await world.add_admin("root", "correct horse")
    client = world.browser("10.9.9.9")
    for attempt in range(MAX_FAILURES_PER_ADDRESS):
        assert (await login(client, f"user{attempt}", "guess")).status_code == 401
    refused = await login(client, "root", "correct horse")
    assert refused.status_code == 429
    assert "Too many failed logins from your address: try again in 15 minutes." in refused.text
    assert (await login(world.browser("10.9.9.8"), "root", "correct horse")).status_code == 303


async def test_logout_ends_the_session(world: ConsoleWorld) -> None:
    client = await world.admin()
    kept = dict(client.cookies)  # a copy of the cookie: another browser, a shared computer
    response = await post_form(client, "/logout")
    assert response.status_code == 303
    assert response.headers["location"] == "/login"
    page = await client.get("/group-buys")
    assert page.status_code == 302
    assert page.headers["location"] == "/login?next=%2Fgroup-buys"
    copied = world.browser()
    copied.cookies.update(kept)
    assert (await copied.get("/audit")).status_code == 302  # the logged-out session is refused anywhere


async def test_a_login_without_the_forms_csrf_token_is_refused_with_a_page_saying_so(
    world: ConsoleWorld,
) -> None:
    await world.add_admin("root", "correct horse")
    client = world.browser()
    await client.get("/login")
    response = await client.post("/login", data={"username": "root", "password": "correct horse"})
    assert response.status_code == 403
    assert "This form has expired or did not come from this console, so nothing was changed." in response.text
    assert (await client.get("/group-buys")).status_code == 302


async def test_a_form_with_another_sessions_token_is_refused(world: ConsoleWorld) -> None:
    client = await world.admin()
    stranger = world.browser()
    token = csrf_of((await stranger.get("/login")).text)
    response = await client.post("/logout", data={"csrf": token})
    assert response.status_code == 403
    assert (await client.get("/group-buys")).status_code == 200  # still logged in


async def test_a_forged_session_cookie_is_nobody(world: ConsoleWorld) -> None:
    client = world.browser()
    client.cookies.set(COOKIE, "eyJyb2xlIjoiYWRtaW4ifQ.forged.sig")
    response = await client.get("/group-buys")
    assert response.status_code == 302


async def test_login_comes_back_to_the_page_asked_for_and_never_elsewhere(world: ConsoleWorld) -> None:
    await world.add_admin("root", "correct horse")
    client = world.browser()
    page = await client.get("/login?next=%2Faudit")
    form = {"csrf": csrf_of(page.text), "username": "root", "password": "correct horse", "next": "/audit"}
    assert (await client.post("/login", data=form)).headers["location"] == "/audit"
    other = world.browser()
    page = await other.get("/login")
    form = {
        "csrf": csrf_of(page.text),
        "username": "root",
        "password": "correct horse",
        "next": "//evil.test/",
    }
    assert (await other.post("/login", data=form)).headers["location"] == "/dashboard"
