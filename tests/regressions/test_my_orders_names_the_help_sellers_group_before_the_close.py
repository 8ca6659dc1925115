"""我的订单 before the close named the organiser's group for a line joined through a help-seller's
group: eve joined 荔枝 in the neighbours' group (where bob help-sells it) and read "荔枝（family · Amy 的团
#1）", while after the close her order said the neighbours' group. Before the close it now names the
group her line was joined in, as her order will."""

from __future__ import annotations

from tests.helpsell_chats import help_sold


async def test_a_join_through_a_help_seller_names_the_help_sellers_group_before_and_after() -> None:
    family, neighbours = await help_sold(
        "接龙 荔枝 价格 10 成团 1 截止 2小时",
        chat_id="neighbours",
        title="邻居群",
        family_title="家人群",
        rate="帮卖 开 5%",
    )
    await family.say("cat", "+1")  # seen in the organiser's group: its name is known
    await neighbours.say("eve", "+2")

    before = family.said(await family.say("eve", "我的订单", private=True))
    await family.say("amy", "截单")
    after = family.said(await family.say("eve", "我的订单", private=True))

    assert "荔枝（邻居群 · Amy 的团 #1）" in before and "家人群" not in before
    assert after == (
        "你的订单：\n#1-2 荔枝（邻居群 · Amy 的团 #1）：2 × ¥10 = ¥20 · 待付款\n"
        "💰 订单 #1-2 待付款：请付款给团长 Amy（现金或转账），付完发“我已付款 1-2”告诉团长。"
    )
