"""rep81 #9: in a Chinese group Sam quoted note 1 twice (`笔记 1`), then Quinn sent `note 1`: both of Sam's
copies were edited to `⬇️ This note moved: see the latest one below (note #1)` and the latest copy was
English for everyone. And the note on sold-out 月饼 #4 still read `想要就点对应规格的“跟团”，或发 +1 小盒
团4-J7NQ`. A group's quoted copies speak the group's language whoever asks; a sold-out group buy's note
says it is sold out and how to wait, with no Join, and invites joins again once units are freed."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from handlers.card_copies import COPY_KEYS
from tests.unit.bot.playground_api import PlaygroundApi, playground_api

POINTER_ZH = "⬇️ 这条笔记已更新，请看最新的一条（笔记 #1）"


async def _copies(api: PlaygroundApi, chat: str) -> list[dict[str, Any]]:
    return [m for m in await api.messages(chat) if m["card_of"] and m["card_of"] >= COPY_KEYS]


async def _note_card(api: PlaygroundApi, chat: str) -> dict[str, Any]:
    return [m for m in await api.messages(chat) if m["card_of"] == -1][-1]


async def test_an_english_ask_in_a_chinese_group_keeps_its_copies_chinese(tmp_path: Path) -> None:
    async with playground_api(tmp_path) as api:
        await api.say("qun", "amy", "接龙 月饼 规格 大盒:88:2,小盒:48 库存 3")
        await api.say("qun", "sam", "种草 #1 这个月饼很好吃，皮薄馅多")
        await api.say("qun", "sam", "笔记 1")
        await api.say("qun", "sam", "笔记 1")
        await api.say("qun", "tom", "评论 1 好吃")

        await api.say("qun", "quinn", "note 1")

        first, second, latest = await _copies(api, "qun")
        assert (first["text"], second["text"]) == (POINTER_ZH, POINTER_ZH)
        head = "笔记 #1 · Sam\n这个月饼很好吃，皮薄馅多\n🛒 月饼（#1）"
        assert latest["text"].startswith(head), latest["text"]
        assert latest["text"].endswith("评论：\n· Tom：好吃"), latest["text"]


async def test_a_sold_out_note_says_how_to_wait_and_offers_no_join(tmp_path: Path) -> None:
    async with playground_api(tmp_path) as api:
        await api.say("qun", "amy", "接龙 月饼 规格 大盒:88:2,小盒:48 库存 3")
        await api.say("qun", "sam", "种草 #1 这个月饼很好吃，皮薄馅多")
        await api.say("qun", "sam", "笔记 1")
        await api.say("qun", "ann", "+2 小盒")

        await api.say("qun", "bo", "+1 大盒")  # the last one

        card = await _note_card(api, "qun")
        assert card["text"].split("\n")[2:] == [
            "🛒 月饼（#1）大盒 ¥88 / 小盒 ¥48",
            "🈵 已售罄，想候补就发 候补 #1 小盒 1",
            "👍 0 · 💬 0",
        ], card["text"]
        assert not any("跟团" in b["label"] for row in card["buttons"] for b in row), card["buttons"]
        [quoted] = await _copies(api, "qun")
        assert "🈵 已售罄，想候补就发 候补 #1 小盒 1" in quoted["text"], quoted["text"]
        assert "+1" not in quoted["text"], quoted["text"]

        await api.say("qun", "bo", "-1 大盒")  # freed again: how to join, again

        again = await _note_card(api, "qun")
        assert "🈵" not in again["text"] and "+1 小盒 团1-" in again["text"], again["text"]


async def test_in_english_without_options(tmp_path: Path) -> None:
    async with playground_api(tmp_path) as api:
        await api.say("grp", "amy", "/groupbuy Bubble Tea price 10 stock 2")
        await api.say("grp", "bob", "/note #1 this bubble tea is so good, my third time")
        await api.say("grp", "cat", "+1")

        await api.say("grp", "dan", "+1")

        card = await _note_card(api, "grp")
        assert "🈵 Sold out: to wait for it, send /waitlist #1 1" in card["text"].split("\n"), card["text"]
        assert "Want it?" not in card["text"], card["text"]
        assert [b["label"] for row in card["buttons"] for b in row] == ["👍 Like 0"], card["buttons"]
