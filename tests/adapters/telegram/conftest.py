"""The fake Bot API and a bot talking to it, for the adapter's tests (a test module may define its own)."""

from __future__ import annotations

from collections.abc import AsyncIterator

import pytest
from aiogram import Bot
from aiogram.client.telegram import TelegramAPIServer

from bot.telegram.session import HeldResponsesSession
from tests.adapters.telegram.fake_api import FakeBotAPI


@pytest.fixture
async def api() -> AsyncIterator[FakeBotAPI]:
    server = await FakeBotAPI(group_limit=1000).start()  # lists take dozens of messages: no 429 waits
    yield server
    await server.stop()


@pytest.fixture
async def bot(api: FakeBotAPI) -> AsyncIterator[Bot]:
    bot = Bot(api.token, session=HeldResponsesSession(api=TelegramAPIServer.from_base(api.base_url)))
    yield bot
    await bot.session.close()
