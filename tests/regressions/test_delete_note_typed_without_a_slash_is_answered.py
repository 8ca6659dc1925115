"""In a group, the author's `delete note 1` / `Delete note #1` got silence (`edit note 1 …` was answered):
it is now read as `/deletenote 1` (the note taken down), and from anyone else it is the existing refusal,
nothing changed. `删除笔记 1` is the Chinese form, answered alike."""

from __future__ import annotations

import pytest

from tests.unit.handlers.conftest import Chat, fake_chat

TAKEN_DOWN = {
    "en": "Note #1 is taken down; its card in the group says so.",
    "zh": "笔记 #1 已撤回，群里的卡片已注明。",
}
NOT_YOURS = {
    "en": "Note #1 is not yours: only its author or the chat's admins can take it down. Nothing was changed.",
    "zh": "笔记 #1 不是你发的：只有作者本人或群管理员能撤回它，没有任何改动。",
}
TYPED = {"en": ["delete note 1", "Delete note #1", "delete note 1."], "zh": ["删除笔记 1", "删除笔记 #1"]}


async def noted(lang: str) -> Chat:
    chat = fake_chat(default_language=lang)
    await chat.say("amy", "/groupbuy Avocados price 9")
    await chat.say("bob", "/note these avocados are great")
    return chat


@pytest.mark.parametrize("lang", ["en", "zh"])
async def test_the_author_takes_her_note_down(lang: str) -> None:
    for text in TYPED[lang]:
        chat = await noted(lang)
        assert chat.said(await chat.say("bob", text)) == TAKEN_DOWN[lang], text


@pytest.mark.parametrize("lang", ["en", "zh"])
async def test_anyone_else_is_refused_and_the_note_stays(lang: str) -> None:
    chat = await noted(lang)
    assert chat.said(await chat.say("cat", TYPED[lang][0])) == NOT_YOURS[lang]
    assert chat.said(await chat.say("bob", TYPED[lang][1])) == TAKEN_DOWN[lang]  # still hers to take down


@pytest.mark.parametrize("text", ["delete note 1 later", "I'll delete note 1", "delete notes please"])
async def test_talk_about_deleting_stays_talk(text: str) -> None:
    chat = await noted("en")
    assert [reply.text for reply in await chat.say("bob", text) if reply.text] == []
