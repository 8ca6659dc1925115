"""A help-sold group buy with 55 buyers in 公司群: its card there read `💰 已付 0/50` once the five buyers
past the 50 lines it shows had paid, where a group buy sold in one group counts every buyer. Each
group's card counts every order of its own group, shown or not: `已付 5/55`."""

from __future__ import annotations

from commerce.domain.listings import card_key
from tests.helpsell_chats import help_sold


async def _closed_with_55_buyers(language: str) -> tuple[str, str]:
    family, office = await help_sold(
        "接龙 芒果 价格 35 成团 1 截止 2小时", listing="/helpsell #1" if language == "en" else "帮卖 #1"
    )
    await family.say("cat", "+1")
    for n in range(1, 56):
        await office.say(f"m{n:02}", "+1")
    await family.say("amy", "截单")
    for seq in range(52, 57):  # the orders of m51..m55 (#1-1 is cat's), past the 50 lines shown
        await family.say("amy", f"已收 1-{seq}")
    return await office.card(card_key(1)), await family.card(1)


async def test_a_help_sold_cards_paid_count_counts_every_buyer_of_its_group() -> None:
    office, family = await _closed_with_55_buyers("zh")
    assert "💰 已付 5/55" in office, office
    assert "💰 已付 0/1" in family, family


async def test_a_help_sold_cards_paid_count_counts_every_buyer_of_its_group_in_english() -> None:
    office, _ = await _closed_with_55_buyers("en")
    assert "💰 5/55 paid" in office, office
