"""s42 fixers' note: `/paid 1-1 abc` (and `已收 1-1 abc`) marked order 1-1 paid, the word after the order
ignored. A word after one order that is no amount (nor `only`, a way to pay, a courtesy, a mention) is
refused now, saying what was wrong and the forms that work (`/paid 1-1`, `/paid 1-1 10`); nothing is
marked. `已收 1-1 微信`, `/paid 1-1 thanks` still mark it paid; anyone else is told only the organiser
confirms payments, never what the order owes."""

from __future__ import annotations

import pytest

from tests.unit.handlers.conftest import Chat, fake_chat

SAID = {
    "en": (
        "/groupbuy Lychees price 10",
        "/close",
        "/paid 1-1 abc",
        "“abc” after the order is not an amount: order #1-1 was not marked paid. Nothing was changed."
        " Received it all? Send /paid 1-1, or with the amount received: /paid 1-1 10.",
    ),
    "zh": (
        "接龙 荔枝 价格 10",
        "截单",
        "已收 1-1 abc",
        "订单号后面的“abc”不是金额，订单 #1-1 没有标记为已付款，没有任何改动。全部收到了就发 已收 1-1；"
        "写上收到的金额也行：已收 1-1 10。",
    ),
}


async def _closed(lang: str) -> Chat:
    room = fake_chat()
    if lang == "en":
        await room.say("amy", "/lang en")
    opening, close, *_ = SAID[lang]
    for who, typed in (("amy", opening), ("bob", "+1"), ("amy", close)):
        await room.say(who, typed)
    return room


async def _status(room: Chat) -> str:
    async with room.app.uow_factory() as uow:
        (order,) = await uow.orders.for_group_buy(1)
    return order.status.value


@pytest.mark.parametrize("lang", ["en", "zh"])
async def test_a_word_that_is_no_amount_is_refused_and_nothing_is_marked(lang: str) -> None:
    room = await _closed(lang)
    _, _, typed, said = SAID[lang]
    card = await room.card()

    replies = await room.say("amy", typed)

    assert room.said(replies) == said
    assert await room.card() == card
    assert await _status(room) == "pending_payment"


@pytest.mark.parametrize(
    "typed", ["已收 1-1 微信", "/paid 1-1 cash", "/paid 1-1 thanks", "已收 1-1 谢谢", "/paid 1-1 👍"]
)
async def test_a_way_to_pay_or_a_courtesy_after_the_order_still_marks_it(typed: str) -> None:
    room = await _closed("zh")

    replies = await room.say("amy", typed)

    assert "#1-1" in room.said(replies)
    assert await _status(room) == "paid"


async def test_a_member_is_told_only_the_organiser_confirms() -> None:
    room = await _closed("en")

    replies = await room.say("bob", "/paid 1-1 abc")

    assert room.said(replies) == (
        "Only the organiser (Amy) confirms payments: nothing was changed. To tell them you paid order #1-1,"
        " send /ipaid 1-1"
    )
    assert await _status(room) == "pending_payment"
