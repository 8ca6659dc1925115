"""A second online payment of an order already paid (online, or 已收 offline) was refunded, but Bob was
told in the app's default language, not his group buy's, and told the order "could no longer be paid":
`Your payment of 50⭐ arrived after order #1-1 could no longer be paid, …` under a 接龙 in Chinese. The
notice now speaks the language his receipt speaks and says the order was already paid; "could no longer
be paid" is kept for an order that was cancelled. The money is unchanged: one payment kept, the duplicate
refunded."""

from __future__ import annotations

from commerce.domain.order import OrderStatus
from tests.fakes import FakeClock, FakeUnitOfWorkFactory
from tests.unit.handlers.conftest import Chat
from tests.unit.handlers.test_payments_checkout import RecordingStarRefunds, make_app, pay, succeeded_in_stars


async def _chinese_on_an_english_app() -> tuple[Chat, FakeUnitOfWorkFactory, RecordingStarRefunds, FakeClock]:
    uow, clock, refunds = FakeUnitOfWorkFactory(), FakeClock(), RecordingStarRefunds()
    chat = Chat(make_app(uow, clock, refunds, language="en"))
    await chat.say("amy", "接龙 芒果 价格 50⭐ 成团 2")
    await chat.say("bob", "跟团")
    await chat.say("dan", "+2")
    await chat.say("amy", "截单")
    return chat, uow, refunds, clock


async def test_a_second_payment_in_a_chinese_group_buy_is_refunded_in_chinese() -> None:
    chat, uow, refunds, _ = await _chinese_on_an_english_app()
    receipt = chat.private(await pay(chat, "bob", 1, "ch-1"))["bob"]
    assert receipt.startswith("✅ 已收到付款：订单 #1-1（芒果）50⭐，谢谢！")

    replies = await pay(chat, "bob", 1, "ch-2")

    assert chat.private(replies) == {"bob": "订单 #1-1 已经付过款了，这笔重复的付款 50⭐ 已退回给你。"}
    assert refunds.calls == [("bob", "ch-2")]
    order = uow.state.orders[1]
    assert [(p.kind, p.amount, p.reference) for p in order.payments] == [("paid", 50, "ch-1")]


async def test_a_payment_after_yishou_is_told_the_order_was_already_paid() -> None:
    chat, uow, refunds, _ = await _chinese_on_an_english_app()
    await chat.say("amy", "已收 1-2")

    replies = await pay(chat, "dan", 2, "ch-3")

    assert chat.private(replies) == {"dan": "订单 #1-2 已经付过款了，这笔重复的付款 100⭐ 已退回给你。"}
    assert refunds.calls == [("dan", "ch-3")]
    assert uow.state.orders[2].status is OrderStatus.PAID


async def test_a_payment_after_pickup_is_told_the_order_was_already_paid() -> None:
    chat, _, refunds, _ = await _chinese_on_an_english_app()
    await chat.say("amy", "已收 1-2")
    await chat.say("amy", "已取货 1-2")

    replies = await pay(chat, "dan", 2, "ch-3")

    assert chat.private(replies) == {"dan": "订单 #1-2 已经付过款了，这笔重复的付款 100⭐ 已退回给你。"}
    assert refunds.calls == [("dan", "ch-3")]


async def test_a_payment_of_a_lapsed_order_still_says_it_could_no_longer_be_paid_in_chinese() -> None:
    chat, _, refunds, clock = await _chinese_on_an_english_app()
    clock.advance(hours=25)
    await chat.app.checkout.expire_unpaid(clock.now())

    replies = await pay(chat, "bob", 1, "late-1")

    assert chat.private(replies) == {"bob": "你付的 50⭐ 到账时订单 #1-1 已不能付款，星星已自动退回。"}
    assert refunds.calls == [("bob", "late-1")]


async def test_a_second_payment_in_an_english_group_buy_on_a_chinese_app_is_told_in_english() -> None:
    uow, refunds = FakeUnitOfWorkFactory(), RecordingStarRefunds()
    chat = Chat(make_app(uow, FakeClock(), refunds, language="zh"))
    await succeeded_in_stars(chat)
    await pay(chat, "bob", 1, "ch-1")

    replies = await pay(chat, "bob", 1, "ch-2")

    assert chat.private(replies) == {
        "bob": "Order #1-1 was already paid, so this second payment of 50⭐ was refunded to you."
    }
    assert refunds.calls == [("bob", "ch-2")]


async def test_a_second_provider_payment_says_already_paid_and_whom_to_ask() -> None:
    uow = FakeUnitOfWorkFactory()
    chat = Chat(make_app(uow, FakeClock(), online_payment=True, language="zh"))
    await succeeded_in_stars(chat, price="88")
    await pay(chat, "bob", 1, "tg-1", currency="CNY")

    replies = await pay(chat, "bob", 1, "tg-2", currency="CNY")

    assert chat.private(replies) == {
        "bob": (
            "Order #1-1 was already paid, so this second payment of ¥88 was not applied. "
            "Ask the organiser for a refund and show them this reference: tg-2"
        )
    }
    assert [p.reference for p in uow.state.orders[1].payments] == ["tg-1"]
