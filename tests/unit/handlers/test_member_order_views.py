"""What a member and an organiser see about orders, word for word in both languages: 我的订单 lists joins
not closed yet beside the orders; /mine's units sold leave refunded orders out and say them apart; the
organiser who joins her own group buy is not told to pay herself, nor reminded."""

from __future__ import annotations

from tests.fakes import FakeUnitOfWorkFactory
from tests.unit.handlers.conftest import Chat, fake_chat

MANGOES = "接龙 海南贵妃芒 价格 88 阶梯 3:78 成团 1 库存 10"


async def test_my_orders_before_the_close_lists_the_join_marked_not_closed_in_chinese() -> None:
    chat = fake_chat(FakeUnitOfWorkFactory())
    await chat.say("amy", MANGOES)
    await chat.say("bob", "+1")

    asked = await chat.say("bob", "我的订单")

    assert chat.said(asked) == "Bob，你的订单已私信发给你。"
    assert chat.private(asked)["bob"] == (
        "已跟团、还没截单（截单成团后才生成订单，价格按届时的阶梯）：\n"
        "海南贵妃芒（Amy 的团 #1）：1 × ¥88 = ¥88（暂计）· 未截单 · 满 3 份 每份 ¥78"
    )


async def test_my_orders_lists_orders_then_open_joins_across_chats_in_english() -> None:
    chat = fake_chat(FakeUnitOfWorkFactory(), default_language="en")
    await chat.say("amy", "/groupbuy Plums price 12 target 1")
    await chat.say("bob", "+2 flat 502")
    await chat.say("amy", "/close")
    other = Chat(chat.app, chat_id="neighbours", title="Neighbours")
    await other.say("eve", "/groupbuy Eggs price 5 tiers 10:4")
    await other.say("bob", "+3")
    await other.say("bob", "+1 for Wang")
    await chat.say("amy", "/groupbuy Pears price 9")
    await chat.say("bob", "+1 #3")

    assert chat.said(await chat.say("bob", "/orders", private=True)) == (
        "Your orders:\n"
        "#1-1 Plums — flat 502 (group buy #1 by Amy): 2 × ¥12 = ¥24 · to pay\n"
        "💰 Order #1-1 is awaiting payment: pay the organiser Amy (cash or transfer), "
        "then send /ipaid 1-1 to tell them.\n"
        "Joined, not closed yet (the order is made at the close, at the price tier reached then):\n"
        "Pears (group buy #3 by Amy): 1 × ¥9 = ¥9 so far · not closed yet\n"
        "Eggs — yours ×3 · for Wang ×1 (group buy #2 by Eve in Neighbours): 4 × ¥5 = ¥20 so far"
        " · not closed yet · ¥4 each at 10 units in all"
    )
    assert chat.said(await chat.say("cat", "/orders", private=True)) == "You have no orders yet."


async def test_a_join_taken_back_is_no_longer_listed() -> None:
    chat = fake_chat(FakeUnitOfWorkFactory(), default_language="en")
    await chat.say("amy", "/groupbuy Plums price 12")
    await chat.say("bob", "+1")
    await chat.say("bob", "-1")

    assert chat.said(await chat.say("bob", "/orders", private=True)) == "You have no orders yet."


async def _refunded(chat: Chat) -> None:
    """Plums at ¥20 (tier from 3): Bob 1, Cat 3; Cat paid and was refunded."""
    await chat.say("amy", "/groupbuy Plums price 25 tiers 3:20 target 1")
    await chat.say("bob", "+1")
    await chat.say("cat", "+3")
    await chat.say("amy", "/close")
    await chat.say("amy", "/paid 1-2")
    await chat.say("amy", "/refund 1-2")


async def test_mine_does_not_count_refunded_units_as_sold_and_says_them_apart() -> None:
    chat = fake_chat(FakeUnitOfWorkFactory(), default_language="en")
    await _refunded(chat)

    assert chat.said(await chat.say("amy", "/mine", private=True)) == (
        "Your group buys (1), newest first:\n"
        "#1 Plums · reached its target · 1 unit, 1 order · collected ¥0, outstanding ¥20 · "
        "refunded ¥60 (3 units)\n"
        "Who paid: /list #1 here · as a spreadsheet: /export #1"
    )
    assert "Total: 1 unit, ¥20" in chat.said(await chat.say("amy", "/list #1", private=True))  # agrees
    assert chat.said(await chat.say("amy", "我的团", private=True, language="zh")).splitlines()[1] == (
        "#1 Plums · 已成团 · 1 份，1 个订单 · 已收 ¥0，待收 ¥20 · 已退款 ¥60（3 份）"
    )


async def test_the_organisers_own_order_asks_her_to_pay_nobody() -> None:
    chat = fake_chat(FakeUnitOfWorkFactory(), default_language="en")
    await chat.say("amy", "/groupbuy Plums price 20 target 1 pickup Gate 3")
    await chat.say("amy", "+2")
    await chat.say("bob", "+1")

    closed = chat.private(await chat.say("amy", "/close"))

    assert closed["amy"] == (
        "Your order #1-1 in Plums (#1):\n"
        "Plums: 2 × ¥20 = ¥40\n"
        "Total: ¥40\n"
        "It is your own group buy: the order counts as paid, nothing to pay yourself.\n"
        "Pickup: Gate 3"
    )
    assert "Pay the organiser Amy" in closed["bob"]
    assert chat.said(await chat.say("amy", "/remind")) == (
        "💸 Reminder: Plums (#1), 1 order still unpaid:\n"
        "• Bob (order #1-2)\n"
        "Ask Amy how to pay, then send /ipaid with your order number (e.g. /ipaid 1-2) "
        "so they can confirm it."
    )
    listed = chat.said(await chat.say("amy", "/list #1", private=True))
    assert "1. Amy ×2 · ¥40 · order #1-1 ¥40 · ✅ paid, not picked up" in listed
    assert "💰 Collected ¥40 · outstanding ¥20" in listed


async def test_the_organisers_own_order_in_chinese_and_without_a_pay_button() -> None:
    chat = fake_chat(FakeUnitOfWorkFactory())
    await chat.say("amy", "接龙 芒果 价格 50⭐ 成团 1 收款方式 微信转账给我")
    await chat.say("amy", "+1")
    await chat.say("bob", "+1")

    closed = {reply.private_to: reply for reply in await chat.say("amy", "截单") if reply.private_to}

    assert closed["amy"].text == (
        "你在 芒果（#1）的订单 #1-1：\n芒果：1 × 50⭐ = 50⭐\n合计：50⭐\n"
        "这是你自己开的团：订单已记为已付款，不用付给自己。"
    )
    assert closed["amy"].buttons == ()
    assert closed["bob"].buttons != ()  # Bob pays as before
