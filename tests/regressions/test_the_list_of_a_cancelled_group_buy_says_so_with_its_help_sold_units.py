"""After a cancel, 名单 read as a live list: "📋 脐橙（#1）接龙名单，共 1 条：1. Cat ×1
🤝 帮卖：Kim（neighbours）×0", the help-sold group's 2 units counted as none while the family
line kept its 1. The header now says the group buy was cancelled (or failed), and the 帮卖 line
counts the units that were on its lines, as the family line does, marked with what happened."""

from __future__ import annotations

from tests.fakes import FakeClock, FakeUnitOfWorkFactory
from tests.helpsell_chats import help_sold
from tests.unit.handlers.conftest import fake_chat


async def test_the_list_of_a_cancelled_group_buy_says_so_and_counts_the_help_sold_units() -> None:
    family, neighbours = await help_sold("接龙 脐橙 价格 10 成团 5", seller="kim", title="neighbours")
    await family.say("cat", "+1")
    await neighbours.say("dan", "+2")
    await family.say("amy", "取消 #1 确认")

    answer = await family.say("amy", "名单 #1")
    listed, told = family.said(answer), family.private(answer)["amy"]
    own = family.said(await family.say("amy", "名单 #1", private=True))

    assert listed == "📋 脐橙（#1）接龙名单（已取消，不收款），共 1 条：\n1. Cat ×1"  # the group's own
    assert "🤝 帮卖（已取消，不收款）：Kim（neighbours）×2" in told  # the others', to her alone
    assert own.endswith("🤝 帮卖（已取消，不收款）：Kim（neighbours）×2")


async def test_the_list_of_a_failed_group_buy_says_it_ended_short() -> None:
    clock = FakeClock()
    chat = fake_chat(FakeUnitOfWorkFactory(), clock=clock)
    await chat.say("amy", "接龙 阳光玫瑰葡萄 价格 10 成团 3 截止 1小时")
    await chat.say("bob", "+2")
    clock.advance(hours=2)
    await chat.app.expire(1)

    listed = chat.said(await chat.say("cat", "名单"))

    assert listed == "📋 阳光玫瑰葡萄（#1）接龙名单（未成团，已结束，不收款），共 1 条：\n1. Bob ×2"


async def test_the_empty_list_of_a_cancelled_group_buy_says_so() -> None:
    chat = fake_chat()
    await chat.say("amy", "接龙 月饼 价格 10 成团 5")
    await chat.say("amy", "取消")

    assert chat.said(await chat.say("bob", "名单")) == "📋 月饼（#1）已取消，名单上没有人。"
