"""rep63 finding 6: Bob (a buyer) sent `撤销已收 5-1` and read
`这里没有订单 #5-1，没有任何改动。例如：撤销已收 12-3…`: an example he may not use, of an order
that does not exist. One who runs no group buy is told that only the organiser undoes a payment,
whichever order he named (none, another's), and nothing changes."""

from __future__ import annotations

from tests.fakes import FakeUnitOfWorkFactory
from tests.unit.handlers.conftest import Chat, fake_chat


async def _paid(*, english: bool = False) -> Chat:
    chat = fake_chat(FakeUnitOfWorkFactory())
    await chat.say("amy", "/groupbuy Mangoes price 78" if english else "接龙 芒果 价格 78")
    await chat.say("bob", "+1")
    await chat.say("cat", "+1")
    await chat.say("amy", "/close" if english else "截单")
    await chat.say("amy", "/paid 1-2" if english else "已收 1-2")
    return chat


async def test_no_such_order() -> None:
    chat = await _paid()
    said = chat.said(await chat.say("bob", "撤销已收 5-1"))
    assert said == "只有团长可以撤销已收，没有任何改动。", said


async def test_anothers_order_stays_paid() -> None:
    chat = await _paid()
    said = chat.said(await chat.say("bob", "撤销已收 1-2"))
    assert said == "只有团长可以撤销已收，没有任何改动。", said
    again = chat.said(await chat.say("amy", "已收 1-2"))
    assert "已经标记为已付款" in again, again  # still paid: nothing was undone


async def test_in_english_too() -> None:
    chat = await _paid(english=True)
    said = chat.said(await chat.say("bob", "/unpaid 5-1"))
    assert said == "Only the organiser can undo a payment: nothing was changed.", said
    said = chat.said(await chat.say("bob", "/unpaid 1-2"))
    assert said == "Only the organiser can undo a payment: nothing was changed.", said


async def test_the_organiser_still_gets_the_undo_example() -> None:
    chat = await _paid()
    said = chat.said(await chat.say("amy", "撤销已收 5-1"))
    assert said.startswith("这里没有订单 #5-1，没有任何改动。例如：撤销已收 "), said
