"""`/paid 255 (thanks @ben for reminding me)` marked Ben's order paid instead of #255: the mention won over
the number the organiser typed first. An explicit order number now wins; a mention alone still works."""

from __future__ import annotations

from commerce.domain.order import OrderStatus
from tests.fakes import FakeUnitOfWorkFactory
from tests.unit.handlers.conftest import Chat, fake_chat


async def test_the_number_typed_first_is_the_order_confirmed() -> None:
    factory = FakeUnitOfWorkFactory()
    chat = fake_chat(factory)
    await chat.say("amy", "/groupbuy Plums price 10 target 2 ends 2h")
    await chat.say("bob", "+1")
    await chat.say("cat", "+1")
    await chat.say("amy", "/close")
    said = Chat.said(await chat.say("amy", "/paid 2 (thanks @bob for reminding me)", mentions=["bob"]))
    assert "#1-2" in said and "Cat" in said
    statuses = {order.buyer_id: order.status for order in factory.state.orders.values()}
    assert statuses == {"bob": OrderStatus.PENDING_PAYMENT, "cat": OrderStatus.PAID}
    await chat.say("amy", "/paid @bob", mentions=["bob"])
    assert factory.state.orders[1].status is OrderStatus.PAID
