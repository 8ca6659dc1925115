"""Session 29's replay (rep53 #6): asked privately, `要付多少`, `付多少`, `钱怎么给` got "我没看懂" and
`what do I owe` "No note in your groups answers that"; and one owing #2-1 with #1-1 reported paid was answered
`how much` (`多少钱`) with #2-1 alone, while `how do I pay?` said both (README: each order so). Now they
are the questions `怎么付钱` / `多少钱` are, each order said: what to pay, or that it is reported paid."""

from __future__ import annotations

import pytest

from tests.unit.handlers.conftest import Chat, fake_chat

OWED = {
    "zh": "牛奶（#2）订单 #2-1 应付 ¥60。付款方式：线下付给团长 Wang（现金或转账）。付完发“我已付款 2-1”。",
    "en": "牛奶 (#2), order #2-1: ¥60 to pay. How to pay: pay Wang directly (cash or transfer). "
    "Once paid, send /ipaid 2-1.",
}
REPORTED = {
    "zh": "土鸡蛋（#1）订单 #1-1 的 ¥45 你已报告付款，等团长 Wang 确认收款，不用再付；"
    "确认后会私信发你取货码。",
    "en": "土鸡蛋 (#1), order #1-1: you reported paying ¥45, so nothing more to pay; Wang has yet to confirm "
    "it. Your pickup code comes once it is confirmed.",
}


async def _one_owed_one_reported() -> Chat:
    chat = fake_chat()
    await chat.say("wang", "接龙 土鸡蛋 价格 45", name="Wang")
    await chat.say("he", "+1", name="He")
    await chat.say("wang", "截单")
    await chat.say("he", "我已付款")
    await chat.say("wang", "接龙 牛奶 价格 60", name="Wang")
    await chat.say("he", "+1", name="He")
    await chat.say("wang", "截单")
    return chat


@pytest.mark.parametrize(
    ("question", "lang"),
    [
        ("要付多少", "zh"),
        ("付多少", "zh"),
        ("钱怎么给", "zh"),
        ("多少钱", "zh"),
        ("what do I owe", "en"),
        ("how much", "en"),
        ("how do I pay?", "en"),
    ],
)
async def test_asked_what_she_owes_each_order_is_said(question: str, lang: str) -> None:
    chat = await _one_owed_one_reported()

    said = Chat.said(await chat.say("he", question, private=True))

    assert said == f"{OWED[lang]}\n{REPORTED[lang]}"
