"""Review Y3: the evening pickup reminder promises how many orders are left to collect (README), but a
group buy someone still owed for got "📦 明天自提：… 还有 1 个订单未付款：…" and never said how many orders,
paid ones too, wait to be collected ("待取 N 单" came only when everyone had paid). Now every reminder says
it: with the paid ones among them when some still owe."""

from __future__ import annotations

from datetime import time
from typing import cast

from commerce.ports import UnitOfWorkFactory
from handlers.collecting import PickupReminders
from tests.fakes import FakeClock, FakeUnitOfWorkFactory
from tests.unit.handlers.conftest import fake_chat


async def _reminder(lang: str, script: list[tuple[str, str]]) -> str:
    uow_factory, clock = FakeUnitOfWorkFactory(), FakeClock()
    chat = fake_chat(uow_factory, clock=clock, default_language=lang)
    for user, text in script:
        await chat.say(user, text)
    clock.advance(hours=8)  # 20:00 in Shanghai, the evening before
    chore = PickupReminders(
        uow_factory=cast(UnitOfWorkFactory, uow_factory),
        clock=clock,
        config=chat.app.config,
        outbox=chat.app,
        at=time(20, 0),
    )
    [reminder] = [r for r in await chore() if not r.private_to]  # s30: amounts privately
    return reminder.text


async def test_a_reminder_with_someone_owing_counts_the_orders_to_collect() -> None:
    text = await _reminder(
        "zh",
        [
            ("amy", "接龙 草莓 价格 20"),
            ("bob", "+1"),
            ("cat", "+1"),
            ("dan", "+1"),
            ("amy", "截单"),
            ("amy", "自提 小区南门 明天下午5点"),
            ("amy", "已收 1-1"),
            ("amy", "已收 1-2"),
        ],
    )

    lines = text.split("\n")
    assert lines[0].startswith("📦 明天自提：草莓（#1）")
    assert lines[1] == "待取 3 单，其中 2 单已付款。"
    assert lines[2] == "还有 1 个订单未付款："


async def test_an_english_reminder_with_a_payment_reported_counts_them_too() -> None:
    text = await _reminder(
        "en",
        [
            ("amy", "/groupbuy Mangoes price 20"),
            ("bob", "+1"),
            ("cat", "+1"),
            ("amy", "/close"),
            ("amy", "/pickup Gate 5 tomorrow 18:00"),
            ("amy", "/paid 1"),
            ("cat", "I paid"),
        ],
    )

    assert text.split("\n")[1] == "2 orders to collect, 1 of them paid."


async def test_a_reminder_when_everyone_paid_still_counts_them() -> None:
    text = await _reminder(
        "zh",
        [
            ("amy", "接龙 草莓 价格 20"),
            ("bob", "+1"),
            ("amy", "截单"),
            ("amy", "自提 小区南门 明天下午5点"),
            ("amy", "已收 1-1"),
        ],
    )

    assert text.endswith("待取 1 单，都已付款，明天见！")
