"""Review 73 #8: a line the whole group reads followed the sender's words, not the group's `/lang`:
`我的团` in a /lang en group posted "Amy，你开的团已私信发给你。", `my group buys` in a /lang zh group
posted English, `comment 1 agreed` posted "💬 Ken commented on note #1" in a /lang zh group, and
`did my payment arrive` posted "Ken, I replied to you privately." there. The group's line now speaks
the room's /lang; what she reads privately follows her."""

from __future__ import annotations

from tests.unit.handlers.conftest import Chat, fake_chat


async def _group(lang: str) -> Chat:
    chat = fake_chat()
    await chat.say("amy", f"/lang {lang}")
    return chat


async def test_my_group_buys_in_chinese_words_in_an_english_group() -> None:
    chat = await _group("en")
    await chat.say("amy", "/groupbuy Cookies price 15")
    replies = await chat.say("amy", "我的团")
    assert Chat.said(replies) == "Amy, your group buys are in your private chat with me."


async def test_my_group_buys_in_english_words_in_a_chinese_group() -> None:
    chat = await _group("zh")
    await chat.say("amy", "接龙 芒果 价格 75")
    replies = await chat.say("amy", "my group buys")
    assert Chat.said(replies) == "Amy，你开的团已私信发给你。"


async def test_a_comment_in_english_words_in_a_chinese_group() -> None:
    chat = await _group("zh")
    await chat.say("lily", "种草 牛油果很香，回购三次了")
    replies = await chat.say("ken", "comment 1 agreed")
    assert Chat.said(replies).startswith("💬 Ken 评论了笔记 #1"), replies


async def test_did_my_payment_arrive_in_a_chinese_group() -> None:
    chat = await _group("zh")
    await chat.say("amy", "接龙 芒果 价格 30 成团 1 截止 2小时")
    await chat.say("ken", "+1")
    await chat.say("amy", "截单")
    await chat.say("ken", "我已付款 1-1")
    replies = await chat.say("ken", "did my payment arrive?")
    assert Chat.said(replies) == "Ken，已私信回复你。"
    assert "ken" in Chat.private(replies)
