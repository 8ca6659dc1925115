"""s39 closing: `我的订单` / `/orders` showed an unpaid order as `待付款` with no next step. Now a line after
the list says whom to pay (the organiser's own way to pay when she set one) and what to send once paid,
`我已付款 1-1` / `/ipaid 1-1`, in the reader's language; an order reported paid (the organiser's turn) and
a paid one get no such line."""

from __future__ import annotations

from tests.unit.handlers.conftest import Chat, fake_chat


async def _eggs_closed() -> Chat:
    chat = fake_chat()
    await chat.say("li", "接龙 土鸡蛋 45元/盒 截止 明晚8点", name="李姐")
    await chat.say("mei", "+2", name="小美")
    await chat.say("bob", "+1", name="Bob")
    await chat.say("li", "截单", name="李姐")
    return chat


async def test_an_unpaid_order_says_whom_to_pay_and_what_to_send() -> None:
    chat = await _eggs_closed()

    listed = chat.said(await chat.say("mei", "我的订单", private=True, name="小美"))

    assert listed == (
        "你的订单：\n#1-1 土鸡蛋（李姐 的团 #1）：2盒 × ¥45 = ¥90 · 待付款\n"
        "💰 订单 #1-1 待付款：请付款给团长 李姐（现金或转账），付完发“我已付款 1-1”告诉团长。"
    )


async def test_with_a_way_to_pay_set_it_is_said_and_a_reported_order_gets_no_line() -> None:
    chat = await _eggs_closed()
    await chat.say("li", "收款方式 #1 微信 li888", name="李姐")
    await chat.say("bob", "我已付款 1-2", name="Bob")

    mei = chat.said(await chat.say("mei", "我的订单", private=True, name="小美"))
    bob = chat.said(await chat.say("bob", "我的订单", private=True, name="Bob"))

    assert mei.endswith(
        "💰 订单 #1-1 待付款：请按团长 李姐 的付款方式（微信 li888）付款，付完发“我已付款 1-1”告诉团长。"
    )
    assert "💰" not in bob and "已报付款，等待团长确认" in bob, bob


async def test_in_english_it_says_ipaid() -> None:
    chat = fake_chat()
    await chat.say("amy", "/groupbuy Cookies price 12 ends tomorrow 20:00")
    await chat.say("bob", "+1")
    await chat.say("amy", "/close")

    listed = chat.said(await chat.say("bob", "/orders", private=True, language="en"))

    assert listed.endswith(
        "💰 Order #1-1 is awaiting payment: pay the organiser Amy (cash or transfer), then send /ipaid 1-1 "
        "to tell them."
    ), listed
    await chat.say("amy", "/paid 1-1")
    assert "💰" not in chat.said(await chat.say("bob", "/orders", private=True, language="en"))
