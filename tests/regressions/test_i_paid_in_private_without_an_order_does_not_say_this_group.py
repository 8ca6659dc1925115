"""Session 10: in private, `已付款` from someone with no order said "你在本群没有订单": a private chat is
no group. There it says he has no unpaid order; in the group, the group's wording stays."""

from __future__ import annotations

from tests.fakes import FakeClock, FakeUnitOfWorkFactory
from tests.unit.handlers.conftest import fake_chat


async def test_i_paid_in_private_without_an_order_says_no_unpaid_order() -> None:
    chat = fake_chat(FakeUnitOfWorkFactory(), clock=FakeClock())
    await chat.say("amy", "接龙 榴莲 ¥30")

    reply = chat.said(await chat.say("dan", "已付款", private=True))

    assert reply == "你没有待付款的订单，没有任何改动。查看订单：我的订单"
    assert "本群" not in reply


async def test_i_paid_in_the_group_without_an_order_still_says_this_group() -> None:
    chat = fake_chat(FakeUnitOfWorkFactory(), clock=FakeClock())
    await chat.say("amy", "接龙 榴莲 ¥30")

    reply = chat.said(await chat.say("dan", "我已付款"))

    assert reply == "你在本群没有订单，没有任何改动。查看订单：我的订单"
