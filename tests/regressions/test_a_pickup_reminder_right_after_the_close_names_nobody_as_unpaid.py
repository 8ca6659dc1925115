"""Reviews 31 and 33: a group buy closed at 20:00 (or 22:00) for a pickup the next day got its "📦 明天自提"
reminder the same minute, "还有 6 个订单未付款：• Cat：¥156 …", naming everyone as unpaid seconds after
their orders went out. A group buy closed less than six hours before its pickup reminder now gets only
when and where, and how to pay: no one named, no one mentioned."""

from __future__ import annotations

from datetime import time
from typing import cast

from commerce.ports import UnitOfWorkFactory
from handlers.collecting import PickupReminders
from tests.fakes import FakeClock, FakeUnitOfWorkFactory
from tests.unit.handlers.conftest import fake_chat


async def _reminder(
    lang: str, script: list[tuple[str, str]], *, closed_hours_before: int
) -> tuple[str, tuple[str, ...]]:
    uow_factory, clock = FakeUnitOfWorkFactory(), FakeClock()  # 12:00 in Shanghai
    chat = fake_chat(uow_factory, clock=clock, default_language=lang)
    *joins, close, pickup = script
    for user, text in joins:
        await chat.say(user, text)
    clock.advance(hours=8 - closed_hours_before)
    for user, text in (close, pickup):
        await chat.say(user, text)
    clock.advance(hours=closed_hours_before)  # 20:00, the evening before
    chore = PickupReminders(
        uow_factory=cast(UnitOfWorkFactory, uow_factory),
        clock=clock,
        config=chat.app.config,
        outbox=chat.app,
        at=time(20, 0),
    )
    [reminder] = [r for r in await chore() if not r.private_to]  # s30: amounts privately
    return reminder.text, reminder.mention


ZH = [
    ("amy", "接龙 芒果 价格 156"),
    ("bob", "+1"),
    ("cat", "+1"),
    ("amy", "截单"),
    ("amy", "自提 小区南门 明天下午5点"),
]
EN = [
    ("amy", "/groupbuy Prawns price 32"),
    ("bob", "+1"),
    ("amy", "/close"),
    ("amy", "/pickup Blk 123 Tampines tomorrow 11:00"),
]


async def test_a_reminder_an_hour_after_the_close_names_nobody_in_chinese() -> None:
    text, mention = await _reminder("zh", ZH, closed_hours_before=1)
    lines = text.split("\n")
    assert lines[0].startswith("📦 明天自提：芒果（#1），小区南门")
    assert "未付款" not in text and "Bob" not in text and "Cat" not in text
    assert len(lines) == 2 and "付款" in lines[1]  # how to pay
    assert mention == ()


async def test_a_reminder_an_hour_after_the_close_names_nobody_in_english() -> None:
    text, mention = await _reminder("en", EN, closed_hours_before=1)
    assert text.startswith("📦 Pickup tomorrow: Prawns (#1), Blk 123 Tampines")
    assert "unpaid" not in text and "Bob" not in text and len(text.split("\n")) == 2
    assert mention == ()


async def test_a_reminder_long_after_the_close_still_names_who_owes() -> None:
    text, mention = await _reminder("zh", ZH, closed_hours_before=8)
    assert "还有 2 个订单未付款：" in text and "Bob" in text
    assert set(mention) == {"bob", "cat"}
