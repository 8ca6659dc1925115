"""A help-sold group buy with options: 公司群's card read `• 大 ¥18 · 已订 3` under a progress line saying
`3（各群合计，本群 1 份）`, though 公司群 had taken one 大: each option's count is every group's (one stock),
unlabelled. Each option's count now says it is all groups', as the progress line does, on the card of
every group whose count is not all its own."""

from __future__ import annotations

from commerce.domain.listings import card_key
from tests.helpsell_chats import help_sold


async def _cards(lang: str) -> tuple[str, str]:
    zh = lang == "zh"
    opening = (
        "接龙 奶茶 规格 大:18,小:12 截止 2小时"
        if zh
        else "/groupbuy Milk tea options large:18,small:12 deadline 2h"
    )
    family, office = await help_sold(
        opening,
        rate="帮卖 开 10%" if zh else "/helpsell on 10%",
        listing="帮卖 #1" if zh else "/helpsell #1",
        default_language=lang,
    )
    large, small = ("大", "小") if zh else ("large", "small")
    await family.say("cat", f"+2 {large}")
    await family.say("dan", f"+1 {small}")
    await office.say("eve", f"+1 {large}")
    return await family.card(1), await office.card(card_key(1))


async def test_a_help_sold_cards_option_counts_say_they_are_all_groups() -> None:
    family, office = await _cards("zh")
    assert "• 大 ¥18 · 已订 3（各群合计）" in office, office
    assert "• 小 ¥12 · 已订 1（各群合计）" in office, office
    assert "• 大 ¥18 · 已订 3（各群合计）" in family, family


async def test_a_help_sold_cards_option_counts_say_they_are_all_groups_in_english() -> None:
    _, office = await _cards("en")
    assert "• large ¥18 · 3 taken (all groups)" in office, office
    assert "• small ¥12 · 1 taken (all groups)" in office, office
