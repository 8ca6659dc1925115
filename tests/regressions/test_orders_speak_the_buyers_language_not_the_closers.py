"""An English-speaking organiser typed `/close` in a Chinese chat, and every buyer got their order in
English: orders followed the language of the command that closed. The group hears the close as its card
reads (a slash command alone tells only its sender's language, s32); each buyer's order speaks the buyer's
own language when the platform told it (the members table), else the chat's."""

from __future__ import annotations

from tests.unit.handlers.conftest import Chat, fake_chat


async def test_an_english_close_in_a_chinese_chat_sends_each_buyer_their_own_language() -> None:
    chat = fake_chat()
    await chat.say("amy", "接龙 海南贵妃芒 价格 88 成团 2")
    await chat.say("bob", "+1")  # the platform did not say Bob's language: the chat's
    await chat.say("cat", "+1", language="en-GB")  # Cat's platform speaks English

    replies = await chat.say("amy", "/close", language="en")  # Amy's app speaks English

    assert Chat.said(replies).startswith("✅ 海南贵妃芒（#1）成团了：¥88/份，共 2 个订单、2 份。")
    orders = Chat.private(replies)
    assert orders["bob"] == (
        "你在 海南贵妃芒（#1）的订单 #1-1：\n海南贵妃芒：1 × ¥88 = ¥88\n合计：¥88\n"
        "请付款给团长 Amy（现金或转账），付完发“我已付款 1-1”告诉团长，团长确认收款。"
    )
    assert orders["cat"] == (
        "Your order #1-2 in 海南贵妃芒 (#1):\n海南贵妃芒: 1 × ¥88 = ¥88\nTotal: ¥88\n"
        "Pay the organiser Amy (cash or transfer), then send /ipaid 1-2 to tell them; they confirm it."
    )


async def test_the_chats_language_setting_is_the_default_for_buyers() -> None:
    chat = fake_chat()
    await chat.say("amy", "/groupbuy Mangoes price 88 target 1")
    await chat.say("amy", "/lang zh")
    await chat.say("bob", "+1")

    replies = await chat.say("amy", "/close")

    assert Chat.private(replies)["bob"].startswith("你在 Mangoes（#1）的订单 #1-1：")
