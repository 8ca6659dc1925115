"""`/copy #1 to <chat id>` on Telegram: the copy's announcement and its card are posted in the other group
(the one the organiser is in), and the group the command came from only reads where it went."""

from __future__ import annotations

from collections.abc import AsyncIterator
from typing import cast

import pytest
from aiogram import Bot
from aiogram.client.session.aiohttp import AiohttpSession
from aiogram.client.telegram import TelegramAPIServer
from aiogram.types import Message

from bot.telegram.adapter import TelegramAdapter
from bot.telegram.admins import AdminCache
from bot.telegram.outbox import Limits, MemoryCardMap, Outbox
from bot.telegram.transport import BotTransport
from commerce.ports import UnitOfWorkFactory
from handlers.app import AppConfig, ChatApp
from tests.adapters.telegram.fake_api import FakeBotAPI, User
from tests.fakes import FakeClock, FakeUnitOfWorkFactory

FAMILY, GARDEN = -100777, -100888
AMY = User(4001, "Amy", language_code="en")
FAST = Limits(chat_interval=0.001, group_messages=20, group_period=0.02, bot_per_second=1000)


class OnceStore:
    async def first_delivery(self, update_key: str) -> bool:
        return True


@pytest.fixture
async def api() -> AsyncIterator[FakeBotAPI]:
    server = await FakeBotAPI(group_limit=1000).start()
    yield server
    await server.stop()


@pytest.fixture
async def wired(api: FakeBotAPI) -> AsyncIterator[tuple[TelegramAdapter, Outbox]]:
    bot = Bot(api.token, session=AiohttpSession(api=TelegramAPIServer.from_base(api.base_url)))
    app = ChatApp(
        uow_factory=cast(UnitOfWorkFactory, FakeUnitOfWorkFactory()),
        clock=FakeClock(),
        config=AppConfig(default_language="en"),
    )
    outbox = Outbox(
        transport=BotTransport(bot), render_card=app.render_card, cards=MemoryCardMap(), limits=FAST
    )
    adapter = TelegramAdapter(
        app=app,
        bot=bot,
        outbox=outbox,
        delivered=OnceStore(),
        admins=AdminCache(bot),
        bot_username="tuan_test_bot",
        default_language="en",
    )
    yield adapter, outbox
    await outbox.close()
    await bot.session.close()


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
    assert garden[-2].startswith("Group buy #2 is open again (a copy of #1): Mangoes at ¥88 each.")
    assert garden[-1].startswith("🛒 Mangoes (#2)\nOrganiser: Amy\n")
    assert api.texts(FAMILY)[-1] == f"Opened #2 (Mangoes, a copy of #1) in chat {GARDEN}."
