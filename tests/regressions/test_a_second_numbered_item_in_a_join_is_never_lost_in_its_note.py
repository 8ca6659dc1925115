"""Round 30 (new 2): `+2 #1 +5 #3` with both open joined 2 of #1 with the note `+5 #3` (nothing added to
#3), `+1 #12 +2 #5` the same. A second `+N #id` / `-N #id` naming an existing group buy by its number joins
nothing and is answered with the messages to send one by one, as `鸡蛋+2 大葱+3` is; the same number twice
(`+2 #1 +5 #1`) too, and each sent alone adds up."""

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
        ("+2 #1 +5 #3", "+2 #1", "+5 #3"),
        ("+1 #3 +2 #1", "+1 #3", "+2 #1"),
        ("+2 #1 -1 #3", "+2 #1", "-1 #3"),
        ("加2 #1 加5 #3", "加2 #1", "加5 #3"),
        ("+2 #1 +5 #1", "+2 #1", "+5 #1"),
    ],
)
async def test_two_numbered_items_in_one_chinese_join_change_nothing(
    typed: str, first: str, second: str
) -> None:
    chat = await _three_open()

    said = Chat.said(await chat.say("ivy", typed))

    assert said == f"一条消息请只报一样东西：先发“{first}”，再单独发一条“{second}”。没有任何改动。", typed
    for group_buy_id in (1, 2, 3):
        assert (await chat.card(group_buy_id)).endswith(_EMPTY_ZH), typed


async def test_two_numbered_items_in_one_english_join_change_nothing() -> None:
    chat = fake_chat(default_language="en")
    await chat.say("amy", "/groupbuy Lychees price 30 ends 2h")
    await chat.say("amy", "/groupbuy Durian price 60 ends 2h")

    said = Chat.said(await chat.say("zoe", "+1 #2 +2 #1"))

    assert said == (
        "One item per message, please: send “+1 #2”, then “+2 #1” as a message of its own. "
        "Nothing was changed."
    )
    assert (await chat.card(1)).endswith(_EMPTY_EN)
    assert (await chat.card(2)).endswith(_EMPTY_EN)


async def test_each_numbered_item_sent_alone_joins_it_and_the_same_one_adds_up() -> None:
    chat = await _three_open()

    await chat.say("ivy", "+2 #1")
    await chat.say("ivy", "+5 #1")
    await chat.say("ivy", "+1 #3")

    assert (await chat.card(1)).endswith("\n\n1. Ivy ×7")
    assert (await chat.card(3)).endswith("\n\n1. Ivy 1打")


async def test_a_second_plus_naming_no_group_buy_stays_a_note() -> None:
    chat = await _three_open()

    said = Chat.said(await chat.say("ivy", "+1 #1 3号楼 +1"))

    assert said.startswith("Ivy 跟团：1 × 芒果（#1）。备注：3号楼 +1。"), said


async def test_two_numbered_items_in_private_are_answered_as_one_there() -> None:
    chat = await _three_open()

    replies = await chat.say("ivy", "+1 #1 +2 #3", private=True)

    assert [r.text for r in replies] == [
        "私聊里不能直接操作团购 #1：请在群里发 +1（或 -1），或打开群友分享给你的链接，用卡片上的按钮。"
    ]
    assert (await chat.card(1)).endswith(_EMPTY_ZH)
    assert (await chat.card(3)).endswith(_EMPTY_ZH)
