"""rep37 finding 6: `取消 2-19 2-15 没付款` (several unpaid orders and why) got silence, while without the
reason it answered "一次取消一个订单…". With a reason it is answered the same, its example keeping the
reason, and nothing is cancelled; `退款 1-1 1-2 坏了` likewise names one at a time; a question stays talk."""

from __future__ import annotations

import pytest

from commerce.domain.order import OrderStatus
from tests.fakes import FakeUnitOfWorkFactory
from tests.unit.handlers.conftest import fake_chat


@pytest.mark.parametrize(
    ("text", "said"),
    [
        ("取消 1-1 1-2 没付款", "一次取消一个订单，没有任何改动。请分开发：取消订单 1-1 没付款"),
        ("取消订单 1-1、1-2 超时未付款", "一次取消一个订单，没有任何改动。请分开发：取消订单 1-1 超时未付款"),
        ("取消 1-1 1-2", "一次取消一个订单，没有任何改动。请分开发：取消订单 1-1"),
        (
            "/cancel 1-1 1-2 never paid",
            "One order at a time: nothing was changed. Send each on its own: /cancel 1-1 never paid",
        ),
        ("退款 1-1 1-2 坏了", "退款一次一单（钱要退回给买家），没有任何改动。请分开发，例如：退款 1-1"),
    ],
)
async def test_several_orders_with_a_reason_are_answered_one_at_a_time(text: str, said: str) -> None:
    factory = FakeUnitOfWorkFactory()
    chat = fake_chat(factory)
    await chat.say("amy", "接龙 芒果 价格 78 截止 2小时")
    for user in ("bob", "cat", "dan"):
        await chat.say(user, "+1")
    await chat.say("amy", "截单")
    if text.startswith("退款"):
        await chat.say("amy", "已收 1-1")
    assert chat.said(await chat.say("amy", text)) == said
    statuses = sorted(order.status for order in factory.state.orders.values())
    assert OrderStatus.CANCELLED not in statuses and OrderStatus.REFUNDED not in statuses


@pytest.mark.parametrize("text", ["取消 1-1 1-2 吗？", "退款 1-1 1-2 吗？"])
async def test_several_numbers_asked_about_are_talk(text: str) -> None:
    factory = FakeUnitOfWorkFactory()
    chat = fake_chat(factory)
    await chat.say("amy", "接龙 芒果 价格 78 截止 2小时")
    for user in ("bob", "cat"):
        await chat.say(user, "+1")
    await chat.say("amy", "截单")
    assert await chat.say("amy", text) == []
