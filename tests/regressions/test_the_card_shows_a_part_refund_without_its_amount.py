"""Session 29 left the group's card saying a buyer's money on her line after a part refund
(`1. Bob ×2 ✅ ¥156（已退 ¥30）`, "(¥30 refunded)"), while the group never reads a buyer's amount. The line
now says only that it was refunded in part; the organiser reads the amounts in her answer, privately."""

from __future__ import annotations

import pytest

from tests.unit.handlers.conftest import fake_chat

WORDS = {
    "zh": (
        "接龙 芒果 价格 78 成团 2",
        "截单",
        "已收 @Bob",
        "退款 1-1 ¥30 坏了一盒",
        "1. Bob ×2 ✅（部分退款）",
    ),
    "en": (
        "/groupbuy Mangoes price 78 target 2",
        "/close",
        "/paid @Bob",
        "/refund 1-1 ¥30 one was bad",
        "1. Bob ×2 ✅ (part refunded)",
    ),
}


@pytest.mark.parametrize("lang", ["zh", "en"])
async def test_the_card_says_refunded_in_part_without_the_amount(lang: str) -> None:
    opening, close, paid, refund, line = WORDS[lang]
    room = fake_chat(default_language=lang)
    await room.say("amy", opening)
    await room.say("bob", "+2")
    await room.say("amy", close)
    await room.say("amy", paid)

    replies = await room.say("amy", refund)

    card = await room.card()
    assert line in card, card
    assert "¥30" not in card and "¥156" not in card, card
    assert "¥30" in room.private(replies)["amy"]  # the organiser reads the amount privately
    assert "¥30" in room.private(replies)["bob"]  # and so does the buyer
