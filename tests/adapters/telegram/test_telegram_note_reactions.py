"""Telegram reactions as likes, through the fake Bot API: a reaction put on a note card likes the note
(the card edited in place, nothing said in the group), another emoji in its place changes nothing,
taking it off takes the like back; a reaction on the author's own note, on a group buy's card or on
a member's message does nothing; the bot asks Telegram for `message_reaction` updates; the card map
says which card a message is (also after a restart, on SQLite and PostgreSQL)."""

from __future__ import annotations

from collections.abc import AsyncIterator
from typing import Any
from uuid import uuid4

import pytest
from aiogram import Bot
from aiogram.types import Message, MessageReactionUpdated

from bot.telegram import render
from bot.telegram.adapter import TelegramAdapter
from bot.telegram.outbox import Outbox
from bot.telegram.routers import all_routers
from bot.telegram.store import TelegramStore
from handlers import card_moved
from handlers.types import Reply
from storage.db import make_engine
from tests.adapters.telegram.fake_api import FakeBotAPI, User
from tests.adapters.telegram.wiring import adapter_for, english_app

GROUP = -100778
AMY = User(6101, "Amy", language_code="en")
BOB = User(6102, "Bob", language_code="en")
CAT = User(6103, "Cat", language_code="en")
Wired = tuple[TelegramAdapter, Outbox]


@pytest.fixture
async def wired(bot: Bot) -> AsyncIterator[Wired]:
    app = english_app()

    async def render_card(group_buy_id: int) -> Reply:
        return await render.card(app, group_buy_id, default_language="en")

    async def render_pointer(group_buy_id: int) -> Reply:
        return await card_moved.pointer(app, group_buy_id)

    adapter, outbox = adapter_for(app, bot, render_card=render_card, render_pointer=render_pointer)
    yield adapter, outbox
    await outbox.close()


async def receive(wired: Wired, update: dict[str, Any], n: int) -> None:
    adapter, outbox = wired
    await adapter.on_message(Message.model_validate(update["message"]), update_id=n)
    assert await outbox.drain(10)


async def react(wired: Wired, update: dict[str, Any], n: int) -> None:
    adapter, outbox = wired
    await adapter.on_reaction(MessageReactionUpdated.model_validate(update["message_reaction"]), update_id=n)
    assert await outbox.drain(10)


def test_the_bot_asks_telegram_for_reactions() -> None:
    asked = set().union(*(router.resolve_used_update_types() for router in all_routers()))
    assert {"message", "callback_query", "message_reaction"} <= asked


async def test_a_reaction_on_a_note_card_likes_it_and_taking_it_off_unlikes(
    api: FakeBotAPI, wired: Wired
) -> None:
    await receive(wired, api.message(GROUP, AMY, "/groupbuy Mangoes price 30"), 1)
    await receive(wired, api.message(GROUP, BOB, "/note Mangoes so sweet"), 2)
    [note_card] = [i for i, m in api.messages[GROUP].items() if m.text.startswith("Note #1")]
    [group_buy_card] = [i for i, m in api.messages[GROUP].items() if m.text.startswith("🛒 Mangoes")]
    said = len(api.sent("sendMessage", GROUP))

    await react(wired, api.reaction(GROUP, CAT, note_card, [], ["👍"]), 3)
    assert api.messages[GROUP][note_card].text.endswith("\n👍 1 · 💬 0")
    await react(wired, api.reaction(GROUP, CAT, note_card, ["👍"], ["❤"]), 4)  # another emoji: still one
    await react(wired, api.reaction(GROUP, CAT, note_card, [], ["🔥"]), 5)  # told twice: still one
    assert api.messages[GROUP][note_card].text.endswith("\n👍 1 · 💬 0")
    await react(wired, api.reaction(GROUP, AMY, note_card, [], ["🔥"]), 6)
    assert api.messages[GROUP][note_card].text.endswith("\n👍 2 · 💬 0")

    await react(wired, api.reaction(GROUP, BOB, note_card, [], ["👍"]), 7)  # the author's own: nothing
    await react(wired, api.reaction(GROUP, CAT, group_buy_card, [], ["👍"]), 8)  # a group buy's card
    await react(wired, api.reaction(GROUP, CAT, 999, [], ["👍"]), 9)  # a member's message
    assert api.messages[GROUP][note_card].text.endswith("\n👍 2 · 💬 0")

    await react(wired, api.reaction(GROUP, CAT, note_card, ["🔥"], []), 10)
    assert api.messages[GROUP][note_card].text.endswith("\n👍 1 · 💬 0")
    assert len(api.sent("sendMessage", GROUP)) == said  # reactions say nothing in the group
    assert [int(c.params["message_id"]) for c in api.sent("editMessageText", GROUP)] == [note_card] * 3
    api.assert_nothing_refused()


async def test_the_store_says_which_card_a_message_is_after_a_restart(database_url: str) -> None:
    engine = make_engine(database_url)
    chat = f"-{uuid4().int % 10**12}"
    try:
        store = TelegramStore(engine)
        await store.put(chat, -3, 41)  # note 3's card
        await store.put(chat, 5, 42)  # group buy 5's card
        await store.put(chat, -3, 57)  # note 3's card posted anew
        restarted = TelegramStore(engine)
        assert [await restarted.card_at(chat, m) for m in (57, 42, 41)] == [-3, 5, None]
        assert await restarted.card_at(chat + "0", 57) is None
    finally:
        await engine.dispose()
