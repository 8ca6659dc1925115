"""An organiser who confirmed a payment on the wrong order (已收 12-3, a mistap) could only take it back
with 退款: the buyer read that money went back, and a refund was posted. `撤销已收 12-3` (`/unpaid 12-3`)
now puts the order back to awaiting payment: the buyer is told it is not paid yet, the card, /orders
and the ledger read as before the 已收, and a refund is never mentioned nor posted."""

from __future__ import annotations

import pytest

from commerce.domain.ledger import holdings
from commerce.domain.order import OrderStatus
from tests.fakes import FakeUnitOfWorkFactory
from tests.unit.handlers.conftest import Chat, fake_chat


@pytest.mark.parametrize(
    ("opening", "paid", "undo", "orders", "said", "told"),
    [
        (
            "接龙 海南贵妃芒 价格 88 成团 1",
            "已收 1-1",
            "撤销已收 1-1",
            "我的订单",
            "已撤销订单 #1-1（Bob）的已收：改回待付款（不是退款），已私信告诉对方。",  # the group: no amount
            "Amy 把你的订单 #1-1（海南贵妃芒，¥88）改回了未付款：之前标记已收是误操作。"
            "还没付的话请付款；已经付过的话，请直接联系 Amy。",
        ),
        (
            "/groupbuy Mangoes price 88 target 1",
            "/paid 1-1",
            "/unpaid 1-1",
            "/orders",
            "Undone: order #1-1 of Bob is not paid again (no refund); they were told privately.",
            "Amy marked your order #1-1 (Mangoes, ¥88) as not paid yet: it was marked paid by mistake. "
            "If you have not paid, please pay; if you have, please talk to Amy.",
        ),
    ],
)
async def test_a_mistaken_paid_is_undone_without_a_refund(
    opening: str, paid: str, undo: str, orders: str, said: str, told: str
) -> None:
    factory = FakeUnitOfWorkFactory()
    chat = fake_chat(factory)
    for user, text in [("amy", opening), ("bob", "+1"), ("amy", "/close")]:
        await chat.say(user, text)
    card = await chat.card(1)
    listed = Chat.said(await chat.say("bob", orders, private=True))
    await chat.say("amy", paid)

    replies = await chat.say("amy", undo)

    assert Chat.said(replies) == said
    assert Chat.private(replies) == {"bob": told}
    assert factory.state.orders[1].status is OrderStatus.PENDING_PAYMENT
    assert await chat.card(1) == card
    assert Chat.said(await chat.say("bob", orders, private=True)) == listed
    assert holdings(factory.state.ledger) == {}
    assert [x.kind.value for x in factory.state.ledger] == ["order_paid", "order_unpaid"]  # no refund
