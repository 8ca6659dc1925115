"""`I paid @Amy` (`已付 @Amy`) from a buyer with no unpaid order here was read as a confirmation of Amy's
payment and answered "That member has no order in this chat" (or "Amy has no unpaid order here"), as if
he ran the group buy. He runs nothing here, so it is his report to Amy: with nothing he owes her, he is
told that, and where his orders are; nothing changes. Amy's `paid @bob` still confirms Bob's."""

from __future__ import annotations

from tests.fakes import FakeUnitOfWorkFactory
from tests.unit.handlers.conftest import fake_chat


async def test_a_buyer_owing_the_organiser_nothing_is_told_so() -> None:
    factory = FakeUnitOfWorkFactory()
    chat = fake_chat(factory)
    for user, text in [("amy", "接龙 芒果 价格 30 成团 1"), ("bob", "+1"), ("amy", "截单")]:
        await chat.say(user, text)

    assert chat.said(await chat.say("dan", "I paid @Amy")) == (
        "You have no unpaid order with Amy here: nothing was changed. Your orders: /orders"
    )
    assert chat.said(await chat.say("dan", "已付 @Amy")) == (
        "你在本群没有要付给 Amy 的待付款订单，没有任何改动。查看订单：我的订单"
    )
    assert factory.state.orders[1].reported_paid_at is None
    assert chat.said(await chat.say("amy", "paid @bob")) == "✅ Bob's order #1-1 is paid."
    assert chat.said(await chat.say("amy", "paid @bob")) == (  # his order named as paid already (s39)
        "Bob's order #1-1 is already marked paid: nothing was changed. If that was a mistake, send "
        "/unpaid 1-1"
    )
