"""Review 76 #12: `退款 1-2` typed by Ann (the organiser) in her group said
`订单 #1-2（Xiao）已退款，金额已私信发给 Ann。已私信告诉对方。`: the group learnt that Ann was sent
what Ann had just done, and "对方" was vague. The group line now names the buyer who is told, and says
nothing of a private message whose only reader is the one who made the refund (her whole answer, with
the amount, still reaches her privately)."""

from __future__ import annotations

import pytest

from tests.unit.handlers.conftest import Chat, fake_chat

WORDS = {
    "zh": {
        "open": "接龙 鲜花饼 价格 20 成团 1",
        "refund": "退款",
        "group": "订单 #1-1（Bob）已退款。已私信告诉 Bob。",
        "own": "订单 #1-2（Amy）已退款。",
    },
    "en": {
        "open": "/groupbuy Flower cakes price 20 target 1",
        "refund": "/refund",
        "group": "Order #1-1 of Bob is refunded. Bob was told privately.",
        "own": "Order #1-2 of Amy is refunded.",
    },
}


async def _paid(lang: str) -> Chat:
    chat = fake_chat()
    if lang == "en":
        await chat.say("amy", "/lang en")
    await chat.say("amy", WORDS[lang]["open"])
    await chat.say("bob", "+1")
    await chat.say("amy", "+1")
    await chat.say("amy", "/close")
    await chat.say("amy", "/paid 1-1 1-2")
    return chat


@pytest.mark.parametrize("lang", ["zh", "en"])
async def test_the_group_line_names_the_buyer_and_not_the_organiser(lang: str) -> None:
    chat = await _paid(lang)
    replies = await chat.say("amy", f"{WORDS[lang]['refund']} 1-1")
    assert Chat.said(replies) == WORDS[lang]["group"]
    assert "Amy" not in Chat.said(replies)
    private = Chat.private(replies)
    assert "¥20" in private["amy"] and "¥20" in private["bob"]


@pytest.mark.parametrize("lang", ["zh", "en"])
async def test_her_own_orders_refund_says_nothing_of_private_messages(lang: str) -> None:
    chat = await _paid(lang)
    replies = await chat.say("amy", f"{WORDS[lang]['refund']} 1-2")
    assert Chat.said(replies) == WORDS[lang]["own"]
