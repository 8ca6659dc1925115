"""The console in process: the real ChatApp on a migrated SQLite database (outbox rows for the
playground), the console's FastAPI app, and an httpx ASGI client per person, so tests see what a
browser sees: status, page and cookies. Members act in the chat through `say`."""

from __future__ import annotations

import atexit
import html
import re
import shutil
import tempfile
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from pathlib import Path
from typing import Any

import httpx
import sqlalchemy as sa

from bot.console.app import create_console_app
from bot.console.deps import Console
from bot.console.passwords import hash_password
from bot.health import HealthCheck
from commerce.domain.console import Account
from handlers.app import AppConfig, ChatApp
from handlers.types import ChatKind, Reply, Request
from storage.db import make_engine
from storage.migrate import upgrade
from storage.state_memory import MemorySharedState
from storage.tables import console_audit, outbox
from storage.uow import SqlUnitOfWorkFactory
from tests.fakes import FakeClock

BASE = "http://console.test"
CSRF = re.compile(r'name="csrf" value="([^"]+)"')
PLATFORM = "playground"


def field_errors(page: str) -> dict[str, str]:
    """What a form page says beside each field, by the field's name (`price`: "“abc” is not a price…")."""
    found = re.findall(r'<p id="(\w+)-error" class="field-error">([^<]*)</p>', page)
    return {name: html.unescape(text) for name, text in found}


def csrf_of(page: str) -> str:
    found = CSRF.search(page)
    assert found, "the page has no CSRF field"
    return found.group(1)


async def form_of(client: httpx.AsyncClient, path: str) -> dict[str, str]:
    """The fields of the form at `path` as the page fills them in (entities read), without its CSRF
    token (`post_form` adds this browser's)."""
    page = (await client.get(path)).text
    fields = {name: html.unescape(value) for name, value in re.findall(r'name="(\w+)" value="([^"]*)"', page)}
    fields.pop("csrf")
    return fields


class ConsoleWorld:
    """One database, one ChatApp, one console; `browser()` opens a new cookie jar."""

    def __init__(
        self, app: ChatApp, web: Any, engine: Any, clock: FakeClock, state: MemorySharedState
    ) -> None:
        self.app, self.web, self.engine, self.clock, self.state = app, web, engine, clock, state
        self._update = 0
        self._clients: list[httpx.AsyncClient] = []

    def browser(self, address: str = "127.0.0.1") -> httpx.AsyncClient:
        transport = httpx.ASGITransport(app=self.web, raise_app_exceptions=False, client=(address, 50000))
        client = httpx.AsyncClient(transport=transport, base_url=BASE)
        self._clients.append(client)
        return client

    async def aclose(self) -> None:
        for client in self._clients:
            await client.aclose()

    # -- the chat ---------------------------------------------------------------------------------------
    async def say(self, chat: str, user: str, text: str, *, private: bool = False) -> list[Reply]:
        self._update += 1
        request = Request(
            platform=PLATFORM,
            chat_id=user if private else chat,
            user_id=user,
            display_name=user.capitalize(),
            chat_kind=ChatKind.PRIVATE if private else ChatKind.GROUP,
            text=text,
            update_id=str(self._update),
            chat_title=None if private else chat.capitalize() + " Group",
        )
        return await self.app.handle(request)

    async def open_group_buy(self, chat: str, organiser: str, title: str, *, target: int = 2) -> int:
        replies = await self.say(chat, organiser, f"/groupbuy {title} price 10 target {target}")
        ids = [r.card_of for r in replies if r.card_of]
        assert ids, [r.text for r in replies]
        return int(ids[0])

    async def mangoes_paid(self) -> int:
        """Amy's Mangoes in `family` (¥10 each) closed, Bob's 2 and Cat's 1 paid: orders #N-1 and #N-2."""
        gid = await self.open_group_buy("family", "amy", "Mangoes", target=1)
        await self.say("family", "bob", f"+2 #{gid}")
        await self.say("family", "cat", f"+1 #{gid}")
        await self.say("family", "amy", f"/close #{gid}")
        await self.say("family", "amy", f"/paid {gid}-1 {gid}-2")
        return gid

    async def outbox_rows(self) -> list[dict[str, Any]]:
        async with self.engine.connect() as conn:
            rows = await conn.execute(sa.select(outbox).order_by(outbox.c.id))
            return [dict(row._mapping) for row in rows]

    async def audit_rows(self) -> list[dict[str, Any]]:
        async with self.engine.connect() as conn:
            rows = await conn.execute(sa.select(console_audit).order_by(console_audit.c.id))
            return [dict(row._mapping) for row in rows]

    # -- logging in ---------------------------------------------------------------------------------------
    async def add_admin(self, username: str = "root", password: str = "correct horse") -> None:
        async with self.app.uow_factory() as uow:
            assert await uow.console.add_account(Account(username, hash_password(password), self.clock.now()))
            await uow.commit()

    async def admin(self, username: str = "root", password: str = "correct horse") -> httpx.AsyncClient:
        """A browser logged in as a (new) admin."""
        await self.add_admin(username, password)
        client = self.browser()
        response = await login(client, username, password)
        assert response.status_code == 303, response.text
        return client

    async def link_for(self, user: str) -> str:
        """The path of the login link `/console` sends `user` in their private chat."""
        replies = await self.say(user, user, "/console", private=True)
        found = re.search(r"(/login/link/\S+)", replies[0].text)
        assert found, replies[0].text
        return found.group(1)

    async def member(self, user: str, *, spoken: bool = False) -> httpx.AsyncClient:
        """A browser logged in as a member, by the link `/console` sent them; `spoken`: its pages in the
        language of her private chat, as the link sets it; else as the request asks (Accept-Language,
        else the console's default), the language cookie the link set dropped."""
        client = self.browser()
        response = await use_link(client, await self.link_for(user))
        assert response.status_code == 303, response.text
        if not spoken:
            client.cookies.delete("lang")
        return client


async def login(client: httpx.AsyncClient, username: str, password: str) -> httpx.Response:
    page = await client.get("/login")
    form = {"csrf": csrf_of(page.text), "username": username, "password": password}
    return await client.post("/login", data=form)


async def use_link(client: httpx.AsyncClient, path: str) -> httpx.Response:
    page = await client.get(path)
    assert page.status_code == 200, page.text
    return await client.post(path, data={"csrf": csrf_of(page.text)})


async def post_form(
    client: httpx.AsyncClient, path: str, data: dict[str, str] | None = None
) -> httpx.Response:
    """POST a form as the console's own pages do: with the CSRF token of this browser's session."""
    page = await client.get("/login") if not client.cookies else None
    token = csrf_of(page.text) if page is not None else await token_of(client)
    return await client.post(path, data={"csrf": token, **(data or {})})


async def token_of(client: httpx.AsyncClient) -> str:
    """This browser's CSRF token, read from a page that has a form (every page's logout button)."""
    for path in ("/group-buys", "/pickup", "/login"):
        page = await client.get(path)
        if page.status_code == 200 and 'name="csrf"' in page.text:
            return csrf_of(page.text)
    raise AssertionError("no page with a form")


_TEMPLATE: list[Path] = []  # a database migrated once per test run, copied for each test


async def _migrated(folder: Path) -> str:
    if not _TEMPLATE:
        base = Path(tempfile.mkdtemp(prefix="tuan-console-"))
        atexit.register(shutil.rmtree, base, True)
        await upgrade(f"sqlite+aiosqlite:///{base / 'template.db'}")
        _TEMPLATE.append(base / "template.db")
    shutil.copyfile(_TEMPLATE[0], folder / "console.db")
    return f"sqlite+aiosqlite:///{folder / 'console.db'}"


@asynccontextmanager
async def console_world(folder: Path, *, shared: bool = False) -> AsyncIterator[ConsoleWorld]:
    """`shared`: the ChatApp keeps the shared state (`values`) as a bot does: members' private copies of
    cards and quoted notes are remembered, so a change refreshes them."""
    url = await _migrated(folder)
    engine = make_engine(url)
    clock = FakeClock()
    state = MemorySharedState()
    config = AppConfig(outbox_platform=PLATFORM, console_url=BASE, commands_per_minute=0)
    uow_factory = SqlUnitOfWorkFactory(engine)
    app = ChatApp(
        uow_factory=uow_factory, clock=clock, config=config, values=state.values if shared else None
    )
    health = HealthCheck(engine=engine, uow_factory=uow_factory, state=None, now=clock.now)
    console = Console(
        app=app, counters=state.counters, secret="test-secret", default_language="en", health=health
    )
    world = ConsoleWorld(app, create_console_app(console), engine, clock, state)
    try:
        yield world
    finally:
        await world.aclose()
        await engine.dispose()
