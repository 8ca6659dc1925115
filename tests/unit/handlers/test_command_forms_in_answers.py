"""Answers name the command the member typed, in the language they typed it: `分享` with two group buys
open asks which with `分享 #1`; a Chinese command word typed alone gets its slash form's usage (the
words that are also everyday chatter stay quiet); `禁言 @不存在的人` shows the mute's own form; Chinese
texts name Chinese commands (`名单 #1`)."""

from __future__ import annotations

import pytest

from handlers.parsing.commands import ALONE_AS_SLASH, parse_text
from handlers.registry import COMMANDS, VOCABULARY
from tests.helpsell_chats import two_groups
from tests.unit.handlers.conftest import Chat, fake_chat

CHATTER_ALONE = {  # everyday words in a group chat: alone they are talk, not the command
    "接龙", "团购", "修改", "复制", "笔记", "赞", "点赞", "关注", "禁言",
    "隐藏", "答", "回答", "未收到", "没收到", "未收款", "未收", "代报",
}  # fmt: skip
# alone in a group: the form to one running a group buy open here, talk from anyone else (rep104 #3)
ORGANISERS_ALONE = {"自提", "自提点", "收款方式", "付款方式", "收款"}


async def two_open() -> Chat:
    chat = fake_chat()
    await chat.say("amy", "接龙 苹果 价格 5")
    await chat.say("amy", "接龙 芒果 价格 30")
    return chat


async def test_share_with_two_open_asks_which_with_its_own_example() -> None:
    chat = await two_open()
    asked = chat.said(await chat.say("cat", "分享"))
    assert asked == "这个群里有 2 个团在接龙：#1 苹果 · #2 芒果。请带上编号，例如 分享 #1。"
    english = chat.said(await chat.say("cat", "/share"))
    assert english.endswith("Say which with its number, e.g. /share #1.")
    assert "分享码" in chat.shared(await chat.say("cat", "分享 #2"))


@pytest.mark.parametrize(
    ("word", "slash"),
    [("帮卖", "/帮卖"), ("种草", "/种草"), ("踢出", "/踢出"), ("取消关注", "/取消关注"), ("开团", "/开团")],
)
async def test_a_bare_chinese_word_gets_the_usage_of_its_slash_form(word: str, slash: str) -> None:
    chat = fake_chat()
    chat.admins = {"amy"}
    await chat.say("amy", "接龙 芒果 价格 30")
    alone = chat.said(await chat.say("amy", word))
    assert alone and alone == chat.said(await chat.say("amy", slash))


async def test_the_helpsell_and_note_usages_read_as_the_reviewer_expects() -> None:
    chat = fake_chat()
    await chat.say("amy", "接龙 芒果 价格 30")
    assert chat.said(await chat.say("amy", "帮卖")).startswith("帮卖：团长发「帮卖 开 10%」开放帮卖")
    note_usage = chat.said(await chat.say("cat", "种草"))
    assert note_usage == "笔记是空的。这样写：种草 #1 这款芒果超甜，已经回购三次"


def test_every_chinese_word_is_either_answered_alone_or_named_as_chatter() -> None:
    silent = {
        word
        for entry in COMMANDS
        for word in entry.zh
        if entry.en and parse_text(word, vocabulary=VOCABULARY) is None
    }
    assert silent == CHATTER_ALONE
    assert not ALONE_AS_SLASH & CHATTER_ALONE
    for word in ORGANISERS_ALONE:  # left to the handler: answered to the organiser only, never counted
        parsed = parse_text(word, vocabulary=VOCABULARY)
        assert parsed is not None and parsed.alone and parsed.overheard, word


async def test_common_words_alone_stay_chatter() -> None:
    chat = fake_chat()
    await chat.say("amy", "接龙 芒果 价格 30")
    for word in ("接龙", "赞", "关注", "禁言", "笔记", "修改"):
        assert await chat.say("cat", word) == [], word


async def test_mute_of_an_unknown_name_shows_the_mutes_own_form() -> None:
    chat = fake_chat()
    chat.admins = {"guanli"}
    await chat.say("amy", "接龙 芒果 价格 30")
    assert chat.said(await chat.say("guanli", "禁言 @不存在的人")) == (
        "本群里没有叫 不存在的人 的成员，没有任何改动。请 @ 群里的人，例如：禁言 @名字：发广告"
    )
    assert chat.said(await chat.say("guanli", "解除禁言 @不存在的人")).endswith("例如：解除禁言 @名字")
    assert chat.said(await chat.say("guanli", "/mute @Nobody")).endswith("e.g. /mute @name: advertising")
    assert chat.said(await chat.say("amy", "已收 @不存在的人")).endswith(
        "或改用订单编号（订单消息和“名单”里都有编号）。"
    )  # orders: no order here to name (s22 F)


async def test_the_organiser_is_told_the_chinese_list_command() -> None:
    chat, office = two_groups(family_title="家庭群")
    await chat.say("amy", "接龙 芒果 价格 30")
    await chat.say("amy", "帮卖 开 10%")
    listed = await office.say("ahua", "帮卖 #1")
    told = office.private(listed)["amy"]
    assert told.endswith("各群的成交在私聊发 名单 #1 查看。")
