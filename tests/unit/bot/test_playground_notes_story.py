"""Issue #12's story through the playground's API, in one go: a buyer posts a verified note, friends like
and comment on it, three shills gush and like each other, their notes are flagged and an admin hides
one, and `摘要` (the digest shown now) lists the honest note first and none of the shills'."""

from __future__ import annotations

from pathlib import Path

from tests.unit.bot.playground_api import playground_api

SHILLS = ("s0", "s1", "s2")
SAID = ("补水保湿效果一流，敏感肌也能用", "保湿清爽不黏，晚上敷完第二天透亮", "包装精致，送人也体面")


async def test_an_honest_verified_note_beats_a_clique_of_shills(tmp_path: Path) -> None:
    async with playground_api(tmp_path) as api:
        api.hub.admins = frozenset({"eve"})
        await api.say("family", "amy", "接龙 面膜 价格 30 成团 1")
        await api.say("family", "bob", "+1")
        await api.say("family", "amy", "截单")
        await api.say("family", "amy", "已收 1-1")  # Bob bought the masks: his note is verified
        await api.say("family", "amy", "接龙 面膜 价格 28")

        await api.say("family", "bob", "种草 #2 用了一周，保湿不错，回购了")
        for friend in ("cat", "dan"):
            await api.say("family", friend, "赞 1")
        await api.say("family", "cat", "评论 1 同感，我也在用")
        honest = (await api.card("family", -1))["text"]
        assert honest.startswith("笔记 #1 · Bob ✅ 已购买\n用了一周，保湿不错，回购了")
        assert "👍 2 · 💬 1" in honest

        for shill, said in zip(SHILLS, SAID, strict=True):
            await api.say("family", shill, f"种草 #2 绝了！！！闭眼入 yyds 🔥 {said}")
        for note_id, author in enumerate(SHILLS, start=2):
            for liker in SHILLS:
                if liker != author:
                    await api.say("family", liker, f"赞 {note_id}")
        for n in (2, 3, 4):
            assert "⚠️ 未验证" in (await api.card("family", -n))["text"]

        await api.say("family", "eve", "隐藏 2 广告")
        assert (await api.card("family", -2))["text"] == "笔记 #2 已被群管理员隐藏。"

        digest = await api.say("family", "zoe", "摘要")
        [text] = [r["text"] for r in digest["replies"] if r["text"] and r["chat"] == "family"]
        lines = text.splitlines()
        assert any("#1" in line and "Bob" in line for line in lines[1:3])  # the honest note, on top
        assert not any(shill.upper() in text for shill in SHILLS)  # no shill's note, hidden or flagged

        found = await api.say("family", "zoe", "搜索 保湿")
        [listed] = [r["text"] for r in found["replies"] if r["text"] and r["chat"] == "family"]
        assert "Bob" in listed and not any(shill.upper() in listed for shill in SHILLS)
        asked = await api.say("family", "zoe", "问 保湿效果怎么样")
        [answer] = [r["text"] for r in asked["replies"] if r["text"] and r["chat"] == "family"]
        assert (
            answer.startswith("群里的朋友说过：\n笔记 #1 ✅ Bob：")
            and "S0" not in answer
            and "S1" not in answer
        )
