"""Found hardening the playground API for issue #9: a user called like a group chat ("family") could speak,
and the bot's private replies to them (orders, refusals) were posted in that group for all to read. A
group's name is nobody's: the API refuses it as a user with the reason, and nothing is posted."""

from __future__ import annotations

from pathlib import Path

from tests.unit.bot.playground_api import playground_api


async def test_a_group_chats_name_cannot_speak(tmp_path: Path) -> None:
    async with playground_api(tmp_path) as api:
        await api.say("neighbours", "amy", "接龙 芒果 价格 10 成团 5")
        before = await api.everything()

        for chat in ("neighbours", "family"):
            body = {"chat": chat, "user": "Family", "text": "+1"}
            response = await api.client.post("/api/messages", json=body)

            assert (response.status_code, response.json()["error"]) == (
                409,
                "'family' is a group chat, not a person: pick another user name",
            ), chat

        assert await api.everything() == before
