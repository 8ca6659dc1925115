"""Checkout as buyers and organisers see it: Pay buttons, invoices, pre-checkout answers, receipts, the
card's paid count, refunds and unpaid orders that lapse.

Telegram Stars (XTR) need no payment provider, so most journeys use them; a fiat group buy is paid
online only when the app has a provider (`AppConfig.online_payment`).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import timedelta
from typing import cast

import pytest

from commerce.domain.order import OrderStatus
from commerce.domain.payments import sign_order_reference
from commerce.ports import UnitOfWorkFactory
from handlers.app import AppConfig, ChatApp
from handlers.types import ChatKind, Invoice, Reply, Request
from tests.fakes import FakeClock, FakeUnitOfWorkFactory
from tests.unit.handlers.conftest import NAMES, Chat

SECRET = "test-secret"


@dataclass
class RecordingStarRefunds:
    """The platform's Stars refund, recorded; `fail` makes it refuse like a Bot API error would."""

    calls: list[tuple[str, str]] = field(default_factory=list)
    fail: bool = False

    async def refund_stars(self, *, user_id: str, charge_id: str) -> None:
        if self.fail:
            raise RuntimeError("Bad Request: CHARGE_ALREADY_REFUNDED")
        self.calls.append((user_id, charge_id))


@pytest.fixture
def refunds() -> RecordingStarRefunds:
    return RecordingStarRefunds()


def make_app(
    uow_factory: FakeUnitOfWorkFactory,
    clock: FakeClock,
    refunds: RecordingStarRefunds | None = None,
    *,
    online_payment: bool = False,
    language: str = "en",
) -> ChatApp:
    config = AppConfig(default_language=language, online_payment=online_payment, payment_secret=SECRET)
    return ChatApp(
        uow_factory=cast(UnitOfWorkFactory, uow_factory), clock=clock, config=config, star_refunds=refunds
    )


@pytest.fixture
def shop(uow_factory: FakeUnitOfWorkFactory, clock: FakeClock, refunds: RecordingStarRefunds) -> Chat:
    return Chat(make_app(uow_factory, clock, refunds))


def private_tap(user: str, data: str, *, update_id: str | None = None) -> Request:
    return Request(
        platform="test",
        chat_id=user,
        user_id=user,
        display_name=NAMES.get(user, user.title()),
        chat_kind=ChatKind.PRIVATE,
        button=data,
        update_id=update_id,
    )


def invoice_of(replies: list[Reply]) -> Invoice:
    found = [reply for reply in replies if reply.invoice is not None]
    assert len(found) == 1, replies
    assert found[0].private_to is not None
    return cast(Invoice, found[0].invoice)


async def succeeded_in_stars(chat: Chat, *, price: str = "50⭐") -> dict[str, Reply]:
    """Amy sells mangoes in Stars; Bob takes 1 and Dan 2; Amy closes. The buyers' private messages."""
    await chat.say("amy", f"/groupbuy Mangoes price {price} target 2")
    await chat.say("bob", "+1")
    await chat.say("dan", "+2")
    replies = await chat.app.handle(
        Request(platform="test", chat_id=chat.chat_id, user_id="amy", display_name="Amy", text="/close")
    )
    return {reply.private_to: reply for reply in replies if reply.private_to}


async def pay(
    chat: Chat, user: str, order_id: int, charge: str, *, amount: int | None = None, currency: str = "XTR"
) -> list[Reply]:
    """The platform reports a successful payment of an order (the whole total unless told)."""
    order = chat.app.checkout
    total = amount if amount is not None else await total_of(chat, order_id)
    return await order.payment_succeeded(
        Request(platform="test", chat_id=user, user_id=user, display_name=user, chat_kind=ChatKind.PRIVATE),
        payload=sign_order_reference(order_id, SECRET),
        currency=currency,
        total_amount=total,
        charge_id=charge,
        provider_charge_id=f"provider-{charge}",
    )


async def total_of(chat: Chat, order_id: int) -> int:
    async with chat.app.uow_factory() as uow:
        order = await uow.orders.get(order_id)
    assert order is not None
    return order.total


# -- after success: a Pay button, an invoice -----------------------------------------------------------
async def test_a_stars_group_buy_sends_each_buyer_a_pay_button(shop: Chat) -> None:
    private = await succeeded_in_stars(shop)
    bob = private["bob"]
    assert bob.text == (
        "Your order #1-1 in Mangoes (#1):\nMangoes: 1 × 50⭐ = 50⭐\nTotal: 50⭐\n"
        "Tap Pay to pay here by Tue 24 Nov 12:00; an order unpaid by then is cancelled."
    )
    assert [[(b.label, b.data) for b in row] for row in bob.buttons] == [[("💳 Pay 50⭐", "od:pay:1:en")]]
    assert [[b.data for b in row] for row in private["dan"].buttons] == [["od:pay:2:en"]]


async def test_tapping_pay_sends_an_invoice_for_the_exact_amount_in_stars(shop: Chat) -> None:
    await succeeded_in_stars(shop)
    replies = await shop.app.handle(private_tap("dan", "od:pay:2"))
    invoice = invoice_of(replies)
    assert (invoice.order_id, invoice.currency, invoice.amount) == (2, "XTR", 100)
    assert (invoice.title, invoice.label) == ("Mangoes", "2 × Mangoes")
    assert invoice.description == "Order #1-2: 2 × Mangoes at 50⭐ each, organised by Amy."
    assert invoice.payload == sign_order_reference(2, SECRET)
    assert shop.toast(replies) == "Payment request sent"
    assert (
        await shop.app.checkout.pre_checkout(
            user_id="dan", payload=invoice.payload, currency="XTR", total_amount=100, language="en"
        )
        is None
    )


async def test_the_succeeded_card_has_a_pay_button_for_each_buyers_own_order(shop: Chat) -> None:
    await succeeded_in_stars(shop)
    card = await shop.app.render_card(1)
    assert [[(b.label, b.data) for b in row] for row in card.buttons] == [[("💳 Pay", "gb:pay:1")]]
    replies = await shop.tap("dan", "gb:pay:1")
    assert invoice_of(replies).order_id == 2
    assert [r.private_to for r in replies if r.invoice] == ["dan"]
    assert shop.toast(await shop.tap("eve", "gb:pay:1")) == (
        "You have no order waiting for payment. Your orders: /orders"
    )


async def test_a_card_paid_offline_has_no_pay_button(shop: Chat) -> None:
    await succeeded_in_stars(shop, price="88")
    assert (await shop.app.render_card(1)).buttons == ()


async def test_a_repeated_pay_tap_gets_the_same_invoice_back(shop: Chat) -> None:
    await succeeded_in_stars(shop)
    first = await shop.app.handle(private_tap("bob", "od:pay:1", update_id="u1"))
    again = await shop.app.handle(private_tap("bob", "od:pay:1", update_id="u1"))
    assert invoice_of(again) == invoice_of(first)


async def test_pay_typed_in_the_group_sends_the_invoice_privately(shop: Chat) -> None:
    await succeeded_in_stars(shop)
    replies = await shop.say("bob", "/pay")  # the newest unpaid order
    assert shop.said(replies) == "Bob, I've sent you the payment request in a private message."
    assert invoice_of(replies).order_id == 1
    assert [r.private_to for r in replies if r.invoice] == ["bob"]


async def test_a_long_title_is_cut_to_telegrams_limits(shop: Chat) -> None:
    title = "Hainan Guifei mangoes from the orchard of Mr Wang, 5kg box"
    await shop.say("amy", f"/groupbuy {title} price 50⭐")
    await shop.say("bob", "+1")
    await shop.say("amy", "/close")
    invoice = invoice_of(await shop.app.handle(private_tap("bob", "od:pay:1")))
    assert invoice.title == "Hainan Guifei mangoes from the …"
    assert len(invoice.title) == 32 and 1 <= len(invoice.description) <= 255


@pytest.mark.parametrize(
    ("text", "answer"),
    [
        # Dan's order: in private only the buyer's own orders exist, so it is answered as a missing one
        (
            "/pay 2",
            "There is no order #2 of yours: nothing was changed. Your unpaid order is #1-1: send /pay 1-1",
        ),
        (
            "/pay 1-2",
            "There is no order #1-2 of yours: nothing was changed. Your unpaid order is #1-1: send /pay 1-1",
        ),
        (
            "/pay 9",
            "There is no order #9 of yours: nothing was changed. Your unpaid order is #1-1: send /pay 1-1",
        ),
        ("/pay two", "Write it like: /pay 12-3 (the order number), or /pay for your newest unpaid order"),
    ],
)
async def test_pay_refusals_say_what_was_wrong(shop: Chat, text: str, answer: str) -> None:
    await succeeded_in_stars(shop)
    assert shop.said(await shop.say("bob", text, private=True)) == answer


async def test_pay_in_the_group_names_a_fellow_buyers_order_as_not_yours(shop: Chat) -> None:
    await succeeded_in_stars(shop)
    assert shop.said(await shop.say("bob", "/pay 1-2")) == (
        "Order #1-2 is not yours: nothing was charged. Your orders: /orders"
    )


async def test_pay_without_an_unpaid_order_says_so(shop: Chat) -> None:
    assert shop.said(await shop.say("eve", "/pay", private=True)) == (
        "You have no order waiting for payment. Your orders: /orders"
    )


# -- fiat: online only with a provider ---------------------------------------------------------------
async def test_without_a_provider_a_fiat_order_is_paid_offline(shop: Chat) -> None:
    private = await succeeded_in_stars(shop, price="88")
    assert (
        "Pay the organiser Amy (cash or transfer), then send /ipaid 1-1 to tell them; they confirm it."
        in private["bob"].text
    )
    assert private["bob"].buttons == ()
    assert shop.said(await shop.say("bob", "/pay 1", private=True)) == (
        "Order #1-1: pay the organiser Amy directly (cash or transfer), "
        "then send /ipaid 1-1 to tell them; they confirm it."
    )


async def test_with_a_provider_a_fiat_order_gets_an_invoice_in_minor_units(
    uow_factory: FakeUnitOfWorkFactory, clock: FakeClock
) -> None:
    chat = Chat(make_app(uow_factory, clock, online_payment=True))
    private = await succeeded_in_stars(chat, price="88.50")
    assert [[b.label for b in row] for row in private["dan"].buttons] == [["💳 Pay ¥177"]]
    invoice = invoice_of(await chat.app.handle(private_tap("dan", "od:pay:2")))
    assert (invoice.currency, invoice.amount) == ("CNY", 17700)


async def test_an_amount_below_the_currencys_minimum_gets_no_invoice(
    uow_factory: FakeUnitOfWorkFactory, clock: FakeClock
) -> None:
    chat = Chat(make_app(uow_factory, clock, online_payment=True))
    await succeeded_in_stars(chat, price="5")
    replies = await chat.app.handle(private_tap("bob", "od:pay:1"))
    assert [r for r in replies if r.invoice] == []
    assert chat.toast(replies) == (
        "¥5 is below the smallest online payment (¥7): nothing was charged. "
        "Pay the organiser directly; they confirm with /paid."
    )


# -- pre-checkout ------------------------------------------------------------------------------------
async def test_pre_checkout_refuses_what_must_not_be_charged(shop: Chat) -> None:
    await succeeded_in_stars(shop)
    check = shop.app.checkout.pre_checkout
    good = sign_order_reference(1, SECRET)
    forged = sign_order_reference(1, "another-secret")
    assert await check(user_id="bob", payload=good, currency="XTR", total_amount=50, language="en") is None
    assert await check(user_id="bob", payload=forged, currency="XTR", total_amount=50, language="en") == (
        "This payment request was not made by this bot (or was changed): nothing was charged. "
        "Tap Pay on your order again, or send /pay"
    )
    assert await check(user_id="bob", payload="o1.x", currency="XTR", total_amount=50, language="zh") == (
        "这个付款请求不是本机器人发出的（或被改动过），没有扣款。请重新点订单上的“付款”，"
        "或发 付款 加订单号（例如 付款 12-3）。"
    )
    assert await check(user_id="bob", payload=good, currency="XTR", total_amount=49, language="en") == (
        "The amount for order #1-1 does not match its total: nothing was changed."
    )
    assert await check(user_id="bob", payload=good, currency="USD", total_amount=50, language="en") == (
        "The amount for order #1-1 does not match its total: nothing was changed."
    )
    assert await check(user_id="dan", payload=good, currency="XTR", total_amount=50, language="en") == (
        "Order #1-1 is not yours: nothing was charged. Your orders: /orders"
    )
    missing = sign_order_reference(7, SECRET)
    assert await check(user_id="bob", payload=missing, currency="XTR", total_amount=50, language="en") == (
        "There is no order #7 here. Example: /paid 12-3 (the number from the order message)"
    )
    await pay(shop, "bob", 1, "ch-1")
    assert await check(user_id="bob", payload=good, currency="XTR", total_amount=50, language="en") == (
        "Order #1-1 is already marked as paid: nothing was changed."
    )


async def test_an_order_of_a_cancelled_group_buy_is_never_charged(shop: Chat) -> None:
    await shop.say("amy", "/groupbuy Mangoes price 50⭐ target 5")
    await shop.say("bob", "+1")
    assert "cancelled" in shop.said(await shop.say("amy", "/cancel confirm"))
    answer = await shop.app.checkout.pre_checkout(
        user_id="bob",
        payload=sign_order_reference(1, SECRET),
        currency="XTR",
        total_amount=50,
        language="en",
    )
    assert answer == "There is no order #1 here. Example: /paid 12-3 (the number from the order message)"


# -- the successful payment ----------------------------------------------------------------------------
async def test_a_payment_delivered_twice_is_recorded_once(
    shop: Chat, uow_factory: FakeUnitOfWorkFactory
) -> None:
    await succeeded_in_stars(shop)
    first = await pay(shop, "bob", 1, "ch-1")
    code = uow_factory.state.orders[1].pickup_code
    assert shop.private(first) == {
        "bob": "✅ Payment received: 50⭐ for order #1-1 (Mangoes). Thank you!\n"
        f"Your pickup code: {code} (show it when you collect your goods)"
    }
    assert shop.cards(first) == [(1, False)]
    assert await pay(shop, "bob", 1, "ch-1") == []
    order = uow_factory.state.orders[1]
    assert order.status is OrderStatus.PAID
    assert [(p.kind, p.amount, p.method, p.reference, p.provider_reference) for p in order.payments] == [
        ("paid", 50, "stars", "ch-1", "provider-ch-1")
    ]


async def test_the_card_shows_how_many_have_paid(shop: Chat) -> None:
    await shop.say("amy", "/groupbuy Mangoes price 50⭐ target 3")
    for member in ("bob", "cat", "dan"):
        await shop.say(member, "+1")
    await shop.say("amy", "/close")
    assert "💰 0/3 paid" in await shop.card()
    await pay(shop, "bob", 1, "ch-1")
    await pay(shop, "dan", 3, "ch-3")
    card = await shop.card()
    assert "💰 2/3 paid" in card
    assert "1. Bob ×1 ✅\n2. Cat ×1\n3. Dan ×1 ✅" in card


async def test_the_card_in_chinese_says_paid_count(
    uow_factory: FakeUnitOfWorkFactory, clock: FakeClock
) -> None:
    chat = Chat(make_app(uow_factory, clock, language="zh"))
    await chat.say("amy", "接龙 芒果 价格 50⭐ 成团 2")
    await chat.say("bob", "+1")
    await chat.say("dan", "+1")
    await chat.say("amy", "截单")
    await pay(chat, "dan", 2, "ch-2")
    assert "💰 已付 1/2" in await chat.card()


async def test_a_payment_for_an_order_that_lapsed_gives_the_stars_back(
    shop: Chat, clock: FakeClock, refunds: RecordingStarRefunds
) -> None:
    await succeeded_in_stars(shop)
    clock.advance(hours=25)
    await shop.app.checkout.expire_unpaid(clock.now())
    replies = await pay(shop, "bob", 1, "late-1")
    assert shop.private(replies) == {
        "bob": (
            "Your payment of 50⭐ arrived after order #1-1 could no longer be paid, "
            "so your Stars were refunded."
        )
    }
    assert refunds.calls == [("bob", "late-1")]


async def test_a_payment_with_a_forged_payload_is_not_applied(
    shop: Chat, refunds: RecordingStarRefunds, uow_factory: FakeUnitOfWorkFactory
) -> None:
    await succeeded_in_stars(shop)
    replies = await shop.app.checkout.payment_succeeded(
        Request(
            platform="test", chat_id="bob", user_id="bob", display_name="Bob", chat_kind=ChatKind.PRIVATE
        ),
        payload=sign_order_reference(1, "not-our-secret"),
        currency="XTR",
        total_amount=50,
        charge_id="odd-1",
        provider_charge_id="",
    )
    assert shop.private(replies) == {
        "bob": "Your payment of 50⭐ could not be matched to an order, so your Stars were refunded."
    }
    assert refunds.calls == [("bob", "odd-1")]
    assert uow_factory.state.orders[1].status is OrderStatus.PENDING_PAYMENT


# -- refunds ---------------------------------------------------------------------------------------------
async def test_the_organiser_refunds_stars_and_the_buyer_is_told(
    shop: Chat, refunds: RecordingStarRefunds, uow_factory: FakeUnitOfWorkFactory
) -> None:
    await succeeded_in_stars(shop)
    await pay(shop, "bob", 1, "ch-1")
    replies = await shop.say("amy", "/refund 1")
    assert shop.said(replies) == ("Order #1-1 of Bob is refunded. Bob was told privately.")
    told = "Order #1-1 (Mangoes) was refunded: 50⭐ is back in your Stars balance."
    assert shop.private(replies)["bob"] == told
    assert refunds.calls == [("bob", "ch-1")]
    assert uow_factory.state.orders[1].status is OrderStatus.REFUNDED
    assert "💰 0/1 paid" in await shop.card()
    assert shop.private(await shop.say("amy", "/refund 1"))["amy"] == (  # privately (rep91 #6)
        "Order #1-1 is already refunded: nothing was changed."
    )


async def test_a_refused_stars_refund_changes_nothing(
    shop: Chat, refunds: RecordingStarRefunds, uow_factory: FakeUnitOfWorkFactory
) -> None:
    await succeeded_in_stars(shop)
    await pay(shop, "bob", 1, "ch-1")
    refunds.fail = True
    assert shop.said(await shop.say("amy", "/refund 1")) == (
        "Telegram did not refund the Stars of order #1-1: nothing was changed. Please try again later."
    )
    assert uow_factory.state.orders[1].status is OrderStatus.PAID


async def test_a_provider_payment_is_refunded_by_the_organiser_with_the_provider(
    uow_factory: FakeUnitOfWorkFactory, clock: FakeClock
) -> None:
    chat = Chat(make_app(uow_factory, clock, online_payment=True))
    await succeeded_in_stars(chat, price="88")
    await pay(chat, "bob", 1, "tg-1", currency="CNY")
    replies = await chat.say("amy", "/refund 1")
    assert chat.said(replies) == ("Order #1-1 of Bob is refunded. Bob was told privately.")
    assert chat.private(replies) == {
        "amy": "Order #1-1 of Bob (Mangoes, ¥88) is marked refunded. Complete the refund with your payment "
        "provider (charge provider-tg-1).",
        "bob": "Order #1-1 (Mangoes) was refunded: Amy sends ¥88 back through the payment provider.",
    }


async def test_an_offline_payment_is_refunded_by_hand(shop: Chat) -> None:
    await succeeded_in_stars(shop, price="88")
    await shop.say("amy", "/paid 1")
    replies = await shop.say("amy", "退款 1")
    assert (
        shop.said(replies) == "Order #1-1 of Bob is refunded. Bob was told privately."
    )  # its card's language
    assert shop.private(replies)["bob"] == "Order #1-1 (Mangoes) was refunded: Amy gives ¥88 back to you."


@pytest.mark.parametrize(
    ("user", "text", "answer"),
    [
        (  # her own order: her request, passed on to the organiser (changing nothing)
            "bob",
            "/refund 1",
            "Your refund request was passed to the organiser, Amy: they decide and give the money back to "
            "you directly.",
        ),
        ("cat", "/refund 1", "Only the organiser (Amy) can do that: nothing was changed."),
        ("amy", "/refund 2", "Order #1-2 is not paid, so there is nothing to refund: nothing was changed."),
        (
            "amy",
            "/refund",
            "Write it like: /refund 1-1 (the order number; a reason after it goes to the buyer: "
            "/refund 1-1 wrong size) or /refund @name",  # an order of hers it could refund
        ),
        (
            "amy",
            "/refund 99",
            "There is no order #99 here: nothing was changed. The organiser refunds by the order's "
            "number: /refund 1-1 (a buyer who wants a refund asks the organiser).",
        ),
    ],
)
async def test_refund_refusals_say_what_was_wrong(shop: Chat, user: str, text: str, answer: str) -> None:
    await succeeded_in_stars(shop)
    await pay(shop, "bob", 1, "ch-1")
    replies = await shop.say(user, text)
    # about a buyer's order: to her privately, the group reading one line (rep91 #6)
    assert (shop.private(replies).get(user) or shop.said(replies)) == answer


# -- reservations --------------------------------------------------------------------------------------
async def test_an_unpaid_order_is_reminded_once_then_cancelled(
    shop: Chat, clock: FakeClock, uow_factory: FakeUnitOfWorkFactory
) -> None:
    await succeeded_in_stars(shop)
    await pay(shop, "bob", 1, "ch-1")
    checkout = shop.app.checkout
    clock.advance(hours=21)
    assert await checkout.remind_unpaid(clock.now()) == []
    clock.advance(hours=1, minutes=30)  # 1.5 h before the pay-by time: within the 2 h of a reminder
    reminders = await checkout.remind_unpaid(clock.now())
    assert shop.private(reminders) == {
        "dan": (
            "⏰ Order #1-2 (Mangoes) is still unpaid: 100⭐. "
            "Pay by Tue 24 Nov 12:00, or it will be cancelled."
        )
    }
    assert [[b.data for b in row] for row in reminders[0].buttons] == [["od:pay:2:en"]]
    assert await checkout.remind_unpaid(clock.now()) == []
    assert await checkout.expire_unpaid(clock.now()) == []
    clock.advance(hours=1, minutes=30)  # the pay-by time
    lapsed = await checkout.expire_unpaid(clock.now())
    assert shop.private(lapsed) == {
        "dan": "Order #1-2 (Mangoes, 100⭐) was cancelled: it was not paid in time.",
        "amy": "Order #1-2 of Dan (Mangoes, 100⭐) was cancelled: not paid in time.",
    }
    assert shop.cards(lapsed) == [(1, False)]
    assert await checkout.expire_unpaid(clock.now()) == []
    assert uow_factory.state.orders[2].status is OrderStatus.CANCELLED
    card = await shop.card()
    assert "💰 1/1 paid" in card and "2. Dan ×2 ✖" in card
    assert shop.said(await shop.say("dan", "/pay 2", private=True)) == (
        "Order #1-2 was cancelled, so it cannot be paid: nothing was charged."
    )


async def test_offline_orders_are_not_cancelled_for_waiting(
    shop: Chat, clock: FakeClock, uow_factory: FakeUnitOfWorkFactory
) -> None:
    await succeeded_in_stars(shop, price="88")
    clock.advance(days=3)
    assert await shop.app.checkout.remind_unpaid(clock.now()) == []
    assert await shop.app.checkout.expire_unpaid(clock.now()) == []
    assert uow_factory.state.orders[1].status is OrderStatus.PENDING_PAYMENT


async def test_pay_on_an_old_offline_order_still_says_whom_to_pay(shop: Chat, clock: FakeClock) -> None:
    await succeeded_in_stars(shop, price="88")
    clock.advance(days=2)
    assert shop.said(await shop.say("bob", "/pay 1", private=True)) == (
        "Order #1-1: pay the organiser Amy directly (cash or transfer), "
        "then send /ipaid 1-1 to tell them; they confirm it."
    )


async def test_an_order_above_one_payments_limit_is_paid_offline_and_never_lapses(
    uow_factory: FakeUnitOfWorkFactory, clock: FakeClock
) -> None:
    chat = Chat(make_app(uow_factory, clock, online_payment=True))
    await chat.say("amy", "/groupbuy Piano price 60000 target 1 limit 2")
    await chat.say("bob", "+2")
    closed = await chat.app.handle(
        Request(platform="test", chat_id=chat.chat_id, user_id="amy", display_name="Amy", text="/close")
    )
    order = next(reply for reply in closed if reply.private_to == "bob")
    assert order.buttons == ()
    assert "Pay the organiser Amy (cash or transfer)" in order.text
    clock.advance(days=2)
    assert await chat.app.checkout.expire_unpaid(clock.now()) == []
    assert uow_factory.state.orders[1].status is OrderStatus.PENDING_PAYMENT


async def test_a_price_in_stars_above_one_payment_is_refused_at_opening(
    shop: Chat, uow_factory: FakeUnitOfWorkFactory
) -> None:
    answer = shop.said(await shop.say("amy", "/groupbuy Pin price 20000⭐"))
    assert answer == (
        "One Telegram Stars payment carries at most 10000⭐, so a price in Stars must be at most 10000⭐. "
        "Example: /groupbuy Pin price 500⭐"
    )
    assert uow_factory.state.group_buys == {}


async def test_pay_after_the_pay_by_time_is_refused(shop: Chat, clock: FakeClock) -> None:
    await succeeded_in_stars(shop)
    clock.advance(hours=24, seconds=1)
    answer = await shop.app.checkout.pre_checkout(
        user_id="bob",
        payload=sign_order_reference(1, SECRET),
        currency="XTR",
        total_amount=50,
        language="en",
    )
    assert answer == "Order #1-1 was not paid in time and is being cancelled: nothing was charged."


async def test_the_pay_window_comes_from_the_config(
    uow_factory: FakeUnitOfWorkFactory, clock: FakeClock
) -> None:
    config = AppConfig(default_language="en", payment_secret=SECRET, pay_within=timedelta(hours=1))
    app = ChatApp(uow_factory=cast(UnitOfWorkFactory, uow_factory), clock=clock, config=config)
    chat = Chat(app)
    private = await succeeded_in_stars(chat)
    assert "Tap Pay to pay here by Mon 23 Nov 13:00" in private["bob"].text
    clock.advance(hours=1)
    assert len(await app.checkout.expire_unpaid(clock.now())) == 5  # 2 buyers, 2 notes, 1 card
