"""`/note 1` on Telegram: the note quoted with its comments is edited in place when a like moves its
count, as the note's card is (handlers.note_copies), never posted again."""

from __future__ import annotations

from collections.abc import AsyncIterator
from typing import cast

import pytest
from aiogram import Bot
from aiogram.types import Message

from bot.telegram import render
from bot.telegram.adapter import TelegramAdapter
from bot.telegram.outbox import Outbox
from commerce.ports import UnitOfWorkFactory
from handlers.app import AppConfig, ChatApp
from storage.state_memory import MemorySharedState
from tests.adapters.telegram.fake_api import FakeBotAPI, User
from tests.adapters.telegram.wiring import adapter_for
from tests.fakes import FakeClock, FakeUnitOfWorkFactory

FAMILY = -100779
AMY = User(4201, "Amy", language_code="en")
BOB = User(4202, "Bob", language_code="en")
CAT = User(4203, "Cat", language_code="en")
DAN = User(4204, "Dan", language_code="en")


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


async def test_a_quoted_note_is_edited_when_a_like_comes(
    api: FakeBotAPI, wired: tuple[ChatApp, TelegramAdapter, Outbox]
) -> None:
    _, adapter, outbox = wired
    n = iter(range(1, 100))

    async def say(chat: int, user: User, text: str) -> None:
        await adapter.on_message(
            Message.model_validate(api.message(chat, user, text)["message"]), update_id=next(n)
        )
        await outbox.drain(10)

    await say(FAMILY, AMY, "/groupbuy Mangoes price 88")
    await say(FAMILY, BOB, "/note #1 so sweet, bought twice")
    await say(FAMILY, CAT, "/note 1")
    quoted = [m for m in api.messages[FAMILY].values() if "No comments yet" in m.text]
    assert len(quoted) == 1, [m.text for m in api.messages[FAMILY].values()]
    before = len(api.messages[FAMILY])

    await say(FAMILY, DAN, "/like 1")

    [quoted_now] = [m for m in api.messages[FAMILY].values() if "No comments yet" in m.text]
    assert quoted_now.message_id == quoted[0].message_id
    assert "👍 1" in quoted_now.text, quoted_now.text
    assert len(api.messages[FAMILY]) == before  # edited in place: nothing posted
