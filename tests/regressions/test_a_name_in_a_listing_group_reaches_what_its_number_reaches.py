"""The organiser's `已收 @Nina` in her second group, where her group buy is listed (帮卖) and Nina joined,
was refused ("Nina 在本群的订单属于你在别的群开的团：请在开团的群里处理…") while `已收 1-6` worked there at
once. A name now reaches there what the order's number reaches: 已收, 撤销已收, 已取 and 退款 @name, in
Chinese and in English."""

from __future__ import annotations

from commerce.domain.order import OrderStatus
from tests.fakes import FakeUnitOfWorkFactory
from tests.unit.handlers.conftest import Chat, fake_chat


async def listed_and_closed(factory: FakeUnitOfWorkFactory) -> Chat:
    """Amy's #1 in family, listed by Amy herself in 邻居二群 (second), where Cat and Eve joined."""
    home = fake_chat(factory)
    second = Chat(home.app, chat_id="second", title="邻居二群")
    await home.say("amy", "接龙 芒果 价格 78 截止 2小时")
    await home.say("amy", "帮卖 开 10%")
    await second.say("amy", "帮卖 #1")
    await second.say("cat", "+1")
    await second.say("eve", "+1")
    await home.say("bob", "+1")
    await home.say("amy", "截单")
    return second


def status(factory: FakeUnitOfWorkFactory, buyer: str) -> OrderStatus:
    return next(o for o in factory.state.orders.values() if o.buyer_id == buyer).status


async def test_paid_picked_up_and_refund_by_name_in_the_listing_group() -> None:
    factory = FakeUnitOfWorkFactory()
    second = await listed_and_closed(factory)

    paid = await second.say("amy", "已收 @Cat", mentions=["cat"])
    assert second.said(paid) == "✅ Cat 的订单 #1-1 已付款。"
    assert status(factory, "cat") is OrderStatus.PAID
    undone = await second.say("amy", "撤销已收 @Cat", mentions=["cat"])
    assert second.said(undone) == ("已撤销订单 #1-1（Cat）的已收：改回待付款（不是退款），已私信告诉对方。")
    assert status(factory, "cat") is OrderStatus.PENDING_PAYMENT

    english = await second.say("amy", "/paid @Eve", mentions=["eve"])
    assert second.said(english) == "✅ Eve 的订单 #1-2 已付款。"
    picked = await second.say("amy", "已取 @Eve", mentions=["eve"])
    assert second.said(picked) == "📦 Eve 的订单 #1-2 已提货。"
    refunded = await second.say("amy", "退款 @Eve 坏了", mentions=["eve"])
    assert second.said(refunded) == "订单 #1-2（Eve）已退款。已私信告诉 Eve。"
    assert status(factory, "eve") is OrderStatus.REFUNDED
