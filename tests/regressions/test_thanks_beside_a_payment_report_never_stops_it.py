"""rep39 #1: Cat's `paid 10 thx amy!` and Gil's `thx, paid 10` got no reply and reported nothing, while
`paid 10 thanks amy!` worked. Thanks said before or after a payment report (thx, ty, tks, tq, thank u,
谢谢, 谢啦, 多谢 …, to whom it names) is courtesy: the report is made as without it."""

from __future__ import annotations

import pytest

from tests.fakes import FakeUnitOfWorkFactory
from tests.unit.handlers.conftest import Chat, fake_chat

EN = [
    ("cat", "paid 10 thx amy!"),
    ("gil", "thx, paid 10"),
    ("dee", "ty paid 10"),
    ("eve", "paid 10, tq"),
    ("fay", "thank u amy, paid 10"),
    ("hal", "paid 1-6 tks"),
]
ZH = [
    ("cat", "付了50 谢谢团长"),
    ("gil", "谢啦，付了50"),
    ("dee", "付了50 谢啦"),
    ("eve", "多谢 付了50"),
    ("fay", "谢谢团长 付了50"),
    ("hal", "我已付款 1-6 谢谢"),
]


async def _closed(opened: str, close: str, price: str) -> tuple[FakeUnitOfWorkFactory, Chat]:
    factory = FakeUnitOfWorkFactory()
    chat = fake_chat(factory)
    await chat.say("amy", opened.format(price=price))
    for buyer in ("cat", "gil", "dee", "eve", "fay", "hal"):
        await chat.say(buyer, "+1")
    await chat.say("amy", close)
    return factory, chat


@pytest.mark.parametrize(("user", "typed"), EN)
async def test_thanks_beside_an_english_payment_report_never_stops_it(user: str, typed: str) -> None:
    factory, chat = await _closed("/groupbuy Lychees price {price} target 1", "/close", "10")
    number = next(order.number for order in factory.state.orders.values() if order.buyer_id == user)

    said = chat.said(await chat.say(user, typed))

    assert said.startswith(
        f"Thanks, {user.title()}: Amy is asked to confirm your payment for order #{number}; "
        f"the amount was sent to you privately."
    ), said
    assert [o.buyer_id for o in factory.state.orders.values() if o.reported_paid_at is not None] == [user]


@pytest.mark.parametrize(("user", "typed"), ZH)
async def test_thanks_beside_a_chinese_payment_report_never_stops_it(user: str, typed: str) -> None:
    factory, chat = await _closed("接龙 荔枝 价格 {price} 成团 1", "截单", "50")
    number = next(order.number for order in factory.state.orders.values() if order.buyer_id == user)

    said = chat.said(await chat.say(user, typed))

    assert said.startswith(
        f"收到，{user.title()}：已请 Amy 确认你订单 #{number} 的付款，金额已私信发给你。"
    ), said
    assert [o.buyer_id for o in factory.state.orders.values() if o.reported_paid_at is not None] == [user]


async def test_thanks_with_a_question_stays_talk() -> None:
    _, chat = await _closed("接龙 荔枝 价格 {price} 成团 1", "截单", "50")
    for talk in ("付了吗 谢谢", "thx, who paid?", "thanks"):
        assert await chat.say("cat", talk) == [], talk
