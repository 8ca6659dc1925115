"""s38 closing (money): `/paid @Kim` (`已收 @Kim`) when Kim's only order was marked paid already answered
`Kim has no unpaid order here`, as if Kim owed nothing at all and never said which order or how to put a
wrong mark right. Now it names her order as marked paid already, with how to undo it (`撤销已收 1-1` /
`/unpaid 1-1`), which then works; picked up, that it is paid and picked up; several paid, each by
number; nothing changed in every case."""

from __future__ import annotations

import pytest

from commerce.domain.order import OrderStatus
from tests.unit.handlers.conftest import Chat, fake_chat

WORDS = {
    "zh": ("接龙 东北大米 价格 120", "截单", "已收 1-1", "已收 @Kim", "撤销已收 1-1", "已取 1-1"),
    "en": ("/groupbuy Rice price 120", "/close", "/paid 1-1", "/paid @Kim", "/unpaid 1-1", "/pickedup 1-1"),
}
PAID = {
    "zh": "Kim 的订单 #1-1 已经标记为已付款，没有任何改动。如果记错了，发 撤销已收 1-1",
    "en": "Kim's order #1-1 is already marked paid: nothing was changed. If that was a mistake, send "
    "/unpaid 1-1",
}
PICKED_UP = {
    "zh": "Kim 的订单 #1-1 已经付款并取货了，没有任何改动。",
    "en": "Kim's order #1-1 is already paid and picked up: nothing was changed.",
}
SEVERAL = {
    "zh": "Kim 的订单 #1-1 #2-1 都已经标记为已付款，没有任何改动。如果哪单记错了，发 撤销已收 加那单的编号。",
    "en": "Kim's orders #1-1 #2-1 are already marked paid: nothing was changed. If one was a mistake, send "
    "/unpaid with its number.",
}


async def _kim_paid(lang: str) -> Chat:
    opened, close, paid, *_ = WORDS[lang]
    chat = fake_chat(default_language=lang)
    await chat.say("amy", opened)
    await chat.say("kim", "+1", name="Kim")
    await chat.say("amy", close)
    await chat.say("amy", paid)
    return chat


async def _status(chat: Chat) -> OrderStatus:
    async with chat.app.uow_factory() as uow:
        order = await uow.orders.get(1)
    assert order is not None
    return order.status


@pytest.mark.parametrize("lang", ["zh", "en"])
@pytest.mark.parametrize("private", [False, True])
async def test_her_order_paid_already_is_named_with_how_to_undo_it(lang: str, private: bool) -> None:
    chat = await _kim_paid(lang)
    *_, by_name, undo, _ = WORDS[lang]

    said = chat.said(await chat.say("amy", by_name, private=private))

    assert said == PAID[lang]
    assert await _status(chat) is OrderStatus.PAID
    await chat.say("amy", undo)  # the undo it names works
    assert await _status(chat) is OrderStatus.PENDING_PAYMENT


@pytest.mark.parametrize("lang", ["zh", "en"])
async def test_picked_up_it_says_so(lang: str) -> None:
    chat = await _kim_paid(lang)
    await chat.say("amy", WORDS[lang][5])

    assert chat.said(await chat.say("amy", WORDS[lang][3])) == PICKED_UP[lang]
    assert await _status(chat) is OrderStatus.FULFILLED


@pytest.mark.parametrize("lang", ["zh", "en"])
async def test_several_paid_are_each_named(lang: str) -> None:
    chat = await _kim_paid(lang)
    opened, close, _, by_name, *_ = WORDS[lang]
    await chat.say("amy", opened.replace("120", "80"))
    await chat.say("kim", "+1 #2", name="Kim")
    await chat.say("amy", f"{close} #2")
    await chat.say("amy", WORDS[lang][2].replace("1-1", "2-1"))

    assert chat.said(await chat.say("amy", by_name)) == SEVERAL[lang]
