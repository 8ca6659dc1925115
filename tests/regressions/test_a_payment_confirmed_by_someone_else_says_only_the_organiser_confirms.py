"""`已收 3-4、3-5` typed by a member who runs nothing answered "只有团长（Amy）可以这样做…\n这几单都没有标记为
已收：改正或去掉 #3-4 后再发一次": a hint to correct the order number, which was right. Whoever may not
confirm is told that only the organiser confirms payments (what to do instead), once, whatever orders or
names were typed; `已取` alike, for marking orders picked up."""

from __future__ import annotations

from commerce.domain.order import OrderStatus
from tests.fakes import FakeUnitOfWorkFactory
from tests.unit.handlers.conftest import Chat, fake_chat
from tests.unit.handlers.test_unpaid_reach import status

PAID_ZH = "只有团长（Amy）可以确认收款，没有任何改动。请告诉团长；付了自己的订单请发“我已付款”。"
PAID_EN = (
    "Only the organiser (Amy) can confirm payments: nothing was changed. "
    "Tell the organiser; if you paid for your own order, send /ipaid"
)
PICKED_UP_ZH = "只有团长（Amy）可以标记已取货，没有任何改动。团长设置的帮手请用买家的取货码核销：核销 4827"


async def _closed(factory: FakeUnitOfWorkFactory) -> Chat:
    """Amy's #1 芒果, #2 苹果 and #3 橙子 in family; #3 closed with five orders, #3-1 and #3-2 paid."""
    chat = fake_chat(factory)
    for title in ("芒果", "苹果", "橙子"):
        await chat.say("amy", f"接龙 {title} 价格 10 成团 1 截止 2小时")
    for buyer in ("bob", "cat", "dan", "eve", "fay"):
        await chat.say(buyer, "+1 #3")
    await chat.say("amy", "截单 #3")
    await chat.say("amy", "已收 3-1、3-2")
    return chat


async def test_a_member_confirming_payments_is_told_only_the_organiser_does() -> None:
    factory = FakeUnitOfWorkFactory()
    chat = await _closed(factory)

    for typed in ("已收 3-4、3-5", "已收 3-4", "已收 @Dan @Eve", "已收 @Dan"):
        assert chat.said(await chat.say("bob", typed)) == PAID_ZH, typed
    for typed in ("/paid 3-4 3-5", "/paid 3-4"):
        assert chat.said(await chat.say("bob", typed)) == PAID_EN, typed
    assert [status(factory, f"3-{seq}") for seq in range(3, 6)] == [OrderStatus.PENDING_PAYMENT] * 3


async def test_a_member_marking_orders_picked_up_is_told_only_the_organiser_does() -> None:
    factory = FakeUnitOfWorkFactory()
    chat = await _closed(factory)

    for typed in ("已取 3-1、3-2", "已取 3-1"):
        assert chat.said(await chat.say("bob", typed)) == PICKED_UP_ZH, typed
    assert status(factory, "3-1") is status(factory, "3-2") is OrderStatus.PAID
