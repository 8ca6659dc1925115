"""Session 15 review (fe 17): `/groupbuy … ends mon 6pm pickup Gate 3 tue 5pm`, typed on a Monday night,
was refused ("The pickup time Tue 24 Nov 17:00 comes before the deadline Mon 30 Nov 18:00"): the weekday
of the pickup was read from today. A weekday pickup is the first such day after the deadline, on opening
and in /edit, /pickup (周二, 星期二 the same in Chinese)."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from tests.fakes import FakeClock, FakeUnitOfWorkFactory
from tests.unit.handlers.conftest import fake_chat

MONDAY_NIGHT = datetime(2026, 11, 23, 13, 0, tzinfo=UTC)  # Mon 23 Nov, 21:00 in Shanghai


@pytest.mark.parametrize(
    ("lang", "opening", "pickup"),
    [
        (
            "en",
            "/groupbuy Mooncakes price 20 ends mon 6pm pickup Gate 3 tue 5pm",
            "Pickup: Gate 3 · Tue 1 Dec 17:00",
        ),
        (
            "zh",
            "接龙 月饼 价格 20 截止 周一 18:00 自提 三号门 周二 17:00",
            "自提：三号门 · 12月1日 周二 17:00",
        ),
        (
            "zh",
            "接龙 月饼 价格 20 截止 周一 18:00 自提 三号门 星期二 下午5点",
            "自提：三号门 · 12月1日 周二 17:00",
        ),
    ],
)
async def test_a_weekday_pickup_on_opening_is_the_one_after_the_deadline(
    lang: str, opening: str, pickup: str
) -> None:
    chat = fake_chat(FakeUnitOfWorkFactory(), clock=FakeClock(MONDAY_NIGHT), default_language=lang)

    opened = chat.said(await chat.say("amy", opening))

    assert "#1" in opened and ("30 Nov 18:00" in opened or "11月30日 周一 18:00" in opened), opened
    assert pickup in await chat.card(1)


@pytest.mark.parametrize(
    ("lang", "opening", "edit", "answer"),
    [
        (
            "en",
            "/groupbuy Mooncakes price 20 ends mon 6pm",
            "/edit pickup Gate 3 tue 5pm",
            "Updated Mooncakes (#1): pickup Gate 3 · Tue 1 Dec 17:00.",
        ),
        (
            "zh",
            "接龙 月饼 价格 20 截止 周一 18:00",
            "修改 自提 三号门 周二 17:00",
            "已修改 月饼（#1）：自提 三号门 · 12月1日 周二 17:00。",
        ),
        (
            "en",
            "/groupbuy Mooncakes price 20 ends mon 6pm",
            "/pickup Gate 3 tue 5pm",
            "Pickup for Mooncakes (#1): Gate 3 · Tue 1 Dec 17:00",
        ),
        (
            "en",
            "/groupbuy Mooncakes price 20 ends 1h",  # the edit moves the deadline: the pickup follows it
            "/edit ends mon 6pm pickup Gate 3 tue 5pm",
            "pickup Gate 3 · Tue 1 Dec 17:00",
        ),
    ],
)
async def test_a_weekday_pickup_set_later_is_the_one_after_the_deadline(
    lang: str, opening: str, edit: str, answer: str
) -> None:
    chat = fake_chat(FakeUnitOfWorkFactory(), clock=FakeClock(MONDAY_NIGHT), default_language=lang)
    await chat.say("amy", opening)

    said = chat.said(await chat.say("amy", edit))

    assert answer in said, said


async def test_a_weekday_pickup_already_after_the_deadline_stays_this_week() -> None:
    chat = fake_chat(FakeUnitOfWorkFactory(), clock=FakeClock(MONDAY_NIGHT), default_language="en")

    await chat.say("amy", "/groupbuy Mooncakes price 20 ends tomorrow 12:00 pickup Gate 3 wed 5pm")

    assert "Pickup: Gate 3 · Wed 25 Nov 17:00" in await chat.card(1)
