"""`搜索 荔枝` missed Dan's English note on the Lychees group buy, which `搜索 lychees` found beside Cat's
`荔枝…` note; and `/search 荔枝` in a private chat answered "notes are in groups, search there: 搜索 面膜",
an example unrelated to what was typed. A product named in one language now finds its notes in the other
(`ask_words.json` "in_chinese"), and a private search searches the notes of the member's groups, each
named with its group, as a private question is answered; in no group, the example is her own words."""

from __future__ import annotations

from pathlib import Path

from tests.unit.bot.playground_api import PlaygroundApi, playground_api, said_in


async def family(api: PlaygroundApi) -> None:
    await api.say("family", "amy", "/groupbuy Lychees price 15 ends 2d")
    await api.say("family", "cat", "种草 #1 荔枝放冰箱能放三天，冻一下更好吃")
    await api.say("family", "dan", "/note the lychees are juicy but small")
    await api.say("family", "eve", "种草 楼下的咖啡不错")


async def test_a_search_finds_a_products_notes_in_either_language(tmp_path: Path) -> None:
    async with playground_api(tmp_path) as api:
        await family(api)

        for search in ("搜索 荔枝", "/search lychees"):
            [found] = said_in(await api.say("family", "yan", search), "family")
            assert "#1 Cat" in found and "#2 Dan" in found, (search, found)
            assert "咖啡" not in found, found
        [zh] = said_in(await api.say("family", "yan", "搜索 荔枝"), "family")
        assert zh.startswith("🔍 “荔枝”：找到 2 条笔记"), zh


async def test_a_private_search_finds_the_notes_of_ones_groups(tmp_path: Path) -> None:
    async with playground_api(tmp_path) as api:
        await family(api)
        await api.say("family", "jon", "+1")  # jon is a member of family

        [zh] = said_in(await api.say("jon", "jon", "/search 荔枝"), "jon")
        assert zh.startswith("🔍 “荔枝”：找到 2 条笔记"), zh
        assert "#1 Cat（family）：荔枝放冰箱能放三天" in zh, zh
        assert "#2 Dan（family）：" in zh, zh
        [en] = said_in(await api.say("jon", "jon", "/search durian downstairs"), "jon")
        assert en.startswith("No note of your groups mentions “durian downstairs”."), en

        stranger = said_in(await api.say("kim", "kim", "/search 荔枝"), "kim")
        assert stranger == ["笔记在群里：在群里发“搜索 荔枝”就能找到。"]
        stranger = said_in(await api.say("kim", "kim", "/search lychees"), "kim")
        assert stranger == ["Notes live in their group: send /search lychees there."]
