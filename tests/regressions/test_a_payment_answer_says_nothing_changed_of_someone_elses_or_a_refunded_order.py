"""Eve's `已付 1-3` (Cat's order) was told "订单 #1-3 不是你的，没有扣款": nothing is charged by a report
made offline. Bob's `已收 1-2` of an order he had refunded was told "订单 #1-2 现在不能付款（状态：已退款）",
as if someone were paying it. Now the report is told nothing changed and where one's own order numbers
are (我的订单); the organiser, that the order cannot be marked paid because it was refunded."""

from __future__ import annotations

from tests.unit.handlers.conftest import Chat, fake_chat


async def _refunded(language: str = "zh") -> Chat:
    """Bob's 芒果: Amy's order #1-1, Cat's #1-2 (paid, then refunded), Dan's #1-3."""
    chat = fake_chat(default_language=language)
    english = language == "en"  # Bob runs it in English words
    await chat.say("bob", "/groupbuy 芒果 price 10" if english else "接龙 芒果 价格 10")
    for member in ("amy", "cat", "dan"):
        await chat.say(member, "+1")
    for zh, en in (("截单", "/close"), ("已收 1-2", "/paid 1-2"), ("退款 1-2", "/refund 1-2")):
        await chat.say("bob", en if english else zh)
    return chat


async def test_someone_elses_order_is_told_nothing_changed_and_where_ones_own_are() -> None:
    chat = await _refunded()

    said = chat.said(await chat.say("eve", "已付 1-3"))

    assert said == "订单 #1-3 不是你的订单，没有任何改动；你的订单号可以在 我的订单 里看。"


async def test_the_organiser_is_told_a_refunded_order_cannot_be_marked_paid() -> None:
    chat = await _refunded()

    assert (
        chat.said(await chat.say("bob", "已收 1-2")) == "订单 #1-2 已退款，不能再标记为已收款，没有任何改动。"
    )


async def test_in_english_too() -> None:
    chat = await _refunded("en")

    assert chat.said(await chat.say("eve", "/ipaid 1-3")) == (
        "Order #1-3 is not yours: nothing was changed. Your order numbers are in /orders."
    )
    assert chat.said(await chat.say("bob", "/paid 1-2")) == (
        "Order #1-2 was refunded, so it cannot be marked paid: nothing was changed."
    )
