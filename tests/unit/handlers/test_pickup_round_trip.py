"""A pickup typed back as the card shows it (`Gate 3 · Thu 3 Dec 17:00`, `小区北门 · 12月3日 周四 17:00`)
reads as the same place and time: the console's edit form and `/edit #1 pickup …` pre-fill or copy that
text, so a misread here changed the day, the hour and added a `·` at every edit."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from zoneinfo import ZoneInfo

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from handlers.cards import format_deadline
from handlers.parsing.pickup import parse_pickup
from handlers.texts import t
from tests.unit.handlers.conftest import Chat

NOW = datetime(2026, 12, 2, 6, 0, tzinfo=UTC)
_WORD = st.text(
    st.characters(categories=["L", "N"], exclude_characters="#"), min_size=1, max_size=8
) | st.sampled_from(["Gate", "3", "小区北门", "·", "Dec", "today", "明天", "5点"])
_PLACE = st.lists(_WORD, min_size=1, max_size=4).map(" ".join).filter(lambda p: len(p) <= 60)


def _shown(place: str, at: datetime, tz: ZoneInfo, lang: str) -> str:
    return t(lang, "pickup_at", place=place, time=format_deadline(at, tz, lang))


@pytest.mark.parametrize(
    ("text", "place", "local"),
    [
        ("Gate 3 · Thu 3 Dec 18:00", "Gate 3", datetime(2026, 12, 3, 18, 0)),
        ("Gate 4 · Thu 3 Dec 17:00", "Gate 4", datetime(2026, 12, 3, 17, 0)),
        ("小区北门 · 12月3日 周四 17:00", "小区北门", datetime(2026, 12, 3, 17, 0)),
        ("Gate 3 · Fri 1 Jan 09:30", "Gate 3", datetime(2027, 1, 1, 9, 30)),
    ],
)
def test_the_shown_form_reads_back(text: str, place: str, local: datetime) -> None:
    tz = ZoneInfo("Asia/Shanghai")
    found = parse_pickup(text, now=NOW, tz=tz)
    assert found.place == place
    assert found.at == local.replace(tzinfo=tz).astimezone(UTC)


@settings(max_examples=300, deadline=None)
@given(
    place=_PLACE,
    minutes=st.integers(1, 360 * 24 * 60),
    lang=st.sampled_from(["zh", "en"]),
    zone=st.sampled_from(["Asia/Shanghai", "UTC", "America/New_York"]),
)
def test_render_then_parse_gives_the_same_place_and_time(
    place: str, minutes: int, lang: str, zone: str
) -> None:
    tz = ZoneInfo(zone)
    at = (NOW + timedelta(minutes=minutes)).replace(second=0)
    found = parse_pickup(_shown(place, at, tz, lang), now=NOW, tz=tz)
    assert (found.place, found.at) == (place, at)


async def test_editing_the_shown_pickup_changes_only_the_time(chat: Chat) -> None:
    await chat.say("amy", "/groupbuy Mangoes price 88")
    await chat.say("amy", "/pickup Gate 3 tomorrow 17:00")
    shown = [line for line in (await chat.card()).splitlines() if line.startswith("Pickup:")]
    assert shown == ["Pickup: Gate 3 · Tue 24 Nov 17:00"]

    answer = await chat.say("amy", "/edit #1 pickup Gate 3 · Tue 24 Nov 18:00")

    assert chat.said(answer) == "Updated Mangoes (#1): pickup Gate 3 · Tue 24 Nov 18:00."
    assert "Pickup: Gate 3 · Tue 24 Nov 18:00" in (await chat.card()).splitlines()
    answer = await chat.say("amy", "/edit #1 pickup Gate 4 · Tue 24 Nov 18:00")
    assert chat.said(answer) == "Updated Mangoes (#1): pickup Gate 4 · Tue 24 Nov 18:00."


async def test_a_chinese_pickup_edited_as_shown_keeps_one_separator(chat: Chat) -> None:
    await chat.say("amy", "接龙 海南贵妃芒 价格 88 成团 2")
    await chat.say("amy", "自提 小区南门 明天下午5点")

    answer = await chat.say("amy", "修改 #1 自提 小区北门 · 11月24日 周二 17:00")

    assert "小区北门 · 11月24日 周二 17:00" in chat.said(answer)
    assert "自提：小区北门 · 11月24日 周二 17:00" in (await chat.card()).splitlines()
