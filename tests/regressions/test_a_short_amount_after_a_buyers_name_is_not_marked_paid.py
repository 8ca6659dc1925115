"""rep77 #2: `已收 周叔 45` on a ¥90 order marked it paid in full and sent 周叔 a pickup code; a bare
amount after a buyer's name is now checked as `已收 4-3 ¥20` checks it: short, refused with what is owed
and what is missing, nothing changed. The exact amount marks it paid; `已收 周叔` alone is unchanged."""

from __future__ import annotations

from commerce.domain.order import OrderStatus
from tests.fakes import FakeUnitOfWorkFactory
from tests.unit.handlers.conftest import Chat, fake_chat


async def _owing(factory: FakeUnitOfWorkFactory, *, english: bool = False) -> Chat:
    chat = fake_chat(factory)
    await chat.say("amy", "/groupbuy Eggs price 45" if english else "接龙 土鸡蛋 价格 45")
    await chat.say("zhou", "+2", name="Zhou" if english else "周叔")
    await chat.say("amy", "/close" if english else "截单")
    return chat


async def test_a_short_bare_amount_after_a_name_is_refused_and_nothing_changes() -> None:
    factory = FakeUnitOfWorkFactory()
    chat = await _owing(factory)
    replies = await chat.say("amy", "已收 周叔 45")
    told = chat.private(replies)["amy"]
    assert "应付 ¥90" in told and "¥45" in told and "还差 ¥45" in told and "没有标记为已付款" in told
    assert "zhou" not in chat.private(replies)  # no pickup code, no "已确认收到"
    assert factory.state.orders[1].status is OrderStatus.PENDING_PAYMENT
    assert "没有标记为已付款" in chat.said(replies)


async def test_in_english_a_short_bare_amount_after_a_name_is_refused() -> None:
    factory = FakeUnitOfWorkFactory()
    chat = await _owing(factory, english=True)
    replies = await chat.say("amy", "/paid Zhou 45")
    assert "zhou" not in chat.private(replies)
    assert factory.state.orders[1].status is OrderStatus.PENDING_PAYMENT
    assert "¥45" in chat.private(replies)["amy"] and "¥90" in chat.private(replies)["amy"]


async def test_the_whole_amount_after_a_name_marks_it_paid() -> None:
    factory = FakeUnitOfWorkFactory()
    chat = await _owing(factory)
    replies = await chat.say("amy", "已收 周叔 90")
    assert "✅ 周叔 的订单 #1-1 已付款" in chat.said(replies)
    assert factory.state.orders[1].status is OrderStatus.PAID


async def test_a_name_alone_still_marks_it_paid() -> None:
    factory = FakeUnitOfWorkFactory()
    chat = await _owing(factory)
    replies = await chat.say("amy", "已收 周叔")
    assert "✅ 周叔 的订单 #1-1 已付款" in chat.said(replies)
    assert factory.state.orders[1].status is OrderStatus.PAID
