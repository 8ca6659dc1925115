"""Session 11: the evening pickup reminder (the scheduler, the evening before a `自提` time) took the
organiser's 6-hour 催款 slot, so her `催款` right after it was refused with "#1 已在 20:00 催过款" though
she had chased nobody. The evening reminder has its own slot (`pickup_reminded_at`): her 催款 goes
out, and a 催款 refused as too soon names the time of a 催款, never the evening reminder's."""

from __future__ import annotations

from datetime import time
from typing import cast

from commerce.ports import UnitOfWorkFactory
from handlers.collecting import PickupReminders
from tests.fakes import FakeClock, FakeUnitOfWorkFactory
from tests.unit.handlers.conftest import fake_chat


async def test_the_pickup_reminder_does_not_hold_back_the_organisers_remind() -> None:
    factory, clock = FakeUnitOfWorkFactory(), FakeClock()  # Mon 23 Nov 12:00 in Shanghai
    chat = fake_chat(factory, clock=clock)
    for user, text in [
        ("amy", "接龙 芒果 价格 10"),
        ("bob", "+1"),
        ("amy", "截单"),
        ("amy", "自提 北门 明天下午5点"),
    ]:
        await chat.say(user, text)
    evening = PickupReminders(
        uow_factory=cast(UnitOfWorkFactory, factory),
        clock=clock,
        config=chat.app.config,
        outbox=chat.app,
        at=time(20, 0),
    )
    clock.advance(hours=8)  # 20:00: the evening before the pickup
    assert [r.text.splitlines()[0] for r in await evening() if r.text and not r.private_to] == [
        "📦 明天自提：芒果（#1），北门 · 11月24日 周二 17:00。"
    ]
    clock.advance(minutes=5)

    chased = chat.said(await chat.say("amy", "催款"))
    again = chat.said(await chat.say("amy", "催款"))

    assert chased.startswith("💸 催款：芒果（#1）还有 1 个订单未付款")
    assert again == "#1 已在 11月23日 周一 20:05 催过款。为免刷屏，11月24日 周二 02:05 之后可以再催。"
