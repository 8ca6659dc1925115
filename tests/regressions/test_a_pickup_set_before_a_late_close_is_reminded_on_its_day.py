"""Review 64 (#10): Bubble Tea's deadline Mon 21:00, its pickup set Mon 20:06 (after the 20:00
reminder) for Tue 18:00, then the playground's clock moved to Tue 16:16 in one jump. The group buy
closed in that jump, its close never said the pickup, and no 📦 reminder came at all: the late close
was taken for "closed this morning, its close has just said the pickup". A group buy whose deadline
passed before the pickup's day missed its evening whenever it was closed: it is made up for on the
pickup's day, `Pickup today`, once (the claim in the database)."""

from __future__ import annotations

from datetime import datetime, time, timedelta
from pathlib import Path

import pytest

from tests.regressions.test_a_pickup_reminder_missed_while_down_is_sent_late_once import (
    TZ,
    Playground,
    en_day,
    running,
    zh_day,
)

EN = ["/lang en", "/groupbuy Bubble Tea price 6 target 1 deadline today 21:00"]
ZH = ["接龙 奶茶 价格 6 成团 1 截止 今天21点"]


def monday(playground: Playground) -> datetime:
    today = playground.tuan.clock.now().astimezone(TZ).date()
    return datetime.combine(today + timedelta(days=1), time(0), tzinfo=TZ)


@pytest.mark.parametrize(
    ("opening", "join", "pickup", "head"),
    [
        (
            EN,
            "+1",
            "/pickup #1 Gate 3 tomorrow 18:00",
            "📦 Pickup today: Bubble Tea (#1), Gate 3 · {day} 18:00.",
        ),
        (ZH, "+1", "自提 #1 北门 明天18点", "📦 今天自提：奶茶（#1），北门 · {day} 18:00。"),
    ],
)
async def test_a_pickup_set_after_the_evening_before_a_late_close_is_reminded_that_day_once(
    tmp_path: Path, opening: list[str], join: str, pickup: str, head: str
) -> None:
    async with running(tmp_path) as playground:
        mon = monday(playground)
        await playground.move_clock_to(mon + timedelta(hours=10))
        for line in opening:
            await playground.say("tea", "kate", line)
        await playground.say("tea", "leo", join)
        await playground.move_clock_to(mon + timedelta(hours=20, minutes=6))
        await playground.say("tea", "kate", pickup)
        tuesday = mon + timedelta(days=1)

        await playground.move_clock_to(tuesday + timedelta(hours=16, minutes=16))  # closes in the jump

        [sent] = await playground.reminders("tea", wait=10)
        day = en_day if opening is EN else zh_day
        assert sent.split("\n")[0] == head.format(day=day(tuesday)), sent
        await playground.move_clock_to(tuesday + timedelta(hours=17))
        assert await playground.reminders("tea", wait=1) == [sent]  # once
