"""The card's 💸 count of a help-sold group buy counts the reports of that group's buyers only, as its
`已付 x/N` counts that group's orders."""

from __future__ import annotations

from commerce.domain.listings import card_key
from tests.helpsell_chats import help_sold


async def test_each_groups_card_counts_its_own_payment_reports() -> None:
    family, office = await help_sold("接龙 芒果 价格 35 成团 1 截止 2小时")
    await family.say("cat", "+1")
    await family.say("eve", "+1")
    await office.say("dan", "+2")
    await family.say("amy", "截单")
    await family.say("cat", "我已付款")
    await office.say("dan", "已付")
    assert "💰 已付 0/2 · 💸 1 人已报付款\n\n1. Cat ×1 💸\n2. Eve ×1" in await family.card(1)
    assert "💰 已付 0/1 · 💸 1 人已报付款\n\n1. Dan ×2 💸" in await office.card(card_key(1))
    await family.say("amy", "已收 1-1")  # Cat's, confirmed: none left reported in 家庭群
    assert "💰 已付 1/2\n" in await family.card(1)
    assert "💰 已付 0/1 · 💸 1 人已报付款" in await office.card(card_key(1))
