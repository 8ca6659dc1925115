"""Round 41 #3: a close that ran after its pickup time (the bot down for a week, or the clock jumped) sent
each buyer "自提：北门 · 12月7日 周一 17:00" / "Pickup: Gate 3 · Tue 8 Dec 17:00", a time already gone,
and nobody asked the organiser for a new one. Now such an order says the pickup time had passed at the
close and to ask the organiser, by name, for a new time; the organiser is told once, at the close, to
set a new pickup (`自提 #N …` / `/pickup #N …`). At the deadline, and when she closes it herself late."""

from __future__ import annotations

import asyncio
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from dataclasses import dataclass
from pathlib import Path

import httpx

from bot.bootstrap import Tuan, build, migrate
from bot.playground.hub import PLATFORM
from bot.playground.server import open_hub
from bot.playground.web import create_app
from bot.settings import Settings

WEEK = 7 * 24 * 3600.0


@dataclass
class Playground:
    tuan: Tuan
    client: httpx.AsyncClient

    async def say(self, chat: str, user: str, text: str) -> None:
        response = await self.client.post("/api/messages", json={"chat": chat, "user": user, "text": text})
        assert response.status_code == 200, response.text

    async def texts(self, chat: str) -> list[str]:
        response = await self.client.get(f"/api/chats/{chat}/messages")
        return [m["text"] for m in response.json()["messages"] if m["bot"] and not m["card_of"]]

    async def move_clock(self, seconds: float) -> None:
        response = await self.client.post("/api/clock", json={"advance_seconds": seconds})
        assert response.status_code == 200, response.text

    async def private_to(self, user: str, containing: str) -> list[str]:
        """The bot's messages in `user`'s private chat containing `containing`, once the close wrote them."""
        for _ in range(100):
            if any(containing in text for text in await self.texts(user)):
                break
            await asyncio.sleep(0.1)
        await asyncio.sleep(0.3)  # a second one would be posted by now
        return [text for text in await self.texts(user) if containing in text]


@asynccontextmanager
async def running(folder: Path) -> AsyncIterator[Playground]:
    url = f"sqlite+aiosqlite:///{folder / 'tuan.db'}"
    settings = Settings(_env_file=None, database_url=url, pickup_reminder=None)  # type: ignore[call-arg]
    await migrate(settings)
    tuan = await build(settings, platform=PLATFORM)
    hub = await open_hub(tuan, base_url="http://playground")
    await tuan.start(hub.deliver)
    web = create_app(hub=hub, clock=tuan.clock, clock_changed=tuan.scheduler.clock_changed)
    client = httpx.AsyncClient(transport=httpx.ASGITransport(app=web), base_url="http://playground")
    try:
        yield Playground(tuan, client)
    finally:
        await client.aclose()
        await hub.aclose()
        await tuan.aclose()


async def test_a_deadline_close_a_week_late_asks_amy_for_a_new_pickup_in_chinese(tmp_path: Path) -> None:
    async with running(tmp_path) as playground:
        await playground.say("family", "amy", "接龙 葡萄 1箱 价格 30 成团 1 截止 1小时")
        await playground.say("family", "amy", "自提 北门 明天17:00")
        await playground.say("family", "bob", "+1")
        await playground.move_clock(WEEK)
        [order] = await playground.private_to("bob", "订单 #1-1")
        assert "北门 · " in order and "截单时这个时间已经过了，请找团长 Amy 约新的自提时间。" in order
        told = await playground.private_to("amy", "⚠️ 自提时间")
        assert (
            len(told) == 1
            and "买家已被告知找你约新的时间。请定一个新的自提，例如：自提 #1 北门 明天17:00" in told[0]
        )
        await playground.move_clock(3600)
        assert len(await playground.private_to("amy", "⚠️ 自提时间")) == 1  # once


async def test_a_close_after_the_pickup_in_english_says_it_passed(tmp_path: Path) -> None:
    async with running(tmp_path) as playground:
        for line in (
            "/lang en",
            "/groupbuy Grapes price 30 target 1 ends in 1 hour",  # before the pickup at any time of day
            "/pickup Gate 3 tomorrow 17:00",
        ):
            await playground.say("family", "amy", line)
        await playground.say("family", "bob", "+1")
        await playground.move_clock(3 * 24 * 3600)
        await playground.say("family", "amy", "/close")
        [order] = await playground.private_to("bob", "#1-1")
        assert "Pickup: Gate 3 · " in order
        assert (
            "which had already passed when the group buy closed: ask Amy, the organiser, for a new" in order
        )
        [told] = await playground.private_to("amy", "⚠️ The pickup time")
        assert "buyers were told to ask you for a new one. Set a new pickup, e.g. /pickup #1 Gate 3" in told


async def test_a_close_before_the_pickup_says_it_plainly(tmp_path: Path) -> None:
    async with running(tmp_path) as playground:
        await playground.say("family", "amy", "接龙 葡萄 1箱 价格 30 成团 1 截止 1小时")
        await playground.say("family", "amy", "自提 北门 明天17:00")
        await playground.say("family", "bob", "+1")
        await playground.move_clock(2 * 3600)
        [order] = await playground.private_to("bob", "订单 #1-1")
        assert "自提：北门 · " in order and "已经过了" not in order
        assert await playground.private_to("amy", "⚠️") == []
