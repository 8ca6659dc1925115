"""`/paid 1-1 1-2` (`已收 1-1 1-2`) confirmed #1-1 and silently ignored #1-2 (the Chinese form was even
answered with the usage). Organisers mark several paid at once in a 接龙: each order named is confirmed,
in one answer listing them, and each buyer is told as for one. Every number is checked first: one that
cannot be confirmed refuses the whole command, naming it, and nothing changes. One paid already is
said so and left as it is; another group's order (帮卖) is answered privately, as for one."""

from __future__ import annotations

from commerce.domain.order import OrderStatus
from tests.fakes import FakeUnitOfWorkFactory
from tests.unit.handlers.conftest import Chat, fake_chat
from tests.unit.handlers.test_unpaid_reach import status, three_groups


async def test_several_order_numbers_are_each_marked_paid_in_one_answer() -> None:
    factory = FakeUnitOfWorkFactory()
    chat = fake_chat(factory)
    await chat.say("amy", "/groupbuy Plums price 10 target 1")
    for buyer in ("bob", "cat", "dan"):
        await chat.say(buyer, "+1")
    await chat.say("amy", "/close")

    replies = await chat.say("amy", "/paid 1-1 1-2")

    assert Chat.said(replies) == "Marked as paid: #1-1 Bob, #1-2 Cat."
    told = Chat.private(replies)
    assert set(told) == {"bob", "cat"}
    assert told["cat"].startswith("Amy confirmed your payment of ¥10 for order #1-2 (Plums). Thank you!")
    assert [status(factory, n) for n in ("1-1", "1-2", "1-3")] == [
        OrderStatus.PAID,
        OrderStatus.PAID,
        OrderStatus.PENDING_PAYMENT,
    ]
    assert Chat.cards(replies) == [(1, False)]


async def test_the_chinese_form_with_one_paid_already_confirms_the_rest() -> None:
    factory = FakeUnitOfWorkFactory()
    chat = fake_chat(factory)
    await chat.say("amy", "接龙 芒果 价格 10 成团 1")
    for buyer in ("bob", "cat", "dan"):
        await chat.say(buyer, "+1")
    await chat.say("amy", "截单")
    await chat.say("amy", "已收 1-2")

    replies = await chat.say("amy", "已收 1-1，1-2 1-3")

    assert Chat.said(replies) == (
        "已标记为已付款：#1-1（Bob）、#1-3（Dan）。\n之前已标记为已付款，没有改动：#1-2（Cat）。"
        "如果哪单记错了，发 撤销已收 加那单的编号，例如：撤销已收 1-2"  # rep97 #7
    )
    assert set(Chat.private(replies)) == {"bob", "dan"}  # Cat was told at her 已收
    assert all(o.status is OrderStatus.PAID for o in factory.state.orders.values())


async def test_one_order_that_cannot_be_paid_refuses_them_all() -> None:
    factory = FakeUnitOfWorkFactory()
    chat = fake_chat(factory)
    await chat.say("amy", "接龙 芒果 价格 10 成团 1")
    await chat.say("bob", "+1")
    await chat.say("amy", "截单")

    missing = await chat.say("amy", "已收 1-1 1-7")
    english = await chat.say("amy", "/paid 1-1 1-7", language="en")  # her app: English
    stranger = await chat.say("cat", "已收 1-1 1-1")

    assert Chat.said(missing) == (
        "这里没有订单 #1-7。例如：已收款 12-3（订单消息里的编号）\n"
        "这几单都没有标记为已收：改正或去掉 #1-7 后再发一次。"
    )
    assert Chat.said(english).startswith("There is no order #1-7 here.")
    assert Chat.said(english).endswith(
        "None of them was marked as paid: correct #1-7 or leave it out, and send again."
    )
    assert Chat.said(stranger) == (  # no number to correct: who confirms, once
        "只有团长（Amy）可以确认收款，没有任何改动。请告诉团长；付了自己的订单请发“我已付款”。"
    )
    assert Chat.private(missing) == Chat.private(english) == {}
    assert status(factory, "1-1") is OrderStatus.PENDING_PAYMENT


async def test_another_groups_orders_are_answered_privately() -> None:
    factory = FakeUnitOfWorkFactory()
    family, _ = await three_groups(factory)  # #2-1 is Cat's, made in the neighbours' group (帮卖)

    replies = await family.say("amy", "已收 2-1 2-2")

    assert Chat.said(replies) == "已标记为已付款：#2-2（Bob）。"
    assert "Cat" not in Chat.said(replies)
    told = Chat.private(replies)
    assert told["amy"] == (  # the commission it credited named, as for one (s30)
        "已标记为已付款：#2-1（Cat，¥20）。\n其中的佣金：#2-1 Dan 的帮卖佣金 ¥2（已私信告知）。"
    )
    assert set(told) == {"amy", "bob", "cat", "dan"}  # Dan help-sold #2-1: told what it earned him
    assert told["dan"].startswith("Cat 付款了：你赚了 ¥2 佣金（苹果 订单 #2-1），待入账：Cat 提货后即可提现")
    assert status(factory, "2-1") is status(factory, "2-2") is OrderStatus.PAID


async def test_several_names_are_confirmed_in_one_answer() -> None:
    factory = FakeUnitOfWorkFactory()
    chat = fake_chat(factory)
    await chat.say("amy", "/groupbuy Plums price 10 target 1")
    for buyer in ("bob", "cat", "dan"):
        await chat.say(buyer, "+1")
    await chat.say("amy", "/close")
    await chat.say("amy", "/paid 1-2")

    replies = await chat.say("amy", "/paid 1-1 @Cat @Dan")

    assert Chat.said(replies) == (
        "Marked as paid: #1-1 Bob, #1-3 Dan.\nNo unpaid order here, nothing changed: Cat."
    )
    assert set(Chat.private(replies)) == {"bob", "dan"}
