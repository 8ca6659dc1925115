"""Amy's `已收 2-1` then `未收到 2-1` answered only "订单 #2-1 已经标记为已付款，没有任何改动。": she had
tapped 已收 by mistake and was not told the way out. The answer now names the undo command."""

from __future__ import annotations

from tests.unit.handlers.conftest import fake_chat


async def test_not_received_of_a_paid_order_says_how_to_undo_the_confirmation() -> None:
    chat = fake_chat()
    await chat.say("amy", "接龙 芒果 价格 30")
    await chat.say("bob", "+1")
    await chat.say("amy", "截单")
    await chat.say("amy", "已收 1-1")

    assert chat.said(await chat.say("amy", "未收到 1-1")) == (
        "订单 #1-1 已经标记为已付款，没有任何改动。如果是误点，发 撤销已收 1-1"
    )
    assert chat.said(await chat.say("amy", "/notpaid 1-1")) == (
        "订单 #1-1 已经标记为已付款，没有任何改动。如果是误点，发 撤销已收 1-1"
    )
