"""An order whose organiser wrote how to pay (`收款方式 支付宝转给 Amy`) also said "pay the organiser (cash or
transfer)" just above it: two different instructions. With a payment note, the order points to it alone."""

from __future__ import annotations

import pytest

from tests.unit.handlers.conftest import Chat, fake_chat


@pytest.mark.parametrize(
    ("opening", "note", "close", "expected", "generic"),
    [
        (
            "接龙 李子 价格 10 成团 1 截止 2小时",
            "收款方式 支付宝转给 Amy",
            "截单",
            "请按团长 Amy 下面写的方式付款，付完发“我已付款 1-1”告诉团长，团长确认收款。\n"
            "付款方式：支付宝转给 Amy",
            "现金或转账",
        ),
        (
            "/groupbuy Plums price 10 target 1 ends 2h",
            "/payment Alipay to Amy",
            "/close",
            "Pay the organiser Amy as they ask below, then send /ipaid 1-1 to tell them; they confirm it.\n"
            "How to pay: Alipay to Amy",
            "cash or transfer",
        ),
    ],
)
async def test_the_order_gives_one_way_to_pay(
    opening: str, note: str, close: str, expected: str, generic: str
) -> None:
    chat = fake_chat()
    await chat.say("amy", opening)
    await chat.say("amy", note)
    await chat.say("bob", "+1")
    order = Chat.private(await chat.say("amy", close))["bob"]
    assert order.endswith(expected)
    assert generic not in order
