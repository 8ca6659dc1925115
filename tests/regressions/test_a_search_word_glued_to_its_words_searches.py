"""`搜索芒果` and `搜芒果` (no space) got no reply, though other commands work glued (`赞1`, `评论29 …`):
a search word glued to Chinese words searches them; glued to talk (`搜一下吧`, `搜到了`, `搜索引擎不好用`,
`搜集一下`) it stays talk."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from tests.unit.bot.playground_api import playground_api


def said(response: dict[str, Any], chat: str) -> list[str]:
    return [r["text"] for r in response["replies"] if r["text"] and not r["card_of"] and r["chat"] == chat]


async def test_a_search_word_glued_to_its_words_searches(tmp_path: Path) -> None:
    async with playground_api(tmp_path) as api:
        await api.say("家人群", "cat", "种草 芒果很甜，孩子爱吃")

        found = "🔍 “芒果”：找到 1 条笔记\n#1 Cat：芒果很甜，孩子爱吃\n发“笔记 1”看全文和评论"
        for search in ("搜索芒果", "搜芒果", "搜索 芒果", "搜 芒果"):
            assert said(await api.say("家人群", "dan", search), "家人群") == [found], search
        for talk in ("搜一下吧", "搜到了", "搜索引擎不好用", "搜集一下", "搜索芒果了吗？"):
            assert said(await api.say("家人群", "dan", talk), "家人群") == [], talk
