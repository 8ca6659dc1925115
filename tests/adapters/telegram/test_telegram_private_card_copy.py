"""A card copy in a private chat on Telegram: Eve opens Bob's link, joins from the copy it shows her;
the copy is edited in place (one message in her chat, her line and the count on it), as the group's card
is, and so again when Cat joins in the group (handlers.card_copies)."""

from __future__ import annotations

from collections.abc import AsyncIterator
from typing import cast

import pytest
from aiogram import Bot
from aiogram.types import CallbackQuery, Message

from bot.telegram import render
from bot.telegram.adapter import TelegramAdapter
from bot.telegram.outbox import Outbox
from commerce.ports import UnitOfWorkFactory
from handlers.app import AppConfig, ChatApp
from handlers.config import DEV_PAYMENT_SECRET
from handlers.sharing import share_payload
from storage.state_memory import MemorySharedState
from tests.adapters.telegram.fake_api import FakeBotAPI, User
from tests.adapters.telegram.wiring import adapter_for
from tests.fakes import FakeClock, FakeUnitOfWorkFactory

FAMILY = -100778
AMY = User(4101, "Amy", language_code="en")
CAT = User(4103, "Cat", language_code="en")
EVE = User(4105, "Eve", language_code="en")


@pytest.fixture
async def wired(bot: Bot) -> AsyncIterator[tuple[ChatApp, TelegramAdapter, Outbox]]:
    app = ChatApp(
        uow_factory=cast(UnitOfWorkFactory, FakeUnitOfWorkFactory()),
        clock=FakeClock(),
        config=AppConfig(default_language="en"),
        values=MemorySharedState().values,
    )
    adapter, outbox = adapter_for(
        app, bot, render_card=lambda gid: render.card(app, gid, default_language="en")
    )
    yield app, adapter, outbox
    await outbox.close()


async def test_a_private_card_copy_is_edited_in_place_after_joins(
    api: FakeBotAPI, wired: tuple[ChatApp, TelegramAdapter, Outbox]
) -> None:
    _, adapter, outbox = wired
    api.started.update({EVE.id})
    n = iter(range(1, 100))

    async def say(chat: int, user: User, text: str) -> None:
        await adapter.on_message(
            Message.model_validate(api.message(chat, user, text)["message"]), update_id=next(n)
        )
        assert await outbox.drain(10)

    await say(FAMILY, AMY, "/groupbuy Mangoes price 88 tiers 2:78")
    await say(EVE.id, EVE, f"/start {share_payload(1, str(AMY.id), DEV_PAYMENT_SECRET)}")
    [copy] = api.messages[EVE.id].values()
    assert "Nobody yet" in copy.text
    markup = copy.reply_markup
    assert isinstance(markup, dict)
    join = next(
        b["callback_data"]
        for row in markup["inline_keyboard"]
        for b in row
        if b["callback_data"].startswith("gp:join:")
    )
    query = CallbackQuery.model_validate(api.tap(EVE.id, EVE, copy.message_id, join)["callback_query"])
    await adapter.on_callback(query)
    assert await outbox.drain(10)
    [edited] = api.messages[EVE.id].values()  # the same message, edited: no new card posted
    assert "1. Eve ×1" in edited.text and "1 more for ¥78" in edited.text

    await say(FAMILY, CAT, "+1")
    [edited] = api.messages[EVE.id].values()
    # Eve is not in the group: her copy counts Cat's line, never names it
    assert "and 1 more on the list (names are shown in the group only)" in edited.text
    assert "Cat" not in edited.text and "Price: ¥78 each" in edited.text
    api.assert_nothing_refused()
