"""Review 69 #5 and #10: in an English group, `comment 1 are they ripe when they arrive?` (no slash) was
dropped without a word and the card's 💬 stayed 0, though `like 1` and `/comment 1 …` work; and
`note: these Hass avocados …` posted nothing. Both are now read as `/comment 1 …` and `/note …` (as `评论 1 …`
and `笔记：…` are in Chinese); `note:` before words naming no product (`note: pickup is at 5pm`) stays
talk."""

from __future__ import annotations

from tests.fakes import FakeUnitOfWorkFactory
from tests.unit.handlers.conftest import chat_in, fake_chat


async def test_comment_typed_without_a_slash_is_counted_in_english() -> None:
    chat = await chat_in("en")
    await chat.say("lily", "/note these Hass avocados are creamy, I've bought them 3 times")
    answer = await chat.say("mia", "comment 1 are they ripe when they arrive?")
    assert chat.said(answer) == "💬 Mia commented on note #1"
    assert "💬 1" in (await chat.card(-1))
    [read] = await chat.say("mia", "/note 1")
    assert "Mia: are they ripe when they arrive?" in read.text


async def test_comment_typed_without_a_slash_is_counted_in_chinese() -> None:
    chat = fake_chat(FakeUnitOfWorkFactory())
    await chat.say("lily", "种草 牛油果很香，回购三次了")
    answer = await chat.say("mia", "评论 1 到的时候熟了吗？")
    assert chat.said(answer) == "💬 Mia 评论了笔记 #1"
    assert "💬 1" in (await chat.card(-1))


async def test_note_typed_with_a_colon_is_posted_in_english() -> None:
    chat = await chat_in("en")
    answer = await chat.say("lily", "note: these Hass avocados are creamy, I've bought them 3 times")
    assert (-1, False) in chat.cards(answer)
    [read] = await chat.say("mia", "/note 1")
    assert "these Hass avocados are creamy, I've bought them 3 times" in read.text
    assert await chat.say("noah", "note: pickup is at 5pm at gate 3") == []


async def test_note_typed_with_a_colon_is_posted_in_chinese() -> None:
    chat = fake_chat(FakeUnitOfWorkFactory())
    answer = await chat.say("lily", "笔记：牛油果很香，回购三次了")
    assert (-1, False) in chat.cards(answer)
    [read] = await chat.say("mia", "笔记 1")
    assert "牛油果很香，回购三次了" in read.text
