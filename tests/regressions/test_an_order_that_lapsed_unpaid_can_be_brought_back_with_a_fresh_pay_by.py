"""s28: `恢复订单 1-1` of an order the payment-lapse sweep had cancelled (unpaid past its pay-by time) was
refused (`是过了付款期限自动取消的，不能恢复`), though its buyer may have paid the organiser after all. The
organiser now restores it as any order cancelled unpaid, with a fresh pay-by time as a new order gets (the
app's pay window from now), the buyer told the new time; it does not lapse again at the next sweep, and her
`我已付款 1-1` is taken."""

from __future__ import annotations

from datetime import timedelta

from commerce.domain.order import OrderStatus
from tests.fakes import FakeClock, FakeUnitOfWorkFactory
from tests.unit.handlers.conftest import Chat
from tests.unit.handlers.test_payments_checkout import make_app


async def _lapsed(lang: str, opening: str, close: str) -> tuple[FakeUnitOfWorkFactory, FakeClock, Chat]:
    factory, clock = FakeUnitOfWorkFactory(), FakeClock()
    chat = Chat(make_app(factory, clock, online_payment=True, language=lang))
    await chat.say("amy", opening)
    await chat.say("lin", "+2")
    await chat.say("amy", close)
    clock.advance(hours=25)  # past her pay-by time
    await chat.app.checkout.expire_unpaid(clock.now())
    assert _lin(factory) is OrderStatus.CANCELLED
    return factory, clock, chat


def _lin(factory: FakeUnitOfWorkFactory) -> OrderStatus:
    return next(o.status for o in factory.state.orders.values() if o.buyer_id == "lin")


async def _still_waiting_a_day_on(factory: FakeUnitOfWorkFactory, clock: FakeClock, chat: Chat) -> None:
    order = next(o for o in factory.state.orders.values() if o.buyer_id == "lin")
    assert order.pay_by == clock.now() + timedelta(hours=24)  # as a new order's: the pay window from now
    clock.advance(hours=23)
    await chat.app.checkout.expire_unpaid(clock.now())
    assert _lin(factory) is OrderStatus.PENDING_PAYMENT  # not lapsed again at once


async def test_a_lapsed_order_is_brought_back_with_a_fresh_pay_by_in_chinese() -> None:
    factory, clock, chat = await _lapsed("zh", "接龙 鸡蛋 价格 40", "截单")

    replies = await chat.say("amy", "恢复订单 1-1")

    assert chat.said(replies) == "已恢复订单 #1-1（Lin）：又在等待付款。收到钱就发 已收 1-1。"
    assert chat.private(replies) == {
        "lin": "Amy 恢复了你的订单 #1-1（鸡蛋，¥80）。"
        "已经付过就发 我已付款 1-1；还没付请在 11月25日 周三 13:00 前付款。"
    }
    await _still_waiting_a_day_on(factory, clock, chat)
    said = chat.said(await chat.say("lin", "我已付款 1-1"))
    assert (
        said == "收到，Lin：已请 Amy 确认你订单 #1-1 的付款，金额已私信发给你。确认前接龙卡片上显示 💸。"
    )  # not expired


async def test_a_lapsed_order_is_brought_back_with_a_fresh_pay_by_in_english() -> None:
    factory, clock, chat = await _lapsed("en", "/groupbuy Eggs price 40", "/close")

    replies = await chat.say("amy", "/restore 1-1")

    assert chat.said(replies) == (
        "Order #1-1 (Lin) is back and waiting for payment. When the money arrives, send /paid 1-1."
    )
    assert chat.private(replies) == {
        "lin": "Amy brought back your order #1-1 (Eggs, ¥80). If you paid already, send /ipaid 1-1; "
        "if not, please pay by Wed 25 Nov 13:00."
    }
    await _still_waiting_a_day_on(factory, clock, chat)
