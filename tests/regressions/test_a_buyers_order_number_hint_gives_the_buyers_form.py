"""Session 10: Bob's `付款 2-1` / `我已付款 2-1` for an order that is not his here, and his `退款 2-1`,
were answered with the organiser's example "已收款 12-3". A buyer gets the buyer's form; `退款` says
only the organiser refunds."""

from __future__ import annotations

from tests.fakes import FakeClock, FakeUnitOfWorkFactory
from tests.unit.handlers.conftest import fake_chat


async def test_a_buyers_order_number_hint_gives_the_buyers_form() -> None:
    factory, clock = FakeUnitOfWorkFactory(), FakeClock()
    family, street = fake_chat(factory, clock=clock), fake_chat(factory, clock=clock)
    street.app, street.chat_id = family.app, "street"
    for chat, user, text in [
        (family, "amy", "接龙 面包 价格 10"),
        (family, "bob", "+1"),
        (family, "amy", "截单"),
        (street, "eve", "接龙 苹果 价格 10"),
        (street, "fay", "+1"),
        (street, "eve", "截单"),  # order 2-1: Fay's, in another group
    ]:
        await chat.say(user, text)

    pay = family.said(await family.say("bob", "付款 2-1"))
    ipaid = family.said(await family.say("bob", "我已付款 2-1"))
    refund = family.said(await family.say("bob", "退款 2-1"))

    # his one unpaid order here named (rep52 #1), in the buyer's form
    assert pay == "这里没有订单 #2-1，没有任何改动。你在这里的订单是 #1-1：发 付款 1-1"
    assert ipaid == "这里没有订单 #2-1，没有任何改动。你在这里的订单是 #1-1：发 我已付款 1-1"
    assert refund == (
        "这里没有订单 #2-1，没有任何改动。退款由团长按订单编号发：退款 12-3（买家要退款请联系团长）。"
    )
    assert "已收款" not in pay + ipaid + refund
