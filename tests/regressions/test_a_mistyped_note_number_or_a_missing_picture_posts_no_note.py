"""rep38 #5/#8: `笔记 abc` (a note's number mistyped) posted a note "abc", and a caption-less
`种草 这个好用 👆` (pointing at a picture that never came) was posted as a note saying nothing of the
product. Now the first is told there is no note abc, how to read one (`笔记 3`) and how to post one
(`种草 …`); the second that a note needs words about the product; nothing is posted. A note naming the
product, a pointer or not, is posted."""

from __future__ import annotations

import pytest

from tests.unit.handlers.conftest import Chat, fake_chat

NO_SUCH = {
    "zh": "没有笔记“{word}”：笔记是按数字编号的。要看笔记就发编号，例如“笔记 3”；要发笔记请写上内容，"
    "例如：种草 这款芒果超甜。没有发出任何笔记。",
    "en": "There is no note “{word}”: notes have numbers. To read one, send its number, e.g. /note 3; "
    "to post one, write what you recommend, e.g. /note these mangoes are so sweet. Nothing was posted.",
}
NO_PICTURE = {
    "zh": "这条笔记指着一张图，但没有收到图片，也没写是什么产品，所以没有发出。笔记要写上产品和好在哪里，"
    "例如：种草 这款芒果超甜；要配图，请把图片和笔记一起发。",
    "en": "That note points at a picture, but none came with it, and it doesn't say what the product is, so "
    "nothing was posted. A note needs words about the product, e.g. /note these mangoes are so sweet; to "
    "show a picture, send it with the note.",
}
NOT_FOUND = {"zh": "这里没有笔记 #1。", "en": "There is no note #1"}


async def _chat(lang: str) -> Chat:
    chat = fake_chat(default_language=lang)
    await chat.say("amy", f"/lang {lang}")
    return chat


async def _nothing_posted(chat: Chat, lang: str) -> None:
    shown = Chat.said(await chat.say("amy", "笔记 1" if lang == "zh" else "/note 1"))
    assert NOT_FOUND[lang] in shown, shown


@pytest.mark.parametrize(
    ("lang", "typed", "word"),
    [
        ("zh", "笔记 abc", "abc"),
        ("zh", "笔记 #3a", "3a"),
        ("en", "/note 3b", "3b"),
        ("en", "/note #2x", "2x"),
    ],
)
async def test_a_word_where_the_notes_number_goes_posts_nothing(lang: str, typed: str, word: str) -> None:
    chat = await _chat(lang)

    assert Chat.said(await chat.say("kim", typed)) == NO_SUCH[lang].format(word=word)
    await _nothing_posted(chat, lang)


@pytest.mark.parametrize(
    ("lang", "typed"),
    [("zh", "种草 这个好用 👆"), ("zh", "种草 如图，这款绝了"), ("en", "/note this is great, see photo 👆")],
)
async def test_a_note_pointing_at_a_missing_picture_posts_nothing(lang: str, typed: str) -> None:
    chat = await _chat(lang)

    assert Chat.said(await chat.say("kim", typed)) == NO_PICTURE[lang]
    await _nothing_posted(chat, lang)


@pytest.mark.parametrize(
    ("lang", "typed"),
    [("zh", "种草 阳光玫瑰超甜 👆"), ("zh", "笔记 好吃"), ("en", "/note these mangoes are so sweet")],
)
async def test_a_note_naming_the_product_is_posted(lang: str, typed: str) -> None:
    chat = await _chat(lang)

    replies = await chat.say("kim", typed)

    assert Chat.cards(replies), replies
    shown = Chat.said(await chat.say("amy", "笔记 1" if lang == "zh" else "/note 1"))
    assert NOT_FOUND[lang] not in shown and "Kim" in shown, shown
