"""Share to earn on Telegram: Bob taps Share and gets his signed `?start=` link in private; Eve opens it,
joins from the card it shows her, and her order, made at the close, is Bob's."""

from __future__ import annotations

import json
import re
from collections.abc import AsyncIterator
from typing import Any, cast

import pytest
from aiogram import Bot
from aiogram.types import CallbackQuery, Message

from bot.telegram import render
from bot.telegram.adapter import TelegramAdapter
from bot.telegram.outbox import Outbox
from handlers.app import ChatApp
from tests.adapters.telegram.fake_api import FakeBotAPI, User
from tests.adapters.telegram.wiring import adapter_for, english_app
from tests.fakes import FakeUnitOfWorkFactory

FAMILY = -100777
AMY = User(4001, "Amy", language_code="en")
BOB = User(4002, "Bob", language_code="en")
EVE = User(4005, "Eve", language_code="en")


@pytest.fixture
async def wired(bot: Bot) -> AsyncIterator[tuple[ChatApp, TelegramAdapter, Outbox]]:
    app = english_app()
    adapter, outbox = adapter_for(
        app, bot, render_card=lambda gid: render.card(app, gid, default_language="en")
    )
    yield app, adapter, outbox
    await outbox.close()


def buttons(api: FakeBotAPI, chat: int) -> tuple[int, list[str]]:
    """The last message with buttons in `chat`: its id and its buttons' data."""
    for message_id, shown in reversed(api.messages[chat].items()):
        markup: Any = shown.reply_markup
        if isinstance(markup, str):
            markup = json.loads(markup)
        if markup:
            return message_id, [b["callback_data"] for row in markup["inline_keyboard"] for b in row]
    raise AssertionError(f"no buttons in {chat}")


async def test_a_link_opened_by_a_friend_who_joins_attributes_her_order(
    api: FakeBotAPI, wired: tuple[ChatApp, TelegramAdapter, Outbox]
) -> None:
    app, adapter, outbox = wired
    api.started.update({BOB.id, EVE.id})
    n = iter(range(1, 100))

    async def say(chat: int, user: User, text: str) -> None:
        await adapter.on_message(
            Message.model_validate(api.message(chat, user, text)["message"]), update_id=next(n)
        )
        assert await outbox.drain(10)

    async def tap(chat: int, user: User, message_id: int, data: str) -> None:
        query = CallbackQuery.model_validate(api.tap(chat, user, message_id, data)["callback_query"])
        if data.startswith("gb:share:"):
            await adapter.on_share(query, int(data.rsplit(":", 1)[1]))
        else:
            await adapter.on_callback(query)
        assert await outbox.drain(10)

    await say(FAMILY, AMY, "/groupbuy Mangoes price 88")
    card, datas = buttons(api, FAMILY)
    await tap(FAMILY, BOB, card, next(d for d in datas if d.startswith("gb:share:")))
    sent = api.texts(BOB.id)[-1]
    found = re.search(r"https://t\.me/tuan_test_bot\?start=(\S+)", sent)
    assert found is not None, sent

    await say(EVE.id, EVE, f"/start {found.group(1)}")
    private, datas = buttons(api, EVE.id)
    assert api.texts(EVE.id)[-1].startswith("🛒 Mangoes (#1)")
    await tap(EVE.id, EVE, private, next(d for d in datas if d.startswith("gp:join:1:")))
    assert "1. Eve ×1" in api.texts(FAMILY)[1]  # the live card, edited in place

    await say(FAMILY, AMY, "/close")
    api.assert_nothing_refused()
    state = cast(FakeUnitOfWorkFactory, app.uow_factory).state
    [order] = state.orders.values()
    assert (order.buyer_id, order.sharer_id) == (str(EVE.id), str(BOB.id))
