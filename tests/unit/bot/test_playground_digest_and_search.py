"""Search and digest mode in the playground, through its JSON API: `搜索 面膜` finds the note; in digest
mode a note is told to its author privately and never shown as a card in the chat, `摘要` lists the day's
best with a 👍 per note, and that 👍 likes the note without posting its card."""

from __future__ import annotations

from pathlib import Path

from tests.unit.bot.playground_api import playground_api


async def test_search_and_digest_mode_through_the_api(tmp_path: Path) -> None:
    async with playground_api(tmp_path) as api:
        await api.say("family", "amy", "接龙 烟台苹果 价格 40")  # who organises here may switch it
        await api.say("family", "amy", "摘要 开")
        posted = await api.say("family", "bob", "种草 这个面膜好用，补水效果很好")
        await api.say("family", "cat", "/note These mangoes are sweet")

        assert [r for r in posted["replies"] if r.get("card_of")] == []
        family = await api.messages("family")
        assert not [m for m in family if (m["card_of"] or 0) < 0]  # no note card in the chat
        private = await api.messages("bob")
        assert private[-1]["text"].startswith("笔记 #1 已发布。「family」是摘要模式")

        found = await api.say("family", "eve", "搜索 面膜")
        assert [r["text"] for r in found["replies"]] == [
            "🔍 “面膜”：找到 1 条笔记\n#1 Bob：这个面膜好用，补水效果很好\n发“笔记 1”看全文和评论"
        ]

        shown = await api.say("family", "eve", "摘要")
        [digest] = shown["replies"]
        assert digest["text"].splitlines()[:3] == [
            "📰 过去 24 小时的笔记精选（2 条）",
            "1. #2 Cat：These mangoes are sweet 👍 0 · 💬 0",
            "2. #1 Bob：这个面膜好用，补水效果很好 👍 0 · 💬 0",
        ]
        assert [[b["label"] for b in row] for row in digest["buttons"]] == [["👍 #2（0）", "👍 #1（0）"]]

        body = {"chat": "family", "user": "eve", "message_id": digest["message_id"], "data": "nt:like:1"}
        tapped = await api.client.post("/api/buttons", json=body)
        assert tapped.status_code == 200, tapped.text
        assert not [m for m in await api.messages("family") if (m["card_of"] or 0) < 0]  # liked, none posted
        again = await api.say("family", "eve", "摘要")
        assert (
            again["replies"][0]["text"].splitlines()[1] == "1. #1 Bob：这个面膜好用，补水效果很好 👍 1 · 💬 0"
        )
