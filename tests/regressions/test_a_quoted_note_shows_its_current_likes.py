"""`笔记 1` quoted the note as a plain message, so its 👍 count stayed where it was when a like came in
(only the note's card was edited): the quoted copy is now kept fresh as the card is, in the playground
(a platform that edits its messages), in the group and in a private chat, in Chinese and English."""

from __future__ import annotations

from pathlib import Path

from tests.unit.bot.playground_api import PlaygroundApi, playground_api


async def quoted(api: PlaygroundApi, chat: str, head: str) -> str:
    found = [str(m["text"]) for m in await api.messages(chat) if str(m["text"]).startswith(head)]
    return found[-1]


async def test_a_quoted_note_shows_its_current_likes_in_chinese(tmp_path: Path) -> None:
    async with playground_api(tmp_path) as api:
        await api.say("family", "amy", "接龙 海南贵妃芒 5斤 价格 88")
        await api.say("family", "bob", "种草 #1 这个贵妃芒超甜")
        await api.say("family", "cat", "笔记 1")
        copy = await quoted(api, "family", "笔记 #1 · Bob")
        assert "👍 1" not in copy, copy

        await api.say("family", "dan", "赞 1")
        copy = await quoted(api, "family", "笔记 #1 · Bob")
        assert "👍 1" in copy, copy  # the quoted copy moved with the like
        shown = [m for m in await api.messages("family") if str(m["text"]).startswith("笔记 #1 · Bob")]
        assert len(shown) == 2  # the card and its quoted copy: edited, none posted again


async def test_a_quoted_note_shows_its_current_likes_in_english_and_in_private(tmp_path: Path) -> None:
    async with playground_api(tmp_path) as api:
        await api.say("club", "amy", "/groupbuy Lychees price 15 ends 2d")
        await api.say("club", "bob", "/note #1 the lychees are juicy")
        await api.say("club", "cat", "/note 1")
        await api.say("cat", "cat", "/note 1")  # her private chat with the bot
        await api.say("club", "dan", "/like 1")
        assert "👍 1" in await quoted(api, "club", "Note #1 · Bob")
        assert "👍 1" in await quoted(api, "cat", "Note #1 · Bob")
        await api.say("club", "dan", "/unlike 1")
        assert "👍 1" not in await quoted(api, "club", "Note #1 · Bob")
