"""rep55 #8: in the group she help-sells 土鸡蛋 #7 in, Zhao's `谁还没付款` (Max's `who has not paid?`)
got silence, and her bare `催款` answered "只有团长（Wang）可以这样做" while `催款 #7` was accepted.
Her question now lists her group's unpaid orders, privately (never another group's buyer), and
her bare `催款` is her `催款 #7` there."""

from __future__ import annotations

from tests.helpsell_chats import help_sold
from tests.unit.handlers.conftest import Chat


async def test_a_help_sellers_who_has_not_paid_lists_her_groups_unpaid_in_chinese() -> None:
    family, office = await help_sold("接龙 芒果 价格 35 成团 1 截止 2小时")
    await office.say("kim", "+1")
    await family.say("cat", "+1")  # the organiser's own group: not Bob's to see
    await family.say("amy", "截单")

    asked = await office.say("bob", "谁还没付款")

    assert Chat.said(asked) == "Bob，谁还没付款已私信发给你。"
    listed = Chat.private(asked)["bob"]
    assert listed.startswith("本群还没付款的（💸：说已付款，等团长 Amy 确认）：\n")
    assert "• 芒果（#1）1 个订单：Kim #1-1" in listed
    assert "Cat" not in listed


async def test_a_help_sellers_bare_remind_before_the_close_is_her_numbered_one_in_chinese() -> None:
    _, office = await help_sold("接龙 芒果 价格 35 成团 1 截止 2小时")
    await office.say("kim", "+1")

    bare = Chat.said(await office.say("bob", "催款"))

    assert bare == "#1 芒果 还在接龙，截单后才需要付款，没有发送提醒。"
    assert bare == Chat.said(await office.say("bob", "催款 #1"))


async def test_a_help_sellers_who_has_not_paid_lists_her_groups_unpaid_in_english() -> None:
    family, office = await help_sold("/groupbuy Mangoes price 35 target 1 ends 2h")
    await office.say("kim", "+1")
    await family.say("cat", "+1")
    await family.say("amy", "/close")

    early = await office.say("bob", "who has not paid?")

    # the group's line as the group's card (`帮卖 #1`) speaks (rep75 #8); her list in her words'
    assert Chat.said(early) == "Bob，谁还没付款已私信发给你。"
    listed = Chat.private(early)["bob"]
    assert listed.startswith(
        "Not paid yet in this group (💸: says they paid, waiting for the organiser, Amy, to confirm):\n"
    )
    assert "• Mangoes (#1), 1 order: Kim #1-1" in listed
    assert "Cat" not in listed


async def test_a_help_sellers_who_has_not_paid_before_the_close_says_it_is_open_in_english() -> None:
    _, office = await help_sold("/groupbuy Mangoes price 35 target 1 ends 2h")
    await office.say("kim", "+1")

    said = Chat.said(await office.say("bob", "who has not paid?"))

    assert said == (
        "Nobody owes anything yet: orders go out when a group buy closes, and Mangoes (#1) is still open."
    )
