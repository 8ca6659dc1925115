"""rep46 finding 10: privately, `多少钱` with one unpaid order asked for "带上团号"; `怎么付钱` gave the
method only (no ¥90, no "then send 我已付款"); `什么时候拿货` was not understood; `取消` after the close said
"send 退出 in the group", which was then refused. Now: the order's amount, how to pay and what to send
after; the pickup answered; `取消` says it has closed and only the organiser (named) cancels now."""

from __future__ import annotations

import pytest

from tests.fakes import FakeUnitOfWorkFactory
from tests.unit.handlers.conftest import Chat, fake_chat

OWED_ZH = "芒果（#1）订单 #1-1 应付 ¥90。付款方式：线下付给团长 Amy（现金或转账）。付完发“我已付款 1-1”。"
OWED_EN = (
    "Mangoes (#1), order #1-1: ¥90 to pay. How to pay: pay Amy directly (cash or transfer). "
    "Once paid, send /ipaid 1-1."
)


async def _owing(*, english: bool = False) -> Chat:
    chat = fake_chat(FakeUnitOfWorkFactory())
    await chat.say("amy", "/groupbuy Mangoes price 90" if english else "接龙 芒果 价格 90")
    await chat.say("amy", "/pickup #1 Gate 3 tomorrow 17:00" if english else "自提 #1 小区南门 明天下午5点")
    await chat.say("wang", "+1", name="Wang" if english else "王阿姨")
    await chat.say("amy", "/close" if english else "截单")
    return chat


@pytest.mark.parametrize("text", ["多少钱", "怎么付钱"])
async def test_how_much_and_how_to_pay_say_the_orders_amount(text: str) -> None:
    chat = await _owing()
    assert chat.said(await chat.say("wang", text, private=True, name="王阿姨")) == OWED_ZH


@pytest.mark.parametrize("text", ["how much", "how do I pay"])
async def test_how_much_and_how_to_pay_in_english(text: str) -> None:
    chat = await _owing(english=True)
    assert chat.said(await chat.say("wang", text, private=True, name="Wang")) == OWED_EN


async def test_the_payment_note_is_the_way_to_pay() -> None:
    chat = await _owing()
    await chat.say("amy", "修改 #1 收款 微信转账给李姐")
    said = chat.said(await chat.say("wang", "怎么付钱", private=True, name="王阿姨"))
    assert said.startswith("芒果（#1）订单 #1-1 应付 ¥90。付款方式："), said
    assert said.endswith("付完发“我已付款 1-1”。"), said


@pytest.mark.parametrize("text", ["什么时候拿货", "几点拿", "哪里拿货"])
async def test_picking_up_said_as_taking_the_goods(text: str) -> None:
    chat = await _owing()
    said = chat.said(await chat.say("wang", text, private=True, name="王阿姨"))
    assert said == "芒果（#1）取货：小区南门 · 11月24日 周二 17:00"


async def test_cancel_after_the_close_names_the_organiser() -> None:
    chat = await _owing()
    said = chat.said(await chat.say("wang", "取消", private=True, name="王阿姨"))
    assert (
        said == "芒果（#1）已经截单了，现在只有团长 Amy 能取消订单 #1-1，没有任何改动。要取消请直接联系 Amy。"
    )


async def test_cancel_after_the_close_in_english() -> None:
    chat = await _owing(english=True)
    said = chat.said(await chat.say("wang", "/cancel", private=True, name="Wang"))
    assert said == (
        "Mangoes (#1) has closed, so only its organiser Amy can cancel order #1-1 now; nothing was changed. "
        "To cancel it, ask Amy."
    )


async def test_cancel_while_still_open_still_says_how_to_leave() -> None:
    chat = fake_chat(FakeUnitOfWorkFactory())
    await chat.say("amy", "接龙 芒果 价格 90")
    await chat.say("wang", "+1", name="王阿姨")
    said = chat.said(await chat.say("wang", "取消", private=True, name="王阿姨"))
    assert said.endswith("要退出自己跟的团，在群里发 退出。")
