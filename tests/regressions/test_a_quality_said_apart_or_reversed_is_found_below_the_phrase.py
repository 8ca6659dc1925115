"""Session 20 (search leftovers 3): a quality searched as one phrase (session 19: `搜索 个头大` no longer
finds 个头 beside the 大 of 大家) had become too strict: `搜索 肉质细腻` missed 台农芒肉质很细腻 and
`搜索 皮薄肉厚` missed 这个西瓜肉厚皮薄, which a friend would call the same. A note saying the phrase's
parts apart (a few characters between them, no negation, no mark) or in the other order is now found,
below the notes saying the phrase itself (storage.segment.said_apart); a one-character part still has to
be a word of the note (大 of 很大, not of 大家), and 个头不大, 肉质不细腻 are not found."""

from __future__ import annotations

from pathlib import Path

from tests.unit.bot.playground_api import playground_api, said_in
from tests.unit.handlers.conftest import fake_chat

NOTES = [
    ("bob", "种草 台农芒肉质很细腻"),
    ("cat", "种草 这个西瓜肉厚皮薄"),
    ("dan", "种草 皮薄肉厚的贵妃芒"),
    ("eve", "种草 肉质细腻"),
    ("fay", "种草 个头不大，肉质不细腻"),
    ("gus", "种草 土鸡蛋个头特别大"),
    ("hal", "种草 个头小，大家都说好"),
]

EXPECTED = [
    ("搜索 肉质细腻", ["🔍 “肉质细腻”：找到 2 条笔记", "#4 Eve：肉质细腻", "#1 Bob：台农芒肉质很细腻"]),
    (
        "搜索 皮薄肉厚",
        ["🔍 “皮薄肉厚”：找到 2 条笔记", "#3 Dan：皮薄肉厚的贵妃芒", "#2 Cat：这个西瓜肉厚皮薄"],
    ),
    ("搜索 个头大", ["🔍 “个头大”：找到 1 条笔记", "#6 Gus：土鸡蛋个头特别大", "发“笔记 6”看全文和评论"]),
]


async def test_a_quality_said_apart_or_reversed_is_found_below_the_phrase() -> None:
    chat = fake_chat()
    for user, text in NOTES:
        await chat.say(user, text)

    for search, lines in EXPECTED:
        said = chat.said(await chat.say("amy", search))
        assert said.splitlines()[:3] == lines, (search, said)


async def test_the_same_on_sqlite(tmp_path: Path) -> None:
    async with playground_api(tmp_path) as api:
        for user, text in NOTES:
            await api.say("family", user, text)
        for search, lines in EXPECTED:
            [said] = said_in(await api.say("family", "amy", search), "family")
            assert said.splitlines()[:3] == lines, (search, said)
