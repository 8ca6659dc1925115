"""Review 55 #10: the organiser's `谁没付钱`, `还有谁没付款？`, `谁还没给钱` got silence, while `谁还没付款`
was answered. Said with 付钱 / 给钱 / 交钱 / 转账, or after `还有`, it is the same question: the unpaid list,
sent to her privately; from a member it stays talk among neighbours."""

from __future__ import annotations

import pytest

from tests.unit.handlers.conftest import fake_chat


@pytest.mark.parametrize("asked", ["谁没付钱", "还有谁没付款？", "谁还没给钱", "谁还没交钱", "还有谁没转账"])
async def test_the_organisers_ways_of_asking_who_has_not_paid_get_the_list(asked: str) -> None:
    chat = fake_chat(default_language="zh")
    await chat.say("amy", "接龙 大米 价格 59")
    await chat.say("bob", "+1")
    await chat.say("cat", "+1")
    await chat.say("amy", "截单")
    await chat.say("amy", "已收 1-1")

    replies = await chat.say("amy", asked)

    assert chat.said(replies) == "Amy，谁还没付款已私信发给你。"
    assert chat.private(replies) == {
        "amy": "还没付款的（💸：说已付款，等你确认）：\n• 大米（#1）1 个订单：Cat #1-2"
    }
    assert await chat.say("bob", asked) == []


async def test_who_still_needs_to_pay_in_english_gets_the_list() -> None:
    chat = fake_chat(default_language="en")
    await chat.say("amy", "/groupbuy Bread price 8")
    await chat.say("bob", "+1")
    await chat.say("amy", "/close")

    replies = await chat.say("amy", "who still needs to pay?")

    assert chat.private(replies) == {
        "amy": "Not paid yet (💸: says they paid, waiting for you to confirm):\n"
        "• Bread (#1), 1 order: Bob #1-1"
    }
