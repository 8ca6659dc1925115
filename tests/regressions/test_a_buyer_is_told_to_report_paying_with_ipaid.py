"""Order messages said "Pay the organiser Amy …; they confirm with /paid 1-1" and never mentioned
`/ipaid`, so buyers typed `/paid 1-1` themselves and were told "There is no order #1-1 here"; `/pay` of
an order paid offline read as if it were paid already. The order message and `/pay` now tell the buyer to
send `/ipaid 1-1` after paying, and a buyer's own `/paid 1-1` is answered with the same."""

from __future__ import annotations

from tests.unit.handlers.conftest import fake_chat


async def test_the_order_and_pay_tell_the_buyer_to_send_ipaid() -> None:
    chat = fake_chat()
    await chat.say("amy", "/groupbuy Mangoes price 30 target 1")
    await chat.say("bob", "+1")
    closed = await chat.say("amy", "/close")

    order = chat.private(closed)["bob"]
    pay = chat.said(await chat.say("bob", "/pay 1-1", private=True))

    assert "Pay the organiser Amy (cash or transfer), then send /ipaid 1-1 to tell them" in order
    assert "/paid" not in order
    assert pay == (
        "Order #1-1: pay the organiser Amy directly (cash or transfer), "
        "then send /ipaid 1-1 to tell them; they confirm it."
    )


async def test_a_buyers_own_paid_is_told_to_send_ipaid_in_private_and_in_the_group() -> None:
    chat = fake_chat()
    await chat.say("amy", "/groupbuy Mangoes price 30 target 1")
    await chat.say("bob", "+1")
    await chat.say("amy", "/close")
    expected = (
        "Only the organiser (Amy) confirms payments: nothing was changed. "
        "To tell them you paid order #1-1, send /ipaid 1-1"
    )

    assert chat.said(await chat.say("bob", "/paid 1-1", private=True)) == expected
    assert chat.said(await chat.say("bob", "/paid 1-1")) == expected


async def test_a_chinese_order_says_to_send_wo_yi_fu_kuan() -> None:
    chat = fake_chat()
    await chat.say("amy", "接龙 芒果 价格 30 成团 1")
    await chat.say("bob", "+1")
    closed = await chat.say("amy", "截单")

    assert "付完发“我已付款 1-1”告诉团长" in chat.private(closed)["bob"]
    assert chat.said(await chat.say("bob", "已收 1-1", private=True)) == (
        "只有团长（Amy）可以确认收款，没有任何改动。要告诉团长你已付订单 #1-1，请发“我已付款 1-1”"
    )
