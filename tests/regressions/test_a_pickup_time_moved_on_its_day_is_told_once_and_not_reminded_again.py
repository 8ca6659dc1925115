"""Session 25: the evening before a pickup (Tue 17:00) the group was reminded; on Tuesday morning the
organiser moved it to 18:00 and the evening reminder went out again at once, a second `📦 今天自提`.
A pickup time moved on its own day, within that day, now keeps the reminder already sent: the answer
in the group says once that the time changed and what it was, and no reminder follows (`/pickup` or
`修改 … 自提` alike); moved to another day, that day's evening reminds of it as before."""

from __future__ import annotations

from datetime import time
from typing import cast

import pytest

from commerce.ports import UnitOfWorkFactory
from handlers.collecting import PickupReminders
from tests.fakes import FakeClock, FakeUnitOfWorkFactory
from tests.unit.handlers.conftest import Chat, fake_chat

SAID = {
    "zh": (
        "接龙 芒果 价格 88",
        "截单",
        "自提 小区南门 明天下午5点",
        "自提 小区南门 今天下午6点",
        "修改 #1 自提 小区南门 今天晚上7点",
        "自提 小区南门 明天下午5点",
    ),
    "en": (
        "/groupbuy Mangoes price 88",
        "/close",
        "/pickup Gate 5 tomorrow 17:00",
        "/pickup Gate 5 today 18:00",
        "/edit #1 pickup Gate 5 today 19:00",
        "/pickup Gate 5 tomorrow 17:00",
    ),
}
TOLD = {
    "zh": "⏰ 好的，芒果（#1）的自提时间改了：小区南门 · 11月24日 周二 18:00"
    "（原 小区南门 · 11月24日 周二 17:00）。"
    "之前的提醒里是原来的时间，以这条为准。",
    "en": "⏰ OK, the pickup time of Mangoes (#1) changed: Gate 5 · Tue 24 Nov 18:00 "
    "(was Gate 5 · Tue 24 Nov 17:00). "
    "The earlier reminder gave the old time: this one stands.",
}


def _reminders(chat: Chat, clock: FakeClock, factory: FakeUnitOfWorkFactory) -> PickupReminders:
    return PickupReminders(
        uow_factory=cast(UnitOfWorkFactory, factory),
        clock=clock,
        config=chat.app.config,
        outbox=chat.app,
        at=time(20, 0),
    )


@pytest.mark.parametrize("lang", ["zh", "en"])
async def test_a_pickup_time_moved_on_its_day_is_told_once_and_not_reminded_again(lang: str) -> None:
    factory, clock = FakeUnitOfWorkFactory(), FakeClock()  # Mon 12:00 in Shanghai
    chat = fake_chat(factory, clock=clock, default_language=lang)
    opening, close, pickup, moved, edited, next_day = SAID[lang]
    await chat.say("amy", opening)
    await chat.say("bob", "+1")
    await chat.say("amy", close)
    await chat.say("amy", pickup)
    chore = _reminders(chat, clock, factory)
    clock.advance(hours=8)  # Mon 20:00: the evening before
    assert len([r for r in await chore() if not r.private_to]) == 1  # s30: Bob owes, told privately

    clock.advance(hours=14)  # Tue 10:00, the pickup's day
    answer = chat.said(await chat.say("amy", moved))
    assert answer.startswith(TOLD[lang] + "\n"), answer  # then: nobody paid, nobody told privately
    assert await chore() == []  # no second reminder
    await chat.say("amy", edited)
    assert await chore() == []

    await chat.say("amy", next_day)  # Wednesday: its own evening reminds of it
    assert await chore() == []
    clock.advance(hours=10)  # Tue 20:00
    assert len([r for r in await chore() if not r.private_to]) == 1  # s30: Bob owes, told privately
