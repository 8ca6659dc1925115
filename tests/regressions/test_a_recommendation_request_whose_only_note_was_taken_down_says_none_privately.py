"""Gil's `any recommendations for mangoes?` after Cat took down the only note about them got nothing (rep39
#9). In the group that is right: a request nobody's note answers is talk among friends. In a private chat
it is asked of the bot, and gets one line: no friend's note mentions mangoes yet; a note taken down (or
hidden by the admins) is never quoted."""

from __future__ import annotations

from tests.fakes import FakeUnitOfWorkFactory
from tests.unit.handlers.conftest import fake_chat


async def test_a_request_whose_only_note_was_taken_down_says_none_privately() -> None:
    chat = fake_chat(FakeUnitOfWorkFactory(), default_language="en")
    chat.admins = {"dan"}
    await chat.say("cat", "/note these mangoes are super sweet, my kids loved them")
    await chat.say("kim", "/note the mangoes from amy were juicy")
    await chat.say("cat", "/deletenote 1")
    await chat.say("dan", "/hide 2")

    assert await chat.say("gil", "any recommendations for mangoes?") == []  # the group: chatter
    assert chat.said(await chat.say("gil", "any recommendations for mangoes?", private=True)) == (
        "None of the notes in your groups mention “mangoes” yet. Ask in your group, "
        "or send “any recommendations for mangoes?” again in a few days."
    )


async def test_in_chinese_too() -> None:
    chat = fake_chat(FakeUnitOfWorkFactory())
    chat.admins = {"dan"}
    await chat.say("cat", "种草 这批芒果超甜，孩子很爱吃")
    await chat.say("kim", "种草 芒果汁水很多")
    await chat.say("cat", "删除笔记 1")
    await chat.say("dan", "隐藏 2")

    assert await chat.say("gil", "求推荐芒果") == []
    assert chat.said(await chat.say("gil", "求推荐芒果", private=True)) == (
        "你所在群里朋友们的笔记还没有提到“芒果”。可以在群里问问大家，或过几天再发“求推荐芒果”。"
    )
