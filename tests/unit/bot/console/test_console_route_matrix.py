"""Every route of the console for every role: who gets 200, 302 (to /login), 403 or 404.

The routes are read from the app itself: a route added without a row here fails this test, so a new
page cannot forget to say who may see it. Another organiser's group buy is a 404, never a 403 (a 403
would say it exists).
"""

from __future__ import annotations

import httpx
import pytest

from bot.console.app import create_console_app, route_table
from bot.console.deps import Console
from handlers.app import ChatApp
from storage.state_memory import MemorySharedState
from tests.fakes import FakeClock, FakeUnitOfWorkFactory
from tests.unit.bot.console.api_client import order_id, token_for
from tests.unit.bot.console.console_client import ConsoleWorld, csrf_of, login, token_of

ROLES = ("anonymous", "admin", "organiser", "other_organiser", "helper")


def row(anonymous: int, admin: int, organiser: int, other_organiser: int, helper: int) -> dict[str, int]:
    return dict(zip(ROLES, (anonymous, admin, organiser, other_organiser, helper), strict=True))


# (method, path as routed) -> status by role. Path parameters are filled by `_fill`.
EXPECTED: dict[tuple[str, str], dict[str, int]] = {
    ("GET", "/"): row(302, 302, 302, 302, 302),
    ("GET", "/login"): row(200, 302, 302, 302, 302),
    ("POST", "/login"): row(422, 422, 422, 422, 422),  # the csrf token alone: a username is asked for
    ("POST", "/logout"): row(303, 303, 303, 303, 303),
    ("GET", "/login/link/{token}"): row(200, 200, 200, 200, 200),
    ("POST", "/login/link/{token}"): row(410, 410, 410, 410, 410),  # a made-up token
    ("GET", "/lang/{code}"): row(302, 302, 302, 302, 302),
    ("GET", "/dashboard"): row(302, 200, 200, 200, 403),  # an organiser: their own figures
    ("GET", "/group-buys"): row(302, 200, 200, 200, 403),
    ("GET", "/group-buys/{group_buy_id}"): row(302, 200, 200, 404, 403),
    ("POST", "/group-buys/{group_buy_id}/close"): row(302, 303, 303, 404, 403),  # refused: target not reached
    ("GET", "/group-buys/new"): row(302, 200, 200, 200, 403),
    ("POST", "/group-buys/new"): row(302, 422, 422, 422, 403),  # no chat, no title: the form again
    ("GET", "/group-buys/{group_buy_id}/edit"): row(302, 200, 200, 404, 403),
    ("POST", "/group-buys/{group_buy_id}/edit"): row(302, 422, 422, 404, 403),  # nothing changed
    ("GET", "/group-buys/{group_buy_id}/cancel"): row(302, 200, 200, 404, 403),  # the page that asks
    ("POST", "/group-buys/{group_buy_id}/cancel"): row(302, 303, 303, 404, 403),  # unconfirmed: asked
    ("GET", "/group-buys/{group_buy_id}/copy"): row(302, 200, 200, 404, 403),
    ("POST", "/group-buys/{group_buy_id}/copy"): row(302, 422, 422, 404, 403),  # no chat chosen
    ("GET", "/orders"): row(302, 200, 200, 200, 403),  # an organiser: their own group buys' orders
    ("POST", "/orders/{action}"): row(302, 303, 303, 303, 403),  # no such order (another's: the same)
    ("GET", "/orders/cancel"): row(302, 303, 303, 303, 403),  # no order named: back to the orders page
    ("GET", "/export"): row(302, 200, 200, 200, 403),
    ("GET", "/export/orders.{kind}"): row(302, 200, 200, 200, 403),
    ("GET", "/export/ledger.{kind}"): row(302, 200, 200, 200, 403),
    ("GET", "/pickup"): row(302, 200, 200, 200, 200),
    ("POST", "/pickup"): row(302, 422, 422, 422, 422),  # a code nobody holds
    ("GET", "/audit"): row(302, 200, 403, 403, 403),
    ("GET", "/tokens"): row(302, 200, 200, 200, 403),
    ("POST", "/tokens"): row(302, 422, 422, 422, 403),  # a label too long: nothing made
    ("POST", "/tokens/{token_id}/revoke"): row(302, 404, 404, 404, 403),  # none of theirs: 404
    # The API: each role calls it with its own token (sessions do not reach it); anonymous with none.
    ("GET", "/api/v1/docs"): row(200, 200, 200, 200, 200),
    ("GET", "/api/v1/openapi.json"): row(200, 200, 200, 200, 200),
    ("GET", "/api/v1/group-buys"): row(401, 200, 200, 200, 403),
    ("GET", "/api/v1/group-buys/{group_buy_id}/orders"): row(401, 200, 200, 404, 403),
    ("POST", "/api/v1/group-buys/{group_buy_id}/pickup"): row(
        401, 422, 422, 404, 403
    ),  # no body: invalid; another's: 404
    ("POST", "/api/v1/orders/{order_id}/paid"): row(401, 409, 409, 404, 403),  # paid already: unchanged
    ("POST", "/api/v1/orders/{order_id}/unpaid"): row(401, 409, 409, 404, 403),  # not paid: unchanged
    ("POST", "/api/v1/pickup-codes/{pickup_code}/verify"): row(401, 422, 404, 404, 403),  # admin: which?
    # Members (Cat, seen in Amy's family chat), payouts and ledger, moderation (Cat's note #1 there)
    ("GET", "/members"): row(302, 200, 200, 200, 403),
    ("GET", "/members/{identity}"): row(302, 200, 200, 404, 403),
    ("POST", "/members/{identity}/mute"): row(302, 422, 303, 404, 403),  # too long; only admins act
    ("POST", "/members/{identity}/unmute"): row(302, 303, 303, 404, 403),  # not stopped: said on her profile
    ("GET", "/payouts"): row(302, 200, 200, 200, 403),
    ("POST", "/payouts/{payout_id}/{decision}"): row(302, 404, 403, 403, 403),  # admins; no such payout
    ("GET", "/ledger"): row(302, 200, 200, 200, 403),
    ("GET", "/ledger/trial-balance"): row(302, 200, 403, 403, 403),
    ("GET", "/moderation"): row(302, 200, 403, 403, 403),  # who reported a note: admins only
    ("POST", "/moderation/hide"): row(302, 422, 403, 403, 403),  # no note number
    ("POST", "/moderation/notes/{note_id}/restore"): row(302, 303, 403, 403, 403),  # refused: not hidden
    ("GET", "/static/*"): row(200, 200, 200, 200, 200),  # the stylesheet
    ("GET", "/healthz"): row(200, 200, 200, 200, 200),  # anonymous: a probe's (bot.health)
}
BODIES = {"/pickup": {"code": "0000"}, "/tokens": {"label": "x" * 65}, "/orders/{action}": {"order": "1-1"}}
BODIES |= {
    "/members/{identity}/mute": {"chat": "family", "why": "x" * 201},
    "/members/{identity}/unmute": {"chat": "family"},
    "/moderation/hide": {"note": ""},
}
API = "/api/v1/"
PAGES = ("/dashboard", "/group", "/pickup", "/audit", "/members", "/payouts", "/ledger", "/moderation")


def test_every_route_of_the_app_has_its_row() -> None:
    app = ChatApp(uow_factory=FakeUnitOfWorkFactory(), clock=FakeClock())  # type: ignore[arg-type]
    web = create_console_app(Console(app=app, counters=MemorySharedState().counters, secret="s"))
    assert route_table(web) == set(EXPECTED)


async def _browsers(world: ConsoleWorld) -> tuple[dict[str, httpx.AsyncClient], int]:
    gid = await world.open_group_buy("family", "amy", "Mangoes", target=5)
    await world.say("family", "cat", "+1")
    await world.say("family", "amy", f"/helper #{gid} @Cat")
    await world.open_group_buy("work", "dan", "Plums")
    await world.say("family", "cat", "/note Sweet mangoes")  # note #1
    anonymous = world.browser()
    csrf_of((await anonymous.get("/login")).text)
    return {
        "anonymous": anonymous,
        "admin": await world.admin(),
        "organiser": await world.member("amy"),
        "other_organiser": await world.member("dan"),
        "helper": await world.member("cat"),
    }, gid


def _fill(path: str, gid: int, order: int = 0) -> str:
    return path.replace("/static/*", "/static/console.css").format(
        group_buy_id=gid, token="made-up-token", code="en", token_id=999_999, order_id=order,
        pickup_code="0000", action="paid", kind="csv",
        identity="playground:cat", payout_id=999_999, decision="approve", note_id=1,
    )  # fmt: skip


async def _api_callers(world: ConsoleWorld) -> tuple[int, dict[str, dict[str, str]]]:
    """Amy's paid order and her unpaid one (in another chat), and each role's Authorization header
    (anonymous: none)."""
    gid = await world.open_group_buy("home", "amy", "Pears", target=1)
    await world.say("home", "bob", "+1")
    await world.say("home", "eve", "+1")
    await world.say("home", "amy", "/close")
    await world.say("home", "amy", f"/paid {gid}-1")
    owners = {"admin": {"admin": "root"}, "organiser": {"member": "playground:amy"}}
    owners |= {"other_organiser": {"member": "playground:dan"}, "helper": {"member": "playground:cat"}}
    headers = {"anonymous": {}} | {
        role: {"authorization": f"Bearer {await token_for(world, **owner)}"} for role, owner in owners.items()
    }
    return (await order_id(world, gid, 1), await order_id(world, gid, 2)), headers


@pytest.mark.parametrize("role", ROLES)
async def test_each_role_gets_what_the_matrix_says(world: ConsoleWorld, role: str) -> None:
    browsers, gid = await _browsers(world)
    client = browsers[role]
    token = await token_of(client)
    (paid, unpaid), api_headers = await _api_callers(world)
    got: dict[tuple[str, str], int] = {}
    for (method, path), expected in EXPECTED.items():
        url = _fill(path, gid, unpaid if path.endswith("/unpaid") else paid)
        if path.startswith(API):  # JSON, with the role's token
            call = client.get if method == "GET" else client.post
            response = await call(url, headers=api_headers[role])
        elif method == "GET":
            response = await client.get(url)
        else:
            response = await client.post(url, data={"csrf": token, **BODIES.get(path, {})})
            if path == "/logout":  # logged out: log in again for the rows after it
                browsers, gid = await _relogin(world, role, browsers, gid)
                client = browsers[role]
                token = await token_of(client)
        got[(method, path)] = response.status_code
        if response.status_code == 302 and expected[role] == 302 and path.startswith(PAGES):
            assert response.headers["location"].startswith("/login?next=")
    assert got == {key: expected[role] for key, expected in EXPECTED.items()}
    assert await world.audit_rows() == []  # nothing was changed by anyone


async def _relogin(
    world: ConsoleWorld, role: str, browsers: dict[str, httpx.AsyncClient], gid: int
) -> tuple[dict[str, httpx.AsyncClient], int]:
    users = {"organiser": "amy", "other_organiser": "dan", "helper": "cat"}
    if role == "admin":
        client = world.browser()
        assert (await login(client, "root", "correct horse")).status_code == 303
        browsers[role] = client
    elif role in users:
        browsers[role] = await world.member(users[role])
    return browsers, gid
