"""The help-sell rate as help-sellers were promised it: once a group lists the group buy it may go up
(for every listing; each help-seller hears it privately) but never down, and what it pays follows."""

from __future__ import annotations

from tests.fakes import FakeUnitOfWorkFactory
from tests.helpsell_chats import help_sold
from tests.unit.handlers.conftest import Chat, fake_chat


async def listed() -> tuple[Chat, Chat]:
    return await help_sold("接龙 芒果 价格 100 成团 1 截止 2小时", title="公司团购群")


async def test_a_lower_rate_is_refused_once_listed_and_the_promise_is_paid() -> None:
    family, office = await listed()
    refused = family.said(await family.say("amy", "帮卖 开 1%"))
    assert refused == (
        "芒果（#1）已有别的群在帮卖：帮卖者按所定的帮卖佣金 10% 在卖，比例只能调高、不能调低，没有任何改动。"
    )
    await office.say("dan", "+2")
    await family.say("amy", "截单")
    await family.say("amy", "/paid 1-1", private=True)
    assert "待入账：¥20" in office.said(await office.say("bob", "我的收益", private=True))


async def test_a_lower_rate_is_allowed_before_anyone_lists_it() -> None:
    family = fake_chat(FakeUnitOfWorkFactory())
    await family.say("amy", "接龙 芒果 价格 100 截止 2小时")
    await family.say("amy", "帮卖 开 10%")
    assert family.said(await family.say("amy", "帮卖 开 5%")).endswith(
        "帮卖者按其群订单实付金额的 5% 计佣金。"
    )


async def test_a_raise_applies_to_every_listing_and_each_help_seller_is_told() -> None:
    family, office = await listed()
    garden = Chat(family.app, chat_id="garden", title="Garden club")
    await garden.say("eve", "/helpsell #1", language="en")
    raised = await family.say("amy", "帮卖 开 15%")
    assert family.said(raised) == (  # said as raised, not as opened (rep79 #9)
        "帮卖佣金调高了：芒果（#1）的帮卖佣金从 10% 调高到 15%，帮卖者按其群订单实付金额的 15% 计佣金，"
        "已经在帮卖的群也一样。"
    )
    assert family.private(raised) == {
        "bob": "🤝 团长 Amy 把 芒果（#1）的帮卖佣金从 10% 调高到 15%："
        "你挂它的群（公司团购群）的订单都按 15% 计佣金。",
        "eve": "🤝 Amy raised the help-sell commission of 芒果 (#1) from 10% to 15%: your groups' orders "
        "(Garden club) all earn 15%.",
    }
    await office.say("dan", "+2")
    await family.say("amy", "截单")
    await family.say("amy", "/paid 1-1", private=True)
    assert "待入账：¥30" in office.said(await office.say("bob", "我的收益", private=True))


async def test_the_same_rate_again_tells_nobody() -> None:
    family, _ = await listed()
    assert family.private(await family.say("amy", "帮卖 开 10%")) == {}
