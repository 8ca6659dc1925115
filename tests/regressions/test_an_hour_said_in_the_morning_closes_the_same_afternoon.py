"""Session 18 (black-box review, finding 6): at 08:07, `接龙 青菜 价格 5 截止 5点` opened a group buy closing
at 05:00 the next morning (21 hours away), and `截止 今天6点` (at 08:07) or `截止 今天5点` (at 06:00) was
refused as already past. Said with no 上午 / 早上 / 凌晨, an hour 1–11 already past this morning is this
afternoon's or evening's when that is still ahead (17:00, 18:00), as everyday Chinese means it; an hour
still ahead this morning (`8点` at 06:00), a part of the day named (`凌晨5点`) or `5:00` stay as they were."""

from __future__ import annotations

from datetime import UTC, datetime
from zoneinfo import ZoneInfo

from tests.fakes import FakeClock
from tests.unit.handlers.conftest import fake_chat


def friday_at(hour: int, minute: int) -> FakeClock:
    """Friday 4 December 2026, hour:minute in Shanghai (UTC+8)."""
    return FakeClock(datetime(2026, 12, 4, hour, minute, tzinfo=ZoneInfo("Asia/Shanghai")).astimezone(UTC))


async def test_an_hour_past_this_morning_is_this_afternoon() -> None:
    chat = fake_chat(clock=friday_at(8, 7))

    five = chat.said(await chat.say("amy", "接龙 青菜 价格 5 截止 5点"))
    six = chat.said(await chat.say("amy", "接龙 砂糖橘 价格 12元/斤 截止 今天6点"))
    early = chat.said(await chat.say("amy", "接龙 豆浆 价格 3 截止 凌晨5点"))

    assert five == "团购 #1 开团了：青菜，¥5/份。发 +1 或点“跟团”参加，截止 12月4日 周五 17:00。"
    assert six == "团购 #2 开团了：砂糖橘，¥12/斤。发 +1 或点“跟团”参加，截止 12月4日 周五 18:00。"
    assert early.endswith("截止 12月5日 周六 05:00。")


async def test_an_hour_still_ahead_or_past_tonight_stays_as_it_was() -> None:
    morning = fake_chat(clock=friday_at(6, 0))
    evening = fake_chat(clock=friday_at(19, 0))

    ahead = morning.said(await morning.say("amy", "接龙 青菜 价格 5 截止 8点"))
    today = morning.said(await morning.say("amy", "接龙 砂糖橘 价格 12 截止 今天5点"))
    past = evening.said(await evening.say("amy", "接龙 青菜 价格 5 截止 今天6点"))

    assert ahead.endswith("截止 12月4日 周五 08:00。")
    assert today.endswith("截止 12月4日 周五 17:00。")
    assert past == "这个截止时间已经过去了。例如：截止 2小时、截止 明天9点、截止 周五 18:00"
