"""s28: `恢复订单 1-1` checked the group buy's stock only: an order holding 2 of the option 小 came back
though only 1 小 was left since (its own stock, `规格 小:10:3`), overselling it. It is now refused naming the
option, what is left of it and what to do, nothing changed; an option with room still comes back."""

from __future__ import annotations

from dataclasses import replace

from commerce.domain.order import OrderStatus
from tests.fakes import FakeUnitOfWorkFactory
from tests.unit.handlers.conftest import Chat, fake_chat


async def _cancelled(opened: str, small: str, close: str, cancel: str) -> tuple[FakeUnitOfWorkFactory, Chat]:
    factory = FakeUnitOfWorkFactory()
    chat = fake_chat(factory)
    await chat.say("amy", opened)
    await chat.say("lin", f"+2 {small}")
    await chat.say("ned", f"+1 {small}")
    await chat.say("amy", close)
    await chat.say("amy", cancel)
    assert _lin(factory) is OrderStatus.CANCELLED
    return factory, chat


def _lin(factory: FakeUnitOfWorkFactory) -> OrderStatus:
    return next(o.status for o in factory.state.orders.values() if o.buyer_id == "lin")


def _small_stock(factory: FakeUnitOfWorkFactory, stock: int) -> None:
    """The option's stock as it stands now: 1 left of it beside Ned's 1."""
    stored = factory.state.group_buys[1]
    options = tuple(replace(o, stock=stock) if o.stock is not None else o for o in stored.terms.options)
    stored.terms = replace(stored.terms, options=options)


async def test_an_option_sold_out_since_refuses_the_restore_in_chinese() -> None:
    factory, chat = await _cancelled("接龙 粽子 规格 小:10:3,大:20", "小", "截单", "取消订单 1-1")
    _small_stock(factory, 2)

    said = chat.said(await chat.say("amy", "恢复订单 1-1"))

    assert said == (
        "订单 #1-1 有 2 份 小，但 小 现在只剩 1 份，不能恢复，没有任何改动。"
        "对方如果已经付了钱，请把钱退给对方；想再卖 小 就发 再开一团 #1。"
    )
    assert _lin(factory) is OrderStatus.CANCELLED


async def test_an_option_sold_out_since_refuses_the_restore_in_english() -> None:
    factory, chat = await _cancelled(
        "/groupbuy Dumplings options small:10:3,big:20", "small", "/close", "/cancel 1-1"
    )
    _small_stock(factory, 2)

    said = chat.said(await chat.say("amy", "/restore 1-1"))

    assert said == (
        "Order #1-1 holds 2 units of small, but small has only 1 left, so it cannot be brought back. "
        "Nothing was changed. If the buyer paid already, give the money back; "
        "to sell more small, send /copy #1."
    )
    assert _lin(factory) is OrderStatus.CANCELLED


async def test_an_option_with_room_still_comes_back() -> None:
    factory, chat = await _cancelled("接龙 粽子 规格 小:10:3,大:20", "小", "截单", "取消订单 1-1")

    said = chat.said(await chat.say("amy", "恢复订单 1-1"))

    assert said == "已恢复订单 #1-1（Lin）：又在等待付款。收到钱就发 已收 1-1。"
    assert _lin(factory) is OrderStatus.PENDING_PAYMENT
