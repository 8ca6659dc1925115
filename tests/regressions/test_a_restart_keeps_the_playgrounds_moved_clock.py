"""Round 41 #2: a restart of the playground (SIGTERM or kill -9) forgot how far `POST /api/clock` had moved
its clock (offset 111700 s → 0), so time ran backwards: a group buy closed at the moved 14:36, then
after the restart `催款 #1` was recorded at the real 13:35 and the group read "#1 已在 … 13:35 催过款",
before its close. The offset is now kept in the playground's database and restored at start: after a
restart the clock reads as it did, and what is recorded then is dated after what came before."""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest

from tests.playground_runs import running

TZ = ZoneInfo("Asia/Shanghai")
MOVED = 111700.0
ZH_WEEKDAYS = "一二三四五六日"


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
