"""Notes (种草) in the playground, through its JSON API: `种草 …` posts a note card (with an attached
photo, the photo shows on it) carrying the group buy's Join; its 👍 button, tapped, edits the card in
place; tapped again, takes the like back; `评论 1 …` is counted on it."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from tests.unit.bot.playground_api import PlaygroundApi, playground_api
from tests.unit.bot.test_playground_photos import attach, png


async def tap(api: PlaygroundApi, user: str, card: dict[str, Any], data: str) -> None:
    body = {"chat": "family", "user": user, "message_id": card["message_id"], "data": data}
    tapped = await api.client.post("/api/buttons", json=body)
    assert tapped.status_code == 200, tapped.text


async def test_a_note_card_is_posted_liked_in_place_and_counts_comments(tmp_path: Path) -> None:
    async with playground_api(tmp_path) as api:
        await api.say("family", "amy", "接龙 海南芒果 价格 30")
        posted = await api.say("family", "bob", "种草 这个海南芒果超甜")

        [card] = posted["replies"]
        assert card["card_of"] == -1
        assert (
            card["text"] == "笔记 #1 · Bob\n这个海南芒果超甜\n🛒 海南芒果（#1）¥30/份\n"
            "想要就点“跟团”，或发 +1 团1-RFS7\n👍 0 · 💬 0"
        )
        assert [[b["label"] for b in row] for row in card["buttons"]] == [["👍 赞 0"], ["跟团"]]

        await tap(api, "cat", card, "nt:like:1")
        liked = await api.card("family", -1)
        assert liked["message_id"] == card["message_id"]  # edited in place, not posted again
        assert liked["text"].endswith("\n👍 1 · 💬 0")
        assert liked["buttons"][0][0]["label"] == "👍 赞 1"
        await tap(api, "cat", liked, "nt:like:1")
        assert (await api.card("family", -1))["text"].endswith("\n👍 0 · 💬 0")

        commented = await api.say("family", "dan", "评论 1 同感")
        assert [r["text"] for r in commented["replies"] if r["text"] and not r["card_of"]] == [
            "💬 Dan 评论了笔记 #1",  # the group; and its author, privately (s41-notes)
            "💬 Dan 在「family」评论了你的笔记 #1：“同感”\n要回复就在群里发：评论 1 你的回复",
        ]
        assert (await api.card("family", -1))["text"].endswith("\n👍 0 · 💬 1")

        await tap(api, "eve", card, "nt:join:1")  # the note's Join joins the group buy
        assert "Eve" in (await api.card("family", 1))["text"]


async def test_an_attached_photo_with_the_hashtag_is_a_photo_note(tmp_path: Path) -> None:
    async with playground_api(tmp_path) as api:
        response = await attach(api, "#种草 好看的杯子", png(), user="bob")

        assert response.status_code == 200, response.text
        [card] = response.json()["replies"]
        assert card["card_of"] == -1 and card["text"] == "笔记 #1 · Bob\n好看的杯子\n👍 0 · 💬 0"
        assert card["image"].startswith("http://playground/files/")
