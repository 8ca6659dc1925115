"""Session 20 (search leftovers 3): `搜索 冰箱里` (in the fridge) was read as a quality phrase, 冰箱 and
里 glued (session 19's rule for 个头大), so only a note saying 冰箱里 itself was found: `芒果放冰箱冷藏三天`
was not. A place after a noun (里, 上, 中, 内…) is no quality: it is dropped from a search with other
words, as 的 is, and the search is about 冰箱."""

from __future__ import annotations

from tests.unit.handlers.conftest import fake_chat


async def test_a_place_after_a_word_searches_the_word() -> None:
    chat = fake_chat()
    await chat.say("bob", "种草 芒果放冰箱冷藏三天")
    await chat.say("cat", "种草 冰箱里的荔枝很冰很甜")

    for search in ("搜索 冰箱里", "搜索 芒果放冰箱里"):
        said = chat.said(await chat.say("amy", search))
        assert "#1 Bob：芒果放冰箱冷藏三天" in said.splitlines(), (search, said)
    said = chat.said(await chat.say("amy", "搜索 冰箱里"))
    assert said.splitlines()[0] == "🔍 “冰箱里”：找到 2 条笔记", said
