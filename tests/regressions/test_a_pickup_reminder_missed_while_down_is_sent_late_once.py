"""Review round 28 (item 4): `/pickup #10 Block 3 lobby Saturday 4pm`, then the playground's clock moved
Thu 20:10 → Sat 09:00 in one jump (the evening before, Fri 20:00, passed while nothing ran): no 📦
reminder, ever. Work due while the bot was offline fires once on restart: the reminder comes late, that
morning, saying 今天 / today, once (the claim in the database: two workers sweeping at once send one),
and never after the pickup time. Driven through the playground's API as the reviewer did."""

from __future__ import annotations

import asyncio
from collections.abc import AsyncIterator, Callable
from contextlib import asynccontextmanager
from dataclasses import dataclass
from datetime import datetime, time, timedelta
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo

import httpx
import pytest

from bot.bootstrap import Tuan, build, migrate
from bot.playground.hub import PLATFORM, Hub
from bot.playground.server import open_hub
from bot.playground.web import create_app
from bot.settings import Settings
from commerce.domain.collecting import pickup_evening
from handlers.collecting import PickupReminders

TZ = ZoneInfo("Asia/Shanghai")


@dataclass
class Playground:
    tuan: Tuan
    hub: Hub
    client: httpx.AsyncClient

    async def say(self, chat: str, user: str, text: str) -> list[str]:
        response = await self.client.post("/api/messages", json={"chat": chat, "user": user, "text": text})
        assert response.status_code == 200, response.text
        return [r["text"] for r in response.json()["replies"] if r["text"] and not r["card_of"]]

    async def texts(self, chat: str) -> list[str]:
        response = await self.client.get(f"/api/chats/{chat}/messages")
        assert response.status_code == 200, response.text
        return [m["text"] for m in response.json()["messages"] if m["bot"] and not m["card_of"]]

    async def move_clock_to(self, local: datetime) -> None:
        """`POST /api/clock` with the seconds that take Tuan's clock to `local` (chat time), in one jump."""
        seconds = (local - self.tuan.clock.now()).total_seconds()
        assert seconds > 0
        response = await self.client.post("/api/clock", json={"advance_seconds": seconds})
        assert response.status_code == 200, response.text

    async def reminders(self, chat: str, *, wait: float) -> list[str]:
        """The 📦 reminders the chat shows, once the scheduler had `wait` seconds to post them."""
        for _ in range(int(wait * 10)):
            found = [text for text in await self.texts(chat) if text.startswith("📦")]
            if found:
                break
            await asyncio.sleep(0.1)
        await asyncio.sleep(0.5)  # a second one would be posted by now
        return [text for text in await self.texts(chat) if text.startswith("📦")]


@asynccontextmanager
async def running(folder: Path, *, reminder: time | None = time(20)) -> AsyncIterator[Playground]:
    """`tuan playground` in process: the scheduler's loop, the relay, the web API and its clock
    (`reminder` None: without the reminder's chore, for a test that runs the workers itself)."""
    url = f"sqlite+aiosqlite:///{folder / 'tuan.db'}"
    settings = Settings(_env_file=None, database_url=url, pickup_reminder=reminder)  # type: ignore[call-arg]
    await migrate(settings)
    tuan = await build(settings, platform=PLATFORM)
    hub = await open_hub(tuan, base_url="http://playground")
    await tuan.start(hub.deliver)
    web = create_app(hub=hub, clock=tuan.clock, clock_changed=tuan.scheduler.clock_changed)
    client = httpx.AsyncClient(transport=httpx.ASGITransport(app=web), base_url="http://playground")
    try:
        yield Playground(tuan, hub, client)
    finally:
        await client.aclose()
        await hub.aclose()
        await tuan.aclose()


@pytest.fixture
async def playground(tmp_path: Path) -> AsyncIterator[Playground]:
    async with running(tmp_path) as started:
        yield started


def day_after_tomorrow(tuan: Tuan) -> datetime:
    today = tuan.clock.now().astimezone(TZ).date()
    return datetime.combine(today + timedelta(days=2), time(0), tzinfo=TZ)


async def closed_with_pickup(playground: Playground, chat: str, lines: list[str]) -> None:
    for line in lines:
        await playground.say(
            chat,
            "amy"
            if line.split()[0]
            in {"接龙", "截单", "自提", "/lang", "/groupbuy", "/close", "/pickup", "已收", "/paid"}
            else "bob",
            line,
        )


ZH = ["接龙 荔枝 价格 30 成团 1", "+1", "截单", "自提 小区南门 后天下午4点"]
EN = [
    "/lang en",
    "/groupbuy Lychees price 30 target 1",
    "+1",
    "/close",
    "/pickup Block 3 lobby in 2 days 4pm",
]


ZH_WEEKDAYS = "一二三四五六日"


def zh_day(day: datetime) -> str:
    return f"{day.month}月{day.day}日 周{ZH_WEEKDAYS[day.weekday()]}"


def en_day(day: datetime) -> str:
    return f"{day:%a} {day.day} {day:%b}"


@pytest.mark.parametrize(
    ("lines", "day", "head", "owes"),
    [
        (ZH, zh_day, "📦 今天自提：荔枝（#1），小区南门 · {day} 16:00。", "• Bob（订单 #1-1）"),
        (
            EN,
            en_day,
            "📦 Pickup today: Lychees (#1), Block 3 lobby · {day} 16:00.",
            "• Bob (order #1-1)",
        ),
    ],
)
async def test_a_pickup_whose_evening_passed_while_down_is_reminded_that_morning_once(
    playground: Playground, lines: list[str], day: Callable[[datetime], str], head: str, owes: str
) -> None:
    await closed_with_pickup(playground, "family", lines)
    pickup_day = day_after_tomorrow(playground.tuan)

    this_evening = pickup_day - timedelta(days=2) + timedelta(hours=20, minutes=10)  # past after 20:10
    now = playground.tuan.clock.now()
    await playground.move_clock_to(max(this_evening, now + timedelta(seconds=30)))
    assert await playground.reminders("family", wait=1) == []  # the evening two days before: nothing yet

    await playground.move_clock_to(pickup_day + timedelta(hours=9))  # the evening before gone by, in one jump

    [sent] = await playground.reminders("family", wait=10)
    assert sent.split("\n")[0] == head.format(day=day(pickup_day)), sent
    assert owes in sent.split("\n"), sent  # who still owes, as the evening's reminder says it

    await playground.move_clock_to(pickup_day + timedelta(hours=10))
    assert await playground.reminders("family", wait=1) == [sent]  # once


@pytest.mark.parametrize(
    ("lines", "last"),
    [
        ([*ZH, "已收 1-1"], "待取 1 单，都已付款，今天见！"),
        ([*EN, "/paid 1-1"], "1 order to collect, all paid: see you there today!"),
    ],
)
async def test_a_late_reminder_when_everyone_paid_says_see_you_today(
    playground: Playground, lines: list[str], last: str
) -> None:
    await closed_with_pickup(playground, "family", lines)

    await playground.move_clock_to(day_after_tomorrow(playground.tuan) + timedelta(hours=9))

    [sent] = await playground.reminders("family", wait=10)
    assert sent.split("\n")[1:] == [last], sent


async def test_a_pickup_gone_by_while_down_is_never_reminded(playground: Playground) -> None:
    await closed_with_pickup(playground, "family", ZH)
    pickup_day = day_after_tomorrow(playground.tuan)

    await playground.move_clock_to(pickup_day + timedelta(hours=16, minutes=30))  # half an hour too late

    assert await playground.reminders("family", wait=2) == []


async def test_two_workers_sweeping_at_once_send_the_late_reminder_once(tmp_path: Path) -> None:
    async with running(tmp_path, reminder=None) as playground:
        await closed_with_pickup(playground, "family", ZH)
        said = await three_workers_at_once(playground.tuan)

    said = [[r for r in replies if not r.private_to] for replies in said]  # s30: who owes told privately
    assert sorted(len(replies) for replies in said) == [0, 0, 1]
    assert said[[len(r) for r in said].index(1)][0].text.startswith("📦 今天自提：荔枝（#1）")


async def three_workers_at_once(tuan: Tuan) -> list[Any]:
    tuan.clock.advance((day_after_tomorrow(tuan) + timedelta(hours=9) - tuan.clock.now()).total_seconds())

    def worker() -> PickupReminders:
        return PickupReminders(
            uow_factory=tuan.uow_factory,
            clock=tuan.clock,
            config=tuan.app.config,
            outbox=tuan.app,
            at=time(20),
        )

    return list(await asyncio.gather(worker()(), worker()(), worker()()))


def test_only_an_evening_that_found_the_group_buy_closed_is_made_up_for() -> None:
    """On the pickup's day, a group buy closed before midnight missed its evening (reminded late); one
    closed that morning has just told the group its pickup (no reminder on top); tomorrow's from 20:00."""
    morning = datetime(2026, 12, 19, 9, 0, tzinfo=TZ)
    pickup = datetime(2026, 12, 19, 16, 0, tzinfo=TZ)
    window = pickup_evening(morning, at=time(20), tz=TZ)

    assert window.starts <= pickup < window.ends and window.is_today(pickup)
    assert window.may_remind(pickup, closed_at=datetime(2026, 12, 17, 20, 10, tzinfo=TZ))
    assert not window.may_remind(pickup, closed_at=datetime(2026, 12, 19, 8, 0, tzinfo=TZ))
    assert not pickup_evening(pickup + timedelta(minutes=1), at=time(20), tz=TZ).starts <= pickup
    evening = pickup_evening(datetime(2026, 12, 18, 20, 0, tzinfo=TZ), at=time(20), tz=TZ)
    assert evening.ends == datetime(2026, 12, 20, 0, 0, tzinfo=TZ) and not evening.is_today(pickup)
    assert pickup_evening(datetime(2026, 12, 18, 19, 59, tzinfo=TZ), at=time(20), tz=TZ).ends <= pickup
