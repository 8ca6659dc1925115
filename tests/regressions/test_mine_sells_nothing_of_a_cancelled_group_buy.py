"""我的团 (/mine) said "#5 荔枝 · 已取消 · 6 份，0 个订单": a group buy called off (or failed) counted its
members' joins as units sold, though nobody was ordered or charged anything. Such a group buy now sells
0 units on /mine; a success beside it keeps its count."""

from __future__ import annotations

from tests.fakes import FakeClock, FakeUnitOfWorkFactory
from tests.unit.handlers.conftest import fake_chat


async def test_a_cancelled_or_failed_group_buy_sold_nothing() -> None:
    clock = FakeClock()
    chat = fake_chat(FakeUnitOfWorkFactory(), clock=clock)
    await chat.say("amy", "接龙 杨梅 价格 20 成团 1 截止 2小时")
    await chat.say("bob", "+2")
    await chat.say("amy", "截单")
    await chat.say("amy", "接龙 荔枝 价格 10 截止 2小时")
    await chat.say("bob", "+4 #2")
    await chat.say("cat", "+2 #2")
    await chat.say("amy", "取消 #2 确认")
    await chat.say("amy", "接龙 桑葚 价格 12 成团 9 截止 1小时")
    await chat.say("cat", "+3 #3")
    clock.advance(hours=2)
    await chat.app.expire(3)

    mine = chat.said(await chat.say("amy", "我的团", private=True)).splitlines()

    assert mine[1].startswith("#3 桑葚 · 未成团 · 0 份，0 个订单")
    assert mine[2].startswith("#2 荔枝 · 已取消 · 0 份，0 个订单")
    assert mine[3].startswith("#1 杨梅 · 已成团 · 2 份，1 个订单")
