"""`/pickedup 7-2 7-3` marked only #7-2, silently. As `/paid` with several numbers: every order is checked
first, each is marked picked up in one answer (each buyer told), one that cannot be refuses the whole
command naming it (nothing changed). A refund gives money back, so `/refund 1-1 1-2` (or two names)
is refused whole: one at a time."""

from __future__ import annotations

from commerce.domain.order import OrderStatus
from tests.fakes import FakeUnitOfWorkFactory
from tests.unit.handlers.conftest import Chat, fake_chat
from tests.unit.handlers.test_unpaid_reach import status


async def _paid(factory: FakeUnitOfWorkFactory, english: bool = False) -> Chat:
    """#1-1 Bob and #1-2 Cat paid, #1-3 Dan not."""
    chat = fake_chat(factory)
    opened = "/groupbuy Plums price 10 target 1" if english else "接龙 芒果 价格 10 成团 1"
    await chat.say("amy", opened)
    for buyer in ("bob", "cat", "dan"):
        await chat.say(buyer, "+1")
    await chat.say("amy", "/close")
    await chat.say("amy", "/paid 1-1 1-2")
    return chat


async def test_several_numbers_are_each_picked_up_in_one_answer() -> None:
    factory = FakeUnitOfWorkFactory()
    chat = await _paid(factory, english=True)

    replies = await chat.say("amy", "/pickedup 1-1 1-2")

    assert Chat.said(replies) == "Marked as picked up: #1-1 Bob, #1-2 Cat."
    told = Chat.private(replies)
    assert set(told) == {"bob", "cat"}
    assert told["cat"].startswith("Amy")
    assert status(factory, "1-1") is status(factory, "1-2") is OrderStatus.FULFILLED
    assert Chat.cards(replies) == [(1, False)]


async def test_the_chinese_form_says_which_were_picked_up_already() -> None:
    factory = FakeUnitOfWorkFactory()
    chat = await _paid(factory)
    await chat.say("amy", "已取 1-1")

    replies = await chat.say("amy", "已取 1-1、1-2 谢谢")

    assert Chat.said(replies) == ("已标记为已提货：#1-2（Cat）。\n之前已提过货，没有改动：#1-1（Bob）。")
    assert set(Chat.private(replies)) == {"cat"}


async def test_an_unpaid_order_among_them_refuses_them_all() -> None:
    factory = FakeUnitOfWorkFactory()
    chat = await _paid(factory)

    numbers = await chat.say("amy", "已取 1-1 1-3")
    names = await chat.say("amy", "已取 @Bob @Dan")

    assert Chat.said(numbers) == (
        "订单 #1-3 还没付款，没有任何改动：请先发“已收款 1-3”确认收款，再发“已取货 1-3”。\n"
        "这几单都没有标记为已提货：改正或去掉 #1-3 后再发一次。"
    )
    assert Chat.private(numbers) == {}
    assert status(factory, "1-1") is OrderStatus.FULFILLED  # by `@Bob`; Dan has nothing to pick up
    assert Chat.said(names) == (
        "已标记为已提货：#1-1（Bob）。\n在本群没有已付款待提货的订单，没有改动：Dan。"
    )


async def test_several_refunds_at_once_are_refused_whole() -> None:
    factory = FakeUnitOfWorkFactory()
    chat = await _paid(factory)

    chinese = await chat.say("amy", "退款 1-1、1-2")
    english = await chat.say("amy", "/refund 1-1 1-2", language="en")  # her app: English
    named = await chat.say("amy", "/refund @Bob @Cat", language="en")

    assert Chat.said(chinese) == "退款一次一单（钱要退回给买家），没有任何改动。请分开发，例如：退款 1-1"
    assert Chat.said(english) == (
        "One refund at a time (the money goes back to the buyer): nothing was changed. "
        "Send each on its own, e.g. /refund 1-1"
    )
    assert Chat.said(named).endswith("e.g. /refund @Bob")
    assert status(factory, "1-1") is status(factory, "1-2") is OrderStatus.PAID
