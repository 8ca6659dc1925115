"""`/refund @dan` when Dan had one order paid and another paid and picked up (both refundable) refunded
the paid one straight away: the organiser may have meant the other. As `/paid @dan` and `已取 @dan` do,
it lists every refundable order (paid or picked up) and asks for the number; nothing is refunded."""

from __future__ import annotations

from commerce.domain.order import OrderStatus
from tests.fakes import FakeUnitOfWorkFactory
from tests.regressions.test_a_mention_with_several_orders_asks_which import dan_with_two_orders, statuses
from tests.unit.handlers.conftest import Chat


async def test_refund_by_name_with_a_paid_and_a_picked_up_order_asks_which() -> None:
    factory = FakeUnitOfWorkFactory()
    chat = await dan_with_two_orders(factory)
    await chat.say("amy", "/paid 1-1")
    await chat.say("amy", "/paid 2-1")
    await chat.say("amy", "/pickedup 1-1")
    assert statuses(factory) == {1: OrderStatus.FULFILLED, 2: OrderStatus.PAID}

    replies = await chat.say("amy", "/refund @dan", mentions=["dan"])
    assert Chat.said(replies) == "Amy, I've answered you about the refund privately."  # no amount there
    said = Chat.private(replies)["amy"]  # the orders and their amounts: privately (rep58 #2)
    zh = Chat.private(await chat.say("amy", "退款 @Dan"))["amy"]

    assert said == "Dan has 2 paid orders here: #1-1 Mangoes ¥30, #2-1 Plums ¥12. Say which: /refund 2-1"
    assert zh == "Dan 在本群有 2 个已付款订单：#1-1 Mangoes ¥30、#2-1 Plums ¥12。请说是哪一个：退款 2-1"
    assert statuses(factory) == {1: OrderStatus.FULFILLED, 2: OrderStatus.PAID}


async def test_refund_by_name_with_one_refundable_order_refunds_it() -> None:
    factory = FakeUnitOfWorkFactory()
    chat = await dan_with_two_orders(factory)
    await chat.say("amy", "/paid 1-1")
    await chat.say("amy", "/pickedup 1-1")

    await chat.say("amy", "/refund @dan", mentions=["dan"])

    assert statuses(factory) == {1: OrderStatus.REFUNDED, 2: OrderStatus.PENDING_PAYMENT}
