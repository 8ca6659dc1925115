"""Session 21 (C5): a quality phrase searched was found inside a longer word: `搜索 个头大` listed
`苹果个头大小均匀` (个头 and 大小: the size is even, not big) beside the notes saying 个头大. A phrase
whose end runs on into a longer known word (大 of 大小) is no longer the phrase there; one followed by
anything else still is (个头大又甜, 个头大，蛋黄很香), on SQLite as in the chat, and Ask quotes only those."""

from __future__ import annotations

from pathlib import Path

from tests.unit.bot.playground_api import playground_api, said_in
from tests.unit.handlers.conftest import fake_chat

NOTES = [
    ("bob", "种草 土鸡蛋个头大，蛋黄很香"),
    ("cat", "种草 苹果个头大小均匀，很脆"),
    ("dan", "种草 橙子个头大又甜"),
]
FOUND = [
    "🔍 “个头大”：找到 2 条笔记",
    "#3 Dan：橙子个头大又甜",
    "#1 Bob：土鸡蛋个头大，蛋黄很香",
]


async def test_the_search_leaves_out_a_phrase_running_on_into_a_longer_word() -> None:
    chat = fake_chat()
    for user, text in NOTES:
        await chat.say(user, text)

    said = chat.said(await chat.say("amy", "搜索 个头大"))
    asked = chat.said(await chat.say("amy", "问 哪个个头大"))

    assert said.splitlines()[:3] == FOUND, said
    assert "Cat" not in said and "大小均匀" not in asked, asked


async def test_the_same_on_sqlite(tmp_path: Path) -> None:
    async with playground_api(tmp_path) as api:
        for user, text in NOTES:
            await api.say("family", user, text)

        [said] = said_in(await api.say("family", "amy", "搜索 个头大"), "family")

    assert said.splitlines()[:3] == FOUND, said
    assert "Cat" not in said
