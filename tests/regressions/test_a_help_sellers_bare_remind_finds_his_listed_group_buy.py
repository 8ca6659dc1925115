"""A help-seller's bare `催款` in his group (帮卖) when nobody there owes answered "只有团长（Amy）可以
这样做，没有任何改动。", while `催款 #1` rightly said everyone there had paid. The bare one now picks the
group buy he help-sells there, as `催款 #1` does."""

from __future__ import annotations

from tests.helpsell_chats import help_sold


async def test_a_help_sellers_bare_remind_says_everyone_in_his_group_paid() -> None:
    family, neighbours = await help_sold(
        "接龙 橙子 价格 10 成团 1", chat_id="neighbours", title="neighbours", seller="dan"
    )
    await neighbours.say("dan", "+3")
    await family.say("cat", "+1")  # Cat still owes, in the organiser's group
    await family.say("amy", "截单")
    await family.say("amy", "已收 1-1")  # Dan's, told to Amy privately

    bare = neighbours.said(await neighbours.say("dan", "催款"))
    named = neighbours.said(await neighbours.say("dan", "催款 #1"))

    assert bare == named == "#1 橙子 大家都付过款了，不用催。"
