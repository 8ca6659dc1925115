"""Round 41 #2: a restart of the playground (SIGTERM or kill -9) forgot how far `POST /api/clock` had moved
its clock (offset 111700 s → 0), so time ran backwards: a group buy closed at the moved 14:36, then
after the restart `催款 #1` was recorded at the real 13:35 and the group read "#1 已在 … 13:35 催过款",
before its close. The offset is now kept in the playground's database and restored at start: after a
restart the clock reads as it did, and what is recorded then is dated after what came before."""

from __future__ import annotations

from collections.abc import AsyncIterator, Callable
from contextlib import asynccontextmanager
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from zoneinfo import ZoneInfo

import httpx
import pytest

from bot.bootstrap import Tuan, build, migrate
from bot.playground.hub import PLATFORM
from bot.playground.server import open_hub, restore_clock
from bot.playground.web import create_app
from bot.settings import Settings

TZ = ZoneInfo("Asia/Shanghai")
MOVED = 111700.0
ZH_WEEKDAYS = "一二三四五六日"


@dataclass
class Playground:
    tuan: Tuan
    client: httpx.AsyncClient

    async def say(self, user: str, text: str) -> list[str]:
        body = {"chat": "family", "user": user, "text": text}
        response = await self.client.post("/api/messages", json=body)
        assert response.status_code == 200, response.text
        return [r["text"] for r in response.json()["replies"] if r["text"] and not r["card_of"]]


@asynccontextmanager
async def running(folder: Path) -> AsyncIterator[Playground]:
    """`tuan playground` in process, started as bot/playground/server.py starts it."""
    url = f"sqlite+aiosqlite:///{folder / 'tuan.db'}"
    settings = Settings(_env_file=None, database_url=url, pickup_reminder=None)  # type: ignore[call-arg]
    await migrate(settings)
    tuan = await build(settings, platform=PLATFORM)
    hub = await open_hub(tuan, base_url="http://playground")
    await restore_clock(tuan, hub)
    await tuan.start(hub.deliver)
    web = create_app(hub=hub, clock=tuan.clock, clock_changed=tuan.scheduler.clock_changed)
    client = httpx.AsyncClient(transport=httpx.ASGITransport(app=web), base_url="http://playground")
    try:
        yield Playground(tuan, client)
    finally:
        await client.aclose()
        await hub.aclose()
        await tuan.aclose()


def zh_time(at: datetime) -> str:
    local = at.astimezone(TZ)
    return f"{local.month}月{local.day}日 周{ZH_WEEKDAYS[local.weekday()]} {local:%H:%M}"


def en_time(at: datetime) -> str:
    local = at.astimezone(TZ)
    return f"{local:%a} {local.day} {local:%b} {local:%H:%M}"


@pytest.mark.parametrize(
    ("lines", "shown", "said"),
    [
        (["接龙 苹果 价格 10 成团 1", "+1", "截单", "催款 #1"], zh_time, "#1 已在 {at} 催过款"),
        (
            ["/lang en", "/groupbuy Apples price 10 target 1", "+1", "/close", "/remind #1"],
            en_time,
            "The group was reminded to pay for #1 at {at}.",
        ),
    ],
    ids=["zh", "en"],
)
async def test_a_restart_keeps_the_playgrounds_moved_clock(
    tmp_path: Path, lines: list[str], shown: Callable[[datetime], str], said: str
) -> None:
    async with running(tmp_path) as playground:
        moved = await playground.client.post("/api/clock", json={"advance_seconds": MOVED})
        assert moved.json()["offset_seconds"] == MOVED
        for line in lines[:-1]:
            await playground.say("bob" if line == "+1" else "amy", line)
    async with running(tmp_path) as playground:  # restarted
        clock = (await playground.client.get("/api/clock")).json()
        assert clock["offset_seconds"] == MOVED
        reminded_at = playground.tuan.clock.now()
        await playground.say("amy", lines[-1])
        done_at = playground.tuan.clock.now()
        again = await playground.say("amy", lines[-1])
    expected = {said.format(at=shown(at)) for at in (reminded_at, done_at)}  # a minute may turn between
    assert any(one in text for one in expected for text in again), again
