"""Issue #9: the playground remembered its answers by bare update id while the ChatApp claims updates per
platform and chat (`handlers.app.update_key`). Update 7 reused in another chat got the first chat's
answer back, flagged as a repeat, yet the ChatApp joined the member in the new chat. Both now key the
same way: the same id in another chat is a new update there, answered and acted on in that chat; a true
repeat in the same chat gets the first answer and changes nothing."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from tests.unit.bot.playground_api import PlaygroundApi, playground_api

OPEN = "接龙 芒果 价格 10 成团 5"


def chats_of(response: dict[str, Any]) -> set[str]:
    return {reply["chat"] for reply in response["replies"]}


async def open_in(api: PlaygroundApi, chat: str) -> dict[str, Any]:
    opened = await api.say(chat, "amy", OPEN)
    return next(reply for reply in opened["replies"] if reply["card_of"])


async def test_a_message_update_id_reused_in_another_chat_is_a_new_update_there(tmp_path: Path) -> None:
    async with playground_api(tmp_path) as api:
        family, neighbours = await open_in(api, "family"), await open_in(api, "neighbours")
        first = await api.say("family", "bob", "+1", update_id=7)
        family_card = await api.card("family", family["card_of"])

        elsewhere = await api.say("neighbours", "bob", "+1", update_id=7)

        assert elsewhere["duplicate"] is False
        assert elsewhere["message_id"] != first["message_id"]
        assert chats_of(elsewhere) == {"neighbours"}
        assert "Bob" in (await api.card("neighbours", neighbours["card_of"]))["text"]
        assert await api.card("family", family_card["card_of"]) == family_card

        before = await api.everything()
        repeat = await api.say("neighbours", "bob", "+1", update_id=7)

        assert repeat == {**elsewhere, "duplicate": True}
        assert await api.everything() == before


async def test_a_tap_update_id_reused_in_another_chat_is_a_new_update_there(tmp_path: Path) -> None:
    async with playground_api(tmp_path) as api:
        family, neighbours = await open_in(api, "family"), await open_in(api, "neighbours")

        async def tap(card: dict[str, Any]) -> dict[str, Any]:
            join = card["buttons"][0][0]["data"]
            body = {"chat": card["chat"], "user": "cat", "message_id": card["message_id"], "data": join}
            response = await api.client.post("/api/buttons", json={**body, "update_id": 9})
            assert response.status_code == 200, response.text
            return dict(response.json())

        first = await tap(family)
        family_card = await api.card("family", family["card_of"])

        elsewhere = await tap(neighbours)

        assert elsewhere["duplicate"] is False
        assert elsewhere != {**first, "duplicate": False}
        assert chats_of(elsewhere) == {"neighbours"}
        assert "Cat" in (await api.card("neighbours", neighbours["card_of"]))["text"]
        assert await api.card("family", family_card["card_of"]) == family_card

        before = await api.everything()
        repeat = await tap(neighbours)

        assert repeat == {**elsewhere, "duplicate": True}
        assert await api.everything() == before
