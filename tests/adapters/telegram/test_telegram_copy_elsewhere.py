"""`/copy #1 to <chat id>` on Telegram: the copy's announcement and its card are posted in the other group
(the one the organiser is in), and the group the command came from only reads where it went."""

from __future__ import annotations

from collections.abc import AsyncIterator

import pytest
from aiogram import Bot
from aiogram.types import Message

from bot.telegram.adapter import TelegramAdapter
from bot.telegram.outbox import Outbox
from tests.adapters.telegram.fake_api import FakeBotAPI, User
from tests.adapters.telegram.wiring import adapter_for, english_app

FAMILY, GARDEN = -100777, -100888
AMY = User(4001, "Amy", language_code="en")


@pytest.fixture
async def wired(bot: Bot) -> AsyncIterator[tuple[TelegramAdapter, Outbox]]:
    adapter, outbox = adapter_for(english_app(), bot)
    yield adapter, outbox
    await outbox.close()


async def say(wired: tuple[TelegramAdapter, Outbox], api: FakeBotAPI, chat: int, text: str, n: int) -> None:
    adapter, outbox = wired
    await adapter.on_message(Message.model_validate(api.message(chat, AMY, text)["message"]), update_id=n)
    assert await outbox.drain(10)


async def test_a_copy_to_another_group_is_posted_there_with_its_card(
    api: FakeBotAPI, wired: tuple[TelegramAdapter, Outbox]
) -> None:
    await say(wired, api, FAMILY, "/groupbuy Mangoes price 88 target 5", 1)
    await say(wired, api, GARDEN, "/help", 2)  # Amy is seen in the garden group

    await say(wired, api, FAMILY, f"/copy #1 to {GARDEN}", 3)

    api.assert_nothing_refused()
    garden = api.texts(GARDEN)
    assert garden[-2].startswith("New group buy #2 here: Mangoes at ¥88 each.")  # it never saw #1
    assert garden[-1].startswith("🛒 Mangoes (#2)\nOrganiser: Amy\n")
    assert api.texts(FAMILY)[-1] == "Opened #2 (Mangoes, a copy of #1) in chat Neighbours."  # its title
