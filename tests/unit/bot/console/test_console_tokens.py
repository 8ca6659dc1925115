"""API tokens on the console's `/tokens` page (make one, shown once; the list; revoke), and
`tuan token create` on the command line."""

from __future__ import annotations

import asyncio
import hashlib
import json
import re
from pathlib import Path

import pytest

from bot.__main__ import main
from storage.db import make_engine
from storage.migrate import upgrade
from storage.uow import SqlUnitOfWorkFactory
from tests.unit.bot.console.api_client import api, shop, token_for
from tests.unit.bot.console.console_client import ConsoleWorld, post_form

NEW_TOKEN = re.compile(r'<pre class="answer" id="new-token">(tuan_[A-Za-z0-9_\-]+)</pre>')
REVOKE = re.compile(r'action="/tokens/(\d+)/revoke"')


async def test_an_organiser_makes_a_token_on_the_page_and_it_works_until_revoked(world: ConsoleWorld) -> None:
    await shop(world)
    browser = await world.member("amy")
    posted = await post_form(browser, "/tokens", {"label": "my spreadsheet"})
    assert posted.status_code == 303 and posted.headers["location"] == "/tokens", posted.text
    made = await browser.get("/tokens")  # post/redirect/get: shown on the page it goes to
    found = NEW_TOKEN.search(made.text)
    assert found, made.text
    token = found.group(1)
    page = await browser.get("/tokens")
    assert token not in page.text  # shown once, never again
    assert (
        f"<code>{token[:11]}…</code>" in page.text and "my spreadsheet" in page.text and "never" in page.text
    )
    client = api(world, token)
    assert (await client.get("/api/v1/group-buys")).status_code == 200
    world.clock.advance(minutes=5)
    assert "never" not in (await browser.get("/tokens")).text  # last used: now shown
    [token_id] = REVOKE.findall((await browser.get("/tokens")).text)
    revoked = await post_form(browser, f"/tokens/{token_id}/revoke")
    assert revoked.status_code == 303
    page = await browser.get("/tokens")
    assert "The token was revoked: it no longer works." in page.text and "revoked " in page.text
    refused = await client.get("/api/v1/group-buys")
    assert refused.status_code == 401
    assert refused.json()["message"] == "This token is not valid: it is unknown or was revoked."
    audit = [(row["actor"], row["action"], row["subject"]) for row in await world.audit_rows()]
    assert audit == [
        ("playground:amy", "api_token.create", f"api_token:{token_id}"),
        ("playground:amy", "api_token.revoke", f"api_token:{token_id}"),
    ]
    assert json.loads((await world.audit_rows())[0]["after"]) == {
        "label": "my spreadsheet",
        "prefix": token[:11],
    }


async def test_nobody_revokes_or_sees_another_persons_token(world: ConsoleWorld) -> None:
    await shop(world)
    amy = await world.member("amy")
    await post_form(amy, "/tokens", {"label": "amy's"})
    token = NEW_TOKEN.search((await amy.get("/tokens")).text)
    assert token
    [token_id] = REVOKE.findall((await amy.get("/tokens")).text)
    dan = await world.member("dan")
    assert (
        "amy&#39;s" not in (await dan.get("/tokens")).text
        and "No tokens yet." in (await dan.get("/tokens")).text
    )
    answer = await post_form(dan, f"/tokens/{token_id}/revoke")
    assert answer.status_code == 404  # as for another person's other things
    for other in ("0", "999999", str(2**31), "9" * 30):  # none, or more than any row id
        assert (await post_form(dan, f"/tokens/{other}/revoke")).status_code == 404, other
    assert (await api(world, token.group(1)).get("/api/v1/group-buys")).status_code == 200  # still works


async def test_a_label_too_long_is_answered_in_the_form_and_nothing_is_made(world: ConsoleWorld) -> None:
    await shop(world)
    amy = await world.member("amy")
    answer = await post_form(amy, "/tokens", {"label": "x" * 70})
    assert answer.status_code == 422
    assert (
        "A label is at most 64 characters: make it shorter. No token was made." in answer.text
        and 'value="' + "x" * 70 + '"' in answer.text
    )
    assert 'name="label" value="" maxlength="64"' in (await amy.get("/tokens")).text  # the server's limit
    assert not NEW_TOKEN.search(answer.text) and await world.audit_rows() == []


async def test_a_logged_in_browser_without_a_token_does_not_reach_the_api(world: ConsoleWorld) -> None:
    """Sessions (cookies) never authenticate the API: a page elsewhere cannot call it as the person."""
    await shop(world)
    browser = await world.member("amy")
    answer = await browser.get("/api/v1/group-buys")
    assert answer.status_code == 401


async def test_last_used_is_written_at_most_once_a_minute(world: ConsoleWorld) -> None:
    await shop(world)
    client = api(world, await token_for(world, member="playground:amy"))
    await client.get("/api/v1/group-buys")
    first = world.clock.now()
    world.clock.advance(seconds=30)
    await client.get("/api/v1/group-buys")
    async with world.app.uow_factory() as uow:
        [stored] = await uow.api_tokens.of_owner("playground:amy")
    assert stored.last_used_at == first
    world.clock.advance(seconds=31)
    await client.get("/api/v1/group-buys")
    async with world.app.uow_factory() as uow:
        [stored] = await uow.api_tokens.of_owner("playground:amy")
    assert stored.last_used_at == world.clock.now()


# -- tuan token create -----------------------------------------------------------------------------------
@pytest.fixture
async def database(tmp_path: Path) -> str:
    url = f"sqlite+aiosqlite:///{tmp_path / 'tokens.db'}"
    await upgrade(url)
    return url


async def _organiser(url: str) -> None:
    """Alice opened a group buy in the playground (as the chat would store it)."""
    from handlers.app import AppConfig, ChatApp
    from handlers.types import ChatKind, Request
    from tests.fakes import FakeClock

    engine = make_engine(url)
    try:
        app = ChatApp(uow_factory=SqlUnitOfWorkFactory(engine), clock=FakeClock(), config=AppConfig())
        request = Request(
            platform="playground", chat_id="family", user_id="alice", display_name="Alice",
            chat_kind=ChatKind.GROUP, text="/groupbuy Mangoes price 10 target 2", update_id="1",
        )  # fmt: skip
        replies = await app.handle(request)
        assert any(r.card_of for r in replies), [r.text for r in replies]
    finally:
        await engine.dispose()


async def _stored(url: str) -> list[tuple[str, str, str]]:
    engine = make_engine(url)
    try:
        async with SqlUnitOfWorkFactory(engine)() as uow:
            tokens = await uow.api_tokens.of_owner("playground:alice")
    finally:
        await engine.dispose()
    return [(t.token_hash, t.prefix, t.label) for t in tokens]


def test_token_create_prints_the_token_alone_on_its_last_line(
    database: str, capsys: pytest.CaptureFixture[str]
) -> None:
    asyncio.run(_organiser(database))
    argv = ["token", "create", "--member", "playground:alice", "--label", "sheet", "--database-url", database]
    assert main(argv) == 0
    out = capsys.readouterr().out
    *_, last = out.rstrip("\n").split("\n")
    assert re.fullmatch(r"tuan_[A-Za-z0-9_\-]{43}", last), out
    assert "Alice (playground:alice)" in out and "/api/v1/" in out
    [(stored_hash, prefix, label)] = asyncio.run(_stored(database))
    assert stored_hash == hashlib.sha256(last.encode()).hexdigest() and last not in stored_hash
    assert (prefix, label) == (last[:11], "sheet")


@pytest.mark.parametrize(
    ("who", "says"),
    [
        (["--member", "alice"], "a member is named as platform:user id (e.g. playground:amy), not 'alice'"),
        (["--member", "playground:zed"], "playground:zed has opened no group buy here"),
        (["--admin", "nobody"], "there is no admin named nobody"),
        (["--member", "playground:alice", "--label", "x" * 65], "a label has at most 64 characters"),
    ],
)
def test_token_create_answers_a_bad_owner_clearly_and_makes_nothing(
    database: str, capsys: pytest.CaptureFixture[str], who: list[str], says: str
) -> None:
    asyncio.run(_organiser(database))
    assert main(["token", "create", *who, "--database-url", database]) == 2
    captured = capsys.readouterr()
    assert captured.out == ""
    assert (
        captured.err.startswith("tuan: ") and says in captured.err and "nothing was created" in captured.err
    )
    assert asyncio.run(_stored(database)) == []


def test_token_create_needs_exactly_one_owner(database: str, capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as exited:
        main(["token", "create", "--database-url", database])
    assert exited.value.code == 2
    assert "one of the arguments --member --admin is required" in capsys.readouterr().err
