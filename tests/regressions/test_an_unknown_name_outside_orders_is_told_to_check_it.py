"""`我已付款 @Zed` (nobody here is called Zed) was answered `本群里没有叫 Zed 的成员，没有任何改动。请改写订单
编号。`: the shared text of a name nobody (or several) here has told every command to write an order
number, which means nothing to commands that are not about one. The shared text says to check the name
(as the group shows it) or @ the member; with several of the name, to @ them or write the full name.
Commands with their own form (`已收 @Zed`, `禁言 Zed`) keep it."""

from __future__ import annotations

import pytest

from tests.unit.handlers.conftest import NAMES, fake_chat


async def test_an_unknown_name_is_told_to_check_it() -> None:
    chat = fake_chat()
    for user in ("amy", "bob"):
        await chat.say(user, "/help")

    zh = chat.said(await chat.say("bob", "我已付款 @Zed"))
    en = chat.said(await chat.say("bob", "I paid @Zed", language="en"))

    # a payment report now says what fits one (bob owes nothing here: see
    # test_a_payment_report_naming_nobody_says_how_to_report_ones_own), never to write an order number
    assert zh == "本群里没有叫 Zed 的成员，你在本群也没有待付款的订单，没有任何改动。查看订单：我的订单"
    assert en == (
        "I don't know anyone called Zed in this chat, and you have no unpaid order here: nothing was "
        "changed. Your orders: /orders"
    )
    assert "订单编号" not in zh and "order number" not in en


async def test_a_name_of_several_asks_for_an_at_or_the_full_name(monkeypatch: pytest.MonkeyPatch) -> None:
    chat = fake_chat()
    monkeypatch.setitem(NAMES, "kim", "Kim")
    monkeypatch.setitem(NAMES, "kim2", "Kim")
    for user in ("amy", "bob", "kim", "kim2"):
        await chat.say(user, "/help")

    zh = chat.said(await chat.say("bob", "我已付款 @Kim"))

    assert zh == "本群有不止一位成员叫 Kim，没有任何改动。请 @ 对方，或写全名字。"


async def test_an_order_command_keeps_its_own_form() -> None:
    chat = fake_chat()
    for user in ("amy", "bob"):
        await chat.say(user, "/help")

    assert chat.said(await chat.say("amy", "已收 @Zed")) == (  # no order here: no number (s22 F)
        "本群里没有叫 Zed 的成员，没有任何改动。请直接 @ 对方，或改用订单编号（订单消息和“名单”里都有编号）。"
    )
