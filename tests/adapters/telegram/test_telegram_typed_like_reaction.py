"""A typed like on Telegram (`/like 1`, `赞 1`) is answered with a 👍 reaction on the member's own message
(`setMessageReaction`, checked by the fake Bot API against Bot API 10.1's fields), since Telegram has no
toast for a typed message; nothing is posted for the group, the card's count moves. Where Telegram
refuses the reaction (reactions turned off in the chat), that is logged and nothing else happens. The
same holds when the reply comes through the outbox (a row sent by the relay: `send_row`). A typed unlike
leaves the reaction on the like's message: that message is not the unlike's, and nothing keeps it."""

from __future__ import annotations

import logging
from collections.abc import AsyncIterator
from datetime import UTC, datetime
from typing import Any

import pytest
from aiogram import Bot
from aiogram.types import Message

from bot.telegram.adapter import TelegramAdapter
from bot.telegram.outbox import Outbox
from bot.telegram.translate import message_request
from commerce.domain.outbox import OutboxItem
from handlers import outbox as rows
from tests.adapters.telegram.fake_api import FakeBotAPI, User
from tests.adapters.telegram.wiring import adapter_for, english_app

GROUP = -100888
BOB = User(7002, "Bob", language_code="en")
CAT = User(7003, "Cat", language_code="en")
THUMBS_UP = [{"type": "emoji", "emoji": "👍"}]
Wired = tuple[TelegramAdapter, Outbox]


@pytest.fixture
async def wired(bot: Bot) -> AsyncIterator[Wired]:
    adapter, outbox = adapter_for(english_app(), bot)
    yield adapter, outbox
    await outbox.close()


async def say(wired: Wired, update: dict[str, Any], n: int) -> int:
    """The member's message handled (its replies sent); its message id."""
    adapter, outbox = wired
    await adapter.on_message(Message.model_validate(update["message"]), update_id=n)
    assert await outbox.drain(10)
    return int(update["message"]["message_id"])


def card_text(api: FakeBotAPI) -> str:
    [card] = [m.text for m in api.messages[GROUP].values() if m.text.startswith("Note #1")]
    return card


async def test_a_typed_like_gets_a_thumbs_up_on_the_members_message(api: FakeBotAPI, wired: Wired) -> None:
    await say(wired, api.message(GROUP, BOB, "/note Mangoes so sweet"), 1)
    posted = len(api.sent("sendMessage", GROUP))

    liked = await say(wired, api.message(GROUP, CAT, "/like 1"), 2)

    [call] = api.sent("setMessageReaction")
    assert call.params == {"chat_id": str(GROUP), "message_id": str(liked), "reaction": THUMBS_UP}
    assert api.reactions == {(GROUP, liked): ["👍"]}
    assert len(api.sent("sendMessage", GROUP)) == posted  # nothing posted for the whole group
    assert card_text(api).endswith("👍 1 · 💬 0")  # the card's count moved
    api.assert_nothing_refused()


async def test_a_typed_unlike_leaves_the_reaction_alone(api: FakeBotAPI, wired: Wired) -> None:
    await say(wired, api.message(GROUP, BOB, "/note Mangoes so sweet"), 1)
    liked = await say(wired, api.message(GROUP, CAT, "/like 1"), 2)

    await say(wired, api.message(GROUP, CAT, "/unlike 1"), 3)

    assert len(api.sent("setMessageReaction")) == 1 and api.reactions == {(GROUP, liked): ["👍"]}
    assert card_text(api).endswith("👍 0 · 💬 0")
    api.assert_nothing_refused()


async def test_a_refused_reaction_is_logged_and_nothing_else_happens(
    api: FakeBotAPI, wired: Wired, caplog: pytest.LogCaptureFixture
) -> None:
    api.no_reactions.add(GROUP)  # an admin turned reactions off in this group
    await say(wired, api.message(GROUP, BOB, "/note Mangoes so sweet"), 1)
    posted = [c.params["text"] for c in api.sent("sendMessage", GROUP)]

    with caplog.at_level(logging.INFO, logger="bot.telegram.adapter"):
        liked = await say(wired, api.message(GROUP, CAT, "/like 1"), 2)

    [refused] = api.refused()
    assert (refused.method, refused.params["message_id"]) == ("setMessageReaction", str(liked))
    assert f"setMessageReaction {GROUP}/{liked}: Telegram server says - Bad Request: REACTION_INVALID" in (
        caplog.text
    )
    assert [c.params["text"] for c in api.sent("sendMessage", GROUP)] == posted  # no error for anyone
    assert api.sent("sendMessage", CAT.id) == [] and api.reactions == {}
    assert card_text(api).endswith("👍 1 · 💬 0")  # the like itself counted


async def test_through_the_outbox_the_row_carries_the_reaction(api: FakeBotAPI, wired: Wired) -> None:
    adapter, outbox = wired
    await say(wired, api.message(GROUP, BOB, "/note Mangoes so sweet"), 1)
    update = api.message(GROUP, CAT, "赞 1")
    request = message_request(Message.model_validate(update["message"]), update_id=2)
    assert request is not None
    replies = await adapter.app.handle(request)

    written = rows.rows(replies, platform="telegram", request=request, now=datetime(2026, 12, 2, tzinfo=UTC))
    for n, item in enumerate(written, 1):  # as the relay hands them over
        await adapter.send_row(OutboxItem(item.topic, item.payload, item.created_at, item.chat_id, id=n))
    assert await outbox.drain(10)

    liked = update["message"]["message_id"]
    [call] = api.sent("setMessageReaction")
    assert call.params == {"chat_id": str(GROUP), "message_id": str(liked), "reaction": THUMBS_UP}
    assert card_text(api).endswith("👍 1 · 💬 0")
    api.assert_nothing_refused()
