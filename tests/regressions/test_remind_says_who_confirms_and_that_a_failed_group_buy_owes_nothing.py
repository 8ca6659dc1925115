"""Session 10: a help-seller's `催款 #1` when every unpaid order there was reported paid ended "等你确认
（已收 订单号）", though only the organiser confirms: it says it waits for the organiser (by name). And
`催款` of a group buy that failed answered "已经截单了": it says it did not succeed, so nobody owes."""

from __future__ import annotations

from tests.fakes import FakeClock, FakeUnitOfWorkFactory
from tests.unit.handlers.conftest import fake_chat


async def test_a_help_sellers_remind_says_the_organiser_confirms() -> None:
    factory, clock = FakeUnitOfWorkFactory(), FakeClock()
    family, street = fake_chat(factory, clock=clock), fake_chat(factory, clock=clock)
    street.app, street.chat_id = family.app, "street"
    for chat, user, text in [
        (family, "amy", "接龙 面包 价格 10"),
        (family, "amy", "帮卖 开 10%"),
        (family, "cat", "+1"),
        (street, "bob", "帮卖 #1"),
        (street, "ivy", "+1"),
        (family, "amy", "截单"),
        (street, "ivy", "我已付款"),
    ]:
        await chat.say(user, text)

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
