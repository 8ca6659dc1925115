"""Session 20 (search leftovers 3): the head rule took 瓜子 (sunflower or melon seeds) for a melon
(`+1 melon` beside 新疆哈密瓜 and 五香瓜子 was asked which: 瓜 once its 子 was set aside) and 木瓜
(papaya) for one (`/search melon` listed 木瓜熟了很甜); and a word of two whose second character is its
head noun was shortened to its first, so `搜索 西瓜` listed 买的东西都不错 (西 of 东西), `搜索 木瓜`
孩子爱玩积木 (木 of 积木), and `问 西瓜甜吗` quoted 东西 as about watermelons. 瓜子, 木瓜, 地瓜 and 傻瓜
are `not_heads`; only a word whose second character follows a one-character name (芒果, 橙子, 鸡肉:
`short_head`) is shortened, for search and Ask alike; 木瓜 is papaya (`in_chinese`), found as itself
and in English."""

from __future__ import annotations

from tests.unit.handlers.conftest import fake_chat

NOTES = [
    ("bob", "种草 哈密瓜脆甜"),
    ("cat", "种草 木瓜熟了很甜"),
    ("dan", "种草 五香瓜子很香"),
    ("eve", "种草 买的东西都很甜"),
    ("fay", "种草 孩子爱玩积木"),
    ("gus", "种草 这个西瓜沙甜"),
]


async def test_a_melon_search_finds_melons_only() -> None:
    chat = fake_chat()
    for user, text in NOTES:
        await chat.say(user, text)

    melon = chat.said(await chat.say("amy", "/search melon"))
    assert melon.splitlines()[:3] == [
        "🔍 “melon”: 2 notes found",
        "#1 Bob: 哈密瓜脆甜",
        "#6 Gus: 这个西瓜沙甜",
    ], melon
    for search, lines in [
        ("搜索 西瓜", ["🔍 “西瓜”：找到 1 条笔记", "#6 Gus：这个西瓜沙甜"]),
        ("搜索 木瓜", ["🔍 “木瓜”：找到 1 条笔记", "#2 Cat：木瓜熟了很甜"]),
        ("/search papaya", ["🔍 “papaya”: 1 note found", "#2 Cat: 木瓜熟了很甜"]),
        ("搜索 瓜子", ["🔍 “瓜子”：找到 1 条笔记", "#3 Dan：五香瓜子很香"]),
    ]:
        said = chat.said(await chat.say("amy", search))
        assert said.splitlines()[:2] == lines, (search, said)


async def test_ask_takes_no_seeds_for_a_melon_nor_things_for_a_watermelon() -> None:
    chat = fake_chat()
    for user, text in NOTES:
        await chat.say(user, text)
    await chat.say("amy", "接龙 新疆哈密瓜 2个 价格 30")
    await chat.say("amy", "接龙 五香瓜子 1袋 价格 10")

    said = chat.said(await chat.say("ivy", "+1 melon"))  # was asked which: 瓜子 read as a melon
    assert said == "Ivy 跟团：1 × 新疆哈密瓜 2个（#1）。当前 ¥30/份。", said
    watermelon = chat.said(await chat.say("ivy", "问 西瓜甜吗"))
    assert "东西" not in watermelon and "沙甜" in watermelon, watermelon
    papaya = chat.said(await chat.say("ivy", "问 木瓜甜吗"))
    assert papaya.splitlines()[1:2] == ["笔记 #2 Cat：「木瓜熟了很甜」"] and "积木" not in papaya, papaya
