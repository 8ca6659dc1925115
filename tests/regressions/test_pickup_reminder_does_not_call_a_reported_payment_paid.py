"""Session 10: the evening before the pickup the group read "待取 1 单，都已付款，明天见！" while the
one order was only 💸 reported paid, not confirmed. A reported payment is not paid: the reminder names
who awaits the organiser's confirmation, and says "all paid" only when all are."""

from __future__ import annotations

from datetime import time
from typing import cast

from commerce.ports import UnitOfWorkFactory
from handlers.collecting import PickupReminders
from tests.fakes import FakeClock, FakeUnitOfWorkFactory
from tests.unit.handlers.conftest import fake_chat


async def _reminder(lines: list[tuple[str, str]]) -> str:
    uow_factory, clock = FakeUnitOfWorkFactory(), FakeClock()
    chat = fake_chat(uow_factory, clock=clock)
    for user, text in [
        ("amy", "接龙 面包 价格 10"),
        ("bob", "+1"),
        ("amy", "截单"),
        ("amy", "自提 小区南门 明天下午6点"),
        *lines,
    ]:
        await chat.say(user, text)
    clock.advance(hours=8)  # 20:00 in Shanghai, the evening before
    chore = PickupReminders(
        uow_factory=cast(UnitOfWorkFactory, uow_factory),
        clock=clock,
        config=chat.app.config,
        outbox=chat.app,
        at=time(20, 0),
    )
    (reply,) = await chore()
    return reply.text


async def test_pickup_reminder_does_not_call_a_reported_payment_paid() -> None:
    text = await _reminder([("bob", "我已付款")])

    assert "都已付款" not in text
    assert "已报付款" in text and "Bob" in text and "Amy" in text  # who, and whose confirmation


async def test_pickup_reminder_says_all_paid_once_the_organiser_confirmed() -> None:
    text = await _reminder([("bob", "我已付款"), ("amy", "已收 1-1")])

    assert "待取 1 单，都已付款，明天见！" in text
