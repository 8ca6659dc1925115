"""Review 56 #7: `我已付款 1-2` of a refunded order was answered `订单 #1-2 已退款，不能再付款，没有扣款。`,
although nothing is ever charged when a buyer says she paid (the money goes offline): `没有扣款` made no
sense. Now a report of a refunded (or cancelled) order says nothing was changed."""

from __future__ import annotations

import pytest

from tests.unit.handlers.conftest import fake_chat

ZH = ["接龙 草莓 价格 40", "截单", "已收 1-1", "退款 1-1", "我已付款 1-1"]
EN = ["/groupbuy Berries price 40", "/close", "/paid 1-1", "/refund 1-1", "/ipaid 1-1"]


@pytest.mark.parametrize(
    ("said", "answer"),
    [
        (ZH, "订单 #1-1 已退款，不能再付款，没有任何改动。"),
        (EN, "Order #1-1 was refunded, so it cannot be paid again. Nothing was changed."),
    ],
)
async def test_a_refunded_orders_report_says_nothing_changed_not_nothing_charged(
    said: list[str], answer: str
) -> None:
    opening, close, paid, refund, reported = said
    chat = fake_chat()
    await chat.say("wang", opening, name="Wang")
    await chat.say("amy", "+1", name="Amy")
    await chat.say("wang", close, name="Wang")
    await chat.say("wang", paid, name="Wang")
    await chat.say("wang", refund, name="Wang")
    replies = await chat.say("amy", reported, name="Amy")
    assert chat.said(replies) == answer
