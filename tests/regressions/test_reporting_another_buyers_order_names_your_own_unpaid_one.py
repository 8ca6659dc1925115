"""Review 64 (#8): Mia `/ipaid 1-4` (Noah's order; hers, #1-3, unpaid) read "Order #1-4 is not yours:
nothing was changed. Your order numbers are in /orders." A number that is no order already named her one
unpaid order; another buyer's order now does too: "Your unpaid order is #1-3: send /ipaid 1-3"."""

from __future__ import annotations

from commerce.domain.order import OrderStatus
from tests.fakes import FakeUnitOfWorkFactory
from tests.unit.handlers.conftest import Chat, fake_chat


async def _two_buyers(factory: FakeUnitOfWorkFactory, english: bool) -> Chat:
    chat = fake_chat(factory)
    await chat.say("kate", "/groupbuy Bubble Tea price 6" if english else "接龙 奶茶 价格 6")
    await chat.say("mia", "+1", name="Mia")
    await chat.say("noah", "+1", name="Noah")
    await chat.say("kate", "/close" if english else "截单")
    return chat


async def test_another_buyers_order_reported_names_your_own_in_english() -> None:
    factory = FakeUnitOfWorkFactory()
    chat = await _two_buyers(factory, english=True)

    said = chat.said(await chat.say("mia", "/ipaid 1-2", name="Mia"))

    assert said == "Order #1-2 is not yours: nothing was changed. Your unpaid order is #1-1: send /ipaid 1-1"
    assert factory.state.orders[2].reported_paid_at is None
    assert factory.state.orders[1].status is OrderStatus.PENDING_PAYMENT


async def test_another_buyers_order_reported_names_your_own_in_chinese() -> None:
    factory = FakeUnitOfWorkFactory()
    chat = await _two_buyers(factory, english=False)

    said = chat.said(await chat.say("mia", "我已付款 1-2", name="Mia"))

    assert said == "订单 #1-2 不是你的订单，没有任何改动。你未付款的订单是 #1-1：发 我已付款 1-1"


async def test_with_no_unpaid_order_of_your_own_the_orders_list_is_named() -> None:
    factory = FakeUnitOfWorkFactory()
    chat = await _two_buyers(factory, english=True)
    await chat.say("kate", "/paid 1-1")

    said = chat.said(await chat.say("mia", "/ipaid 1-2", name="Mia"))

    assert said == "Order #1-2 is not yours: nothing was changed. Your order numbers are in /orders."
