"""A note in one language was found by a search in the other only through the title of the group buy it
was linked to, or when the search was one product's name alone: with no group buy, `搜索 荔枝 多汁` did
not find `/note lychees are juicy` (several words: nothing translated), `搜索 鸡蛋` did not find "free
range eggs" (鸡蛋 was read as chicken), `搜索 酸` not "the oranges are sour" (a quality was never
translated), nor `/search mangoes` 芒果很香 (芒, its Chinese name, is one character: nothing searched).
Each word of a search is now also searched in the other language, by the word lists Ask uses
(`ask_words.json` "in_chinese", "products" and "qualities"): the notes saying the words themselves
first."""

from __future__ import annotations

from pathlib import Path

from tests.unit.bot.playground_api import playground_api, said_in
from tests.unit.handlers.conftest import fake_chat

NOTES = [
    ("bob", "/note lychees are juicy"),
    ("cat", "/note free range eggs, big yolks"),
    ("dan", "/note the oranges are sour"),
    ("eve", "种草 草莓很甜，很新鲜"),
]


async def test_a_search_finds_an_unlinked_note_by_its_words_in_the_other_language() -> None:
    chat = fake_chat()
    for user, text in NOTES:
        await chat.say(user, text)

    for search, note in [
        ("搜索 荔枝", "#1 Bob：lychees are juicy"),
        ("搜索 荔枝 多汁", "#1 Bob：lychees are juicy"),
        ("搜索 鸡蛋", "#2 Cat：free range eggs, big yolks"),
        ("搜索 酸", "#3 Dan：the oranges are sour"),
    ]:
        said = chat.said(await chat.say("amy", search))
        assert said.splitlines()[:2] == [f"🔍 “{search[3:]}”：找到 1 条笔记", note], (search, said)
    for search, note in [
        ("/search strawberries", "#4 Eve: 草莓很甜，很新鲜"),
        ("/search sweet", "#4 Eve: 草莓很甜，很新鲜"),
        ("/search fresh strawberry", "#4 Eve: 草莓很甜，很新鲜"),
    ]:
        said = chat.said(await chat.say("amy", search))
        assert said.splitlines()[:2] == [f"🔍 “{search[8:]}”: 1 note found", note], (search, said)
    nothing = chat.said(await chat.say("amy", "搜索 榴莲"))
    assert nothing.startswith("本群的笔记里没有找到“榴莲”。"), nothing


async def test_an_english_product_word_finds_a_chinese_note_naming_it() -> None:
    chat = fake_chat()
    await chat.say("bob", "种草 芒果很香")
    await chat.say("cat", "种草 土鸡蛋个头大")

    mangoes = chat.said(await chat.say("amy", "/search mangoes"))
    eggs = chat.said(await chat.say("amy", "/search eggs"))

    assert mangoes.splitlines()[:2] == ["🔍 “mangoes”: 1 note found", "#1 Bob: 芒果很香"], mangoes
    assert eggs.splitlines()[:2] == ["🔍 “eggs”: 1 note found", "#2 Cat: 土鸡蛋个头大"], eggs


async def test_the_same_on_sqlite_and_in_a_private_search(tmp_path: Path) -> None:
    async with playground_api(tmp_path) as api:
        for user, text in NOTES:
            await api.say("family", user, text)

        [zh] = said_in(await api.say("family", "amy", "搜索 荔枝 多汁"), "family")
        [en] = said_in(await api.say("family", "amy", "/search sweet"), "family")
        [private] = said_in(await api.say("bob", "bob", "搜索 鸡蛋"), "bob")

    assert zh.splitlines()[:2] == ["🔍 “荔枝 多汁”：找到 1 条笔记", "#1 Bob：lychees are juicy"], zh
    assert en.splitlines()[:2] == ["🔍 “sweet”: 1 note found", "#4 Eve: 草莓很甜，很新鲜"], en
    assert private.splitlines()[:2] == [
        "🔍 “鸡蛋”：找到 1 条笔记",
        "#2 Cat（family）：free range eggs, big yolks",
    ]
