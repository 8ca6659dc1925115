"""rep40 #1: Amy's `取消未付款 #1 确认` cancelled Lin's order though Lin had paid; `已收 1-1` then said
only "已取消，不能再标记为已收款", and `恢复订单 1-1` / `撤销取消 1-1` got silence: the order and its pickup
code were gone for good. `恢复订单 1-1` (`/restore 1-1`) now brings an order cancelled unpaid back, unpaid
with its units (the buyer told privately, the card counting it again), once for the same message twice;
`已收 1-1` of it says to restore it first; a refunded order, or a buyer's own restore, changes nothing."""

from __future__ import annotations

from dataclasses import replace

from commerce.domain.order import OrderStatus
from tests.fakes import FakeUnitOfWorkFactory
from tests.unit.handlers.conftest import Chat, fake_chat


async def _cancelled(opened: str, cancel: str) -> tuple[FakeUnitOfWorkFactory, Chat]:
    factory = FakeUnitOfWorkFactory()
    chat = fake_chat(factory)
    await chat.say("amy", opened)
    await chat.say("lin", "+2")
    await chat.say("ned", "+1")
    await chat.say("amy", "截单" if "接龙" in opened else "/close")
    await chat.say("amy", cancel)
    assert _lin(factory) is OrderStatus.CANCELLED
    return factory, chat


def _lin(factory: FakeUnitOfWorkFactory) -> OrderStatus:
    return next(o.status for o in factory.state.orders.values() if o.buyer_id == "lin")


async def test_a_cancelled_unpaid_order_is_brought_back_in_chinese() -> None:
    factory, chat = await _cancelled("接龙 鸡蛋 价格 40 库存 3", "取消未付款 #1 确认")

    said = chat.said(await chat.say("amy", "已收 1-1"))
    assert said == "订单 #1-1 已取消。要收这笔钱，请先发 恢复订单 1-1，再发 已收 1-1。没有任何改动。"
    assert chat.said(await chat.say("lin", "恢复订单 1-1")) == "只有团长（Amy）可以恢复订单，没有任何改动。"
    assert _lin(factory) is OrderStatus.CANCELLED  # only the organiser brings it back

    assert chat.said(await chat.say("amy", "恢复订单 9-9")) == (
        "这里没有订单 #9-9，没有任何改动。例如：恢复订单 1-1（已取消订单的编号，订单消息里有）"
    )
    replies = await chat.say("amy", "恢复订单 1-1", update_id="u1")
    assert chat.said(replies) == "已恢复订单 #1-1（Lin）：又在等待付款。收到钱就发 已收 1-1。"
    assert chat.private(replies) == {  # her own restore: only the buyer is told
        "lin": "Amy 恢复了你的订单 #1-1（鸡蛋，¥80）。已经付过就发 我已付款 1-1，还没付请付款后再发。"
    }
    assert _lin(factory) is OrderStatus.PENDING_PAYMENT
    assert any(reply.card_of == 1 for reply in replies)  # the card counts her units again
    assert await chat.say("amy", "恢复订单 1-1", update_id="u1") == replies  # delivered twice: once
    again = chat.said(await chat.say("amy", "撤销取消 1-1"))
    assert again == "订单 #1-1 没有被取消，不用恢复，没有任何改动。"

    assert chat.said(await chat.say("amy", "已收 1-1")) == "✅ Lin 的订单 #1-1 已付款。"
    assert _lin(factory) is OrderStatus.PAID


async def test_a_cancelled_unpaid_order_is_brought_back_in_english() -> None:
    factory, chat = await _cancelled("/groupbuy Eggs price 40 stock 3", "/cancel 1-1")

    said = chat.said(await chat.say("amy", "/paid 1-1"))
    assert (
        said == "Order #1-1 was cancelled. To take this payment, send /restore 1-1 first, then /paid 1-1. "
        "Nothing was changed."
    )

    replies = await chat.say("amy", "/restore 1-1")
    assert chat.said(replies) == (
        "Order #1-1 (Lin) is back and waiting for payment. When the money arrives, send /paid 1-1."
    )
    assert chat.private(replies)["lin"].startswith("Amy brought back your order #1-1 (Eggs, ¥80).")
    assert _lin(factory) is OrderStatus.PENDING_PAYMENT
    assert chat.said(await chat.say("amy", "/restore 1-1")) == (
        "Order #1-1 is not cancelled: there is nothing to bring back. Nothing was changed."
    )


async def test_a_refunded_order_is_never_brought_back() -> None:
    factory = FakeUnitOfWorkFactory()
    chat = fake_chat(factory)
    await chat.say("amy", "接龙 鸡蛋 价格 40")
    await chat.say("lin", "+2")
    await chat.say("amy", "截单")
    await chat.say("amy", "已收 1-1")
    await chat.say("amy", "退款 1-1")

    said = chat.said(await chat.say("amy", "恢复订单 1-1"))

    assert said == "订单 #1-1 已退款，不能恢复，没有任何改动。"
    assert _lin(factory) is OrderStatus.REFUNDED


async def test_an_order_whose_units_are_gone_is_never_brought_back() -> None:
    factory = FakeUnitOfWorkFactory()
    chat = fake_chat(factory)
    await chat.say("amy", "接龙 鸡蛋 价格 40 库存 3")
    await chat.say("lin", "+2")
    await chat.say("ned", "+1")
    await chat.say("amy", "截单")
    await chat.say("amy", "取消订单 1-1")
    stored = factory.state.group_buys[1]  # a unit of the stock gone meanwhile: 2 left, 1 of them Ned's
    stored.terms = replace(stored.terms, stock=2)

    said = chat.said(await chat.say("amy", "恢复订单 1-1"))

    assert said == "订单 #1-1 有 2 份，但现在只剩 1 份，不能恢复，没有任何改动。"
    assert _lin(factory) is OrderStatus.CANCELLED


async def test_a_chat_admins_restore_is_told_to_the_organiser() -> None:
    factory, chat = await _cancelled("接龙 鸡蛋 价格 40 库存 3", "取消订单 1-1")
    chat.admins = {"boss"}

    replies = await chat.say("boss", "恢复订单 1-1")

    assert chat.said(replies) == "已恢复订单 #1-1（Lin）：又在等待付款。收到钱就发 已收 1-1。"
    assert chat.private(replies)["amy"] == "Boss 恢复了你的 鸡蛋（#1）订单 #1-1（Lin，¥80）：又在等待付款。"
    assert _lin(factory) is OrderStatus.PENDING_PAYMENT
