"""问 多少钱 / `/ask price` of a group buy with options (多规格) says each option's price (and the next
tier), never only the cheapest one's; once closed, each option's closing price. The answer about one's
own order (我的取货码 / `/ask my order`) says how many of each option it holds, not only a total."""

from __future__ import annotations

from tests.unit.handlers.conftest import fake_chat

OPEN = "接龙 海南贵妃芒 规格 3斤:58:10,5斤:88:2 阶梯 10:-5 成团 2 限购 3"


async def test_a_price_question_answers_every_options_price_open_and_closed() -> None:
    chat = fake_chat()
    await chat.say("amy", OPEN)

    assert chat.said(await chat.say("bob", "问 多少钱")) == (
        "海南贵妃芒（#1）：3斤 ¥58/份，5斤 ¥88/份，总数再有 10 份，每份减 ¥5。"
    )
    assert chat.said(await chat.say("bob", "/ask how much")) == (
        "海南贵妃芒 (#1): 3斤 ¥58 each, 5斤 ¥88 each — 10 more in total takes ¥5 off each."
    )
    await chat.say("bob", "+2 3斤")
    await chat.say("bob", "+1 5斤")
    await chat.say("amy", "截单")

    # kim has no order: the price is public (bob's own, an order here, is answered privately since s30)
    assert chat.said(await chat.say("kim", "问 多少钱")) == "海南贵妃芒（#1）成交价：3斤 ¥58/份，5斤 ¥88/份。"
    assert chat.said(await chat.say("bob", "/ask price")) == (
        "海南贵妃芒 (#1) closed at 3斤 ¥58 each, 5斤 ¥88 each."
    )


async def test_the_own_order_answer_says_how_many_of_each_option() -> None:
    chat = fake_chat()
    await chat.say("amy", OPEN)
    await chat.say("bob", "+2 3斤")
    await chat.say("bob", "+1 5斤")

    assert chat.private(await chat.say("bob", "问 我的订单"))["bob"] == (
        "你跟了 海南贵妃芒（#1）3斤 ×2、5斤 ×1，还没截单。"
    )
    await chat.say("amy", "截单")
    await chat.say("amy", "已收 1-1")

    code = chat.private(await chat.say("bob", "我的取货码是多少？"))["bob"]
    assert code.startswith("你在 海南贵妃芒（#1）的订单 #1-1：3斤 ×2、5斤 ×1，¥204，已付款。\n取货码：")
    english = chat.private(await chat.say("bob", "/ask my order"))["bob"]
    assert english.startswith("Your order #1-1 of 海南贵妃芒 (#1): 3斤 ×2, 5斤 ×1 — ¥204, paid.\n")
