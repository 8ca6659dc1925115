"""Session 29's replay: in a group, `怎么付钱`, `多少钱`, `how do I pay?`, `how much do I owe?` got no reply
at all, though privately they are answered. Now, as the whole message, from a member with an order of a
group buy of that group (owed, reported or paid): the answer she gets in private, sent to her privately,
and the group told only that it was (never her amount); from anyone else, `多少钱` / `how much` is the
price of the one group buy open there, and otherwise (several open, none, `怎么付钱`) nothing is said;
`这个多少钱` stays talk."""

from __future__ import annotations

import re
from dataclasses import replace

import pytest

from handlers.types import Request
from tests.helpsell_chats import two_groups
from tests.unit.handlers.conftest import Chat, fake_chat

OWED = {
    "zh": "芒果（#1）订单 #1-1 应付 ¥90。付款方式：线下付给团长 Amy（现金或转账）。付完发“我已付款 1-1”。",
    "en": "Mangoes (#1), order #1-1: ¥90 to pay. How to pay: pay Amy directly (cash or transfer). "
    "Once paid, send /ipaid 1-1.",
}
TOLD = {"zh": "王阿姨，答案已私信发给你。", "en": "Wang, I sent you the answer privately."}
NAME = {"zh": "王阿姨", "en": "Wang"}


async def _closed(lang: str) -> Chat:
    chat = fake_chat()
    await chat.say("amy", "/groupbuy Mangoes price 90" if lang == "en" else "接龙 芒果 价格 90", name="Amy")
    await chat.say("wang", "+1", name=NAME[lang])
    await chat.say("amy", "/close" if lang == "en" else "截单")
    return chat


@pytest.mark.parametrize(
    ("question", "lang"),
    [
        ("怎么付钱", "zh"),
        ("多少钱", "zh"),
        ("多少钱？", "zh"),
        ("我要付多少钱", "zh"),
        ("how do I pay?", "en"),
        ("how much do I owe?", "en"),
        ("How much?", "en"),
    ],
)
async def test_one_owing_is_answered_privately_and_the_group_only_told_so(question: str, lang: str) -> None:
    chat = await _closed(lang)
    replies = await chat.say("wang", question, name=NAME[lang])
    assert chat.said(replies) == TOLD[lang]
    assert "90" not in chat.said(replies)  # her amount is never shown in the group
    assert chat.private(replies) == {"wang": OWED[lang]}


async def test_one_who_paid_is_told_privately_it_is_paid_with_what_comes_next() -> None:
    chat = await _closed("zh")
    await chat.say("amy", "已收 @王阿姨")
    replies = await chat.say("wang", "怎么付钱", name="王阿姨")
    assert chat.said(replies) == TOLD["zh"]
    said = chat.private(replies)["wang"]
    assert re.fullmatch(
        r"芒果（#1）订单 #1-1 的 ¥90 已付，不用再付了。\n"
        r"接下来：团长 Amy 定好取货地点和时间后，会私信通知你。\n"
        r"取货码：\S+（取货时出示，由团长核销）",
        said,
    ), said
    replies = await chat.say("wang", "多少钱", name="王阿姨")
    assert chat.private(replies) == {"wang": "芒果（#1）订单 #1-1 的 ¥90 已付，不用再付了。"}


async def test_one_who_reported_paying_is_told_privately_it_waits_for_the_organiser() -> None:
    chat = await _closed("en")
    await chat.say("wang", "/ipaid", name="Wang")
    replies = await chat.say("wang", "how do I pay?", name="Wang")
    assert chat.said(replies) == TOLD["en"]
    assert chat.private(replies) == {
        "wang": "Mangoes (#1), order #1-1: you reported paying ¥90, so nothing more to pay; "
        "Amy has yet to confirm it. Your pickup code comes once it is confirmed."
    }


@pytest.mark.parametrize(("question", "lang"), [("多少钱", "zh"), ("how much?", "en")])
async def test_one_with_no_order_hears_the_price_of_the_one_open(question: str, lang: str) -> None:
    chat = await _closed(lang)
    await chat.say("amy", "/groupbuy Eggs price 30" if lang == "en" else "接龙 鸡蛋 价格 30")
    replies = await chat.say("bob", question, name="Bob")
    assert chat.said(replies) == ("鸡蛋（#2）：当前 ¥30/份。" if lang == "zh" else "Eggs (#2): Now ¥30 each.")
    assert chat.private(replies) == {}


@pytest.mark.parametrize("question", ["怎么付钱", "how do I pay?", "how much do I owe?", "这个多少钱"])
async def test_one_with_no_order_asking_what_she_pays_is_left_alone(question: str) -> None:
    chat = await _closed("zh")
    await chat.say("amy", "接龙 鸡蛋 价格 30")
    assert await chat.say("bob", question, name="Bob") == []


@pytest.mark.parametrize("question", ["多少钱", "how much?"])
async def test_the_price_asked_with_none_open_is_left_alone_and_with_several_says_each(question: str) -> None:
    chat = await _closed("zh")  # none open
    assert await chat.say("bob", question, name="Bob") == []
    await chat.say("amy", "接龙 鸡蛋 价格 30")
    await chat.say("amy", "接龙 苹果 价格 20")  # two open: each one's price, a line each (rep58 #5)
    assert chat.said(await chat.say("bob", question, name="Bob")) == (
        "鸡蛋（#2）：当前 ¥30/份。\n苹果（#3）：当前 ¥20/份。"
        if question == "多少钱"
        else "鸡蛋 (#2): Now ¥30 each.\n苹果 (#3): Now ¥20 each."
    )


async def test_a_buyer_in_a_help_selling_group_is_answered_privately_there() -> None:
    family, qun2 = two_groups("qun2", "二号群")
    await family.say("amy", "接龙 苹果 价格 20 成团 1")
    await family.say("amy", "帮卖 开 10%")
    await qun2.say("sue", "帮卖 #1")
    await qun2.say("wang", "+1", name="王阿姨")
    await family.say("amy", "截单")
    replies = await qun2.say("wang", "怎么付钱", name="王阿姨")
    assert qun2.said(replies) == TOLD["zh"]
    assert qun2.private(replies) == {
        "wang": "苹果（#1）订单 #1-1 应付 ¥20。付款方式：线下付给团长 Amy（现金或转账）。"
        "付完发“我已付款 1-1”。"
    }


async def test_an_order_in_another_group_leaves_this_groups_price_question_to_the_one_open() -> None:
    family, qun2 = two_groups("qun2", "二号群")
    await family.say("amy", "接龙 苹果 价格 20")
    await family.say("wang", "+1", name="王阿姨")
    await family.say("amy", "截单")
    await qun2.say("sue", "接龙 鸡蛋 价格 30", name="Sue")
    replies = await qun2.say("wang", "多少钱", name="王阿姨")
    assert qun2.said(replies) == "鸡蛋（#2）：当前 ¥30/份。"
    assert qun2.private(replies) == {}


async def test_the_price_asked_of_the_bot_by_name_still_says_each_open() -> None:
    chat = fake_chat()
    await chat.say("amy", "接龙 鸡蛋 价格 30")
    await chat.say("amy", "接龙 苹果 价格 20")
    request = Request(platform="test", chat_id=chat.chat_id, user_id="bob", display_name="Bob", text="多少钱")
    replies = await chat.app.handle(replace(request, to_bot=True))  # WeChat's `@团购助手 多少钱`
    assert chat.said(replies) == "鸡蛋（#1）：当前 ¥30/份。\n苹果（#2）：当前 ¥20/份。"
