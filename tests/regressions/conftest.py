"""Fixtures for the regression tests that talk to Telegram (a test module may define its own):
`api`, the fake Bot API (tests/adapters/telegram/fake_api.py), and `bot`, an aiogram Bot talking to it
through the production session."""

from __future__ import annotations

from collections.abc import AsyncIterator

import pytest
from aiogram import Bot
from aiogram.client.telegram import TelegramAPIServer

from bot.telegram.session import HeldResponsesSession
from tests.adapters.telegram.fake_api import FakeBotAPI


@pytest.fixture
async def api() -> AsyncIterator[FakeBotAPI]:
    server = await FakeBotAPI().start()
    yield server
    await server.stop()


@pytest.fixture
async def bot(api: FakeBotAPI) -> AsyncIterator[Bot]:
    bot = Bot(api.token, session=HeldResponsesSession(api=TelegramAPIServer.from_base(api.base_url)))
    yield bot
    await bot.session.close()
