"""In a group, the author's `edit note 1 avocados are bad` got silence: it is now read as `/editnote 1 …`
(a note is not changed once posted: she is told how to take it down and post again), and from anyone
else it is the existing refusal. `修改笔记 1 …` is the Chinese form, answered alike."""

from __future__ import annotations

import pytest

from tests.unit.handlers.conftest import Chat, fake_chat

INSTEAD = {
    "en": "A note cannot be changed once posted (its likes and comments were given to what it said). "
    "To change it, send /deletenote 1 to take it down, then post it again.",
    "zh": "笔记发出后不能修改（赞和评论都是给原来那段话的）。要改就先发“删除笔记 1”撤回，再重新发一条。",
}
NOT_YOURS = {
    "en": "Note #1 is not yours, so you cannot change it. Nothing was changed.",
    "zh": "笔记 #1 不是你发的，不能修改，没有任何改动。",
}
TYPED = {
    "en": ["edit note 1 avocados are bad", "Edit note #1: avocados are bad", "edit note 1"],
    "zh": ["修改笔记 1 牛油果不好", "编辑笔记 #1 牛油果不好"],
}


async def noted(lang: str) -> Chat:
    chat = fake_chat(default_language=lang)
    await chat.say("amy", "/groupbuy Avocados price 9")
    await chat.say("bob", "/note these avocados are great")
    return chat


@pytest.mark.parametrize("lang", ["en", "zh"])
async def test_the_author_is_told_how_to_change_her_note(lang: str) -> None:
    chat = await noted(lang)
    for text in TYPED[lang]:
        assert chat.said(await chat.say("bob", text)) == INSTEAD[lang], text


@pytest.mark.parametrize("lang", ["en", "zh"])
async def test_anyone_else_is_refused(lang: str) -> None:
    chat = await noted(lang)
    assert chat.said(await chat.say("cat", TYPED[lang][0])) == NOT_YOURS[lang]


@pytest.mark.parametrize("text", ["edit note to say hi", "edit the note please", "I'll edit note 2 later"])
async def test_talk_about_editing_stays_talk(text: str) -> None:
    chat = await noted("en")
    assert [reply.text for reply in await chat.say("bob", text) if reply.text] == []
