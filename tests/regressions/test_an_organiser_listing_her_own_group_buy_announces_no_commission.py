"""Amy listed her own group buy in the neighbours' group (`帮卖 #1`): the announcement said "… 帮卖佣金
8%", a commission she does not earn on her own group buy. Listed by its organiser, it says none."""

from __future__ import annotations

from tests.helpsell_chats import two_groups


async def test_an_organiser_listing_her_own_group_buy_announces_no_commission() -> None:
    family, neighbours = two_groups("neighbours", "Neighbours")
    await family.say("amy", "接龙 草莓 价格 78 截止 2小时")
    await family.say("amy", "帮卖 开 8%")

    listed = await neighbours.say("amy", "帮卖 #1")

    assert neighbours.said(listed) == (
        "🤝 团长 Amy 把 草莓（#1）也开到本群：与原群同库存、同价、同截止时间，直接 +1 或点卡片上的按钮跟团。"
    )


async def test_a_help_seller_listing_it_still_hears_the_commission() -> None:
    family, neighbours = two_groups("neighbours", "Neighbours")
    await family.say("amy", "接龙 草莓 价格 78 截止 2小时")
    await family.say("amy", "帮卖 开 8%")

    listed = await neighbours.say("dan", "帮卖 #1")

    assert neighbours.said(listed).endswith("帮卖佣金 8%。")
