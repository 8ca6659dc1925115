"""The playground's JSON API in process: the real ChatApp on SQLite behind the hub and the web app, spoken
to over HTTP (httpx's ASGI transport), so tests see exactly what an API client sees: status and body."""

from __future__ import annotations

from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from pathlib import Path
from typing import Any

import httpx

from bot.clock import SystemClock
from bot.health import Check
from bot.playground.hub import Hub
from bot.playground.transcript import Transcript
from bot.playground.web import create_app
from handlers.app import AppConfig, ChatApp
from storage.db import make_engine
from storage.migrate import upgrade
from storage.state_memory import MemorySharedState
from storage.uow import SqlUnitOfWorkFactory
from tests.fakes import FakeClock


class PlaygroundApi:
    """One playground: `client` speaks to its API; `clock` is the clock `POST /api/clock` moves."""

    def __init__(self, hub: Hub, client: httpx.AsyncClient, clock: SystemClock) -> None:
        self.hub = hub
        self.client = client
        self.clock = clock

    async def post(self, path: str, body: bytes) -> httpx.Response:
        """POST raw JSON bytes (NaN, 1e309 and lone surrogates cannot come from `json=`)."""
        return await self.client.post(path, content=body, headers={"content-type": "application/json"})

    async def say(self, chat: str, user: str, text: str, update_id: int | None = None) -> dict[str, Any]:
        body: dict[str, Any] = {"chat": chat, "user": user, "text": text}
        if update_id is not None:
            body["update_id"] = update_id
        response = await self.client.post("/api/messages", json=body)
        assert response.status_code == 200, response.text
        return dict(response.json())

    async def messages(self, chat: str) -> list[dict[str, Any]]:
        response = await self.client.get(f"/api/chats/{chat}/messages")
        assert response.status_code == 200, response.text
        return list(response.json()["messages"])

    async def card(self, chat: str, group_buy_id: int) -> dict[str, Any]:
        """The live card of a group buy as the chat shows it."""
        cards = [m for m in await self.messages(chat) if m["card_of"] == group_buy_id]
        assert cards, f"no card of group buy {group_buy_id} in {chat}"
        return cards[-1]

    async def everything(self) -> dict[str, list[dict[str, Any]]]:
        """Every chat's messages: what any tab could show."""
        response = await self.client.get("/api/chats")
        chats = [c["name"] for c in response.json()["chats"]]
        return {chat: await self.messages(chat) for chat in chats}


def said_in(response: dict[str, Any], chat: str) -> list[str]:
    """The texts a `say` answered in `chat`, cards left out: what the member reads as the bot's answer."""
    return [r["text"] for r in response["replies"] if r["text"] and not r["card_of"] and r["chat"] == chat]


@asynccontextmanager
async def playground_api(folder: Path, *, health: Check | None = None) -> AsyncIterator[PlaygroundApi]:
    url = f"sqlite+aiosqlite:///{folder / 'playground.db'}"
    await upgrade(url)
    engine = make_engine(url)
    app = ChatApp(
        uow_factory=SqlUnitOfWorkFactory(engine),
        clock=FakeClock(),
        config=AppConfig(),
        values=MemorySharedState().values,  # as bootstrap: the shared state
    )
    hub = Hub(app=app, transcript=Transcript(engine), base_url="http://playground")
    await hub.start()
    clock = SystemClock()
    web = create_app(hub=hub, clock=clock, clock_changed=lambda: None, health=health)
    # a 500 is an answer to assert on, not an exception in the test
    transport = httpx.ASGITransport(app=web, raise_app_exceptions=False)
    try:
        async with httpx.AsyncClient(transport=transport, base_url="http://playground") as client:
            yield PlaygroundApi(hub, client, clock)
    finally:
        await engine.dispose()
