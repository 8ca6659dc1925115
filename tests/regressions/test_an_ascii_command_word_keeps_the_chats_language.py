"""In a Chinese chat (no `/lang`, a Chinese card) Ann's `/join 甜的` was answered `Ann is in: 1 × 端午粽子
甜的 (#1).`, and because those counted as the words she last spoke her order came privately in English
(`Your order #1-1 … Pay the organiser Amy …`); Cat's `/join 咸的 2` and Bob's bare `share` did the same.
An ASCII command word alone or with Chinese after it (what a command menu types) tells no language: the
chat's holds, as for `+1`. English after it (`/join sweet`, `/join 2 for Kim`) still answers in English."""

from __future__ import annotations

from tests.unit.handlers.conftest import Chat, fake_chat


async def test_a_slash_join_with_a_chinese_option_answers_and_orders_in_chinese() -> None:
    chat = fake_chat()
    await chat.say("amy", "接龙 端午粽子 规格 甜的:8,咸的:10")

    ann = Chat.said(await chat.say("ann", "/join 甜的"))
    cat = Chat.said(await chat.say("cat", "/join 咸的 2"))
    await chat.say("bob", "+1 甜的")
    share = Chat.shared(await chat.say("bob", "share"))

    assert ann == "Ann 跟团：1 × 端午粽子 甜的（#1）。甜的 现价 ¥8/份。"
    assert cat == "Cat 跟团：2 × 端午粽子 咸的（#1）。咸的 现价 ¥10/份。"
    assert share.startswith("你的端午粽子（#1）分享码：团1-"), share

    orders = Chat.private(await chat.say("amy", "截单"))
    assert orders["ann"] == (
        "你在 端午粽子（#1）的订单 #1-1：\n端午粽子 甜的：1 × ¥8 = ¥8\n合计：¥8\n"
        "请付款给团长 Amy（现金或转账），付完发“我已付款 1-1”告诉团长，团长确认收款。"
    )
    assert orders["cat"].startswith("你在 端午粽子（#1）的订单 #1-2：\n端午粽子 咸的：2 × ¥10 = ¥20"), orders
    assert orders["bob"].startswith("你在 端午粽子（#1）的订单 #1-3："), orders
    assert "请付款给团长 Amy" in orders["bob"], orders


async def test_a_bare_slash_join_answers_and_orders_in_the_chats_language() -> None:
    chat = fake_chat()
    await chat.say("amy", "接龙 荔枝 价格 20")

    dan = Chat.said(await chat.say("dan", "/join"))
    cat = Chat.said(await chat.say("cat", "/join 2"))

    assert dan == "Dan 跟团：1 × 荔枝（#1）。当前 ¥20/份。"
    assert cat == "Cat 跟团：2 × 荔枝（#1）。当前 ¥20/份。"
    orders = Chat.private(await chat.say("amy", "截单"))
    assert orders["dan"].startswith("你在 荔枝（#1）的订单 #1-1："), orders
    assert orders["cat"].startswith("你在 荔枝（#1）的订单 #1-2："), orders


async def test_english_after_the_command_word_still_answers_in_english() -> None:
    chat = fake_chat()
    await chat.say("amy", "接龙 粽子 规格 sweet:8,salty:10")

    eve = Chat.said(await chat.say("eve", "/join sweet"))
    kim = Chat.said(await chat.say("dan", "/join salty 2 for Kim"))

    assert eve.startswith("Eve is in: 1 × 粽子 sweet (#1). Sweet: now ¥8 each."), eve
    assert kim.startswith("Dan joined for Kim: 2 × 粽子 salty (#1)."), kim
    orders = Chat.private(await chat.say("amy", "截单"))
    # session 35: her order follows the group's language (her private `/lang`, else her app's, else the
    # group's), never the words she typed: the group's Chinese
    assert orders["eve"].startswith("你在 粽子（#1）的订单 #1-1："), orders
