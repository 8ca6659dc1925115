"""The fake Bot API takes `setMessageReaction` only as Telegram would: the required fields (chat_id,
message_id) with valid types, a message the chat has, at most one reaction, each an emoji type; a chat
with reactions turned off refuses any. So the adapter's reaction is checked, not just recorded."""

from __future__ import annotations

from collections.abc import AsyncIterator
from typing import Any

import pytest

from tests.adapters.telegram.fake_api import FakeBotAPI, User
from tests.adapters.telegram.test_fake_api import call, refused

GROUP = -100444
CAT = User(8003, "Cat")
THUMBS_UP = [{"type": "emoji", "emoji": "👍"}]


@pytest.fixture
async def api() -> AsyncIterator[FakeBotAPI]:
    server = await FakeBotAPI().start()
    yield server
    await server.stop()


def members_message(api: FakeBotAPI) -> int:
    return int(api.message(GROUP, CAT, "赞 1")["message"]["message_id"])


async def test_a_thumbs_up_on_a_members_message_is_taken_and_an_empty_list_takes_it_off(
    api: FakeBotAPI,
) -> None:
    liked = members_message(api)

    put = await call(api, "setMessageReaction", chat_id=str(GROUP), message_id=str(liked), reaction=THUMBS_UP)
    assert put == (200, {"ok": True, "result": True}) and api.reactions == {(GROUP, liked): ["👍"]}

    off = await call(api, "setMessageReaction", chat_id=str(GROUP), message_id=str(liked), reaction=[])
    assert off == (200, {"ok": True, "result": True}) and api.reactions == {(GROUP, liked): []}
    assert api.refused() == []


@pytest.mark.parametrize(
    ("fields", "description"),
    [
        ({"message_id": "1", "reaction": THUMBS_UP}, "Bad Request: chat_id is empty"),
        ({"chat_id": str(GROUP), "reaction": THUMBS_UP}, 'Bad Request: parameter "message_id" is required'),
        (
            {"chat_id": str(GROUP), "message_id": "first", "reaction": THUMBS_UP},
            "Bad Request: message_id must be Integer, got 'first'",
        ),
        (
            {"chat_id": str(GROUP), "message_id": "1", "reaction": "👍"},
            "Bad Request: can't parse reaction JSON object",
        ),
        (
            {"chat_id": str(GROUP), "message_id": "1", "reaction": THUMBS_UP, "emoji": "👍"},
            "Bad Request: unknown parameter emoji",
        ),
        (
            {"chat_id": str(GROUP), "message_id": "99", "reaction": THUMBS_UP},
            "Bad Request: MESSAGE_ID_INVALID",
        ),
        (
            {"chat_id": str(GROUP), "message_id": "1", "reaction": [{"emoji": "👍"}]},
            "Bad Request: REACTION_INVALID",
        ),
        (
            {"chat_id": str(GROUP), "message_id": "1", "reaction": [{"type": "emoji", "emoji": ""}]},
            "Bad Request: REACTION_INVALID",
        ),
        (
            {"chat_id": str(GROUP), "message_id": "1", "reaction": THUMBS_UP * 2},
            "Bad Request: REACTIONS_TOO_MANY",
        ),
    ],
)
async def test_a_malformed_reaction_is_400(api: FakeBotAPI, fields: dict[str, Any], description: str) -> None:
    assert members_message(api) == 1

    assert await call(api, "setMessageReaction", **fields) == refused(400, description)
    assert api.reactions == {}


async def test_a_chat_with_reactions_turned_off_refuses_them(api: FakeBotAPI) -> None:
    api.no_reactions.add(GROUP)
    liked = members_message(api)

    answer = await call(
        api, "setMessageReaction", chat_id=str(GROUP), message_id=str(liked), reaction=THUMBS_UP
    )

    assert answer == refused(400, "Bad Request: REACTION_INVALID") and api.reactions == {}
