"""我已付款 / `/ipaid`: a buyer says they paid; the organiser is asked privately, with one tap to confirm
(or 已收 7) and one to say it has not arrived; the card tells reported (💸) from confirmed (✅)."""

from __future__ import annotations

from typing import cast

import pytest

from commerce.domain.order import OrderStatus
from commerce.ports import UnitOfWorkFactory
from handlers.app import AppConfig, ChatApp
from handlers.parsing.commands import parse_text
from handlers.registry import VOCABULARY
from handlers.types import ChatKind, Reply, Request
from tests.fakes import FakeClock, FakeUnitOfWorkFactory
from tests.unit.handlers.conftest import NAMES, Chat, fake_chat

CARD_HEAD = "🛒 海南贵妃芒（#1）\n团长：Amy\n已订 4\n✅ 已成团，成交价 ¥88/份，共 4 份\n"


async def succeeded(chat: Chat) -> None:
    """Amy's mangoes closed: Bob #1 (¥88), Cat #2 (2 units, ¥176), Dan #3 (¥88)."""
    for user, text in [
        ("amy", "接龙 海南贵妃芒 价格 88 成团 1"),
        ("bob", "+1"),
        ("cat", "+2"),
        ("dan", "+1"),
        ("amy", "截单"),
    ]:
        await chat.say(user, text)


def tap_in_private(chat: Chat, user: str, data: str) -> Request:
    return Request(
        platform="test",
        chat_id=user,
        user_id=user,
        display_name=NAMES.get(user, user.title()),
        chat_kind=ChatKind.PRIVATE,
        button=data,
    )


def in_chat(replies: list[Reply]) -> list[str]:
    return [reply.text for reply in replies if reply.text and not reply.private_to]


@pytest.fixture
def shop(uow_factory: FakeUnitOfWorkFactory, clock: FakeClock) -> Chat:
    return fake_chat(uow_factory, clock=clock)


async def test_a_report_asks_the_organiser_privately_and_the_card_shows_it(shop: Chat) -> None:
    await succeeded(shop)

    said = await shop.say("bob", "我已付款")

    assert in_chat(said) == [
        "收到，Bob：已请 Amy 确认你订单 #1-1 的付款，金额已私信发给你。确认前接龙卡片上显示 💸。"
    ]
    [ask] = [reply for reply in said if reply.private_to == "amy"]
    assert ask.text == (
        "💸 Bob 说已付款：订单 #1-1（海南贵妃芒，#1）¥88。收到钱后点“已收到”（或发“已收 1-1”）；"
        "点“未收到”会告诉对方还没收到。"
    )
    assert [[(b.label, b.data) for b in row] for row in ask.buttons] == [
        [("✅ 已收到 ¥88", "od:confirm:1:zh"), ("✖ 未收到", "od:notpaid:1:zh")]
    ]
    assert shop.cards(said) == [(1, False)]
    assert await shop.card() == CARD_HEAD + (
        "💰 已付 0/3 · 💸 1 人已报付款\n\n1. Bob ×1 💸\n2. Cat ×2\n3. Dan ×1"
    )


async def test_the_confirmation_tap_marks_it_paid_and_the_card_tells_confirmed_from_reported(
    shop: Chat, uow_factory: FakeUnitOfWorkFactory
) -> None:
    await succeeded(shop)
    await shop.say("bob", "付了")
    await shop.say("cat", "已付款，谢谢团长")

    tapped = await shop.app.handle(tap_in_private(shop, "amy", "od:confirm:1"))

    assert shop.toast(tapped) == "订单 #1-1 已标记为已付款"
    assert shop.said(tapped) == "订单 #1-1（Bob，¥88）已标记为已付款。"
    code = uow_factory.state.orders[1].pickup_code
    assert shop.private(tapped)["bob"] == (
        f"Amy 已确认收到你订单 #1-1（海南贵妃芒）的付款 ¥88，谢谢！\n取货码：{code}（取货时出示，由团长核销）"
    )
    assert uow_factory.state.orders[1].status is OrderStatus.PAID
    assert await shop.card() == CARD_HEAD + (
        "💰 已付 1/3 · 💸 1 人已报付款\n\n1. Bob ×1 ✅\n2. Cat ×2 💸\n3. Dan ×1"
    )
    again = await shop.app.handle(tap_in_private(shop, "amy", "od:confirm:1"))
    assert shop.toast(again) == "订单 #1-1 已经标记为已付款，没有任何改动。"


async def test_not_received_tells_the_buyer_and_the_order_is_unpaid_again(
    shop: Chat, uow_factory: FakeUnitOfWorkFactory
) -> None:
    await succeeded(shop)
    await shop.say("cat", "/ipaid 2")

    tapped = await shop.app.handle(tap_in_private(shop, "amy", "od:notpaid:2"))

    assert shop.toast(tapped) == "已告诉订单 #1-2 的买家"
    assert shop.said(tapped) == "订单 #1-2（Cat，¥176）改回未付款，已告诉对方还没收到付款。"
    # Cat's `/ipaid` alone tells nothing over the Chinese group she typed it in: she is told in Chinese
    assert shop.private(tapped) == {
        "cat": "Amy 还没有收到你订单 #1-2（海南贵妃芒）的付款 ¥176。请核对一下，付好后再发“我已付款 1-2”。"
    }
    assert uow_factory.state.orders[2].reported_paid_at is None
    assert "💸" not in await shop.card()
    again = await shop.say("amy", "未收到 2")
    assert shop.said(again) == "Cat 没有说过订单 #1-2 已付款，没有任何改动。"
    reported = await shop.say("cat", "我已付款")  # paid after all: reported again
    assert in_chat(reported)[0].startswith("收到，Cat")


async def test_the_report_in_english(shop: Chat) -> None:
    await succeeded(shop)
    said = await shop.say("dan", "/ipaid 3")
    assert in_chat(said) == [
        "Thanks, Dan: Amy is asked to confirm your payment for order #1-3; "
        "the amount was sent to you privately. "
        "The card shows 💸 until they do."
    ]
    assert {k: v for k, v in shop.private(said).items() if k == "amy"} == {  # the chat's language
        "amy": "💸 Dan 说已付款：订单 #1-3（海南贵妃芒，#1）¥88。收到钱后点“已收到”（或发“已收 1-3”）；"
        "点“未收到”会告诉对方还没收到。"
    }
    await shop.say("amy", "/lang en")
    card = await shop.card()
    assert "💰 0/3 paid · 💸 1 reported\n" in card and card.endswith("3. Dan ×1 💸")


async def test_a_report_from_the_buyers_private_chat(shop: Chat) -> None:
    await succeeded(shop)
    said = await shop.say("cat", "/ipaid", private=True)
    assert in_chat(said) == [  # her own language: she only sent +2 in a Chinese group (s42)
        "收到，Cat：已请 Amy 确认你订单 #1-2 的付款 ¥176。确认前接龙卡片上显示 💸。"
    ]
    assert list(shop.private(said)) == ["amy"]
    assert "2. Cat ×2 💸" in await shop.card()


async def test_the_organisers_yi_fu_kuan_with_a_number_or_a_name_still_confirms(
    shop: Chat, uow_factory: FakeUnitOfWorkFactory
) -> None:
    """`已付款` was the organiser's word before buyers had one: with an order of theirs it confirms."""
    await succeeded(shop)
    assert shop.said(await shop.say("amy", "已付款 3")) == "✅ Dan 的订单 #1-3 已付款。"
    assert shop.said(await shop.say("amy", "已付款 @Cat", mentions=["cat"])) == (
        "✅ Cat 的订单 #1-2 已付款。"
    )
    assert uow_factory.state.orders[2].status is OrderStatus.PAID
    assert shop.said(await shop.say("bob", "已付款")).startswith("收到，Bob")


@pytest.mark.parametrize(
    ("user", "text", "answer"),
    [
        (
            "bob",
            "/ipaid 1-2",
            "Order #1-2 is not yours: nothing was changed. Your unpaid order is #1-1: send /ipaid 1-1",
        ),
        ("eve", "/ipaid", "You have no order in this chat: nothing was changed. Your orders: /orders"),
        ("eve", "我已付款 1-2", "订单 #1-2 不是你的订单，没有任何改动；你的订单号可以在 我的订单 里看。"),
        (
            "bob",
            "/ipaid 99",
            "There is no order #99 here: nothing was changed. Your order here is #1-1: send /ipaid 1-1",
        ),
        (
            "bob",
            "/ipaid abc",
            "Write it like: /ipaid (your one unpaid order here) or /ipaid 12-3 (the order number)",
        ),
        (
            "amy",
            "/notpaid",
            "请这样写：未收到 12-3（没有收到付款的订单号）",
        ),
        ("bob", "/notpaid 1", "Only the organiser (Amy) can do that: nothing was changed."),
        ("amy", "/notpaid 1", "Bob 没有说过订单 #1-1 已付款，没有任何改动。"),
    ],
)
async def test_each_mistake_gets_one_clear_answer_and_changes_nothing(
    shop: Chat, uow_factory: FakeUnitOfWorkFactory, user: str, text: str, answer: str
) -> None:
    await succeeded(shop)
    before = {i: (o.status, o.reported_paid_at) for i, o in uow_factory.state.orders.items()}
    assert shop.said(await shop.say(user, text)) == answer
    assert {i: (o.status, o.reported_paid_at) for i, o in uow_factory.state.orders.items()} == before


async def test_a_second_report_a_paid_order_and_several_orders_are_answered(shop: Chat) -> None:
    await succeeded(shop)
    assert await shop.say("eve", "付了") == []  # no order here: talk about something else
    await shop.say("bob", "我已付款")
    assert shop.said(await shop.say("bob", "我已付款")) == (
        "你已经说过订单 #1-1 已付款，正在等团长确认，没有任何改动。"
    )
    await shop.say("amy", "已收 1")
    assert shop.said(await shop.say("bob", "/ipaid")) == (
        "你在本群没有待付款的订单，没有任何改动。查看订单：我的订单"
    )
    assert shop.said(await shop.say("bob", "/ipaid 1")) == "订单 #1-1 已经标记为已付款，没有任何改动。"
    for user, text in [("amy", "接龙 苹果 价格 12 成团 1"), ("dan", "+1"), ("amy", "截单 #2")]:
        await shop.say(user, text)
    assert shop.said(await shop.say("dan", "/ipaid")) == (
        "You have 2 unpaid orders here: #1-3 海南贵妃芒 ¥88, #2-1 苹果 ¥12. Say which: /ipaid 1-3 "
        "(paid them all: /ipaid all)"
    )


async def test_a_non_organiser_tapping_the_confirmation_changes_nothing(
    shop: Chat, uow_factory: FakeUnitOfWorkFactory
) -> None:
    await succeeded(shop)
    await shop.say("bob", "我已付款")
    tapped = await shop.app.handle(tap_in_private(shop, "bob", "od:confirm:1"))
    assert (
        shop.toast(tapped) == "这里没有订单 #1-1。例如：已收款 12-3（订单消息里的编号）"
    )  # not theirs to confirm
    assert uow_factory.state.orders[1].status is OrderStatus.PENDING_PAYMENT


@pytest.mark.parametrize(
    ("text", "command"),
    [
        ("我已付款", "ipaid"),
        ("已付款", "ipaid"),
        ("付了", "ipaid"),
        ("付了！", "ipaid"),
        ("已付款，谢谢团长", "ipaid"),
        ("已转账 7", "ipaid"),
        ("已付款 #7", "ipaid"),
        ("/ipaid 7", "ipaid"),
        ("未收到 7", "notpaid"),
        ("/notpaid 7", "notpaid"),
        ("催款", "remind"),
        ("催款 #12", "remind"),
        ("/remind #12", "remind"),
        ("付了吗？", None),
        ("付了钱就好", None),
        ("已付款了吗", None),
        ("没收到消息", None),
        ("未收到", None),
        ("催款了吗？", None),
    ],
)
def test_what_reads_as_a_report_and_what_is_talk(text: str, command: str | None) -> None:
    found = parse_text(text, vocabulary=VOCABULARY)
    assert (found.name if found is not None else None) == command


async def test_a_reported_reservation_waits_for_the_organiser_instead_of_lapsing(
    uow_factory: FakeUnitOfWorkFactory, clock: FakeClock
) -> None:
    """Telegram Stars orders lapse unpaid at their pay-by time; a reported one waits until the organiser
    confirms or says it did not arrive, then lapses like any other."""
    app = ChatApp(
        uow_factory=cast(UnitOfWorkFactory, uow_factory),
        clock=clock,
        config=AppConfig(default_language="en"),
    )
    shop = Chat(app)
    for user, text in [
        ("amy", "/groupbuy Mangoes price 100⭐"),
        ("bob", "+1"),
        ("cat", "+1"),
        ("amy", "/close"),
    ]:
        await shop.say(user, text)
    await shop.say("bob", "/ipaid")
    clock.advance(hours=23)
    reminded = await app.checkout.remind_unpaid(clock.now())
    assert [reply.private_to for reply in reminded] == ["cat"]  # Bob said he paid: not chased
    clock.advance(hours=2)

    lapsed = await app.checkout.expire_unpaid(clock.now())

    assert shop.private(lapsed) == {
        "cat": "Order #1-2 (Mangoes, 100⭐) was cancelled: it was not paid in time.",
        "amy": "Order #1-2 of Cat (Mangoes, 100⭐) was cancelled: not paid in time.",
    }
    assert uow_factory.state.orders[1].status is OrderStatus.PENDING_PAYMENT
    await app.handle(tap_in_private(shop, "amy", "od:notpaid:1"))
    assert shop.private(await app.checkout.expire_unpaid(clock.now()))["bob"] == (
        "Order #1-1 (Mangoes, 100⭐) was cancelled: it was not paid in time."
    )
