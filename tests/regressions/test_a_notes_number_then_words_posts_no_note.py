"""Review 87, finding 2: Lily's `笔记 1 开团 价格 30` (note #1 exists in the group) posted a public note
reading "1 开团 价格 30". A note's number of this chat followed by words is a command meant: nothing is
posted, one line says how to read, link or comment on note 1, or post a note. `种草 1 …` (a
recommendation's word) and a number that is no note here still post."""

from __future__ import annotations

from tests.fakes import FakeUnitOfWorkFactory
from tests.unit.handlers.conftest import Chat, fake_chat


async def _chat(lang: str = "zh") -> Chat:
    chat = fake_chat(FakeUnitOfWorkFactory(), default_language=lang)
    if lang == "zh":
        await chat.say("amy", "接龙 海南芒果 价格 88")
        await chat.say("mei", "种草 芒果超甜，回购三次了")
    else:
        await chat.say("amy", "/groupbuy Mangoes price 88")
        await chat.say("mei", "/note these mangoes are so sweet, third time")
    return chat


async def test_a_notes_number_then_words_is_answered_with_its_forms() -> None:
    chat = await _chat()

    replies = await chat.say("lily", "笔记 1 开团 价格 30")

    assert Chat.said(replies) == (
        "没有发成新笔记：“笔记 1”后面跟着别的字。看笔记 #1 发“笔记 1”；把它关联到团发“笔记 1 #1”；"
        "评论发“评论 1 你的话”；要发新笔记，这样写：种草 这款芒果超甜，已经回购三次。"
    )
    assert Chat.cards(replies) == []  # no note card posted
    assert Chat.said(await chat.say("lily", "笔记 2")).startswith("这里没有笔记 #2")


async def test_in_english_too() -> None:
    chat = await _chat("en")

    replies = await chat.say("lily", "/note 1 open price 30")

    assert Chat.said(replies).startswith("No note was posted: “/note 1” was followed by other words.")
    assert Chat.cards(replies) == []


async def test_a_number_that_is_no_note_here_and_a_planted_note_still_post() -> None:
    chat = await _chat()

    assert [card for card, _ in Chat.cards(await chat.say("lily", "笔记 5 个都很好吃"))] == [-2]  # note #2
    assert [card for card, _ in Chat.cards(await chat.say("kim", "种草 1 箱就够吃一周"))] == [-3]
