"""Reputation in the playground, through its JSON API: a buyer's verified note, liked by three distinct
members (one of them twice), shows the author as 达人 on the card edited in place; `帮助 笔记` says why."""

from __future__ import annotations

from pathlib import Path

from tests.unit.bot.playground_api import playground_api
from tests.unit.bot.test_playground_notes import tap


async def test_distinct_likes_on_a_verified_note_make_the_author_an_insider(tmp_path: Path) -> None:
    async with playground_api(tmp_path) as api:
        await api.say("family", "amy", "接龙 芒果 价格 30")
        await api.say("family", "bob", "+1")
        await api.say("family", "amy", "截单")
        await api.say("family", "amy", "已收 1-1")
        await api.say("family", "amy", "接龙 芒果 价格 28")
        [card] = (await api.say("family", "bob", "种草 #2 芒果很甜"))["replies"]
        assert card["text"].startswith("笔记 #1 · Bob ✅ 已购买\n")

        for member in ("cat", "cat", "dan"):
            await api.say("family", member, "赞 1")
        assert (await api.card("family", -1))["text"].startswith("笔记 #1 · Bob ✅ 已购买\n")
        await tap(api, "eve", card, "nt:like:1")

        shown = await api.card("family", -1)
        assert shown["message_id"] == card["message_id"]
        assert shown["text"].startswith("笔记 #1 · Bob · 达人 ✅ 已购买\n芒果很甜\n")
        [explained] = (await api.say("family", "fay", "帮助 笔记"))["replies"]
        assert "等级显示在笔记卡片的名字旁边：新人（不显示）→ 达人" in explained["text"]
