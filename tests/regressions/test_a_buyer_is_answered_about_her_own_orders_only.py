"""Smaller troll findings: a private `订单 1-2` naming another's order printed "你的订单：" twice; a bare
`退款` from a buyer who also organises a group buy (with no money in it) offered the organiser's
`退款 @名字`; `取消订单 1-1` on another member's order in the group said "only the organiser… tell Amy",
as if Troll might ask her to cancel Bob's order. Each now answers about the asker's own orders."""

from __future__ import annotations

from tests.unit.handlers.conftest import Chat, fake_chat


async def _closed() -> Chat:
    room = fake_chat()
    await room.say("amy", "接龙 芒果 价格 88 截止 明天上午8点")
    await room.say("bob", "+1")
    await room.say("troll", "+1")
    await room.say("amy", "截单")
    return room


async def test_anothers_order_number_is_said_once_with_her_own_listed() -> None:
    room = await _closed()

    zh = Chat.said(await room.say("troll", "订单 1-1", private=True))
    en = Chat.said(await room.say("troll", "/orders 1-1", private=True, language="en"))

    assert zh.startswith("你没有订单 #1-1。\n你的订单：\n#1-2 芒果")
    assert zh.count("你的订单：") == 1
    assert en.startswith("You have no order #1-1.\nYour orders:\n#1-2 芒果")
    assert en.count("Your orders:") == 1


async def test_a_buyers_bare_refund_offers_only_her_own_form() -> None:
    room = await _closed()
    await room.say("amy", "已收 1-2")
    await room.say("troll", "接龙 茶叶 价格 10 成团 5 截止 明天上午8点")

    zh = Chat.said(await room.say("troll", "退款", private=True))
    en = Chat.said(await room.say("troll", "/refund", private=True, language="en"))
    organiser = Chat.said(await room.say("amy", "退款", private=True))

    assert zh == (
        "你可以申请退款的订单：#1-2 芒果 ×1（¥88）。请这样写：退款 1-2 原因（例如 退款 1-2 压坏了两盒），"
        "会转给团长，由团长决定、直接退给你。"
    )
    assert "@" not in en and "/refund 1-2" in en
    assert organiser.endswith("或 退款 @名字")


async def test_cancelling_anothers_order_in_the_group_is_not_yours() -> None:
    room = await _closed()

    zh = Chat.said(await room.say("troll", "取消订单 1-1"))
    own = Chat.said(await room.say("troll", "取消订单 1-2"))
    en = Chat.said(await room.say("troll", "/cancelorder 1-1"))

    assert zh == "订单 #1-1 不是你的订单，没有任何改动；你的订单号可以在 我的订单 里看。"
    assert own == "只有团长（Amy）可以取消订单，没有任何改动。不想要了请告诉 Amy。"
    assert en == "Order #1-1 is not yours: nothing was changed. Your order numbers are in /orders."
