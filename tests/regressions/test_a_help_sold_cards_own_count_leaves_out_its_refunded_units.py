"""Review 27 #8: after `退款 1-3` (Liu ×3, a help-sold group's), that group's card read "8/5（各群合计，本群 4
份）" next to "共 1 份 · 已退款 3 份": its own count still held the refunded units. The card's 本群 count now
agrees with its own status line (refunded units left out), and so (review 28 #7) does the all-groups
total beside it: 5/5, not the 8 it closed with."""

from __future__ import annotations

import pytest

from commerce.domain.listings import card_key
from tests.helpsell_chats import help_sold

SAID = {
    "zh": ("接龙 芒果 价格 88 成团 5", "帮卖 开 10%", "帮卖 #1", "+3", "+1", "截单", "已收 1-3", "退款 1-3"),
    "en": (
        "/groupbuy Mangoes price 88 target 5",
        "/helpsell on 10%",
        "/helpsell #1",
        "/join 3",
        "/join",
        "/close",
        "/paid 1-3",
        "/refund 1-3",
    ),
}
SEEN = {
    "zh": ("▓▓▓▓▓▓▓▓▓▓ 5/5（各群合计，本群 1 份）", "✅ 已成团，成交价 ¥88/份，共 1 份 · 已退款 3 份"),
    "en": (
        "▓▓▓▓▓▓▓▓▓▓ 5/5 (all groups; 1 unit here)",
        "✅ Succeeded at ¥88 each: 1 unit · refunded: 3 units",
    ),
}


@pytest.mark.parametrize("lang", ["zh", "en"])
async def test_a_help_sold_cards_own_count_leaves_out_its_refunded_units(lang: str) -> None:
    opening, rate, listing, three, one, close, paid, refund = SAID[lang]
    family, neighbours = await help_sold(
        opening,
        chat_id="neighbours",
        title="neighbours",
        family_title="family",
        rate=rate,
        listing=listing,
        seller="chen",
        language=lang,
        default_language=lang,
    )
    await family.say("bob", three)  # family: 1-1, 1-2
    await family.say("cat", one)
    await neighbours.say("liu", three)  # neighbours: 1-3 (refunded), 1-4
    await neighbours.say("zhou", one)
    await family.say("amy", close)
    await family.say("amy", paid, private=True)
    await family.say("amy", refund, private=True)

    card = (await neighbours.card(card_key(1))).splitlines()
    assert (card[3], card[4]) == SEEN[lang], card
