"""Session 22 (W): `搜索 水分足` and `问 水分足吗` no longer found `沃柑水分足够，很甜`: the rule that a
phrase running on into a longer known word is not the phrase there (个头大小: 大小) read 足够 as such a
word. 够 after a quality says there is enough of it, so the note says 水分足; `个头大` still does not
find 个头大小均匀, nor `水分足` a note on 足球."""

from __future__ import annotations

from pathlib import Path

from tests.unit.bot.playground_api import playground_api, said_in
from tests.unit.handlers.conftest import fake_chat

NOTES = [
    ("bob", "种草 沃柑水分足够，很甜"),
    ("cat", "种草 苹果个头大小均匀，很脆"),
    ("dan", "种草 周末踢足球，水分补充很重要"),
]
FOUND = ["🔍 “水分足”：找到 1 条笔记", "#1 Bob：沃柑水分足够，很甜", "发“笔记 1”看全文和评论"]
ASKED = ["群里的朋友说过：", "笔记 #1 Bob：「沃柑水分足够，很甜」", "发“笔记 编号”看全文。"]


async def test_a_phrase_followed_by_enough_is_found_and_a_longer_word_still_is_not() -> None:
    chat = fake_chat()
    for user, text in NOTES:
        await chat.say(user, text)

    searched = chat.said(await chat.say("amy", "搜索 水分足"))
    asked = chat.said(await chat.say("amy", "问 水分足吗"))
    big = chat.said(await chat.say("amy", "搜索 个头大"))

    assert searched.splitlines() == FOUND, searched
    assert asked.splitlines() == ASKED, asked
    assert big.startswith("本群的笔记里没有找到“个头大”"), big


async def test_the_same_on_sqlite(tmp_path: Path) -> None:
    async with playground_api(tmp_path) as api:
        for user, text in NOTES:
            await api.say("family", user, text)

        [searched] = said_in(await api.say("family", "amy", "搜索 水分足"), "family")
        [big] = said_in(await api.say("family", "amy", "搜索 个头大"), "family")

    assert searched.splitlines() == FOUND, searched
    assert big.startswith("本群的笔记里没有找到“个头大”"), big
