"""The playground's `POST /api/buttons` acted on any `data`, whatever message it named: `gb:join:2` "tapped"
on the bot's plain announcement (no buttons), on a member's own message, or on group buy #1's card joined
#2 (200, `跟团成功`). On Telegram a tap carries only what a button of its message holds, so the API now
refuses a tap whose data is on none of that message's buttons (as the transcript shows them now) with a
422 saying which message and what its buttons carry, and nothing changes. A message of another chat is a
404, as before. An older copy of a card (a tab not refreshed) still taps as the card shows now
(test_older_card_copies_point_to_the_latest)."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from tests.unit.bot.playground_api import PlaygroundApi, playground_api


async def _tap(api: PlaygroundApi, chat: str, message_id: int, data: str) -> tuple[int, Any]:
    body = {"chat": chat, "user": "gus", "message_id": message_id, "data": data}
    response = await api.client.post("/api/buttons", json=body)
    return response.status_code, response.json()


def _one(messages: list[dict[str, Any]], text: str) -> int:
    [found] = [m["message_id"] for m in messages if m["text"].startswith(text)]
    return int(found)


async def test_a_tap_of_data_its_message_does_not_show_is_refused_and_changes_nothing(tmp_path: Path) -> None:
    async with playground_api(tmp_path) as api:
        await api.say("family", "amy", "接龙 芒果 价格 10 成团 5")
        await api.say("family", "amy", "接龙 草莓 价格 20 成团 5")
        await api.say("family", "bob", "你好")
        messages = await api.messages("family")
        announced = _one(messages, "团购 #2 开团了")  # the bot's plain text: no buttons
        own = _one(messages, "你好")  # Bob's own message
        card_1 = (await api.card("family", 1))["message_id"]
        before = await api.everything()

        assert await _tap(api, "family", announced, "gb:join:2") == (
            422,
            {"error": f"message {announced} has no buttons: there is nothing on it to tap"},
        )
        assert await _tap(api, "family", own, "gb:join:2") == (
            422,
            {"error": f"message {own} has no buttons: there is nothing on it to tap"},
        )
        assert await _tap(api, "family", card_1, "gb:join:2") == (
            422,
            {
                "error": f"message {card_1} has no button with data 'gb:join:2': its buttons carry "
                "'gb:join:1', 'gb:more:1', 'gb:leave:1', 'gb:status:1'"
            },
        )
        await api.hub.add_group("neighbours")
        assert await _tap(api, "neighbours", card_1, "gb:join:1") == (
            404,
            {"error": f"there is no message {card_1} in chat 'neighbours'"},
        )
        assert await api.everything() == {**before, "neighbours": []}

        status, _ = await _tap(api, "family", card_1, "gb:join:1")  # what the card shows: a tap
        assert status == 200
        assert "1. Gus ×1" in (await api.card("family", 1))["text"]
        assert "Gus" not in (await api.card("family", 2))["text"]


async def test_a_card_is_tapped_as_it_shows_now_after_an_edit(tmp_path: Path) -> None:
    async with playground_api(tmp_path) as api:
        await api.say("family", "amy", "接龙 芒果 价格 10 库存 1")
        card = (await api.card("family", 1))["message_id"]
        await api.say("family", "bob", "+1")  # sold out: the card's Join becomes Wait
        shown = [b["data"] for row in (await api.card("family", 1))["buttons"] for b in row]
        assert "gb:join:1" not in shown and "gb:wait:1" in shown

        status, refused = await _tap(api, "family", card, "gb:join:1")
        assert status == 422 and "has no button with data 'gb:join:1'" in refused["error"]
        status, _ = await _tap(api, "family", card, "gb:wait:1")
        assert status == 200
