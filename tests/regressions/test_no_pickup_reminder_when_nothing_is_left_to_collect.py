"""Session 9: at 20:00 the group got "📦 Pickup tomorrow: Mangoes 5kg (#1), … Everyone has paid: see
you there!" while every order of #1 had been picked up or refunded. Nothing left to collect: no
reminder; otherwise it counts only the orders still to be collected."""

from __future__ import annotations

from datetime import time
from typing import cast

from commerce.ports import UnitOfWorkFactory
from handlers.collecting import PickupReminders
from tests.fakes import FakeClock, FakeUnitOfWorkFactory
from tests.unit.handlers.conftest import fake_chat


async def test_no_pickup_reminder_when_nothing_is_left_to_collect() -> None:
    uow_factory, clock = FakeUnitOfWorkFactory(), FakeClock()
    chat = fake_chat(uow_factory, clock=clock, default_language="en")
    for user, text in [
        ("amy", "/groupbuy Mangoes 5kg price 88 target 1"),
        ("bob", "+1"),
        ("cat", "+1"),
        ("amy", "/close"),
        ("amy", "/pickup Gate 5 tomorrow 18:00"),
        ("amy", "/paid 1"),
        ("amy", "/paid 2"),
        ("amy", "/pickedup 1"),
        ("amy", "/refund 2"),
    ]:
        await chat.say(user, text)
    assert {o.status.value for o in uow_factory.state.orders.values()} == {"fulfilled", "refunded"}
    clock.advance(hours=8)  # 20:00 in Shanghai, the evening before
    chore = PickupReminders(
        uow_factory=cast(UnitOfWorkFactory, uow_factory),
        clock=clock,
        config=chat.app.config,
        outbox=chat.app,
        at=time(20, 0),
    )

    assert await chore() == []
