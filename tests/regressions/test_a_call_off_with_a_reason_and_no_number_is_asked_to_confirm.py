"""The organiser's `取消 货源断了`, `取消，货源断了`, `取消 原因：货源断了`, `取消这个团` with one group buy
of hers open got no answer at all, and `/cancel supplier out` was told how to cancel an order, while
`取消 #1，货源断了` asked to confirm. Each is now asked to confirm the same way, her reason kept; from
anyone else the words stay talk (found playing the organiser's day)."""

from __future__ import annotations

import pytest

from tests.unit.handlers.conftest import Chat, fake_chat

ASKED = "将取消 大米（#1），已有 1 人跟团（1 份），每人会收到私信。现在还没有任何改动，确认就发：取消 #1 确认"


TYPED = ["取消 货源断了", "取消，货源断了", "取消 原因：货源断了", "取消团购 货源断了"]


@pytest.mark.parametrize("typed", TYPED)
async def test_in_chinese_her_reason_is_kept_in_the_yes_to_send(typed: str) -> None:
    chat = fake_chat()
    await chat.say("lao", "接龙 大米 价格 60 库存 10 截止 明天晚上8点")
    await chat.say("bob", "+1")

    assert Chat.said(await chat.say("lao", typed)) == f"{ASKED} 货源断了"
    assert await chat.say("bob", typed) == []  # a buyer's words: talk
    assert Chat.said(await chat.say("lao", "取消这个团")) == ASKED
    done = Chat.said(await chat.say("lao", "取消 #1 确认 货源断了"))
    assert done.startswith("🚫 大米（#1）已取消"), done
    assert "原因：货源断了" in done


async def test_in_english_a_reason_of_several_words_is_a_call_off() -> None:
    chat = fake_chat()
    await chat.say("amy", "/groupbuy Cookies price 60 stock 10 ends tomorrow 20:00")
    await chat.say("bob", "+1")

    asked = Chat.said(await chat.say("amy", "/cancel supplier out"))
    name = Chat.said(await chat.say("amy", "/cancel Bob"))

    assert asked == (
        "This calls off Cookies (#1): 1 person has joined (1 unit) and will be told privately. "
        "Nothing has changed yet; to go ahead, send: /cancel #1 confirm supplier out"
    )
    assert name.startswith("Write it like: /cancel 12-3")  # one word is a name, no reason: as before


async def test_a_buyers_name_or_chatter_after_it_is_never_a_call_off() -> None:
    """From the review: `取消 小明` (小明's order meant) was offered to call the whole group buy off, and so
    were the organiser's `取消 谢谢大家`, `取消了`, `取消吧`."""
    chat = fake_chat()
    await chat.say("lao", "接龙 大米 价格 60 库存 10 截止 明天晚上8点")
    await chat.say("xm", "+1", name="小明")

    named = Chat.said(await chat.say("lao", "取消 小明"))

    assert named.startswith("请这样写：取消订单 "), named
    assert named.endswith("只发“取消”或“取消 #1”是取消整个团购。")
    for chatter in ("取消 谢谢大家", "取消 太贵了吧", "取消了", "取消吧"):
        assert await chat.say("lao", chatter) == [], chatter
