"""`/paid @dan` when Dan had two unpaid orders in the chat marked the newest paid, silently: the organiser
may have meant the other one. With more than one order the mention could mean, the answer lists them and
asks for the number (`/paid @dan`, `已取 @dan`, `/refund @dan` alike), and nothing changes."""

from __future__ import annotations

from commerce.domain.order import OrderStatus
from tests.fakes import FakeUnitOfWorkFactory
from tests.unit.handlers.conftest import Chat, fake_chat


async def dan_with_two_orders(factory: FakeUnitOfWorkFactory) -> Chat:
    chat = fake_chat(factory, default_language="en")
    await chat.say("amy", "/groupbuy Mangoes price 15 ends 2h")
    await chat.say("dan", "+2 #1")
    await chat.say("amy", "/groupbuy Plums price 12 ends 2h")
    await chat.say("dan", "+1 #2")
    await chat.say("amy", "/close #1")
    await chat.say("amy", "/close #2")
    return chat


def statuses(factory: FakeUnitOfWorkFactory) -> dict[int, OrderStatus]:
    return {order_id: order.status for order_id, order in factory.state.orders.items()}


async def test_paid_for_a_member_with_two_unpaid_orders_asks_which() -> None:
    factory = FakeUnitOfWorkFactory()
    chat = await dan_with_two_orders(factory)

    said = Chat.said(await chat.say("amy", "/paid @dan", mentions=["dan"]))

    assert (
        said == "Dan has 2 unpaid orders here: #1-1 Mangoes ¥30, #2-1 Plums ¥12. "
        "Say which: /paid 2-1 (all of them paid: /paid 1-1 2-1)"
    )
    assert statuses(factory) == {1: OrderStatus.PENDING_PAYMENT, 2: OrderStatus.PENDING_PAYMENT}
    said = Chat.said(await chat.say("amy", "已收 @Dan"))  # found by name among the chat's members
    assert (
        said == "Dan 在本群有 2 个待付款订单：#1-1 Mangoes ¥30、#2-1 Plums ¥12。"
        "请说是哪一个：已收 2-1（几单都收了就一起发：已收 1-1 2-1）"
    )
    assert statuses(factory) == {1: OrderStatus.PENDING_PAYMENT, 2: OrderStatus.PENDING_PAYMENT}


async def test_picked_up_and_refund_for_a_member_with_two_paid_orders_ask_which() -> None:
    factory = FakeUnitOfWorkFactory()
    chat = await dan_with_two_orders(factory)
    await chat.say("amy", "/paid 1-1")
    await chat.say("amy", "/paid 2-1")

    picked = Chat.said(await chat.say("amy", "已取 @dan", mentions=["dan"]))
    refund = Chat.private(await chat.say("amy", "/refund @dan", mentions=["dan"]))[
        "amy"
    ]  # its amounts: privately (rep58 #2)

    assert picked == (
        "Dan 在本群有 2 个已付款待提货的订单：#1-1 Mangoes ¥30、#2-1 Plums ¥12。"
        "请说是哪一个：已取 2-1（几单都取了就一起发：已取 1-1 2-1）"
    )
    assert refund == "Dan has 2 paid orders here: #1-1 Mangoes ¥30, #2-1 Plums ¥12. Say which: /refund 2-1"
    assert statuses(factory) == {1: OrderStatus.PAID, 2: OrderStatus.PAID}


async def test_with_one_order_left_the_mention_names_it() -> None:
    factory = FakeUnitOfWorkFactory()
    chat = await dan_with_two_orders(factory)
    await chat.say("amy", "/paid 1-1")

    said = Chat.said(await chat.say("amy", "/paid @dan", mentions=["dan"]))

    assert said == "✅ Dan's order #2-1 is paid."
    assert statuses(factory) == {1: OrderStatus.PAID, 2: OrderStatus.PAID}
