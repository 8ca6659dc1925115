"""`种草#3 凤梨真的很甜`, `种草＃3 …` (a full-width ＃) and `笔记#3 …` got no reply at all and posted
nothing: the member believed she had recommended something and it was lost without a word. And
`种草 #3凤梨香得很` (the number glued to the words, as typed on a phone) was posted unlinked, `#3` kept in
its text. Both now post the note linked to #3, as `种草 #3 凤梨…` does; a count glued to the number
(`#3个`) is no group buy's number and stays the note's words."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from tests.unit.bot.playground_api import PlaygroundApi, playground_api


def card(response: dict[str, Any]) -> str:
    [shown] = [r["text"] for r in response["replies"] if r["card_of"] and r["card_of"] < 0]
    return str(shown)


async def opened(api: PlaygroundApi) -> None:
    await api.say("family", "amy", "接龙 海南贵妃芒 5斤 价格 88")
    await api.say("family", "amy", "/groupbuy Lychees price 15 ends 2d")
    await api.say("family", "cat", "接龙 台湾凤梨 价格 30 截止 3d")


@pytest.mark.parametrize(
    ("typed", "text"),
    [
        ("种草#3 凤梨真的很甜", "凤梨真的很甜"),
        ("种草＃3 凤梨切块冰一下更好吃", "凤梨切块冰一下更好吃"),
        ("笔记#3 菠萝蜜也想团", "菠萝蜜也想团"),
        ("种草　#3 凤梨不酸", "凤梨不酸"),
        ("种草 #3凤梨香得很，推荐给大家", "凤梨香得很，推荐给大家"),
        ("种草#3凤梨香得很", "凤梨香得很"),
        ("#种草#3 凤梨很好", "凤梨很好"),
    ],
)
async def test_a_chinese_note_glued_to_its_word_or_number_is_linked(
    tmp_path: Path, typed: str, text: str
) -> None:
    async with playground_api(tmp_path) as api:
        await opened(api)
        shown = card(await api.say("family", "rex", typed))
        assert text in shown and "#3" not in shown.split("\n")[1], shown
        assert "🛒 台湾凤梨（#3）" in shown, shown


@pytest.mark.parametrize("typed", ["/note#2 so juicy", "#note#2 so juicy", "/note #2: so juicy"])
async def test_an_english_note_glued_to_its_number_is_linked(tmp_path: Path, typed: str) -> None:
    async with playground_api(tmp_path) as api:
        await opened(api)
        shown = card(await api.say("family", "rex", typed))
        assert "so juicy" in shown and "🛒 Lychees (#2)" in shown, shown


async def test_a_count_glued_to_the_number_stays_the_notes_words(tmp_path: Path) -> None:
    async with playground_api(tmp_path) as api:
        await opened(api)
        shown = card(await api.say("family", "rex", "种草 #3个人拼了一箱，很划算"))
        assert "#3个人拼了一箱，很划算" in shown and "🛒" not in shown, shown


async def test_a_bare_note_number_glued_to_its_word_shows_that_note(tmp_path: Path) -> None:
    async with playground_api(tmp_path) as api:
        await opened(api)
        await api.say("family", "bob", "种草 这个贵妃芒超甜，回购三次了")
        [shown] = [r["text"] for r in (await api.say("family", "wes", "笔记#1"))["replies"]]
        assert shown.startswith("笔记 #1") and "这个贵妃芒超甜" in shown, shown


async def test_a_hashtag_glued_to_the_word_stays_talk(tmp_path: Path) -> None:
    async with playground_api(tmp_path) as api:
        await opened(api)
        assert (await api.say("family", "rex", "种草#好物推荐"))["replies"] == []
