"""rep52 #8: `/refund 1-4` answered "Order #1-4 of Eve is marked refunded (¥116). Give the money back to
them directly." without saying Eve was told, although she was, and `/cancel 1-5` says "they were told
privately". A whole refund now says so too, when the buyer is told; a 代报 guest's (told to the organiser)
does not."""

from __future__ import annotations

import pytest

from tests.unit.handlers.conftest import fake_chat

CASES = {
    "en": (
        "/groupbuy Bread price 10",
        "/add Aunt Wang 1",
        "/close",
        "/paid 1-1",
        "/refund 1-1",
        "Order #1-1 of Bob is refunded. Bob was told privately.",
        "/paid 1-2",
        "/refund 1-2",
        "Order #1-2 of Aunt Wang is refunded.",
    ),
    "zh": (
        "接龙 面包 价格 10",
        "代报 王阿姨 1",
        "截单",
        "已收 1-1",
        "退款 1-1",
        "订单 #1-1（Bob）已退款。已私信告诉 Bob。",
        "已收 1-2",
        "退款 1-2",
        "订单 #1-2（王阿姨）已退款。",
    ),
}


@pytest.mark.parametrize("lang", ["en", "zh"])
async def test_a_whole_refund_says_the_buyer_was_told(lang: str) -> None:
    opening, add, close, paid, refund, said, paid_guest, refund_guest, said_guest = CASES[lang]
    chat = fake_chat(default_language=lang)
    await chat.say("amy", opening)
    await chat.say("bob", "+1")
    await chat.say("amy", add)
    await chat.say("amy", close)
    await chat.say("amy", paid)

    replies = await chat.say("amy", refund)

    assert chat.said(replies) == said
    assert "bob" in chat.private(replies)  # and he was
    await chat.say("amy", paid_guest)
    assert chat.said(await chat.say("amy", refund_guest)) == said_guest  # her guest's: nobody else told
