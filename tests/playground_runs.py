"""`tuan playground` in process, started as bot/playground/server.py starts it (the relay, the scheduler,
the web API), for tests that stop it and start it again over the same database."""

from __future__ import annotations

from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from dataclasses import dataclass
from pathlib import Path

import httpx

from bot.bootstrap import Tuan, build, migrate
from bot.playground.hub import PLATFORM, Hub
from bot.playground.server import open_hub, redeliver, restore_clock
from bot.playground.web import create_app
from bot.settings import Settings


@dataclass
class Playground:
    tuan: Tuan
    hub: Hub
    client: httpx.AsyncClient

    async def say(self, user: str, text: str, chat: str = "family") -> list[str]:
        """What the bot answered `user` typing `text` (its plain messages, not the cards)."""
        body = {"chat": chat, "user": user, "text": text}
        response = await self.client.post("/api/messages", json=body)
        assert response.status_code == 200, response.text
        return [r["text"] for r in response.json()["replies"] if r["text"] and not r["card_of"]]

    async def transcript(self, chat: str = "family") -> list[tuple[str, str]]:
        """The chat as a tab shows it: (who, text) per message, the bot as `bot`, cards left out."""
        response = await self.client.get(f"/api/chats/{chat}/messages")
        assert response.status_code == 200, response.text
        shown = response.json()["messages"]
        return [("bot" if m["bot"] else m["from"], m["text"]) for m in shown if not m["card_of"]]


@asynccontextmanager
async def running(folder: Path) -> AsyncIterator[Playground]:
    url = f"sqlite+aiosqlite:///{folder / 'tuan.db'}"
    settings = Settings(_env_file=None, database_url=url, pickup_reminder=None)  # type: ignore[call-arg]
    await migrate(settings)
    tuan = await build(settings, platform=PLATFORM)
    hub = await open_hub(tuan, base_url="http://playground")
    await restore_clock(tuan, hub)
    await tuan.start(hub.deliver)
    await redeliver(hub)
    web = create_app(hub=hub, clock=tuan.clock, clock_changed=tuan.scheduler.clock_changed)
    client = httpx.AsyncClient(transport=httpx.ASGITransport(app=web), base_url="http://playground")
    try:
        yield Playground(tuan, hub, client)
    finally:
        await client.aclose()
        await hub.aclose()
        await tuan.aclose()
