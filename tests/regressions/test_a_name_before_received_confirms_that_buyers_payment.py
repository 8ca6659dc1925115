"""rep77 #7: the organiser's `张叔 已收` (the name first, as people write it in a 接龙 group) got no reply at
all; it is now read as `已收 张叔`: the same answer, his order marked paid. From a buyer it stays talk, and
`我已收` (no one's name) is no command."""

from __future__ import annotations

from commerce.domain.order import OrderStatus
from tests.fakes import FakeUnitOfWorkFactory
from tests.unit.handlers.conftest import Chat, fake_chat


async def _closed(factory: FakeUnitOfWorkFactory | None = None) -> Chat:
    chat = fake_chat(factory) if factory is not None else fake_chat()
    await chat.say("amy", "接龙 土鸡蛋 价格 45", name="王姐")
    await chat.say("zhang", "+1", name="张叔")
    await chat.say("amy", "截单", name="王姐")
    return chat


async def test_name_then_received_is_received_of_that_name() -> None:
    for typed in ("张叔 已收", "张叔已收", "@张叔 已收", "张叔 已收款", "张叔 已收。"):
        factory = FakeUnitOfWorkFactory()
        chat, usual = await _closed(factory), await _closed()
        got = Chat.said(await chat.say("amy", typed, name="王姐"))
        expected = Chat.said(await usual.say("amy", "已收 张叔", name="王姐"))
        assert got == expected == "✅ 张叔 的订单 #1-1 已付款。", (typed, got)
        assert factory.state.orders[1].status is OrderStatus.PAID


async def test_from_a_buyer_or_without_a_name_it_is_no_command() -> None:
    factory = FakeUnitOfWorkFactory()
    chat = await _closed(factory)
    assert await chat.say("li", "张叔 已收", name="小李") == []
    assert factory.state.orders[1].status is OrderStatus.PENDING_PAYMENT
    for typed in ("我已收", "都已收"):
        await chat.say("amy", typed, name="王姐")
        assert factory.state.orders[1].status is OrderStatus.PENDING_PAYMENT, typed
