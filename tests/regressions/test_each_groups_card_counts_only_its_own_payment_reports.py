"""After 小陈 (家庭群) said `我已付款` and 大刘 (公司群, which help-sells it) `已付`, both groups' cards read
`💸 2 人已报付款`, though each listed one buyer who reported. Each card now counts its own group's."""

from __future__ import annotations

from commerce.domain.listings import card_key
from tests.helpsell_chats import help_sold


async def test_each_groups_card_counts_only_its_own_payment_reports() -> None:
    family, office = await help_sold("接龙 芒果 价格 35 成团 1 截止 2小时")
    await family.say("cat", "+1")
    await office.say("dan", "+1")
    await family.say("amy", "截单")
    await family.say("cat", "我已付款")
    await office.say("dan", "已付")
    for card in (await family.card(1), await office.card(card_key(1))):
        assert "💸 1 人已报付款" in card, card
