"""Review round 28 (item 5): `接龙 … 截止 明晚8点 自提 小区南门 周日下午` typed on a Saturday: the pickup
周日下午 (tomorrow, before the close) silently became the Sunday a week on (12月13日), on the card only,
while `自提 北门 明天下午` (the same day) is refused. A weekday pickup the deadline moves on is kept (the
first such day after the close, as organisers write `ends mon 6pm pickup tue 5pm`), and the answer says
so plainly: the time typed, the close, the day taken, and the one command for the day she may have
meant. The card never shows a date the answer did not state. zh and en, at opening, `/pickup`, `/edit`."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from tests.fakes import FakeClock, FakeUnitOfWorkFactory
from tests.unit.handlers.conftest import fake_chat

SATURDAY = datetime(2026, 12, 5, 2, 0, tzinfo=UTC)  # Sat 5 Dec, 10:00 in Shanghai

ZH_SAID = (
    "自提写的“周日下午”在截单（12月6日 周日 20:00）之前，所以按截单以后的 12月13日 周日 15:00 算。"
    "要在 12月6日 周日 15:00 自提，就把截止提前："
    "修改 #1 截止 12月6日 周日 14:00 自提 小区南门 · 12月6日 周日 15:00"
)
EN_SAID = (
    "The pickup “Sunday 4pm” would come before the close (Sun 6 Dec 20:00),"
    " so it is taken as Sun 13 Dec 16:00, after the close."
    " To hand out at Sun 6 Dec 16:00 instead, close earlier:"
    " /edit #1 ends Sun 6 Dec 15:00 pickup Block 3 lobby · Sun 6 Dec 16:00"
)


@pytest.mark.parametrize(
    ("lang", "opening", "said", "card", "meant", "card_meant"),
    [
        (
            "zh",
            "接龙 海南贵妃芒 5斤 价格 88 截止 明晚8点 自提 小区南门 周日下午",
            ZH_SAID,
            "自提：小区南门 · 12月13日 周日 15:00",
            "修改 #1 截止 12月6日 周日 14:00 自提 小区南门 · 12月6日 周日 15:00",
            "自提：小区南门 · 12月6日 周日 15:00",
        ),
        (
            "en",
            "/groupbuy Durian price 60 ends tomorrow 8pm pickup Block 3 lobby Sunday 4pm",
            EN_SAID,
            "Pickup: Block 3 lobby · Sun 13 Dec 16:00",
            "/edit #1 ends Sun 6 Dec 15:00 pickup Block 3 lobby · Sun 6 Dec 16:00",
            "Pickup: Block 3 lobby · Sun 6 Dec 16:00",
        ),
    ],
)
async def test_an_opening_says_a_weekday_pickup_is_taken_after_the_close(
    lang: str, opening: str, said: str, card: str, meant: str, card_meant: str
) -> None:
    chat = fake_chat(FakeUnitOfWorkFactory(), clock=FakeClock(SATURDAY), default_language=lang)

    opened = chat.said(await chat.say("amy", opening))

    assert said in opened, opened
    assert card in await chat.card(1)

    changed = chat.said(await chat.say("amy", meant))  # the command it gives does what it says

    assert card_meant in await chat.card(1), changed


@pytest.mark.parametrize(
    ("lang", "opening", "pickup", "answer", "said"),
    [
        (
            "zh",
            "接龙 海南贵妃芒 5斤 价格 88 截止 明晚8点",
            "自提 小区南门 周日下午",
            "好的，海南贵妃芒 5斤（#1）的自提：小区南门 · 12月13日 周日 15:00",
            ZH_SAID,
        ),
        (
            "zh",
            "接龙 海南贵妃芒 5斤 价格 88 截止 明晚8点",
            "修改 自提 小区南门 周日下午",
            "已修改 海南贵妃芒 5斤（#1）：自提 小区南门 · 12月13日 周日 15:00。",
            ZH_SAID,
        ),
        (
            "en",
            "/groupbuy Durian price 60 ends tomorrow 8pm",
            "/pickup Block 3 lobby Sunday 4pm",
            "Pickup for Durian (#1): Block 3 lobby · Sun 13 Dec 16:00",
            EN_SAID,
        ),
        (
            "en",
            "/groupbuy Durian price 60 ends tomorrow 8pm",
            "/edit pickup Block 3 lobby Sunday 4pm",
            "Updated Durian (#1): pickup Block 3 lobby · Sun 13 Dec 16:00.",
            EN_SAID,
        ),
    ],
)
async def test_a_pickup_set_later_says_a_weekday_is_taken_after_the_close(
    lang: str, opening: str, pickup: str, answer: str, said: str
) -> None:
    chat = fake_chat(FakeUnitOfWorkFactory(), clock=FakeClock(SATURDAY), default_language=lang)
    await chat.say("amy", opening)

    replied = chat.said(await chat.say("amy", pickup))

    assert answer in replied and said in replied, replied


@pytest.mark.parametrize(
    ("lang", "opening"),
    [
        ("zh", "接龙 海南贵妃芒 5斤 价格 88 截止 明晚8点 自提 小区南门 下周一下午"),
        ("zh", "接龙 海南贵妃芒 5斤 价格 88 截止 明晚8点 自提 小区南门 周一下午"),
        ("en", "/groupbuy Durian price 60 ends tomorrow 8pm pickup Block 3 lobby Monday 4pm"),
    ],
)
async def test_a_weekday_pickup_already_after_the_close_says_nothing_more(lang: str, opening: str) -> None:
    chat = fake_chat(FakeUnitOfWorkFactory(), clock=FakeClock(SATURDAY), default_language=lang)

    opened = chat.said(await chat.say("amy", opening))

    assert "#1" in opened and "自提写的" not in opened and "would come before the close" not in opened, opened
    assert ("12月7日 周一" if lang == "zh" else "Mon 7 Dec") in await chat.card(1)
