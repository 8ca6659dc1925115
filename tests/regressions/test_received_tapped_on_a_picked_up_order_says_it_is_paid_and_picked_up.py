"""Session 14 (fl report, item 10): tapping ✅已收到 (a buyer's 我已付款 sent to the organiser) on an order
already confirmed and picked up showed `订单 #1-1 现在不能付款（状态：已提货）`, as if something were wrong
with it. It now says the order is already paid and picked up, nothing changed."""

from __future__ import annotations

import pytest

from handlers.buttons import OrderAction, OrderButton
from tests.unit.handlers.conftest import fake_chat


@pytest.mark.parametrize(
    ("lang", "opening", "paid", "picked_up", "expected"),
    [
        ("zh", "接龙 芒果 价格 10", "已收 1-1", "已取 1-1", "订单 #1-1 已经付过款，也已提货，没有任何改动。"),
        (
            "en",
            "/groupbuy Mangoes price 10",
            "/paid 1-1",
            "/pickedup 1-1",
            "Order #1-1 is already paid and picked up: nothing was changed.",
        ),
    ],
)
async def test_received_tapped_on_a_picked_up_order_says_it_is_paid_and_picked_up(
    lang: str, opening: str, paid: str, picked_up: str, expected: str
) -> None:
    chat = fake_chat(default_language=lang)
    await chat.say("amy", opening)
    await chat.say("bob", "+1")
    await chat.say("amy", "截单" if lang == "zh" else "/close")
    await chat.say("amy", paid)
    await chat.say("amy", picked_up)

    replies = await chat.tap("amy", OrderButton(OrderAction.CONFIRM, 1).pack())

    assert chat.toast(replies) == expected
