"""An organiser who listed her own group buy in another group of hers (`帮卖 #12` there) took that group's
one listing, so a member who wanted to help-sell it there was told it was listed already and could never
earn. A help-seller now takes over the organiser's own listing (she is told privately), and earns on the
joins made there from then on, once it is open to help-selling; the organiser lists it there whether it is
open or not (review 24 B)."""

from __future__ import annotations

from commerce.domain.listings import card_key
from tests.helpsell_chats import two_groups


async def test_a_help_seller_takes_over_the_organisers_own_listing() -> None:
    family, office = two_groups(title="公司团购群")
    await family.say("amy", "接龙 李子 价格 10 成团 9 截止 2小时")
    assert office.said(await office.say("amy", "帮卖 #1")).startswith("🤝 团长 Amy 把 李子（#1）也开到本群")
    not_open = office.said(await office.say("bob", "帮卖 #1"))
    assert not_open.startswith("没有可以帮卖的团购 #1。")  # not open to help-sellers yet
    await family.say("amy", "帮卖 开 10%")
    taken = await office.say("bob", "帮卖 #1")
    assert office.said(taken).startswith("🤝 Bob 接手本群的帮卖：李子（#1，团长 Amy）")
    assert office.private(taken)["amy"].startswith("🤝 Bob 在「公司团购群」接手了你在那里挂的 李子（#1）帮卖")
    assert "🤝 本群帮卖：Bob" in await office.card(card_key(1))
