"""Session 10: a help-seller's `催款 #1` when every unpaid order there was reported paid ended "等你确认
（已收 订单号）", though only the organiser confirms: it says it waits for the organiser (by name). And
`催款` of a group buy that failed answered "已经截单了": it says it did not succeed, so nobody owes."""

from __future__ import annotations

from tests.fakes import FakeClock, FakeUnitOfWorkFactory
from tests.helpsell_chats import help_sold
from tests.unit.handlers.conftest import fake_chat


async def test_a_help_sellers_remind_says_the_organiser_confirms() -> None:
    family, street = await help_sold(
        "接龙 面包 价格 10", chat_id="street", title=None, before_listing=[("cat", "+1")]
    )
    await street.say("ivy", "+1")
    await family.say("amy", "截单")
    await street.say("ivy", "我已付款")

    by_seller = street.said(await street.say("bob", "催款 #1"))
    by_organiser = family.said(await family.say("amy", "催款 #1"))

    assert by_seller == "#1 没有要催的人：未付的 1 个订单都已报付款，等团长 Amy 确认。"
    assert by_organiser.startswith("💸 催款：面包（#1）还有 1 个订单未付款")


async def test_remind_of_a_failed_group_buy_says_nobody_owes() -> None:
    clock = FakeClock()
    chat = fake_chat(FakeUnitOfWorkFactory(), clock=clock)
    await chat.say("amy", "接龙 芒果 价格 88 成团 5 截止 2小时")
    await chat.say("bob", "+1")
    clock.advance(hours=3)
    await chat.app.expire(1)

    said = chat.said(await chat.say("amy", "催款 #1"))

    assert said == "团购 #1（芒果）没有成团，没有人需要付款，没有任何改动。"
