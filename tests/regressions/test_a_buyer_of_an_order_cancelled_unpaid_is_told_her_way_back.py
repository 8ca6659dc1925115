"""rep43 #6: Cc's `我已付款 3-3` on an order Amy had cancelled unpaid said only "订单 #3-3 已取消，不能付款，
没有扣款。", with no way back, though Amy can now `恢复订单 3-3`. The answer now says that if she has paid she
should tell the organiser, named, who can restore it (`/restore 3-3`); nothing changes and Amy is not asked.
An order that lapsed past its pay-by time is answered so too: since s28 the organiser restores it."""

from __future__ import annotations

from commerce.domain.order import OrderStatus
from tests.fakes import FakeUnitOfWorkFactory
from tests.unit.handlers.conftest import Chat, fake_chat


async def _cancelled(opened: str, close: str, cancel: str) -> tuple[FakeUnitOfWorkFactory, Chat]:
    factory = FakeUnitOfWorkFactory()
    chat = fake_chat(factory)
    await chat.say("amy", opened)
    await chat.say("lin", "+2")
    await chat.say("amy", close)
    await chat.say("amy", cancel)
    assert _lin(factory) is OrderStatus.CANCELLED
    return factory, chat


def _lin(factory: FakeUnitOfWorkFactory) -> OrderStatus:
    return next(o.status for o in factory.state.orders.values() if o.buyer_id == "lin")


async def test_a_report_on_an_order_cancelled_unpaid_names_the_organiser_who_can_restore_it() -> None:
    factory, chat = await _cancelled("接龙 鸡蛋 价格 40", "截单", "取消订单 1-1")

    replies = await chat.say("lin", "我已付款 1-1")

    assert chat.said(replies) == (
        "订单 #1-1 已取消，不能付款，没有扣款。"
        "如果你已经付过款，请告诉团长 Amy，团长发 恢复订单 1-1 就能把它恢复。"
    )
    assert chat.private(replies) == {}  # Amy is not asked to confirm a cancelled order
    assert _lin(factory) is OrderStatus.CANCELLED


async def test_an_english_report_on_an_order_cancelled_unpaid_names_the_organiser() -> None:
    factory, chat = await _cancelled("/groupbuy Eggs price 40", "/close", "/cancel 1-1")

    replies = await chat.say("lin", "/ipaid 1-1")

    assert chat.said(replies) == (
        "Order #1-1 was cancelled, so it cannot be paid: nothing was charged. If you have paid already, "
        "tell the organiser, Amy, who can bring it back with /restore 1-1."
    )
    assert chat.private(replies) == {}
    assert _lin(factory) is OrderStatus.CANCELLED


async def test_a_report_on_a_lapsed_order_names_the_organiser_who_can_restore_it() -> None:
    factory = FakeUnitOfWorkFactory()
    chat = fake_chat(factory)
    await chat.say("amy", "接龙 鸡蛋 价格 40")
    await chat.say("lin", "+2")
    await chat.say("amy", "截单")
    lapsed = next(o for o in factory.state.orders.values() if o.buyer_id == "lin")
    lapsed.cancel(actor="system", now=lapsed.created_at, reason="not paid in time")  # as lapse_unpaid does

    said = chat.said(await chat.say("lin", "我已付款 1-1"))

    assert said == (
        "订单 #1-1 已取消，不能付款，没有扣款。"
        "如果你已经付过款，请告诉团长 Amy，团长发 恢复订单 1-1 就能把它恢复。"
    )
