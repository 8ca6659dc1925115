"""Session 19 (search leftovers 1): `/search mango` answered "No note of this chat mentions “mango”" in a
chat whose note said only 贵妃芒 (a kind of mango: Chinese names a product by its kind and a head, 芒;
贵妃芒, 台农芒, 沃柑, 砂糖橘), though `搜索 芒果` found it. An English product word is now searched by its
one-character Chinese names too (`in_chinese` of `ask_words.json`: mango 芒; orange 橙, 柑, 橘, 桔), and a
note kept when one of its words ends with one (贵妃芒, 砂糖橘), as for `芒果`; never 光芒 (light), below
the notes that say the word."""

from __future__ import annotations

from pathlib import Path

from tests.unit.bot.playground_api import playground_api, said_in
from tests.unit.handlers.conftest import fake_chat

NOTES = [
    ("bob", "种草 贵妃芒超甜"),
    ("cat", "种草 这光芒真好看"),
    ("dan", "种草 砂糖橘很甜"),
    ("eve", "/note the mangoes were great"),
]


async def test_an_english_product_word_finds_the_notes_on_its_kinds() -> None:
    chat = fake_chat()
    for user, text in NOTES:
        await chat.say(user, text)

    mango = chat.said(await chat.say("amy", "/search mango"))
    oranges = chat.said(await chat.say("amy", "/search oranges"))

    assert mango.splitlines()[:3] == [
        "🔍 “mango”: 2 notes found",
        "#4 Eve: the mangoes were great",
        "#1 Bob: 贵妃芒超甜",
    ], mango
    assert oranges.splitlines()[:2] == ["🔍 “oranges”: 1 note found", "#3 Dan: 砂糖橘很甜"], oranges


async def test_the_same_on_sqlite(tmp_path: Path) -> None:
    async with playground_api(tmp_path) as api:
        for user, text in NOTES:
            await api.say("family", user, text)

        [mango] = said_in(await api.say("family", "amy", "/search mangoes"), "family")
        [oranges] = said_in(await api.say("family", "amy", "/search orange"), "family")

    assert mango.splitlines()[:3] == [
        "🔍 “mangoes”: 2 notes found",
        "#4 Eve: the mangoes were great",
        "#1 Bob: 贵妃芒超甜",
    ], mango
    assert oranges.splitlines()[:2] == ["🔍 “orange”: 1 note found", "#3 Dan: 砂糖橘很甜"], oranges
