"""(family, Bob, not its organiser) `已收 @Kim`, Kim having bought in a help-selling group, answered
"本群里没有叫 Kim 的成员…请改写订单编号。" while `已收 @Cat` answered "只有团长（Amy）可以确认收款…": the
answer told him who is known here, and pointed him at a command he may not use. Whoever he names, a
member who runs no group buy here is told first that only the organiser confirms payments."""

from __future__ import annotations

from tests.helpsell_chats import help_sold

ONLY_AMY = "只有团长（Amy）可以确认收款，没有任何改动。请告诉团长；付了自己的订单请发“我已付款”。"


async def test_a_non_organisers_paid_gets_the_only_the_organiser_answer_for_any_name() -> None:
    family, club = await help_sold("接龙 橙子 价格 10", chat_id="club", title="club", seller="eve")
    await family.say("cat", "+1")
    await club.say("kim", "+2")
    await family.say("amy", "截单")

    for name in ("@Kim", "@Cat", "@Nobody"):
        assert family.said(await family.say("bob", f"已收 {name}")) == ONLY_AMY
    # the organiser is still told a name nobody here has
    assert family.said(await family.say("amy", "已收 @Nobody")).startswith("本群里没有叫 Nobody 的成员")
