"""s48's player: `POST /api/chats` answered 201 Created for a group chat that was there already, so a
script could not tell it made nothing. It now answers 201 when it makes the chat and 200 (the chat as it
is, its messages kept, no second chat listed) when one of that name exists."""

from __future__ import annotations

from pathlib import Path

from tests.unit.bot.playground_api import playground_api


async def test_a_new_chat_is_201_and_the_same_name_again_is_200_changing_nothing(tmp_path: Path) -> None:
    async with playground_api(tmp_path) as api:
        made = await api.client.post("/api/chats", json={"name": "picnic"})
        await api.say("picnic", "amy", "接龙 芒果 价格 10")
        before = await api.everything()

        again = await api.client.post("/api/chats", json={"name": "picnic"})

        assert (made.status_code, made.json()) == (201, {"name": "picnic", "kind": "group"})
        assert (again.status_code, again.json()) == (200, {"name": "picnic", "kind": "group"})
        assert await api.everything() == before
