"""rep84 #11: Amy's `/refund 1-1 1 unit` in a Chinese group (its card Chinese, Bob's notice Chinese) made
the group read `Order #1-1 of Bob is refunded in part.`: the English words she typed chose the line the
whole group reads. The group's line speaks the group's language; she reads the amounts privately in hers."""

from __future__ import annotations

from tests.unit.handlers.conftest import Chat, fake_chat


async def _paid() -> Chat:
    chat = fake_chat()
    await chat.say("amy", "接龙 粽子 价格 20 成团 1", name="Amy")
    await chat.say("bob", "+2", name="Bob")
    await chat.say("amy", "截单", name="Amy")
    await chat.say("bob", "我付了", name="Bob")
    await chat.say("amy", "已收 1-1", name="Amy")
    return chat


async def test_a_unit_refund_typed_in_english_reads_chinese_in_the_group() -> None:
    chat = await _paid()

    replies = await chat.say("amy", "/refund 1-1 1 unit", name="Amy")

    assert chat.said(replies) == "订单 #1-1（Bob）已部分退款。", replies
    assert chat.private(replies)["bob"] == "Amy 退给你 ¥20（#1-1 粽子 ×1），已付 ¥40，已退 ¥20。"


async def test_a_whole_refund_typed_in_english_reads_chinese_in_the_group() -> None:
    chat = await _paid()

    replies = await chat.say("amy", "/refund 1-1 thanks", name="Amy")

    assert chat.said(replies) == "订单 #1-1（Bob）已退款。已私信告诉 Bob。", replies


async def test_an_english_group_reads_english() -> None:
    chat = fake_chat(default_language="en")
    await chat.say("ann", "/groupbuy Cookies price 10 target 1", name="Ann")
    await chat.say("eve", "+3", name="Eve")
    await chat.say("ann", "/close", name="Ann")
    await chat.say("ann", "/paid 1-1", name="Ann")

    replies = await chat.say("ann", "退款 1-1 1份", name="Ann")

    assert chat.said(replies) == "Order #1-1 of Eve is refunded in part.", replies
