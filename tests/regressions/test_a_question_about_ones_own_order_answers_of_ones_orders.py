"""`问 我买了几斤` from a buyer holding 4斤 of the open 苹果 answered only of her closed 东北大米;
`/ask when is pickup` from one who owes the closed Lychees answered of the open Rice; `/ask did I pay`
of the open one, nothing of her order. A question about her own order, payment or pickup naming no
group buy answers of her own orders and lines here, each in a sentence of its own."""

from __future__ import annotations

from tests.unit.handlers.conftest import Chat, fake_chat


async def test_how_much_did_i_buy_lists_her_lines_and_orders() -> None:
    chat = fake_chat()
    await chat.say("amy", "接龙 东北大米 价格 60/袋")
    await chat.say("bob", "+2")
    await chat.say("amy", "截单")
    await chat.say("amy", "接龙 苹果 价格 12/斤")
    await chat.say("bob", "+4斤")

    replies = await chat.say("bob", "问 我买了几斤")

    assert Chat.said(replies) == "Bob，答案已私信发给你。"
    assert Chat.private(replies)["bob"] == (
        "你跟了 苹果（#2）4斤，还没截单。\n你在 东北大米（#1）订了 2袋，共 ¥120，待付款（订单 #1-1）。"
    )


async def test_pickup_and_did_i_pay_answer_of_the_order_she_owes() -> None:
    chat = fake_chat()
    await chat.say("amy", "/groupbuy Lychees price 15 per kg")
    await chat.say("bob", "+2")
    await chat.say("cat", "+1")
    await chat.say("amy", "/close")
    await chat.say("amy", "/groupbuy Rice price 60 per bag")
    await chat.say("cat", "+1")

    pickup = Chat.said(await chat.say("bob", "/ask when is pickup"))
    paid = Chat.private(await chat.say("cat", "/ask did I pay"))["cat"]
    other = Chat.said(await chat.say("dan", "/ask when is pickup"))

    assert pickup == "Lychees (#1): Amy has not said where to pick it up yet; ask them directly."
    assert paid == (
        "You are on Rice (#2) for 1 bag; nothing is to pay until it closes, when your order is made.\n"
        "You ordered 1 kg of Lychees (#1) for ¥15: to pay (order #1-2)."
    )
    assert other == "Rice (#2): Amy has not said where to pick it up yet; ask them directly."
