"""rep62 finding 3: `撤销已收 5-1` with no such order answered `这里没有订单 #5-1。例如：已收款 12-3…`: a user
who copied the example confirmed a payment instead of undoing one. The example is the undo now."""

from __future__ import annotations

from tests.fakes import FakeUnitOfWorkFactory
from tests.unit.handlers.conftest import Chat, fake_chat


async def _closed(*, english: bool = False) -> Chat:
    chat = fake_chat(FakeUnitOfWorkFactory())
    await chat.say("amy", "/groupbuy Mangoes price 78" if english else "接龙 芒果 价格 78")
    await chat.say("bob", "+1")
    await chat.say("amy", "/close" if english else "截单")
    return chat


async def test_the_example_is_the_undo() -> None:
    chat = await _closed()
    said = chat.said(await chat.say("amy", "撤销已收 5-1"))
    assert said.startswith("这里没有订单 #5-1，没有任何改动。例如：撤销已收 "), said
    assert "已收款" not in said


async def test_in_english_too() -> None:
    chat = await _closed(english=True)
    said = chat.said(await chat.say("amy", "/unpaid 5-1"))
    assert said.startswith("There is no order #5-1 here: nothing was changed. Example: /unpaid "), said
    assert "/paid" not in said
