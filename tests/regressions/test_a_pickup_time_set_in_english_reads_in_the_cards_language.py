"""Session 9: Amy's `/pickup #1 tomorrow 18:00` in a Chinese group made the card line
"自提：Gate 4 · Thu 3 Dec 18:00"; `/pickup #1 Gate 4` rewrote a time set as "12月3日 周四 18:00" in
English; the Chinese evening reminder read "… 12345 Gate · Thu 3 Dec 18:00". The time reads in the card's
language on the card and in the reminder, in the buyer's in the private order message."""

from __future__ import annotations

from tests.fakes import FakeClock, FakeUnitOfWorkFactory
from tests.unit.handlers.conftest import Chat, fake_chat
from tests.unit.handlers.test_reminders import evening_chore, posted


async def test_a_pickup_time_set_in_english_reads_in_the_cards_language() -> None:
    factory, clock = FakeUnitOfWorkFactory(), FakeClock()
    chat = fake_chat(factory, clock=clock)
    for user, text in [
        ("amy", "接龙 阳光玫瑰葡萄 价格 88 成团 1"),
        ("bob", "+1"),
        ("amy", "自提 12345 Gate 明天下午6点"),
    ]:
        await chat.say(user, text)
    await chat.say("amy", "/pickup #1 Gate 4", language="en")
    assert "\n自提：Gate 4 · 11月24日 周二 18:00\n" in await chat.card()

    await chat.say("amy", "/pickup #1 12345 Gate tomorrow 18:00", language="en")
    assert "\n自提：12345 Gate · 11月24日 周二 18:00\n" in await chat.card()
    orders = Chat.private(await chat.say("amy", "截单"))
    assert orders["bob"].endswith("\n自提：12345 Gate · 11月24日 周二 18:00")

    clock.advance(hours=8)  # 20:00, the evening before
    [(reminder, _, _)] = posted(await evening_chore(chat, clock, factory)())
    assert reminder.startswith("📦 明天自提：阳光玫瑰葡萄（#1），12345 Gate · 11月24日 周二 18:00。")
