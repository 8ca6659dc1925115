"""Replay review (session 24, breakage 4): Hal reported `付了78，微信转的`, then Amy's `取消订单 1-1`
cancelled his order at once ("不再计入待收款") and told Hal "这笔不用再付了": neither named the ¥78 he says
he sent. Cancelling an order whose buyer reported paying (not confirmed) now changes nothing the first
time and says so, with how to cancel it all the same (`取消订单 1-1 确认` / `/cancel 1-1 confirm`) or
confirm the money (`已收 1-1`); confirmed, it is cancelled and Hal is told his report was not confirmed
and to talk to Amy about the money. In the group and in private alike; the console's Cancel page warns,
then cancels (it asked first)."""

from __future__ import annotations

import html
from pathlib import Path

import pytest

from commerce.domain.order import OrderStatus
from tests.fakes import FakeUnitOfWorkFactory
from tests.unit.bot.console.console_client import console_world, post_form
from tests.unit.handlers.conftest import Chat, fake_chat

ZH = {
    "open": "接龙 荔枝 价格 78 成团 1",
    "close": "截单",
    "report": "付了78，微信转的",
    "cancel": "取消订单 1-1",
    "confirm": "取消订单 1-1 确认",
    "confirm_why": "取消订单 1-1 确认 不要了",
    "by_name": "取消订单 @Hal",
    "by_name_confirm": "取消订单 @Hal 确认",
    "refused": "Hal 报过已付款 ¥78（微信）。没收到就发 取消订单 1-1 确认；"
    "收到了就发 已收 1-1。没有任何改动。",
    "said": "已取消订单 #1-1（Hal）：不再计入待收款，已私信告诉对方。",
    "said_private": "已取消订单 #1-1（Hal，¥78）：不再计入待收款，已私信告诉对方。",
    "told": "Amy 取消了你的订单 #1-1（荔枝，¥78）。你报过已付款，但 Amy 没有确认收到；"
    "你说已经转的钱，请直接联系 Amy。",
    "told_why": "Amy 取消了你的订单 #1-1（荔枝，¥78）。你报过已付款，但 Amy 没有确认收到；"
    "你说已经转的钱，请直接联系 Amy。\n原因：不要了",
}
EN = {
    "open": "/groupbuy Lychees price 78 target 1",
    "close": "/close",
    "report": "paid! sent 78 via paynow",
    "cancel": "/cancel 1-1",
    "confirm": "/cancel 1-1 confirm",
    "confirm_why": "/cancel 1-1 confirm changed mind",
    "by_name": "/cancel @Hal",
    "by_name_confirm": "/cancel @Hal confirm",
    "refused": "Hal reported paying ¥78 (PayNow). If you did not get it, send /cancel 1-1 confirm; "
    "if you did, send /paid 1-1. Nothing was changed.",
    "said": "Cancelled order #1-1 (Hal): it is no longer owed; they were told privately.",
    "said_private": "Cancelled: order #1-1 of Hal (¥78) is dropped and no longer owed; "
    "they were told privately.",
    "told": "Amy cancelled your order #1-1 (Lychees, ¥78). You reported paying, but Amy did not confirm "
    "getting it; about the money you say you sent, please talk to Amy.",
    "told_why": "Amy cancelled your order #1-1 (Lychees, ¥78). You reported paying, but Amy did not confirm "
    "getting it; about the money you say you sent, please talk to Amy.\nReason: changed mind",
}


async def _reported(words: dict[str, str]) -> tuple[Chat, FakeUnitOfWorkFactory]:
    """Amy's Lychees (¥78), closed: #1-1 Hal's, which Hal reported paying."""
    factory = FakeUnitOfWorkFactory()
    chat = fake_chat(factory)
    said = [("amy", words["open"]), ("hal", "+1"), ("amy", words["close"]), ("hal", words["report"])]
    for user, text in said:
        await chat.say(user, text)
    [order] = factory.state.orders.values()
    assert order.reported_paid_at is not None
    return chat, factory


@pytest.mark.parametrize("private", [False, True], ids=["group", "private"])
@pytest.mark.parametrize("words", [ZH, EN], ids=["zh", "en"])
async def test_a_reported_order_is_cancelled_only_when_confirmed(
    words: dict[str, str], private: bool
) -> None:
    chat, factory = await _reported(words)
    [order] = factory.state.orders.values()

    refused = await chat.say("amy", words["cancel"], private=private)

    assert Chat.said(refused) == words["refused"] and not Chat.private(refused)
    assert order.status is OrderStatus.PENDING_PAYMENT and order.reported_paid_at is not None  # unchanged

    done = await chat.say("amy", words["confirm"], private=private)

    assert Chat.said(done) == words["said_private" if private else "said"]
    assert Chat.private(done) == {"hal": words["told"]}
    [order] = factory.state.orders.values()
    assert order.status is OrderStatus.CANCELLED


@pytest.mark.parametrize("words", [ZH, EN], ids=["zh", "en"])
async def test_a_confirmed_cancel_passes_its_reason_on(words: dict[str, str]) -> None:
    chat, factory = await _reported(words)

    done = await chat.say("amy", words["confirm_why"])

    assert Chat.said(done) == words["said"]
    assert Chat.private(done) == {"hal": words["told_why"]}
    [order] = factory.state.orders.values()
    assert order.status is OrderStatus.CANCELLED


@pytest.mark.parametrize("words", [ZH, EN], ids=["zh", "en"])
async def test_a_cancel_naming_him_is_refused_then_confirmed_the_same_way(words: dict[str, str]) -> None:
    chat, factory = await _reported(words)

    refused = await chat.say("amy", words["by_name"], mentions=["hal"])

    assert Chat.said(refused) == words["refused"] and not Chat.private(refused)
    [order] = factory.state.orders.values()
    assert order.status is OrderStatus.PENDING_PAYMENT
    done = await chat.say("amy", words["by_name_confirm"], mentions=["hal"])
    assert Chat.said(done) == words["said"]
    assert Chat.private(done) == {"hal": words["told"]}


async def test_the_consoles_cancel_page_warns_of_the_report_then_cancels(tmp_path: Path) -> None:
    async with console_world(tmp_path) as world:
        gid = await world.open_group_buy("family", "amy", "Mangoes", target=1)
        await world.say("family", "hal", "+1")
        await world.say("family", "amy", "/close")
        await world.say("family", "hal", "/ipaid")
        client = await world.member("amy")

        asked = html.unescape((await client.get(f"/orders/cancel?order={gid}-1")).text)

        assert (
            "Note: Hal reported paying ¥10, not yet confirmed. If you did get it, go back and mark it paid; "
            "cancelling tells Hal the payment was not confirmed and to talk to the organiser about the money."
        ) in asked

        await post_form(client, "/orders/cancel", {"order": f"{gid}-1", "confirm": "yes"})

        page = html.unescape((await client.get("/orders")).text)
        assert f"Cancelled: #{gid}-1. The buyer was told." in page
        async with world.app.uow_factory() as uow:
            [order] = await uow.orders.for_group_buy(gid)
        assert order.status is OrderStatus.CANCELLED and order.reported_paid_at is None
