"""An organiser who listed her own group buy in another group of hers (`帮卖 #12` there) took that group's
one listing, so a member who wanted to help-sell it there was told it was listed already and could never
earn. A help-seller now takes over the organiser's own listing (she is told privately), and earns on the
joins made there from then on; an organiser whose group buy is not open to help-selling is told how."""

from __future__ import annotations

from commerce.domain.listings import card_key
from tests.helpsell_chats import two_groups


async def test_a_help_seller_takes_over_the_organisers_own_listing() -> None:
    family, office = two_groups(title="公司团购群")
    await family.say("amy", "接龙 李子 价格 10 成团 9 截止 2小时")
    assert office.said(await office.say("amy", "帮卖 #1")).startswith(
        "李子（#1）是你的团，还没开放帮卖：先在原群发「帮卖 开 10%」"
    )
    await family.say("amy", "帮卖 开 10%")
    await office.say("amy", "帮卖 #1")
    taken = await office.say("bob", "帮卖 #1")
    assert office.said(taken).startswith("🤝 Bob 接手本群的帮卖：李子（#1，团长 Amy）")
    assert office.private(taken)["amy"].startswith("🤝 Bob 在「公司团购群」接手了你在那里挂的 李子（#1）帮卖")
    assert "🤝 本群帮卖：Bob" in await office.card(card_key(1))
