"""Round 28 (item 2): `+1kg lychee +1 durian` with Lychees and Durian open joined 1 kg of Lychees with the
note `lychee +1 durian`: the durian was lost in a note. A second `+N` / `加N` / `-N` naming another group
buy open in the chat (also each product before its count: `芒果+1 鸡蛋+2`) joins nothing and is answered
with the messages to send one by one; a note that merely holds a plus (`+1 要加辣+香菜`) stays a note."""

from __future__ import annotations

import pytest

from tests.unit.handlers.conftest import Chat, fake_chat

_EMPTY_ZH = "\n\n还没有人跟团，发 +1 抢第一个"
_EMPTY_EN = "\n\nNobody yet: be the first with +1"


async def _three_open() -> Chat:
    chat = fake_chat()
    await chat.say("amy", "接龙 芒果 价格 88 截止 2小时")
    await chat.say("amy", "接龙 山东大葱 价格 3.5元/斤 截止 2小时")
    await chat.say("amy", "接龙 土鸡蛋 价格 15元/打 截止 2小时")
    return chat


@pytest.mark.parametrize(
    ("typed", "first", "second"),
    [
        ("+1 芒果 +2 大葱", "+1 芒果", "+2 大葱"),
        ("芒果+1 鸡蛋+2", "+1 芒果", "+2 鸡蛋"),
        ("加1 芒果 加2 大葱", "加1 芒果", "加2 大葱"),
        ("+1 芒果 -1 大葱", "+1 芒果", "-1 大葱"),
        ("大葱加3，鸡蛋加2", "+3 大葱", "+2 鸡蛋"),
    ],
)
async def test_two_group_buys_in_one_chinese_join_change_nothing(typed: str, first: str, second: str) -> None:
    chat = await _three_open()

    said = Chat.said(await chat.say("ivy", typed))

    assert said == f"一条消息请只报一样东西：先发“{first}”，再单独发一条“{second}”。没有任何改动。", typed
    for group_buy_id in (1, 2, 3):
        assert (await chat.card(group_buy_id)).endswith(_EMPTY_ZH), typed


async def test_two_group_buys_in_one_english_join_change_nothing() -> None:
    chat = fake_chat(default_language="en")
    await chat.say("amy", "/groupbuy Lychees price 30/kg ends 2h")
    await chat.say("amy", "/groupbuy Durian price 60 target 5 ends 2h")

    said = Chat.said(await chat.say("zoe", "+1kg lychee +1 durian"))

    assert said == (
        "One item per message, please: send “+1kg lychee”, then “+1 durian” as a message of its own. "
        "Nothing was changed."
    )
    assert (await chat.card(1)).endswith(_EMPTY_EN)
    assert (await chat.card(2)).endswith(_EMPTY_EN)


async def test_each_item_sent_alone_joins_it() -> None:
    chat = fake_chat(default_language="en")
    await chat.say("amy", "/groupbuy Lychees price 30/kg ends 2h")
    await chat.say("amy", "/groupbuy Durian price 60 target 5 ends 2h")

    await chat.say("zoe", "+1kg lychee")
    await chat.say("zoe", "+1 durian")

    assert (await chat.card(1)).endswith("\n\n1. Zoe 1 kg")
    assert (await chat.card(2)).endswith("\n\n1. Zoe ×1")


async def test_a_plus_in_a_note_stays_a_note() -> None:
    chat = await _three_open()

    said = Chat.said(await chat.say("ivy", "+1 #1 要加辣+香菜"))

    assert said == "Ivy 跟团：1 × 芒果（#1）。备注：要加辣+香菜。当前 ¥88/份。"


async def test_products_before_counts_naming_none_open_stay_talk() -> None:
    chat = fake_chat()
    await chat.say("amy", "接龙 芒果 价格 88 截止 2小时")

    assert await chat.say("ivy", "排队+1 小李+2") == []
    assert await chat.say("ivy", "芒果+1 鸡蛋+2") == []
    people = Chat.said(await chat.say("ivy", "小王+1 小李+2"))  # people (s29): one person a message
    assert people == "一条消息请只报一个人：先发“+1 帮 小王”，再单独发一条“+2 帮 小李”。没有任何改动。"
    assert (await chat.card(1)).endswith(_EMPTY_ZH)
