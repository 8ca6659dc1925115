"""Session 19 (search leftovers 2): a Chinese quality jieba cuts in two was searched as its pieces:
`搜索 个头大` (个头 / 大) listed `个头小，大家都说好` (个头 and the 大 of 大家) above the note saying 个头大,
`搜索 水分足` (水分 / 足) a note on football (足球) that mentions 水分 above 沃柑汁水分足, whose words
jieba cut otherwise (汁水 / 分足: no 水分 among them). A quality
typed in a search is now one phrase (`个头大`, `水分足`, `肉质细腻`: storage.segment.glued), found in a
note's text however jieba cut it (storage.note_search.named_by), and never by its one character alone;
a product beside it stays a word of its own (`鸡蛋 个头大`), and the phrase finds the notes saying it in
English too (`qualities` of `ask_words.json`: `/search big` finds 个头大, `搜索 个头大` "big eggs")."""

from __future__ import annotations

from pathlib import Path

from tests.unit.bot.playground_api import playground_api, said_in
from tests.unit.handlers.conftest import fake_chat

NOTES = [
    ("bob", "种草 土鸡蛋个头大，蛋黄很香"),
    ("cat", "种草 个头小，大家都说好"),
    ("dan", "种草 沃柑汁水分足"),
    ("eve", "种草 周末踢足球，水分补充很重要"),
    ("fay", "种草 台农芒肉质细腻"),
    ("gus", "种草 大家快来看"),
]


async def test_a_quality_phrase_finds_only_the_notes_saying_it() -> None:
    chat = fake_chat()
    for user, text in NOTES:
        await chat.say(user, text)

    for search, note in [
        ("搜索 个头大", "#1 Bob：土鸡蛋个头大，蛋黄很香"),
        ("搜索 鸡蛋 个头大", "#1 Bob：土鸡蛋个头大，蛋黄很香"),
        ("搜索 水分足", "#3 Dan：沃柑汁水分足"),
        ("搜索 肉质细腻", "#5 Fay：台农芒肉质细腻"),
    ]:
        said = chat.said(await chat.say("amy", search))
        assert said.splitlines()[:3] == [
            f"🔍 “{search[3:]}”：找到 1 条笔记",
            note,
            f"发“笔记 {note[1]}”看全文和评论",
        ], (search, said)


async def test_the_same_on_sqlite_and_in_the_other_language(tmp_path: Path) -> None:
    async with playground_api(tmp_path) as api:
        for user, text in [*NOTES, ("hal", "/note big eggs, great yolks")]:
            await api.say("family", user, text)

        [big] = said_in(await api.say("family", "amy", "搜索 个头大"), "family")
        [juicy] = said_in(await api.say("family", "amy", "搜索 水分足"), "family")
        [english] = said_in(await api.say("family", "amy", "/search big"), "family")

    assert big.splitlines()[:4] == [
        "🔍 “个头大”：找到 2 条笔记",
        "#1 Bob：土鸡蛋个头大，蛋黄很香",
        "#7 Hal：big eggs, great yolks",
        "发“笔记 1”看全文和评论",
    ], big
    assert juicy.splitlines()[:3] == [
        "🔍 “水分足”：找到 1 条笔记",
        "#3 Dan：沃柑汁水分足",
        "发“笔记 3”看全文和评论",
    ]
    assert english.splitlines()[:3] == [
        "🔍 “big”: 2 notes found",
        "#7 Hal: big eggs, great yolks",
        "#1 Bob: 土鸡蛋个头大，蛋黄很香",
    ], english


async def test_ask_quotes_only_the_note_saying_the_quality() -> None:
    """Ask read the question's words as the search cut them: `问 哪个个头大` quoted 个头小，大家都说好."""
    chat = fake_chat()
    for user, text in NOTES:
        await chat.say(user, text)

    said = chat.said(await chat.say("amy", "问 哪个个头大"))

    assert said.splitlines() == [
        "群里的朋友说过：",
        "笔记 #1 Bob：「土鸡蛋个头大，蛋黄很香」",
        "发“笔记 编号”看全文。",
    ]
