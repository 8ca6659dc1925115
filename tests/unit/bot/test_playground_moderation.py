"""Shill flags and moderation in the playground, through its JSON API on SQLite: three accounts gush
about a group buy and like each other's notes; their cards turn "⚠️ 未验证"; the chat's admin (the
playground's `TUAN_ADMINS`) reads the queue in their private chat, hides a note (its card in the group
says so, edited in place) and the author reads why in theirs."""

from __future__ import annotations

from pathlib import Path

from tests.unit.bot.playground_api import PlaygroundApi, playground_api

SHILLS = ("s0", "s1", "s2")
SAID = ("补水效果一流，敏感肌也能用", "质地清爽不黏，晚上敷完第二天透亮", "包装精致，送人也体面")


async def texts(api: PlaygroundApi, chat: str) -> list[str]:
    return [m["text"] for m in await api.messages(chat)]


async def test_a_shills_note_is_flagged_and_an_admin_hides_it(tmp_path: Path) -> None:
    async with playground_api(tmp_path) as api:
        api.hub.admins = frozenset({"eve"})
        await api.say("family", "amy", "接龙 面膜 价格 30")
        for shill, said in zip(SHILLS, SAID, strict=True):
            await api.say("family", shill, f"种草 #1 绝了！！！闭眼入 yyds 🔥 {said}")
        await api.say("family", "bob", "种草 #1 用了一周，还不错")
        for note_id, author in enumerate(SHILLS, start=1):
            for liker in SHILLS:
                if liker != author:
                    await api.say("family", liker, f"赞 {note_id}")

        flagged = await api.card("family", -1)
        assert flagged["text"].startswith("笔记 #1 · S0 ⚠️ 未验证\n绝了！！！闭眼入 yyds 🔥 补水效果一流")
        assert "未验证" not in (await api.card("family", -4))["text"]

        refused = await api.say("family", "bob", "待审笔记")
        assert [r["text"] for r in refused["replies"]] == [
            "只有群管理员可以审核笔记（待审笔记、隐藏、禁言），没有任何改动。"
        ]
        await api.say("family", "eve", "待审笔记")
        [queue] = await texts(api, "eve")
        assert queue.startswith("群：family\n待审笔记（3 条，可疑度高的在前）：\n#1 S0：")

        await api.say("family", "eve", "隐藏 1 广告")
        hidden = await api.card("family", -1)
        assert hidden["message_id"] == flagged["message_id"]  # edited in place
        assert hidden["text"] == "笔记 #1 已被群管理员隐藏。" and hidden["buttons"] == []
        assert "群管理员隐藏了笔记 #1。" in await texts(api, "family")
        assert await texts(api, "s0") == ["你在「family」的笔记 #1 被群管理员隐藏了。原因：广告。"]
