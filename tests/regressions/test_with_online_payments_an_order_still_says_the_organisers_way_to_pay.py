"""With a payment provider (TUAN_TELEGRAM_PROVIDER_TOKEN), Amy's `/payment WeChat transfer to Amy` was
answered "Every buyer's order will say so.", yet each buyer's order said only "Tap Pay to pay here by …;
an order unpaid by then is cancelled." under the Pay button: no How to pay line, no /ipaid, though /ipaid
works and a reported order is not cancelled. An order payable online now also says the organiser's way
(the How to pay line) and that paying it and sending /ipaid is the other way; its last sentence is the
real rule: an order neither paid nor reported by its pay-by time is cancelled. A note set after the close
is told privately with the same choice and rule."""

from __future__ import annotations

from commerce.domain.order import OrderStatus
from tests.fakes import FakeClock, FakeUnitOfWorkFactory
from tests.unit.handlers.conftest import Chat
from tests.unit.handlers.test_payments_checkout import make_app


def _chat(language: str = "en") -> tuple[Chat, FakeUnitOfWorkFactory, FakeClock]:
    uow, clock = FakeUnitOfWorkFactory(), FakeClock()
    return Chat(make_app(uow, clock, online_payment=True, language=language)), uow, clock


async def test_an_order_payable_online_says_the_organisers_way_and_ipaid() -> None:
    chat, uow, clock = _chat()
    await chat.say("amy", "/groupbuy Tea price 30 target 2")
    await chat.say("amy", "/payment WeChat transfer to Amy")
    await chat.say("bob", "+1")
    await chat.say("cat", "+1")

    closed = await chat.say("amy", "/close")

    bob = next(reply for reply in closed if reply.private_to == "bob")
    assert bob.text == (
        "Your order #1-1 in Tea (#1):\nTea: 1 × ¥30 = ¥30\nTotal: ¥30\n"
        "Tap Pay to pay here by Tue 24 Nov 12:00, or pay the organiser Amy as they ask below and send "
        "/ipaid 1-1; an order neither paid nor reported by then is cancelled.\n"
        "How to pay: WeChat transfer to Amy"
    )
    assert [[b.label for b in row] for row in bob.buttons] == [["💳 Pay ¥30"]]

    # what the order says is the rule: Bob reported paying Amy's way and is kept, Cat did nothing
    await chat.say("bob", "/ipaid 1-1", private=True)
    clock.advance(hours=25)
    await chat.app.checkout.expire_unpaid(clock.now())
    assert uow.state.orders[1].status is OrderStatus.PENDING_PAYMENT
    assert uow.state.orders[2].status is OrderStatus.CANCELLED


async def test_in_chinese_too() -> None:
    chat, _, _ = _chat("zh")
    await chat.say("amy", "接龙 茶叶 价格 30")
    await chat.say("amy", "收款方式 微信转账给 Amy")
    await chat.say("bob", "跟团")

    closed = chat.private(await chat.say("amy", "截单"))

    assert closed["bob"] == (
        "你在 茶叶（#1）的订单 #1-1：\n茶叶：1 × ¥30 = ¥30\n合计：¥30\n"
        "请在 11月24日 周二 12:00 前点“付款”在这里付款，或按团长 Amy 下面写的方式付款后发“我已付款 1-1”；"
        "到时既没付款也没报告已付的订单会被取消。\n"
        "付款方式：微信转账给 Amy"
    )


async def test_without_a_payment_note_the_order_says_only_pay() -> None:
    chat, _, _ = _chat()
    await chat.say("amy", "/groupbuy Tea price 30")
    await chat.say("bob", "+1")

    closed = chat.private(await chat.say("amy", "/close"))

    assert closed["bob"].endswith(
        "Tap Pay to pay here by Tue 24 Nov 12:00; an order unpaid by then is cancelled."
    )
    assert "How to pay" not in closed["bob"]


async def test_a_note_set_after_the_close_offers_both_ways_and_the_rule() -> None:
    chat, _, _ = _chat()
    await chat.say("amy", "/groupbuy Tea price 30")
    await chat.say("bob", "+1")
    await chat.say("amy", "/close")

    answer = await chat.say("amy", "/payment WeChat transfer to Amy")

    assert chat.private(answer) == {
        "bob": "Amy says how to pay for your order #1-1 (Tea, ¥30): WeChat transfer to Amy. Pay that way and "
        "send /ipaid 1-1, or tap Pay on your order, by Tue 24 Nov 12:00; an order neither paid nor reported "
        "by then is cancelled."
    }
