"""In the playground, `已收 @Eve` (nobody called Eve in the chat) answered "this member has no order here":
the page turned every `@word` into a user id, so a typo looked like a member without orders. Names are now
looked up among the chat's members, as on every platform: Eve is unknown, Bob is found."""

from __future__ import annotations

from collections.abc import AsyncIterator
from pathlib import Path

import pytest

from bot.playground.hub import Hub
from handlers.texts import t
from tests.unit.bot.playground_api import playground_api


@pytest.fixture
async def hub(tmp_path: Path) -> AsyncIterator[Hub]:
    async with playground_api(tmp_path) as api:
        yield api.hub


async def said(hub: Hub, user: str, text: str) -> str:
    response = await hub.say(chat="family", user=user, text=text)
    return "\n".join(reply["text"] for reply in response["replies"] if reply["text"] and not reply["card_of"])


async def test_an_unknown_name_is_unknown_and_a_member_is_found(hub: Hub) -> None:
    await said(hub, "amy", "接龙 芒果 价格 10 成团 1")
    await said(hub, "bob", "+1")
    await said(hub, "amy", "截单")
    assert await said(hub, "amy", "已收 @Eve") == t(
        "zh", "member_unknown_order", name="Eve", example="已收 1-1"
    )
    assert "Bob" in await said(hub, "amy", "已收 @Bob")
