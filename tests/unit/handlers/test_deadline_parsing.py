"""Deadlines as organisers write them, read in the chat's timezone. Now is Monday 23 November 2026, 12:00
in Shanghai (04:00 UTC)."""

from __future__ import annotations

from datetime import UTC, datetime
from zoneinfo import ZoneInfo

import pytest

from commerce.domain.errors import DomainError
from handlers.parsing.when import parse_when
from tests.unit.handlers.conftest import Chat

SHANGHAI = ZoneInfo("Asia/Shanghai")
NOW = datetime(2026, 11, 23, 4, 0, tzinfo=UTC)


def local(month: int, day: int, hour: int, minute: int = 0) -> datetime:
    return datetime(2026, month, day, hour, minute, tzinfo=SHANGHAI)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("2h", local(11, 23, 14)),
        ("30m", local(11, 23, 12, 30)),
        ("3d", local(11, 26, 12)),
        ("1.5h", local(11, 23, 13, 30)),
        ("in 2 hours", local(11, 23, 14)),
        ("today 20:00", local(11, 23, 20)),
        ("tomorrow 9:00", local(11, 24, 9)),
        ("2026-12-01 20:00", local(12, 1, 20)),
        ("2026/12/1", local(12, 1, 20)),
        ("20:00", local(11, 23, 20)),
        ("9:00", local(11, 24, 9)),  # a time already past today means tomorrow
        ("8pm", local(11, 23, 20)),
        ("tonight", local(11, 23, 20)),
        ("fri 18:00", local(11, 27, 18)),
        ("next monday", local(11, 30, 20)),
        ("dec 1 9am", local(12, 1, 9)),
        ("12/01 20:00", local(12, 1, 20)),
        ("今晚8点", local(11, 23, 20)),
        ("今晚 9点半", local(11, 23, 21, 30)),
        ("明天中午12点", local(11, 24, 12)),
        ("明天中午1点", local(11, 24, 13)),
        ("明天", local(11, 24, 20)),
        ("明早", local(11, 24, 9)),
        ("后天下午3点", local(11, 25, 15)),
        ("周五", local(11, 27, 20)),
        ("星期五 18:00", local(11, 27, 18)),
        ("礼拜天", local(11, 29, 20)),
        ("周一 18:00", local(11, 23, 18)),  # today is Monday and 18:00 is ahead
        ("周一 9:00", local(11, 30, 9)),  # today's 9:00 has passed: next Monday
        ("下周一", local(11, 30, 20)),
        ("下周三 晚上7点", local(12, 2, 19)),
        ("12月1日 20:00", local(12, 1, 20)),
        ("十二月一号", local(12, 1, 20)),
        ("2小时", local(11, 23, 14)),
        ("两个小时", local(11, 23, 14)),
        ("3天", local(11, 26, 12)),
        ("半小时", local(11, 23, 12, 30)),
        ("30分钟", local(11, 23, 12, 30)),
        ("晚上八点", local(11, 23, 20)),
        ("今晚8点前", local(11, 23, 20)),
        ("１８：００", local(11, 23, 18)),
    ],
)
def test_deadlines_people_write(text: str, expected: datetime) -> None:
    assert parse_when(text, now=NOW, tz=SHANGHAI) == expected.astimezone(UTC)


def test_the_chats_timezone_is_used() -> None:
    berlin = ZoneInfo("Europe/Berlin")
    assert parse_when("today 20:00", now=NOW, tz=berlin) == datetime(2026, 11, 23, 19, 0, tzinfo=UTC)


@pytest.mark.parametrize(
    "text", ["soon", "abc", "25:00", "2026-13-01", "明天 25点", "someday 9:00", "周八", "9:75"]
)
def test_what_is_not_a_deadline_is_refused(text: str) -> None:
    with pytest.raises(DomainError) as refused:
        parse_when(text, now=NOW, tz=SHANGHAI)
    assert refused.value.code == "ends_invalid"


@pytest.mark.parametrize(
    ("typed", "answer"),
    [
        (
            "/groupbuy Mangoes price 88 ends today 9:00",
            "That deadline has already passed. Examples: ends 2h, ends tomorrow 9:00, ends fri 18:00",
        ),
        (
            "接龙 芒果 价格 88 截止 今天早上8点",
            "这个截止时间已经过去了。例如：截止 2小时、截止 明天9点、截止 周五 18:00",
        ),
        (
            "/groupbuy Mangoes price 88 ends whenever",
            "I can't read the deadline “whenever”. Examples: ends 2h, ends today 20:00, ends tomorrow 9:00, "
            "ends fri 18:00, ends 2026-12-01 20:00",
        ),
        (
            "/groupbuy Mangoes price 88 ends 100d",
            "That deadline is too far away (90 days at most). Example: ends 3d",
        ),
    ],
)
async def test_a_bad_deadline_opens_nothing(chat: Chat, typed: str, answer: str) -> None:
    assert chat.said(await chat.say("amy", typed)) == answer
    assert await chat.app.open_deadlines() == []


async def test_the_card_shows_the_deadline_in_the_chats_timezone(chat: Chat) -> None:
    await chat.say("amy", "接龙 芒果 价格 88 截止 周五 18:00")
    assert "截止：11月27日 周五 18:00" in await chat.card(1)
    await chat.say("amy", "/groupbuy Plums price 30")  # no deadline: 24 hours
    assert "Closes: Tue 24 Nov 12:00" in await chat.card(2)
