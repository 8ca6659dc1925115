"""rep63 #1 (the rest): after Amy's `只收到 ¥20` of Dan's ¥156, `我的订单` still read `¥156 · 待付款` and the
evening pickup reminder's private line `你的订单 #1-1 还没付款：¥156。`, while 催款 said what was left.
Both now say `已收 ¥20，还差 ¥136` ("received ¥20, ¥136 to go"), as 催款 does."""

from __future__ import annotations

import re
from dataclasses import replace
from datetime import time
from typing import cast

from commerce.ports import UnitOfWorkFactory
from handlers.collecting import PickupReminders
from handlers.types import Reply
from tests.fakes import FakeClock, FakeUnitOfWorkFactory
from tests.unit.handlers.conftest import Chat, dan_paid_20_of_156, fake_chat, only_part_received


async def test_my_orders_says_what_is_left() -> None:
    chat = await dan_paid_20_of_156(private=True)
    said = chat.said(await chat.say("dan", "我的订单", private=True, name="Dan"))
    assert "2 × ¥78 = ¥156 · 待付款（已收 ¥20，还差 ¥136）" in said, said


async def test_my_orders_in_english_too() -> None:
    chat = await dan_paid_20_of_156(english=True, private=True)
    said = chat.said(await chat.say("dan", "/orders", private=True, name="Dan"))
    assert "(received ¥20, ¥136 to go)" in said, said


async def _evening(lang: str) -> dict[str, str]:
    """Tom joined by a share code in private (reminded privately), Cat in the group; both received ¥20."""
    factory, clock = FakeUnitOfWorkFactory(), FakeClock()
    chat = fake_chat(factory, clock=clock, default_language=lang)
    zh = lang == "zh"
    await chat.say("amy", "接龙 榴莲 价格 50" if zh else "/groupbuy Durian price 50")
    found = re.search(r"1-\w{4}", Chat.shared(await chat.say("bob", "分享" if zh else "/share")))
    assert found is not None
    await chat.say("tom", f"+1 {found.group(0)}", private=True)
    await chat.say("cat", "+1")
    await chat.say("amy", "截单" if zh else "/close")
    await only_part_received(chat, "tom", "我已付款 1-1 20元" if zh else "/ipaid 1-1 20", private=True)
    await only_part_received(chat, "cat", "我已付款 1-2 20元" if zh else "/ipaid 1-2 20", private=True)
    await chat.say("amy", "自提 南门 明天下午5点" if zh else "/pickup Gate 3 tomorrow 5pm")
    clock.advance(hours=8)  # 20:00 in Shanghai, the evening before
    chore = PickupReminders(
        uow_factory=cast(UnitOfWorkFactory, factory),
        clock=clock,
        config=replace(chat.app.config, outbox_platform="test"),
        outbox=chat.app,
        at=time(20, 0),
    )
    sent: list[Reply] = await chore()
    return Chat.private(sent)


async def test_the_pickup_reminder_says_what_is_left() -> None:
    told = await _evening("zh")
    assert "你的订单 #1-1 还差 ¥30 没付（应付 ¥50，已收 ¥20）。" in told["tom"], told  # rep66 #13
    assert "还差 ¥30 没付（应付 ¥50，已收 ¥20）" in told["cat"], told


async def test_the_pickup_reminder_in_english_too() -> None:
    told = await _evening("en")
    assert "Your order #1-1 still has ¥30 to pay (¥50 owed, ¥20 received)." in told["tom"], told
