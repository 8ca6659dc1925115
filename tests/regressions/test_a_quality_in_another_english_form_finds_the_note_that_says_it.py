"""`/ask are the mangoes sweeter than the lychees?`, `/ask how is the sweetness?` and `/ask is it sweeter`
answered "I can't answer that" beside Bob's note "the mangoes are so sweet and juicy", and `/search
sweeter` found nothing: an English word was matched less a plural or verb ending only, so `sweeter` and
`sweetness` were other words than `sweet`; and a question naming two products (mangoes, lychees) quoted
only a note about both. A quality of `qualities` (`ask_words.json`) now counts in its plural, -er, -est,
-ness and -ly forms, in Ask and in the search, in either language (甜), and a question naming several
products quotes a note on any of them; a word that only looks alike (sweater, hardly) is not the quality."""

from __future__ import annotations

from pathlib import Path

from tests.unit.bot.playground_api import playground_api, said_in
from tests.unit.handlers.conftest import Chat, fake_chat

SWEET = "the mangoes are so sweet and juicy"
SWEATER = "my new sweater is warm, hardly worn"
DONT_KNOW = "I can't answer that: the group buy does not record it."


async def _group() -> Chat:
    chat = fake_chat()
    await chat.say("amy", "接龙 海南贵妃芒 5斤 价格 88")
    await chat.say("bob", f"/note {SWEET}")
    await chat.say("cat", f"/note {SWEATER}")
    return chat


async def test_a_question_asking_sweeter_or_sweetness_quotes_the_note_saying_sweet() -> None:
    chat = await _group()

    for question in (
        "/ask are the mangoes sweeter than the lychees?",
        "/ask how is the sweetness?",
        "/ask is it sweeter",
        "/ask are they the sweetest?",
    ):
        said = chat.said(await chat.say("dan", question))
        assert said.startswith(f"What friends said:\nNote #1 Bob: “{SWEET}”\n"), (question, said)
        assert "sweater" not in said, (question, said)


async def test_a_chinese_question_quotes_an_english_note_saying_it_in_another_form() -> None:
    chat = fake_chat()
    await chat.say("amy", "接龙 海南贵妃芒 5斤 价格 88")
    await chat.say("bob", "/note these mangoes are sweeter than last year's")

    said = chat.said(await chat.say("dan", "问 芒果甜吗"))

    assert said.startswith(
        "群里的朋友说过：\n笔记 #1 Bob：「these mangoes are sweeter than last year's」\n"
    ), said


async def test_a_word_that_only_looks_like_a_quality_is_not_it() -> None:
    chat = await _group()

    sweater = chat.said(await chat.say("dan", "/search sweater"))
    hard = chat.said(await chat.say("dan", "/ask are the mangoes hard?"))

    assert sweater.splitlines()[:2] == ["🔍 “sweater”: 1 note found", f"#2 Cat: {SWEATER}"], sweater
    assert hard.startswith(DONT_KNOW), hard  # "hardly worn" says nothing of how hard


async def test_the_search_finds_every_form_in_either_language_on_sqlite(tmp_path: Path) -> None:
    async with playground_api(tmp_path) as api:
        await api.say("g", "bob", f"/note {SWEET}")
        await api.say("g", "cat", f"/note {SWEATER}")
        await api.say("g", "eve", "种草 草莓很甜")

        for search in ("/search sweeter", "/search sweetness", "/search sweet"):
            [found] = said_in(await api.say("g", "dan", search), "g")
            lines = found.splitlines()
            assert lines[0].endswith("2 notes found"), (search, found)
            assert sorted(lines[1:3]) == [f"#1 Bob: {SWEET}", "#3 Eve: 草莓很甜"], (search, found)
        [sweet] = said_in(await api.say("g", "dan", "/search sweet"), "g")
        assert sweet.splitlines()[1] == f"#1 Bob: {SWEET}", sweet  # saying the word itself: first
        [tian] = said_in(await api.say("g", "dan", "搜索 甜"), "g")
        assert tian.splitlines()[:3] == ["🔍 “甜”：找到 2 条笔记", "#3 Eve：草莓很甜", f"#1 Bob：{SWEET}"], (
            tian
        )
        [hard] = said_in(await api.say("g", "dan", "/search harder"), "g")
        assert hard.startswith("No note of this chat mentions “harder”."), hard
