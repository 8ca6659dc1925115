"""Review 51, finding 11: Mia's order, paid offline, was still "to pay" 31 days after its pickup, and
nobody was reminded (orders paid offline never lapse: they are often paid at pickup). Three days after
the pickup time, an order still unpaid (and not reported paid) now gets one private reminder to its
buyer, and the organiser one line listing who still owes; exactly once, however many sweeps run."""

from __future__ import annotations

from typing import cast

import pytest

from commerce.ports import UnitOfWorkFactory
from handlers.owed_reminders import OwedReminders
from tests.fakes import FakeClock, FakeUnitOfWorkFactory
from tests.unit.handlers.conftest import fake_chat

SCRIPTS = {
    "en": [
        ("amy", "/groupbuy Mangoes price 88"),
        ("bob", "+1"),
        ("cat", "+1"),
        ("dan", "+1"),
        ("amy", "/close"),
        ("amy", "/pickup Blk 123 Tampines tomorrow 11:00"),
        ("amy", "/paid 1-1"),
        ("cat", "/ipaid 1-2"),
    ],
    "zh": [
        ("amy", "接龙 芒果 价格 88"),
        ("bob", "+1"),
        ("cat", "+1"),
        ("dan", "+1"),
        ("amy", "截单"),
        ("amy", "自提 小区南门 明天上午11点"),
        ("amy", "已收 1-1"),
        ("cat", "我已付款 1-2"),
    ],
}
WORDS = {  # rep55 #12: the goods are still to be collected, how to pay, whom to ask; one buyer: singular
    "en": {
        "buyer": "Reminder: the pickup time has passed and 1 order is still unpaid and not collected:\n"
        "• Mangoes (#1), order #1-3 (¥88): the pickup was ",
        "pay": "Ask the organiser, Amy, how to pay and for a new time to collect it; once paid, send"
        " /ipaid 1-3.",
        "organiser": "The pickup of Mangoes (#1) on ",
        "owed": ": #1-3 Dan (¥88). I've reminded the 1 buyer privately, once. When they pay, send /paid 1-3.",
    },
    "zh": {
        "buyer": "提醒：自提时间已过，下面 1 个订单还没付款也还没取货：\n"
        "• 芒果（#1）订单 #1-3（¥88）：自提原定 ",
        "pay": "怎么付款、什么时候取货，请问团长 Amy；付完发 我已付款 1-3。",
        "organiser": "芒果（#1）的自提时间（",
        "owed": "）已过，订单还没付款也还没取货：#1-3（Dan，¥88）。"
        "我已私信提醒过这 1 位买家一次。收到后发 已收 1-3。",
    },
}


@pytest.mark.parametrize("lang", ["en", "zh"])
async def test_three_days_after_pickup_the_unpaid_buyer_and_the_organiser_are_told_once(lang: str) -> None:
    factory, clock = FakeUnitOfWorkFactory(), FakeClock()
    chat = fake_chat(factory, clock=clock, default_language=lang)
    for user, text in SCRIPTS[lang]:
        await chat.say(user, text)
    chore = OwedReminders(
        uow_factory=cast(UnitOfWorkFactory, factory), clock=clock, config=chat.app.config, outbox=chat.app
    )
    words = WORDS[lang]

    clock.advance(days=3)  # pickup tomorrow 11:00: not yet three days past it
    assert await chore() == []

    clock.advance(days=31)  # the bot was down across the jump: reminded when it runs again
    told = {reply.private_to: reply.text for reply in await chore()}
    assert set(told) == {"dan", "amy"}  # Bob paid, Cat reported paying: only Dan owes
    assert told["dan"].startswith(words["buyer"]) and told["dan"].endswith(words["pay"])
    assert told["amy"].startswith(words["organiser"]) and told["amy"].endswith(words["owed"])

    assert await chore() == []  # once
    clock.advance(days=7)
    assert await chore() == []
