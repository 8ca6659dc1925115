"""Review 55 #11: before any close, a member's `多少钱` / `how do I pay?` in the group on open group buys
got silence, and after one close `how much do I owe?` began with "Kaya Jars (#3) payment: cash at
pickup" for a buy not closed yet: a payment method with no amount. Now her lines on open ones are
answered privately (the group told one line): what she holds, the price now, and that she pays nothing
until it closes (when), her order then coming with the amount and how to pay."""

from __future__ import annotations

import pytest

from tests.unit.handlers.conftest import Chat, fake_chat

TOLD = {"zh": "Wang，答案已私信发给你。", "en": "Wang, I sent you the answer privately."}
EGGS = {
    "zh": "你跟了 鸡蛋（#2）1 份。当前 ¥30/份。还没截单，现在不用付款：11月24日 周二 12:00 截单后，"
    "你的订单会私信发给你，写明应付金额和付款方式。",
    "en": "You are on Eggs (#2) for 1. Now ¥30 each. It has not closed yet, so there is nothing to pay "
    "now: after it closes (Tue 24 Nov 12:00) your order comes to you privately "
    "with the amount and how to pay.",
}
MANGOES = {
    "zh": "你跟了 芒果（#1）2 份。当前 ¥90/份。还没截单，现在不用付款：11月24日 周二 20:00 截单后，"
    "你的订单会私信发给你，写明应付金额和付款方式。",
    "en": "You are on Mangoes (#1) for 2. Now ¥90 each. It has not closed yet, so there is nothing to pay "
    "now: after it closes (Tue 24 Nov 20:00) your order comes to you privately "
    "with the amount and how to pay.",
}
OWED = {
    "zh": "芒果（#1）订单 #1-1 应付 ¥180。付款方式：线下付给团长 Amy（现金或转账）。付完发“我已付款 1-1”。",
    "en": "Mangoes (#1), order #1-1: ¥180 to pay. How to pay: pay Amy directly (cash or transfer). "
    "Once paid, send /ipaid 1-1.",
}


async def _two_open(lang: str) -> Chat:
    chat = fake_chat()
    zh = lang == "zh"
    await chat.say(
        "amy", "接龙 芒果 价格 90 截止 明天 20:00" if zh else "/groupbuy Mangoes price 90 ends tomorrow 20:00"
    )
    await chat.say("amy", "接龙 鸡蛋 价格 30" if zh else "/groupbuy Eggs price 30")
    await chat.say("amy", "付款方式 #2 取货时付现金" if zh else "/payment #2 cash at pickup")
    await chat.say("wang", "+2 #1", name="Wang")
    await chat.say("wang", "+1 #2", name="Wang")
    return chat


@pytest.mark.parametrize(
    ("question", "lang"),
    [("多少钱", "zh"), ("怎么付钱", "zh"), ("how do I pay?", "en"), ("how much do I owe?", "en")],
)
async def test_before_any_close_she_is_told_privately_what_she_holds_and_when_she_pays(
    question: str, lang: str
) -> None:
    chat = await _two_open(lang)
    replies = await chat.say("wang", question, name="Wang")
    assert chat.said(replies) == TOLD[lang]
    assert chat.private(replies) == {"wang": EGGS[lang] + "\n" + MANGOES[lang]}


@pytest.mark.parametrize(("question", "lang"), [("怎么付钱", "zh"), ("how much do I owe?", "en")])
async def test_after_one_closes_the_open_one_owes_nothing_yet_and_names_no_method(
    question: str, lang: str
) -> None:
    chat = await _two_open(lang)
    await chat.say("amy", "截单 #1" if lang == "zh" else "/close #1")
    replies = await chat.say("wang", question, name="Wang")
    assert chat.said(replies) == TOLD[lang]
    said = chat.private(replies)["wang"]
    assert said == EGGS[lang] + "\n" + OWED[lang]
    assert "付现金" not in said and "cash at pickup" not in said  # never the method of one not closed
