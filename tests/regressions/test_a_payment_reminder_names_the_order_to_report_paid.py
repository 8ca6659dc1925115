"""Session 31, review 61 (finding 9): Eve owed #2-3 and #6-1, and her private reminder for #2 read
"💸 Reminder: your order #2-3 … Please pay as below, then send /ipaid so they can confirm it.": a
bare /ipaid from one owing two orders is asked which. A buyer's private payment reminder names what to
send with her order's number: `/ipaid 1-1`, zh `“我已付款 1-2”`."""

from __future__ import annotations

from handlers.types import Reply
from tests.fakes import FakeClock
from tests.unit.handlers.conftest import fake_chat


def private(replies: list[Reply], to: str) -> str:
    (text,) = [r.text for r in replies if r.private_to == to and r.text]
    return text


async def test_the_evening_reminder_names_each_buyers_order_in_what_to_send() -> None:
    clock = FakeClock()
    chat = fake_chat(clock=clock, default_language="zh", outbox_platform="test")
    await chat.say("amy", "接龙 芒果 价格 88", name="Amy")
    await chat.say("tom", "2 please", name="Tom", language="en")  # his app: English (session 35)
    await chat.say("dan", "+1", name="Dan")
    await chat.say("amy", "截单", name="Amy")
    await chat.say("amy", "接龙 榴莲 价格 120", name="Amy")  # Dan will owe a second order
    await chat.say("dan", "+1", name="Dan")
    await chat.say("amy", "截单 #2", name="Amy")
    await chat.say("amy", "自提 #1 小区南门 明天下午6点", name="Amy")
    clock.advance(hours=8)  # 20:00 in Shanghai, the evening before
    chore = chat.pickup_reminders()

    replies = await chore()

    tom, dan = private(replies, "tom"), private(replies, "dan")
    assert tom.startswith("💸 Reminder: your order #1-1 of 芒果 (#1) is not paid yet: ¥176."), tom
    assert tom.endswith("Ask Amy how to pay, then send /ipaid 1-1 so they can confirm it."), tom
    assert dan.startswith("💸 催款：你在 芒果（#1）的订单 #1-2 还没付款：¥88。"), dan
    assert dan.endswith("怎么付款请问 Amy，付好后回复“我已付款 1-2”，团长确认后打勾。"), dan
