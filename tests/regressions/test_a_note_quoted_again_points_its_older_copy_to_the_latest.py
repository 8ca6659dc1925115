"""rep80 #1: Bob, who only ever typed English, sent `/note 1` twice in his private chat; his first copy was
edited to `团购 #2110993420 已不存在。`: Chinese, the copy's internal key, and a group buy said to be gone
where a note was shown. The older copy of a quoted note now becomes a pointer to the latest one, as a card
opened again does, in its reader's language, naming the note by its number."""

from __future__ import annotations

from pathlib import Path

from handlers.card_copies import COPY_KEYS
from tests.unit.bot.playground_api import playground_api

POINTER_EN = "⬇️ This note moved: see the latest one below (note #1)"
POINTER_ZH = "⬇️ 这条笔记已更新，请看最新的一条（笔记 #1）"


async def test_an_english_readers_older_note_copy_points_to_the_latest_in_english(tmp_path: Path) -> None:
    async with playground_api(tmp_path) as api:
        await api.say("grp", "amy", "/groupbuy Bubble Tea price 10 target 4")
        await api.say("grp", "bob", "/note #1 this bubble tea is so good, my third time")
        await api.say("bob", "bob", "/note 1")
        await api.say("bob", "bob", "/note 1")

        first, latest = [m for m in await api.messages("bob") if m["card_of"] is not None]
        assert (first["text"], first["buttons"]) == (POINTER_EN, [])
        assert latest["text"].startswith("Note #1 · Bob\nthis bubble tea is so good")
        assert "no longer exists" not in first["text"] and "已不存在" not in first["text"]


async def test_a_chinese_readers_older_note_copy_points_to_the_latest_in_chinese(tmp_path: Path) -> None:
    async with playground_api(tmp_path) as api:
        await api.say("家庭群", "小美", "接龙 芒果 价格 30 成团 5")
        await api.say("家庭群", "阿强", "种草 #1 这批芒果很甜，回购三次")
        await api.say("家庭群", "小红", "笔记 1")
        await api.say("家庭群", "小红", "笔记 1")

        shown = await api.messages("家庭群")
        first, latest = [m for m in shown if m["card_of"] and m["card_of"] >= COPY_KEYS]
        assert (first["text"], first["buttons"]) == (POINTER_ZH, [])
        assert latest["text"].startswith("笔记 #1 · 阿强")
