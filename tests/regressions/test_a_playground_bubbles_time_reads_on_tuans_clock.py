"""Review 46, finding 13: the playground page's bubble times were the machine's (08:33) while the cards
spoke Tuan's clock, which `POST /api/clock` had moved (19:33), in Tuan's time zone: a group buy that
"ends 2h" looked like it ended in 10 h. A message and a card's edit are now dated on Tuan's clock, and
`GET /api/clock` says the time zone the cards' times are in, which the page shows bubble times in."""

from __future__ import annotations

from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from datetime import UTC, datetime, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

import httpx

from bot.bootstrap import build, migrate
from bot.playground.hub import PLATFORM
from bot.playground.server import open_hub
from bot.playground.web import create_app
from bot.settings import Settings

MOVED = 11 * 3600.0


@asynccontextmanager
async def running(folder: Path) -> AsyncIterator[httpx.AsyncClient]:
    """A playground as `tuan playground` runs it: the real Tuan, its clock the one the API moves."""
    url = f"sqlite+aiosqlite:///{folder / 'tuan.db'}"
    settings = Settings(_env_file=None, database_url=url)  # type: ignore[call-arg]
    await migrate(settings)
    tuan = await build(settings, platform=PLATFORM)
    hub = await open_hub(tuan, base_url="http://playground")
    await tuan.start(hub.deliver)
    web = create_app(hub=hub, clock=tuan.clock, clock_changed=tuan.scheduler.clock_changed)
    client = httpx.AsyncClient(transport=httpx.ASGITransport(app=web), base_url="http://playground")
    try:
        yield client
    finally:
        await client.aclose()
        await hub.aclose()
        await tuan.aclose()


def _near(stamp: str, expected: datetime) -> bool:
    return abs(datetime.fromisoformat(stamp) - expected) < timedelta(seconds=60)


async def test_a_message_after_the_clock_moved_is_dated_on_the_moved_clock(tmp_path: Path) -> None:
    async with running(tmp_path) as client:
        clock = (await client.get("/api/clock")).json()
        assert clock["timezone"] == "Asia/Shanghai"  # the cards' zone: the page shows bubble times in it

        moved = await client.post("/api/clock", json={"advance_seconds": MOVED})
        assert moved.status_code == 200, moved.text
        said = await client.post(
            "/api/messages",
            json={"chat": "family", "user": "ben", "text": "/groupbuy Avocados price 3 target 4 ends 2h"},
        )
        assert said.status_code == 200, said.text
        joined = await client.post("/api/messages", json={"chat": "family", "user": "jo", "text": "+1"})
        assert joined.status_code == 200, joined.text

        tuans_now = datetime.now(UTC) + timedelta(seconds=MOVED)
        messages = (await client.get("/api/chats/family/messages")).json()["messages"]
        typed = next(m for m in messages if m["text"].startswith("/groupbuy Avocados"))
        assert _near(typed["sent_at"], tuans_now), typed["sent_at"]
        card = next(m for m in messages if m["card_of"] and "Avocados" in m["text"])
        assert card["edited_at"] is not None and _near(card["edited_at"], tuans_now), card["edited_at"]

        # the bubble, shown in Tuan's zone, is 2 h before the card's "Closes: … HH:MM"
        shown = datetime.fromisoformat(typed["sent_at"]).astimezone(ZoneInfo(clock["timezone"]))
        closes = shown + timedelta(hours=2)
        assert any(
            f"{closes:%H:%M}" in line or f"{closes + timedelta(minutes=1):%H:%M}" in line
            for line in card["text"].splitlines()
            if line.startswith("Closes:")
        ), card["text"]
