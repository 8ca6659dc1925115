"""rep85 #12: `退款 2-4` of an order cancelled by 取消未付款 (after ¥10 received and given back) said
`订单 #2-4 还没付款，无需退款`, though `已收 2-4` says it is cancelled; and `撤销已收 3-1` of an order with
`只收到 3-1 50` recorded said `还没标记为已付款，没有可撤销的`, leaving an organiser who recorded the part
by mistake with no way to put it right. The refund now says the order is cancelled (and that the money
received was given back), and 撤销已收 names the part received and the commands that correct it."""

from __future__ import annotations

import pytest

from tests.unit.handlers.conftest import fake_chat

SAID = {
    "zh": ("接龙 土鸡蛋 价格 45 成团 1", "截单", "只收到 1-2 10", "退款 1-2", "取消订单 1-2", "取消订单 1-1"),
    "en": (
        "/groupbuy Eggs price 45 target 1",
        "/close",
        "/paid 1-2 ¥10 only",
        "/refund 1-2",
        "/cancel 1-2",
        "/cancel 1-1",
    ),
}
REFUND = {"zh": "退款", "en": "/refund"}
CANCELLED = {
    "zh": (
        "订单 #1-1 已取消，没有收着的钱可退，没有任何改动。",
        "订单 #1-2 已取消，之前收到的 ¥10 已经退过了，没有收着的钱可退，没有任何改动。",
    ),
    "en": (
        "Order #1-1 was cancelled: no money of it is held, so there is nothing to refund."
        " Nothing was changed.",
        "Order #1-2 was cancelled, and the ¥10 received for it was refunded already: no money of it is held,"
        " so there is nothing to refund. Nothing was changed.",
    ),
}


@pytest.mark.parametrize("lang", ["zh", "en"])
async def test_a_refund_of_a_cancelled_order_says_it_is_cancelled(lang: str) -> None:
    opening, close, part, give_back, cancel_part, cancel = SAID[lang]
    chat = fake_chat()
    if lang == "en":
        await chat.say("may", "/lang en")
    await chat.say("may", opening)
    await chat.say("bob", "+1")
    await chat.say("cat", "+1")
    await chat.say("may", close)
    for typed in (part, give_back, cancel_part, cancel):
        await chat.say("may", typed, private=True)

    plain, received_back = CANCELLED[lang]
    assert chat.said(await chat.say("may", f"{REFUND[lang]} 1-1", private=True)) == plain
    assert chat.said(await chat.say("may", f"{REFUND[lang]} 1-2", private=True)) == received_back
    assert chat.said(await chat.say("may", f"{REFUND[lang]} 1-2 ¥5", private=True)) == received_back


UNDO = {
    "zh": (
        "接龙 土鸡蛋 价格 90 成团 1",
        "截单",
        "只收到 1-1 50",
        "撤销已收 1-1",
        "订单 #1-1 还没标记为已付款，只记了只收到 ¥50（应付 ¥90，还差 ¥40），没有可撤销的已收，没有任何改动。"
        "全部收到了就发 已收 1-1；又收到一部分就发 只收到 1-1 金额（会加到 ¥50 上）；"
        "记多了或要退回就发 退款 1-1 金额。",
    ),
    "en": (
        "/groupbuy Eggs price 90 target 1",
        "/close",
        "/paid 1-1 ¥50 only",
        "/unpaid 1-1",
        "Order #1-1 is not marked paid: only ¥50 was recorded received (of ¥90, ¥40 to go), so there is"
        " no payment to undo. Nothing was changed. Received it all? Send /paid 1-1. Another part?"
        " /paid 1-1 ¥amount only (it adds to the ¥50). Recorded too much, or giving it back?"
        " /refund 1-1 ¥amount.",
    ),
}


@pytest.mark.parametrize("lang", ["zh", "en"])
async def test_undoing_a_payment_of_a_part_received_order_names_the_part_and_the_fix(lang: str) -> None:
    opening, close, part, undo, said = UNDO[lang]
    chat = fake_chat()
    if lang == "en":
        await chat.say("may", "/lang en")
    await chat.say("may", opening)
    await chat.say("bob", "+1")
    await chat.say("may", close)
    await chat.say("may", part, private=True)

    assert chat.said(await chat.say("may", undo, private=True)) == said
    in_group = await chat.say("may", undo)  # the group never reads the buyer's money
    assert "¥50" not in chat.said(in_group)
    assert said in chat.private(in_group)["may"]
