"""s32 leftovers #4: after Leo's `/ipaid 1-1 15` (¥18 owed), Kate's bare `/paid 1-1` asked her first
(s32-organiser), but `/paid @Leo`, `已收 Leo` and `已收 @Leo` still marked ¥18 paid with no word of the ¥3
gap. Naming him asks the same question now; nothing is marked until she says."""

from __future__ import annotations

import pytest

from commerce.domain.order import OrderStatus
from tests.fakes import FakeUnitOfWorkFactory
from tests.regressions.test_a_bare_paid_after_a_short_report_asks_first import leo_reported_15_of_18
from tests.unit.handlers.conftest import fake_chat


async def test_paid_at_him_in_english_asks_first() -> None:
    factory = FakeUnitOfWorkFactory()
    chat = await leo_reported_15_of_18(factory, english=True)

    replies = await chat.say("kate", "/paid @Leo", name="Kate")

    shown = [reply.text for reply in replies if reply.text and not reply.private_to and not reply.card_of]
    assert shown == [
        "Kate, order #1-1 is not marked as paid yet: the payment reported is less than it comes to. "
        "I sent you the details privately."
    ]
    [asked] = [reply for reply in replies if reply.private_to == "kate"]
    assert asked.text.startswith("Nothing is marked yet: Leo reported ¥15 of ¥18 for order #1-1 (Bubble Tea)")
    assert "leo" not in chat.private(replies)
    assert factory.state.orders[1].status is OrderStatus.PENDING_PAYMENT


@pytest.mark.parametrize("typed", ["已收 Leo", "已收 @Leo"])
async def test_received_by_name_in_chinese_asks_first(typed: str) -> None:
    factory = FakeUnitOfWorkFactory()
    chat = await leo_reported_15_of_18(factory, english=False)

    replies = await chat.say("kate", typed, private=True, name="Kate")

    [asked] = [reply for reply in replies if reply.text and reply.buttons]
    assert asked.text.startswith("还没有标记：Leo 报的订单 #1-1（奶茶）付款是 ¥15，应付 ¥18，还差 ¥3。"), (
        asked.text
    )
    labels = [[button.label for button in row] for row in asked.buttons]
    assert labels == [["✅ 已收到 ¥18（全额）", "只收到 ¥15"], ["✖ 未收到"]]
    assert factory.state.orders[1].status is OrderStatus.PENDING_PAYMENT


async def test_a_report_of_the_whole_is_marked_by_name_as_before() -> None:
    factory = FakeUnitOfWorkFactory()
    chat = fake_chat(factory)
    await chat.say("kate", "接龙 奶茶 价格 18")
    await chat.say("leo", "+1", name="Leo")
    await chat.say("kate", "截单")
    await chat.say("leo", "我已付款 1-1", name="Leo")
    await chat.say("kate", "已收 @Leo", name="Kate")
    assert factory.state.orders[1].status is OrderStatus.PAID
