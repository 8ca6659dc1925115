"""`/copy` of a photo card on Telegram, through the fake Bot API: the copy's card is a photo card too, sent
with `sendPhoto` by the stored file_id (no upload), here or in the other group it is copied to, and its
joins edit the caption; the copy keeps the options."""

from __future__ import annotations

from collections.abc import AsyncIterator

import pytest
from aiogram import Bot
from aiogram.types import Message

from bot.telegram import render
from bot.telegram.adapter import TelegramAdapter
from bot.telegram.outbox import Outbox
from handlers.types import Reply
from tests.adapters.telegram.fake_api import FakeBotAPI, User
from tests.adapters.telegram.wiring import adapter_for, english_app

FAMILY, GARDEN = -100777, -100888
AMY = User(5001, "Amy", language_code="en")
BOB = User(5002, "Bob", language_code="en")
OPEN = "/groupbuy Mangoes options 3kg:58,5kg:88:10 target 2"
Wired = tuple[TelegramAdapter, Outbox]


@pytest.fixture
async def wired(bot: Bot) -> AsyncIterator[Wired]:
    app = english_app()

    async def render_card(group_buy_id: int) -> Reply:
        return await render.card(app, group_buy_id, default_language="en")

    adapter, outbox = adapter_for(app, bot, render_card=render_card)
    yield adapter, outbox
    await outbox.close()


async def receive(wired: Wired, update: dict[str, object], n: int) -> None:
    adapter, outbox = wired
    await adapter.on_message(Message.model_validate(update["message"]), update_id=n)
    assert await outbox.drain(10)


async def test_a_copy_of_a_photo_card_is_sent_as_the_same_photo_here_and_in_another_group(
    api: FakeBotAPI, wired: Wired
) -> None:
    opening = api.photo_message(FAMILY, AMY, OPEN)
    photo = opening["message"]["photo"][-1]["file_id"]  # type: ignore[index]
    await receive(wired, opening, 1)
    await receive(wired, api.message(GARDEN, AMY, "/help"), 2)  # Amy is seen in the garden group

    await receive(wired, api.message(FAMILY, AMY, "/cancel #1"), 3)  # a copy beside it open is refused
    await receive(wired, api.message(FAMILY, AMY, "/copy #1"), 4)
    await receive(wired, api.message(FAMILY, AMY, f"/copy #1 to {GARDEN}"), 5)
    await receive(wired, api.message(GARDEN, BOB, "+1 5kg"), 6)

    api.assert_nothing_refused()
    family = api.sent("sendPhoto", FAMILY)
    [garden] = api.sent("sendPhoto", GARDEN)
    assert [card.params["photo"] for card in (*family, garden)] == [photo, photo, photo]
    assert [card.params["caption"].split("\n")[0] for card in (*family, garden)] == [
        "🛒 Mangoes (#1)",
        "🛒 Mangoes (#2)",
        "🛒 Mangoes (#3)",
    ]
    assert "• 5kg ¥88 · 0 taken · 10 left" in family[1].params["caption"].split("\n")
    [joined] = api.sent("editMessageCaption", GARDEN)  # Bob's join edits the copy's caption
    assert "\n\n1. Bob 5kg ×1" in joined.params["caption"]
    assert api.sent("editMessageText", GARDEN) == []
