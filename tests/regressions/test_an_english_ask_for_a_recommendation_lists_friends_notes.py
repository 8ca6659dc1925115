"""Review 76 #8: in an English group with a note on Kaya, `求推荐 kaya` listed the note while the English
asks were uneven: `recommend a kaya?` went unanswered. Each English form (`any recommendations for kaya?`,
`anyone bought kaya?`, `recommend a kaya?`) now lists the friends' notes as the Chinese one does; asked of
something no note or group buy speaks to, or said as a statement, it stays talk."""

from __future__ import annotations

from dataclasses import replace

import pytest

from tests.unit.handlers.conftest import Chat, chat_in

LISTED = (
    "Friends' notes that mention it:\n"
    "Note #2 Bob: “Kaya jam from Ipoh is silky, bought it twice”\n"
    "Send /note and its number to read one whole."
)


async def _kaya() -> Chat:
    chat = await chat_in("en")
    await replace(chat, chat_id="cn").say("eve", "种草 云南鲜花饼很香，回购三次了")  # note #1 elsewhere
    await chat.say("bob", "/note Kaya jam from Ipoh is silky, bought it twice")
    return chat


@pytest.mark.parametrize(
    "asked", ["any recommendations for kaya?", "anyone bought kaya?", "recommend a kaya?"]
)
async def test_the_english_asks_list_the_note(asked: str) -> None:
    chat = await _kaya()
    assert chat.said(await chat.say("cat", asked)) == LISTED


async def test_the_chinese_ask_lists_it_alike() -> None:
    chat = await _kaya()
    assert chat.said(await chat.say("cat", "求推荐 kaya")) == (
        "朋友们的笔记里提到过：\n笔记 #2 Bob：「Kaya jam from Ipoh is silky, bought it twice」\n"
        "发“笔记 编号”看全文。"
    )


@pytest.mark.parametrize(
    "said", ["recommend a dentist?", "recommend the kaya!", "any recommendations for a dentist?"]
)
async def test_chatter_stays_silent(said: str) -> None:
    chat = await _kaya()
    assert await chat.say("cat", said) == []
