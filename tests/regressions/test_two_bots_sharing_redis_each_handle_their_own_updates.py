"""Issue #15 (found running bench/scale.py twice on one Redis): the webhook's Redis claim of an update
was keyed by its `update_id` alone, but update ids count per bot. A second bot sharing the Redis (a
staging bot beside production, or the same bot under a new token) found `update 1` marked done by the
first and answered Telegram 200 without handling it: the member's `+1` was lost. Now the key carries
the bot's id."""

from __future__ import annotations

from typing import Any

from aiohttp import web

from bot.telegram.webhook import UpdateGate
from storage.state_memory import MemorySharedState
from tests.telegram_updates import PATH, Posted


async def test_the_same_update_id_of_another_bot_is_handled() -> None:
    shared = MemorySharedState()  # one Redis, two bots
    handled: list[str] = []

    def handler_of(bot: str) -> Any:
        async def handle(request: Any) -> web.Response:
            handled.append(bot)
            return web.json_response({})

        return handle

    production = UpdateGate(shared.values, PATH, bot_id=111)
    staging = UpdateGate(shared.values, PATH, bot_id=222)

    assert (await production(Posted(1), handler_of("production"))).status == 200  # type: ignore[arg-type]
    assert (await staging(Posted(1), handler_of("staging"))).status == 200  # type: ignore[arg-type]
    assert handled == ["production", "staging"]

    # the same bot's copy of an update it answered is still answered without handling it again
    assert (await production(Posted(1), handler_of("production"))).status == 200  # type: ignore[arg-type]
    assert handled == ["production", "staging"]
