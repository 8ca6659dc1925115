"""s28 review: a few texts users read still showed a placeholder to fill in: `/ipaid <order>`, `/paid
<order>`, `已收 <订单号>`, `“我已付款 订单号”`, the console's “<chat> organiser”. Each now gives a real
order number (one of hers, or of the orders it is about) or the real name; one with nothing to pay is
told so instead of how to report paying."""

from __future__ import annotations

import html
from datetime import UTC, datetime
from pathlib import Path

from tests.unit.bot.console.console_client import console_world
from tests.unit.handlers.conftest import Chat, fake_chat


async def _two_owed(*, english: bool = False) -> Chat:
    chat = fake_chat()
    if english:
        await chat.say("amy", "/lang en")
    for text in ("接龙 芒果 价格 68", "接龙 鸡蛋 价格 30"):
        await chat.say("amy", text)
    await chat.say("cat", "+1 #1")
    await chat.say("cat", "+1 #2")
    await chat.say("amy", "截单 #1")
    await chat.say("amy", "截单 #2")
    return chat


async def test_a_buyer_owing_two_orders_is_given_them_to_report() -> None:
    chat = await _two_owed()
    assert chat.said(await chat.say("cat", "已收", private=True)) == (
        "只有团长可以确认收款，没有任何改动。你付了款请发“我已付款”加订单号告诉团长，"
        "例如“我已付款 2-1”（你待付的订单：#2-1 · #1-1）。"
    )
    chat = await _two_owed(english=True)
    assert chat.said(await chat.say("cat", "/paid", private=True)) == (
        "Only the organiser confirms payments; nothing was changed. If you paid, tell the organiser with "
        "/ipaid and the order's number, e.g. /ipaid 2-1 (yours to pay: #2-1 · #1-1)."
    )


async def test_a_buyer_owing_nothing_is_told_so() -> None:
    chat = fake_chat()
    assert chat.said(await chat.say("cat", "已收 1-1", private=True)) == (
        "只有团长可以确认收款，没有任何改动。你没有待付款的订单（发“我的订单”可查看）。"
    )
    assert chat.said(await chat.say("cat", "/paid 1-1", private=True)) == (
        "Only the organiser confirms payments; nothing was changed. You have no order waiting to be paid "
        "(/orders shows yours)."
    )


async def test_nothing_to_remind_names_an_order_to_confirm() -> None:
    for english in (False, True):
        chat = fake_chat()
        await chat.say("amy", "/groupbuy Mangoes price 88" if english else "接龙 芒果 价格 88")
        await chat.say("bob", "+1")
        await chat.say("amy", "/close" if english else "截单")
        await chat.say("bob", "/ipaid" if english else "我已付款")
        said = chat.said(await chat.say("amy", "/remind" if english else "催款"))
        assert said == (
            "Nobody to remind for #1: every unpaid order (1) is reported paid and waits for you to confirm "
            "(e.g. /paid 1-1)."
            if english
            else "#1 没有要催的人：未付的 1 个订单都已报付款，等你确认（例如 已收 1-1）。"
        )


async def test_a_reminder_of_a_guest_names_the_guests_order() -> None:
    for english in (False, True):
        chat = fake_chat()
        await chat.say("amy", "/groupbuy Honey price 40" if english else "接龙 蜂蜜 价格 40")
        await chat.say("bob", "+1")
        await chat.say("amy", "/add Aunt Wang 3" if english else "代报 王阿姨 3")
        await chat.say("amy", "/close" if english else "截单")
        said = chat.said(await chat.say("amy", "/remind" if english else "催款"))
        assert said.endswith(
            "Amy: collect from the people you added (/add), then confirm each with /paid and its order "
            "number, e.g. /paid 1-2."
            if english
            else "Amy：代报的人请你向他们收款，收到后发 已收 加订单号，例如 已收 1-2。"
        ), said


async def test_the_console_names_the_chats_organiser_it_opens_as(tmp_path: Path) -> None:
    async with console_world(tmp_path) as world:
        async with world.app.uow_factory() as uow:
            await uow.chat_names.name("quiet", "Quiet Street", datetime(2026, 1, 1, tzinfo=UTC))
            await uow.commit()
        admin = await world.admin()
        admin.cookies.set("lang", "en")
        page = html.unescape((await admin.get("/group-buys/new", params={"chat": "quiet"})).text)
        assert "so the group buy is opened as the chat's organiser (“Quiet Street organiser”)." in page
        assert "<chat>" not in page
        admin.cookies.set("lang", "zh")
        page = html.unescape((await admin.get("/group-buys/new", params={"chat": "quiet"})).text)
        assert "这个群还没有已知的成员，团购将以“Quiet Street团长”的名义开团。" in page
