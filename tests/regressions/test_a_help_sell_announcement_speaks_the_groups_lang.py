"""Eve typed `帮卖 #1` in Chinese in the club, whose `/lang` is English: the club read "🤝 Eve 在本群帮卖
草莓（#1，团长 Amy）…" in Chinese, with the English card under it. What the group is told about a
listing speaks the group's `/lang` first, else the words typed (README: 帮卖 #12)."""

from __future__ import annotations

from commerce.domain.listings import card_key
from tests.helpsell_chats import two_groups


async def test_a_help_sell_announcement_speaks_the_groups_lang() -> None:
    family, club = two_groups("club", "Club")
    await family.say("amy", "接龙 草莓 价格 78 截止 2小时")
    await family.say("amy", "帮卖 开 8%")
    await club.say("eve", "/lang en")

    listed = await club.say("eve", "帮卖 #1")

    assert club.said(listed) == (
        "🤝 Eve is help-selling 草莓 here (#1, organised by Amy): the same stock, price and deadline as its "
        "own group; +1 or tap the card's buttons to join. Help-sell commission: 8%."
    )
    assert (await club.card(card_key(1))).startswith("🛒 草莓 (#1)\nOrganiser: Amy")


async def test_without_a_lang_the_announcement_speaks_the_words_typed() -> None:
    family, club = two_groups("club", "Club")
    await family.say("amy", "接龙 草莓 价格 78 截止 2小时")
    await family.say("amy", "帮卖 开 8%")

    listed = await club.say("eve", "帮卖 #1")

    assert club.said(listed).startswith("🤝 Eve 在本群帮卖 草莓（#1，团长 Amy）")
