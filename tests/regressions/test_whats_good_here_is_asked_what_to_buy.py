"""Review 93 #5: `what's good here?`, `what's good?`, `这里有什么好吃的？` in private got "No note in your
groups answers that" though a friend's note was there, and in the group `@Tuan what's good here?` /
`@Tuan 有什么好吃的？` was passed to the organiser as a question about the closed group buy. They are the
everyday forms of "any recommendations?": answered as it is (in private the week's best notes when
nothing new is open, in a group where to ask for For you), in the language asked."""

from __future__ import annotations

import pytest

from tests.unit.handlers.conftest import Chat, fake_chat


async def _closed_with_a_note() -> Chat:
    chat = fake_chat(bot_username="tuan_bot")
    await chat.say("amy", "接龙 芒果 价格 88")
    await chat.say("bob", "+1")
    await chat.say("bob", "种草 #1 这个芒果超甜")
    await chat.say("amy", "截单")
    await chat.say("dan", "大家好")
    return chat


@pytest.mark.parametrize("asked", ["what's good here?", "what's good?", "What’s good here?"])
async def test_in_private_in_english(asked: str) -> None:
    chat = await _closed_with_a_note()
    said = chat.said(await chat.say("dan", asked, private=True))
    assert said == chat.said(await chat.say("dan", "any recommendations?", private=True))
    assert said.startswith("No open group buy in your groups that you haven't joined right now.")
    assert "Note #1 Bob" in said


@pytest.mark.parametrize("asked", ["这里有什么好吃的？", "有什么好吃的？", "有啥好吃的"])
async def test_in_private_in_chinese(asked: str) -> None:
    chat = await _closed_with_a_note()
    said = chat.said(await chat.say("dan", asked, private=True))
    assert said == chat.said(await chat.say("dan", "有什么推荐的吗", private=True))
    assert "笔记 #1 Bob" in said and "这个芒果超甜" in said


async def test_in_the_group_it_is_never_passed_to_the_organiser() -> None:
    chat = await _closed_with_a_note()
    for asked, like in (
        ("@tuan_bot what's good here?", "@tuan_bot any recommendations?"),
        ("@tuan_bot 有什么好吃的？", "@tuan_bot 有什么推荐的吗"),
    ):
        replies = await chat.say("bob", asked)
        assert not any(reply.buttons for reply in replies), asked
        assert chat.said(replies) == chat.said(await chat.say("bob", like)), asked
    assert "/foryou" in chat.said(await chat.say("bob", "@tuan_bot what's good here?"))
