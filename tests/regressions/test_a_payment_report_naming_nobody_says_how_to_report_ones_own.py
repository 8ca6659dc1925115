"""Bob, owing order 1-1 of 芒果团, sent `我已付款 @Zed` (Zed: nobody in the group) and was answered with
the generic "本群里没有叫 Zed 的成员…请核对名字（和群里显示的一样），或直接 @ 对方。", which says
nothing about his payment; `我已付款 @Cat` (a fellow buyer, not whom he pays) pointed him to his
orders only. A payment report naming nobody it can go to now says what is wrong and how to report his
own order: `我已付款` alone or with its number (`/ipaid` in English, `I paid @Zed` too). Someone owing
nothing here is told that; the organiser's `已付款 @Zed` (her confirmation) gets the `已收 1-1` form.
Nothing is reported either way."""

from __future__ import annotations

import pytest

from commerce.domain.order import OrderStatus
from tests.fakes import FakeUnitOfWorkFactory
from tests.unit.handlers.conftest import Chat, fake_chat

OWN_ZH = "报告你自己订单的付款，请只发“我已付款”，或带上订单编号：我已付款 1-1"
OWN_EN = "To report paying your own order, send /ipaid alone, or with its number: /ipaid 1-1"


async def _mangoes(factory: FakeUnitOfWorkFactory) -> Chat:
    """Amy's 芒果团 closed: Bob's order 1-1 and Cat's 1-2, both unpaid; Dan bought nothing."""
    room = fake_chat(factory)
    for user, text in [("amy", "接龙 芒果团 78 成团 2"), ("bob", "+1"), ("cat", "+1"), ("amy", "截单")]:
        await room.say(user, text)
    await room.say("dan", "芒果甜吗")
    return room


@pytest.mark.parametrize(
    ("typed", "said"),
    [
        ("我已付款 @Zed", f"本群里没有叫 Zed 的成员，没有任何改动。{OWN_ZH}"),
        ("已付款 @Zed", f"本群里没有叫 Zed 的成员，没有任何改动。{OWN_ZH}"),
        ("/ipaid @Zed", f"I don't know anyone called Zed in this chat: nothing was changed. {OWN_EN}"),
        ("I paid @Zed", f"I don't know anyone called Zed in this chat: nothing was changed. {OWN_EN}"),
        ("我已付款 @Cat", f"你在本群没有要付给 Cat 的待付款订单，没有任何改动。{OWN_ZH}"),
        ("/ipaid @Cat", f"You have no unpaid order with Cat here: nothing was changed. {OWN_EN}"),
    ],
)
async def test_a_buyers_report_naming_nobody_says_how_to_report_his_own(typed: str, said: str) -> None:
    factory = FakeUnitOfWorkFactory()
    room = await _mangoes(factory)
    replies = await room.say("bob", typed)
    assert room.said(replies) == said
    assert room.private(replies) == {}
    assert all(order.reported_paid_at is None for order in factory.state.orders.values())


async def test_someone_owing_nothing_or_the_organiser_is_told_what_fits_them() -> None:
    factory = FakeUnitOfWorkFactory()
    room = await _mangoes(factory)
    assert room.said(await room.say("dan", "我已付款 @Zed")) == (
        "本群里没有叫 Zed 的成员，你在本群也没有待付款的订单，没有任何改动。查看订单：我的订单"
    )
    assert room.said(await room.say("dan", "I paid @Zed")) == (
        "I don't know anyone called Zed in this chat, and you have no unpaid order here: "
        "nothing was changed. Your orders: /orders"
    )
    assert room.said(await room.say("amy", "已付款 @Zed")) == (
        "本群里没有叫 Zed 的成员，没有任何改动。请改用订单编号，例如：已收 1-1"
    )
    orders = factory.state.orders.values()
    assert all(o.reported_paid_at is None and o.status is OrderStatus.PENDING_PAYMENT for o in orders)
