"""A pickup's time reads in the reader's language, whoever set it and in which language: the card's
language on the card and in the group's evening reminder, the buyer's in their private order message
(handlers.texts.pickup: the place kept as typed, the time kept apart and written for each reader)."""

from __future__ import annotations

from datetime import UTC, datetime
from zoneinfo import ZoneInfo

import pytest

from commerce.domain.group_buy import Terms
from handlers.texts.pickup import pickup_text
from tests.fakes import FakeClock, FakeUnitOfWorkFactory
from tests.unit.handlers.conftest import Chat, fake_chat
from tests.unit.handlers.test_reminders import evening_chore, posted

SHANGHAI = ZoneInfo("Asia/Shanghai")
THU = datetime(2026, 12, 3, 10, tzinfo=UTC)  # Thu 3 Dec 18:00 in Shanghai
LEAP = datetime(2028, 2, 29, 1, 5, tzinfo=UTC)


@pytest.mark.parametrize(
    ("place", "at", "zh", "en"),
    [
        ("Gate 4", THU, "Gate 4 · 12月3日 周四 18:00", "Gate 4 · Thu 3 Dec 18:00"),
        ("小区北门", THU, "小区北门 · 12月3日 周四 18:00", "小区北门 · Thu 3 Dec 18:00"),
        ("A · B", LEAP, "A · B · 2月29日 周二 09:05", "A · B · Tue 29 Feb 09:05"),
        ("Gate 3", None, "Gate 3", "Gate 3"),  # no time
        ("Gate · 3 Dec", None, "Gate · 3 Dec", "Gate · 3 Dec"),  # a time typed as a place: as typed
    ],
)
def test_the_pickup_time_is_written_for_the_reader(place: str, at: datetime | None, zh: str, en: str) -> None:
    terms = Terms(title="Mangoes", unit_price=8800, pickup=place, pickup_at=at)
    assert (pickup_text(terms, SHANGHAI, "zh"), pickup_text(terms, SHANGHAI, "en")) == (zh, en)


def test_no_pickup_reads_as_nothing() -> None:
    assert pickup_text(Terms(title="Mangoes", unit_price=8800), SHANGHAI, "en") == ""


def _pickup_line(text: str) -> str:
    [line] = [line for line in text.splitlines() if line.startswith(("自提：", "Pickup: "))]
    return line


async def test_a_time_set_in_english_reads_in_chinese_on_a_chinese_card_and_reminder() -> None:
    factory, clock = FakeUnitOfWorkFactory(), FakeClock()
    chat = fake_chat(factory, clock=clock)
    for user, text in [("amy", "接龙 阳光玫瑰葡萄 价格 88 成团 1"), ("bob", "+1"), ("dan", "+1")]:
        await chat.say(user, text, language="en" if user == "dan" else None)  # Dan's app is in English
    await chat.say("amy", "自提 12345 Gate 明天下午5点")

    answer = await chat.say("amy", "/pickup #1 tomorrow 18:00")
    assert chat.said(answer) == (  # Amy's: a change, with what it was (rep68 #8)
        "Pickup for 阳光玫瑰葡萄 (#1) changed: 12345 Gate · Tue 24 Nov 18:00"
        " (was 12345 Gate · Tue 24 Nov 17:00)."
    )
    assert _pickup_line(await chat.card()) == "自提：12345 Gate · 11月24日 周二 18:00"
    await chat.say("amy", "/pickup #1 Gate 4")
    assert _pickup_line(await chat.card()) == "自提：Gate 4 · 11月24日 周二 18:00"

    orders = Chat.private(await chat.say("amy", "截单"))
    assert _pickup_line(orders["bob"]) == "自提：Gate 4 · 11月24日 周二 18:00"
    assert _pickup_line(orders["dan"]) == "Pickup: Gate 4 · Tue 24 Nov 18:00"  # Dan reads English

    clock.advance(hours=8)  # 20:00 the evening before
    [(reminder, _, _)] = posted(await evening_chore(chat, clock, factory)())
    assert reminder.startswith("📦 明天自提：阳光玫瑰葡萄（#1），Gate 4 · 11月24日 周二 18:00。")


async def test_a_time_set_in_chinese_reads_in_english_on_an_english_card() -> None:
    chat = fake_chat()
    await chat.say("amy", "/groupbuy Mangoes price 88")
    await chat.say("amy", "自提 #1 小区南门 明天下午5点")
    assert _pickup_line(await chat.card()) == "Pickup: 小区南门 · Tue 24 Nov 17:00"
    answer = await chat.say("bob", "/ask where is pickup")
    assert chat.said(answer) == "Mangoes (#1) pickup: 小区南门 · Tue 24 Nov 17:00"


async def test_a_copy_keeps_the_pickup_point_and_its_time_still_after_its_close() -> None:
    chat = fake_chat()
    await chat.say("amy", "/groupbuy Mangoes price 88")
    await chat.say("amy", "/pickup #1 Gate 4 tomorrow 18:00")
    await chat.say("amy", "/cancel #1")  # a copy beside the open original is refused
    await chat.say("amy", "/copy #1")  # it closes tomorrow 12:00: before the pickup (session 14)
    assert _pickup_line(await chat.card(2)) == "Pickup: Gate 4 · Tue 24 Nov 18:00"
