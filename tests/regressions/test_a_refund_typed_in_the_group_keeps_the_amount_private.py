"""Session 29 left `/refund 1-1` (退款) typed in a group posting the amount refunded there ("订单 #1-1
（Bob，¥20）已标记为退款。…"), while `/paid` in a group says whose order, never its amount. Now the
group reads whose order was refunded (and, since rep76 #12, that the buyer was told, by name: never
that the amount went to the one who typed it, the only one who reads that privately); she reads the
whole answer (amount, what to do) privately, and the buyer is told privately as before.
A part refund likewise. In private the answer keeps the amount."""

from __future__ import annotations

import pytest

from tests.unit.handlers.conftest import Chat, fake_chat

WORDS = {
    "zh": {
        "open": "接龙 芒果 价格 20 成团 1",
        "refund": "退款",
        "group": "订单 #1-1（Bob）已退款。已私信告诉 Bob。",
        "hers": "订单 #1-1（Bob，¥20）已标记为退款。请直接把钱退给对方。已私信告诉对方。",
        "bob": "¥20",
        "part_group": "订单 #1-1（Bob）已部分退款。",
        "part_hers": "订单 #1-1（Bob）退了 ¥5，已付 ¥20，已退 ¥5。请直接把钱退给对方。",
    },
    "en": {
        "open": "/groupbuy Mangoes price 20 target 1",
        "refund": "/refund",
        "group": "Order #1-1 of Bob is refunded. Bob was told privately.",
        "hers": "Order #1-1 of Bob is marked refunded (¥20). Give the money back to them directly. "
        "They were told privately.",
        "bob": "¥20",
        "part_group": "Order #1-1 of Bob is refunded in part.",
        "part_hers": "Order #1-1 of Bob: ¥5 refunded (paid ¥20, refunded ¥5). Give it back to them directly.",
    },
}


async def paid(lang: str) -> Chat:
    chat = fake_chat()
    if lang == "en":
        await chat.say("amy", "/lang en")
    await chat.say("amy", WORDS[lang]["open"])
    await chat.say("bob", "+1")
    await chat.say("amy", "/close")
    await chat.say("amy", "/paid 1-1")
    return chat


@pytest.mark.parametrize("lang", ["zh", "en"])
async def test_the_group_reads_whose_refund_and_she_reads_the_amount_privately(lang: str) -> None:
    words = WORDS[lang]
    chat = await paid(lang)

    replies = await chat.say("amy", f"{words['refund']} 1-1")

    assert Chat.said(replies) == words["group"]
    assert "¥" not in Chat.said(replies)
    private = Chat.private(replies)
    assert private["amy"] == words["hers"]
    assert words["bob"] in private["bob"]  # the buyer is told the amount privately


@pytest.mark.parametrize("lang", ["zh", "en"])
async def test_a_part_refund_in_the_group_keeps_the_amount_private(lang: str) -> None:
    words = WORDS[lang]
    chat = await paid(lang)

    replies = await chat.say("amy", f"{words['refund']} 1-1 ¥5")

    assert Chat.said(replies) == words["part_group"]
    private = Chat.private(replies)
    assert private["amy"] == words["part_hers"]
    assert "¥5" in private["bob"]


@pytest.mark.parametrize("lang", ["zh", "en"])
async def test_in_private_the_refund_says_the_amount(lang: str) -> None:
    words = WORDS[lang]
    chat = await paid(lang)

    replies = await chat.say("amy", f"{words['refund']} 1-1", private=True)

    assert Chat.said(replies) == words["hers"]
