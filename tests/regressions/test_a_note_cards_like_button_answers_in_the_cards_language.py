"""The 👍 on an English note card answered `已赞笔记 #2 👍` (and `已取消对笔记 #2 的赞`), in Chinese, while
the group buy card's Join on the same kind of card answered in English: a note card's button now answers
in the language of its card (README: a button is answered in the language of the message it is on),
its refusal (one's own note) too."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from tests.unit.bot.playground_api import PlaygroundApi, playground_api


async def tap(api: PlaygroundApi, user: str, note_id: int) -> list[str]:
    [card] = [m for m in await api.messages("family") if m["card_of"] == -note_id]
    body = {"chat": "family", "user": user, "message_id": card["message_id"], "data": f"nt:like:{note_id}"}
    tapped = await api.client.post("/api/buttons", json=body)
    assert tapped.status_code == 200, tapped.text
    answer: dict[str, Any] = tapped.json()
    return [r["toast"] for r in answer["replies"] if r.get("toast")]


async def test_a_note_cards_like_button_answers_in_the_cards_language(tmp_path: Path) -> None:
    async with playground_api(tmp_path) as api:
        await api.say("family", "amy", "接龙 海南贵妃芒 5斤 价格 88")
        await api.say("family", "amy", "/groupbuy Lychees price 15 ends 2d")
        await api.say("family", "bob", "种草 这个贵妃芒超甜，回购三次了")
        await api.say("family", "cat", "种草 #2 荔枝放冰箱能放三天")  # on the English card's group buy
        await api.say("family", "dan", "/note the lychees are juicy but small")

        assert await tap(api, "gus", 2) == ["Liked note #2 👍"]
        assert await tap(api, "gus", 2) == ["Like of note #2 taken back"]
        assert await tap(api, "oli", 3) == ["Liked note #3 👍"]
        assert await tap(api, "gus", 1) == ["已赞笔记 #1 👍"]
        [own] = await tap(api, "dan", 3)
        assert own.startswith("You cannot like your own note #3"), own
