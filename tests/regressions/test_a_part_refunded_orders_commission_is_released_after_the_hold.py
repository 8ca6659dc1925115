"""Review 35, finding 4: an order paid and never picked up, then part refunded (部分退款), kept its
sharer's and help-seller's commission 待入账 for good: the holding-period sweep released only orders
with nothing posted after their payment, and a part refund is posted after it. Now the sweep (on
Tuan's clock, as the playground moves it) releases what the part refund left, TUAN_COMMISSION_HOLD_DAYS
after the payment, on the in-memory fakes and on SQLite alike."""

from __future__ import annotations

import re
from collections.abc import AsyncIterator
from datetime import timedelta
from pathlib import Path
from typing import cast

import pytest

from bot.commission_release import CommissionRelease
from commerce.ports import UnitOfWorkFactory
from handlers.app import AppConfig, ChatApp
from storage.db import make_engine
from storage.migrate import upgrade
from storage.state_memory import MemorySharedState
from storage.uow import SqlUnitOfWorkFactory
from tests.fakes import FakeClock, FakeUnitOfWorkFactory
from tests.unit.handlers.conftest import Chat

HOLD = timedelta(days=7)


@pytest.fixture(params=["fakes", "sqlite"])
async def factory(request: pytest.FixtureRequest, tmp_path: Path) -> AsyncIterator[UnitOfWorkFactory]:
    if request.param == "fakes":
        yield cast(UnitOfWorkFactory, FakeUnitOfWorkFactory())
        return
    url = f"sqlite+aiosqlite:///{tmp_path / 'tuan.db'}"
    await upgrade(url)
    made = SqlUnitOfWorkFactory(make_engine(url))
    try:
        yield made
    finally:
        await made.dispose()


async def _part_refunded(factory: UnitOfWorkFactory, clock: FakeClock, lang: str) -> Chat:
    zh = lang == "zh"
    chat = Chat(
        ChatApp(
            uow_factory=factory,
            clock=clock,
            config=AppConfig(default_language=lang),
            values=MemorySharedState().values,
        )
    )
    await chat.say("amy", "接龙 芒果 价格 100" if zh else "/groupbuy Mangoes price 100")
    await chat.say("amy", "佣金 10%" if zh else "/commission 10%")
    code = re.search(r"\d+-\w{4}", chat.shared(await chat.say("cat", "分享" if zh else "/share")))
    assert code is not None
    await chat.say("dan", f"+2 {code.group(0)}")
    await chat.say("amy", "截单" if zh else "/close")
    await chat.say("amy", "已收 1-1" if zh else "/paid 1-1")
    await chat.say("amy", "退款 1-1 50 坏了一个" if zh else "/refund 1-1 50 one was bad")
    return chat


EARNINGS = {  # (still held, released)
    "zh": ("待入账：¥15", "可提现：¥15"),
    "en": ("Held: ¥15", "Yours to withdraw: ¥15"),
}


@pytest.mark.parametrize("lang", ["zh", "en"])
async def test_a_part_refunded_orders_commission_is_released_after_the_hold(
    factory: UnitOfWorkFactory, lang: str
) -> None:
    clock = FakeClock()
    chat = await _part_refunded(factory, clock, lang)
    sweep = CommissionRelease(factory, clock, hold=HOLD)
    asked = "我的收益" if lang == "zh" else "/earnings"
    held, released = EARNINGS[lang]

    clock.advance(days=6)
    assert await sweep() == 0
    before = chat.said(await chat.say("cat", asked, private=True))
    assert held in before and released not in before, before

    clock.advance(days=3)  # 9 days after the payment, never picked up
    assert await sweep() == 1
    after = chat.said(await chat.say("cat", asked, private=True))
    assert released in after and held not in after, after
    assert await sweep() == 0  # once
