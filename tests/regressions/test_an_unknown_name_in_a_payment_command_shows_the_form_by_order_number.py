"""`已收 @小李` for a name nobody in the chat has was answered `本群里没有叫 小李 的成员，没有任何改动。
请改写订单编号。`: "改写订单编号" left the organiser guessing what to send. The answer now shows the
command by an order number of this chat's group buy (`已收 1-2`), for each command that takes a name
(`已取`, `未收到`, `撤销已收`, `退款`; `/paid` in English), and nothing changes. Session 22 (F): only an
order the command could act on (`已取`: a paid one); with none, no number: @ them or use the order number."""

from __future__ import annotations

from commerce.domain.order import OrderStatus
from tests.fakes import FakeUnitOfWorkFactory
from tests.unit.handlers.conftest import fake_chat

NONE = "本群里没有叫 小李 的成员，没有任何改动。请直接 @ 对方，或改用订单编号（订单消息和“名单”里都有编号）。"


async def test_an_unknown_name_in_a_payment_command_shows_the_form_by_order_number() -> None:
    factory = FakeUnitOfWorkFactory()
    room = fake_chat(factory)
    await room.say("amy", "接龙 海南贵妃芒 5斤 78 成团 2")
    await room.say("bob", "+1")
    await room.say("cat", "+1")
    await room.say("amy", "截单")

    said = {
        text: room.said(await room.say("amy", text))
        for text in ("已收 @小李", "已取 @小李", "未收到 @小李", "撤销已收 @小李", "退款 @小李")
    }
    assert said == {
        "已收 @小李": "本群里没有叫 小李 的成员，没有任何改动。请改用订单编号，例如：已收 1-1",
        "未收到 @小李": "本群里没有叫 小李 的成员，没有任何改动。请改用订单编号，例如：未收到 1-1",
        # none paid: no order to pick up, undo or refund, so no number (s22 F)
        "已取 @小李": NONE,
        "撤销已收 @小李": NONE,
        "退款 @小李": NONE,
    }
    assert room.said(await room.say("amy", "/paid @Lee", language="en")) == (
        "I don't know anyone called Lee in this chat: nothing was changed. "
        "Use the order number instead, e.g. /paid 1-1"
    )
    assert {order.status for order in factory.state.orders.values()} == {OrderStatus.PENDING_PAYMENT}


async def test_with_no_order_in_the_chat_no_number_is_made_up() -> None:
    room = fake_chat()
    await room.say("amy", "接龙 海南贵妃芒 5斤 78 成团 2")
    await room.say("bob", "+1")
    assert room.said(await room.say("amy", "已收 @小李")) == NONE  # no order here: no number made up (s22 F)
