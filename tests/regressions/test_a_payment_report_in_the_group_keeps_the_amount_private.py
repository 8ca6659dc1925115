"""Session 29 left a buyer's `我已付款` / `/ipaid` typed in a group answered there with what she owes
("收到，Bob：已请 Amy 确认你订单 #1-1 的付款 ¥20。…"), while `/paid` in a group never says a buyer's
amount. Now the group reads that the organiser is asked to confirm, without the amount, and she reads
the whole answer (the amount) privately; several orders at once likewise. In private the answer keeps
the amount."""

from __future__ import annotations

import pytest

from tests.unit.handlers.conftest import Chat, fake_chat

WORDS = {
    "zh": {
        "open": ("接龙 芒果 价格 20 成团 1", "接龙 荔枝 价格 35 成团 1"),
        "close": ("截单 #1", "截单 #2"),
        "ipaid": "我已付款",
        "all": "我已付款 全部",
        "group": "收到，Bob：已请 Amy 确认你订单 #1-1 的付款，金额已私信发给你。确认前接龙卡片上显示 💸。",
        "hers": "收到，Bob：已请 Amy 确认你订单 #1-1 的付款 ¥20。确认前接龙卡片上显示 💸。",
        "several": "收到，Bob：已请 Amy 确认你这几单的付款：#1-1 芒果、#2-1 荔枝，金额已私信发给你。"
        "确认前接龙卡片上显示 💸。",
    },
    "en": {
        "open": ("/groupbuy Mangoes price 20 target 1", "/groupbuy Lychees price 35 target 1"),
        "close": ("/close #1", "/close #2"),
        "ipaid": "/ipaid",
        "all": "/ipaid all",
        "group": "Thanks, Bob: Amy is asked to confirm your payment for order #1-1; "
        "the amount was sent to you "
        "privately. The card shows 💸 until they do.",
        "hers": "Thanks, Bob: Amy is asked to confirm your payment of ¥20 for order #1-1. The card shows 💸 "
        "until they do.",
        "several": "Thanks, Bob: Amy is asked to confirm your payment of these orders: #1-1 Mangoes, "
        "#2-1 Lychees; the amounts were sent to you privately. The card shows 💸 until they do.",
    },
}


async def closed(lang: str, *, two: bool = False) -> Chat:
    words = WORDS[lang]
    chat = fake_chat(default_language=lang)
    for n in (0, 1) if two else (0,):
        await chat.say("amy", words["open"][n])
        await chat.say("bob", f"+1 #{n + 1}")
    for n in (0, 1) if two else (0,):
        await chat.say("amy", words["close"][n])
    return chat


@pytest.mark.parametrize("lang", ["zh", "en"])
async def test_the_group_reads_no_amount_and_she_reads_it_privately(lang: str) -> None:
    words = WORDS[lang]
    chat = await closed(lang)

    replies = await chat.say("bob", words["ipaid"])

    assert Chat.said(replies) == words["group"]
    assert Chat.private(replies)["bob"] == words["hers"]
    assert "¥20" in Chat.private(replies)["amy"]  # the organiser's question, as before


@pytest.mark.parametrize("lang", ["zh", "en"])
async def test_several_reported_in_the_group_name_no_amount(lang: str) -> None:
    words = WORDS[lang]
    chat = await closed(lang, two=True)

    replies = await chat.say("bob", words["all"])

    assert Chat.said(replies) == words["several"]
    assert "¥20" in Chat.private(replies)["bob"] and "¥35" in Chat.private(replies)["bob"]


@pytest.mark.parametrize("lang", ["zh", "en"])
async def test_in_private_the_answer_says_the_amount(lang: str) -> None:
    words = WORDS[lang]
    chat = await closed(lang)

    replies = await chat.say("bob", words["ipaid"], private=True)

    assert Chat.said(replies) == words["hers"]
