"""`/cancelorder 1-1` was read as `/cancel` with "order" glued on and answered with the cancel's form,
nothing cancelled, while `取消订单 1-1` cancelled the order: `/cancelorder` (and `/cancel_order`) is the
English word of `取消订单`, taking every form it takes (a number, a reason, `@name`, alone)."""

from __future__ import annotations

import pytest

from tests.unit.handlers.conftest import Chat, fake_chat

FORM = (
    "Write it like: /cancel 1-1 (the unpaid order's number; a reason after it is passed to the buyer: "
    "/cancel 1-1 changed mind) or /cancel @name. /cancel alone, or /cancel #1, calls the group buy off."
)

FORM_ZH = (
    "请这样写：取消订单 1-1（待付款订单的编号；后面可写原因，会转告买家：取消订单 1-1 不要了）"
    "或 取消订单 @名字。只发“取消”或“取消 #1”是取消整个团购。"
)
SEVERAL_ZH = "一次取消一个订单，没有任何改动。请分开发：取消订单 1-2"


async def _closed(zh: bool) -> Chat:
    chat = fake_chat()
    await chat.say("amy", "开团 荔枝 价格 20" if zh else "/groupbuy Lychees price 20")
    for member in ("bob", "cat", "dan"):
        await chat.say(member, "+1")
    await chat.say("amy", "截单" if zh else "/close")
    return chat


async def test_cancelorder_cancels_an_order_by_number_reason_or_name() -> None:
    chat = await _closed(zh=False)

    by_number = chat.said(await chat.say("amy", "/cancelorder 1-1"))
    with_reason = await chat.say("amy", "/cancel_order 1-2 changed mind")
    by_name = chat.said(await chat.say("amy", "/cancelorder @Dan"))

    assert by_number == "Cancelled order #1-1 (Bob): it is no longer owed; they were told privately."
    assert chat.said(with_reason) == by_number.replace("#1-1 (Bob)", "#1-2 (Cat)")
    told = [reply.text for reply in with_reason if reply.private_to == "cat"]
    assert len(told) == 1 and "changed mind" in told[0]
    assert by_name == "Cancelled order #1-3 (Dan): it is no longer owed; they were told privately."
    remind = chat.said(await chat.say("amy", "/remind"))
    assert "Bob" not in remind and "Cat" not in remind and "Dan" not in remind


@pytest.mark.parametrize("zh", [True, False], ids=["zh", "en"])
async def test_cancelorder_takes_the_forms_of_the_chinese_word(zh: bool) -> None:
    chat = await _closed(zh)

    # a slash command alone speaks its sender's language: Amy's words so far (开团 or /groupbuy … price)
    assert chat.said(await chat.say("amy", "/cancelorder")) == (FORM_ZH if zh else FORM)
    several = chat.said(await chat.say("amy", "/cancelorder 1-2 1-3"))
    assert several == (
        SEVERAL_ZH if zh else "One order at a time: nothing was changed. Send each on its own: /cancel 1-2"
    )
    in_chinese = chat.said(await chat.say("amy", "取消订单 1-2"))
    assert in_chinese == "已取消订单 #1-2（Cat）：不再计入待收款，已私信告诉对方。"
    cancelled = chat.said(await chat.say("amy", "/cancelorder 1-3"))  # she has just typed Chinese
    assert cancelled == "已取消订单 #1-3（Dan）：不再计入待收款，已私信告诉对方。"
    bob = chat.said(await chat.say("bob", "/cancelorder"))  # a buyer: only the organiser cancels
    assert bob.startswith(
        "Only the organiser can cancel an order: nothing was changed. Your unpaid orders: #1-1 "
    )
