"""`搜索 葡萄` in 家庭群 answered "no note here mentions 葡萄", while `问 葡萄脆不脆` quoted note #7, posted
on 阳光玫瑰葡萄: the search index held the note's own words only. A note now counts its group buy's title,
segmented (阳光玫瑰葡萄 -> 葡萄), among its words, in the playground's SQLite as on PostgreSQL."""

from __future__ import annotations

from pathlib import Path

from tests.unit.bot.playground_api import playground_api


async def test_search_finds_a_note_by_its_group_buys_title(tmp_path: Path) -> None:
    async with playground_api(tmp_path) as api:
        await api.say("家庭群", "小美", "接龙 阳光玫瑰葡萄 价格 39")
        await api.say("家庭群", "阿强", "种草 #1 很脆很甜，孩子爱吃")
        await api.say("家庭群", "丽丽", "种草 楼下的咖啡不错")

        [found] = (await api.say("家庭群", "小红", "搜索 葡萄"))["replies"]

        assert "#1" in found["text"] and "很脆很甜" in found["text"]
        assert "咖啡" not in found["text"]
