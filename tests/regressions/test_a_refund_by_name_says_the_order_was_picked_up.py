"""`退款 @Dan` answered "Dan has no paid order to refund here" while Dan had one, already picked up:
it now reaches the order `退款 1-2` does (a picked-up order is refundable), and both answer alike."""

from __future__ import annotations

from tests.unit.handlers.conftest import fake_chat


async def test_a_refund_by_name_of_a_collected_order_says_why() -> None:
    chat = fake_chat()
    await chat.say("amy", "接龙 榴莲 价格 100 成团 1")
    await chat.say("bob", "+1")
    await chat.say("dan", "+1")
    await chat.say("amy", "截单")
    await chat.say("amy", "已收 1-2")
    await chat.say("amy", "已取货 1-2")

    by_name = chat.said(await chat.say("amy", "退款 @Dan", mentions=["dan"]))

    assert by_name.startswith("订单 #1-2（Dan")
    again = await chat.say("amy", "退款 1-2")  # said to her privately (rep91 #6)
    assert chat.private(again)["amy"] == "订单 #1-2 已经退过款了，没有任何改动。"
