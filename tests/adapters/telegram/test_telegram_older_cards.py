"""`/status` posts a group buy's card anew: the copy it replaces becomes a one-line pointer to it, without
buttons, through the fake Bot API (which keeps each message as the chat shows it). A copy Telegram will
not edit any more is left as it is, once, and a tap on an older copy's button still works."""

from __future__ import annotations

from collections.abc import AsyncIterator

import pytest
from aiogram import Bot
from aiogram.types import CallbackQuery, Message

from bot.telegram.adapter import TelegramAdapter
from bot.telegram.outbox import Outbox
from bot.telegram.render import with_share_button
from handlers import card_moved
from handlers.types import Reply
from tests.adapters.telegram.fake_api import FakeBotAPI, User
from tests.adapters.telegram.wiring import adapter_for, english_app

GROUP = -100777
AMY = User(4001, "Amy", language_code="en")
BOB = User(4002, "Bob", language_code="en")
POINTER = "⬇️ This card moved: see the latest one below (#1 Mangoes)"


@pytest.fixture
async def wired(bot: Bot) -> AsyncIterator[tuple[TelegramAdapter, Outbox]]:
    """The adapter and its outbox, rendering cards and pointers as `tuan run telegram` does."""
    app = english_app()

    async def render_card(group_buy_id: int) -> Reply:
        return with_share_button(await app.render_card(group_buy_id), default_language="en")

    async def render_pointer(group_buy_id: int) -> Reply:
        return await card_moved.pointer(app, group_buy_id)

    adapter, outbox = adapter_for(app, bot, render_card=render_card, render_pointer=render_pointer)
    yield adapter, outbox
    await outbox.close()


async def say(wired: tuple[TelegramAdapter, Outbox], api: FakeBotAPI, user: User, text: str, n: int) -> None:
    adapter, outbox = wired
    await adapter.on_message(Message.model_validate(api.message(GROUP, user, text)["message"]), update_id=n)
    assert await outbox.drain(10)


def card_ids(api: FakeBotAPI) -> list[int]:
    """The copies of the card the group shows (the live one, and pointers), oldest first."""
    shown = api.messages[GROUP]
    return sorted(n for n, m in shown.items() if m.text.startswith("🛒 Mangoes (#1)") or m.text == POINTER)


async def test_status_turns_each_older_copy_into_a_pointer_without_buttons(
    api: FakeBotAPI, wired: tuple[TelegramAdapter, Outbox]
) -> None:
    await say(wired, api, AMY, "/groupbuy Mangoes price 88 target 5", 1)
    await say(wired, api, BOB, "+1", 2)
    await say(wired, api, BOB, "/status", 3)
    await say(wired, api, AMY, "/status", 4)

    api.assert_nothing_refused()
    shown = api.messages[GROUP]
    first, second, latest = card_ids(api)
    assert (shown[first].text, shown[first].reply_markup) == (POINTER, None)
    assert (shown[second].text, shown[second].reply_markup) == (POINTER, None)
    assert shown[first].edits == 2  # Bob's join, then the pointer: never edited again after that
    assert shown[latest].text.startswith("🛒 Mangoes (#1)\nOrganiser: Amy\n")
    assert "1. Bob ×1" in shown[latest].text
    assert shown[latest].reply_markup is not None  # the live card keeps its buttons
    assert wired[1].stats.pointers == 2


async def test_an_older_copy_telegram_will_not_edit_is_left_as_it_is_once(
    api: FakeBotAPI, wired: tuple[TelegramAdapter, Outbox]
) -> None:
    await say(wired, api, AMY, "/groupbuy Mangoes price 88 target 5", 1)
    [first] = card_ids(api)
    del api.messages[GROUP][first]  # an admin deleted it (or it is too old for Telegram to edit)

    await say(wired, api, BOB, "/status", 2)

    edits = [call for call in api.calls if call.method == "editMessageText"]
    assert [(int(call.params["message_id"]), call.status) for call in edits] == [(first, 400)]
    [latest] = card_ids(api)  # the new copy was posted all the same
    assert latest > first and api.messages[GROUP][latest].reply_markup is not None
    assert wired[1].stats.failed == 0 and wired[1].stats.pointers == 0


async def test_a_tap_on_an_older_copys_button_still_joins(
    api: FakeBotAPI, wired: tuple[TelegramAdapter, Outbox]
) -> None:
    adapter, outbox = wired
    await say(wired, api, AMY, "/groupbuy Mangoes price 88 target 5", 1)
    await say(wired, api, AMY, "/status", 2)
    first, latest = card_ids(api)

    # a client that has not refreshed still shows the old Join button
    tap = CallbackQuery.model_validate(api.tap(GROUP, BOB, first, "gb:join:1")["callback_query"])
    await adapter.on_callback(tap)
    assert await outbox.drain(10)

    shown = api.messages[GROUP]
    assert "1. Bob ×1" in shown[latest].text
    assert shown[first].text == POINTER
