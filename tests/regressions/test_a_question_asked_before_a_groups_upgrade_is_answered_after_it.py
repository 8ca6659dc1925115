"""Issue #15 (N workers, Redis): a Telegram basic group upgraded to a supergroup gets a new chat id. The
database moves everything kept under the old id to the new one (storage/chat_moves.py), but what Redis
kept under it stayed there: Eve, asked which group buy her `+1` meant a moment before the upgrade, answered
`2` in the supergroup and nothing happened (the question was under the old id, which nobody reads again).
The upgrade now moves the shared state's keys of the old id too (`SharedState.move_chat`, called by the
adapter's `chat_migrated`), so her answer, on another worker, joins #2.

Two workers (adapters and ChatApps) over one database and one real Redis (a client each), against the fake
Bot API."""

from __future__ import annotations

import uuid
from collections.abc import AsyncIterator
from typing import Any, cast

import pytest
from aiogram import Bot
from aiogram.client.telegram import TelegramAPIServer
from aiogram.types import Update

from bot.telegram.adapter import TelegramAdapter
from bot.telegram.admins import AdminCache
from bot.telegram.outbox import MemoryCardMap, Outbox
from bot.telegram.session import HeldResponsesSession
from bot.telegram.transport import BotTransport
from commerce.ports import UnitOfWorkFactory
from commerce.state import SharedState
from handlers.app import AppConfig, ChatApp
from storage.state import make_state
from tests.adapters.telegram.fake_api import FakeBotAPI, User
from tests.adapters.telegram.wiring import FAST, OnceStore
from tests.fakes import FakeClock, FakeUnitOfWorkFactory

OLD = -4478
NEW = -1009998878
AMY = User(3301, "Amy", username="amy", language_code="en")
EVE = User(3302, "Eve", language_code="en")


class Worker:
    def __init__(
        self, api: FakeBotAPI, factory: FakeUnitOfWorkFactory, state: SharedState, cards: MemoryCardMap
    ):
        self.bot = Bot(api.token, session=HeldResponsesSession(api=TelegramAPIServer.from_base(api.base_url)))
        self.app = ChatApp(
            uow_factory=cast(UnitOfWorkFactory, factory),
            clock=FakeClock(),
            config=AppConfig(default_language="en"),
            values=state.values,
        )
        self.outbox = Outbox(
            transport=BotTransport(self.bot), render_card=self.app.render_card, cards=cards, limits=FAST
        )
        self.adapter = TelegramAdapter(
            app=self.app,
            bot=self.bot,
            outbox=self.outbox,
            delivered=OnceStore(),
            admins=AdminCache(self.bot),
            bot_username="tuan_test_bot",
            default_language="en",
            state=state,
        )

    async def take(self, api: FakeBotAPI, raw: dict[str, Any]) -> None:
        update = Update.model_validate(api.push(raw), context={"bot": self.bot})
        assert update.message is not None
        if update.message.migrate_to_chat_id is not None:
            await self.adapter.on_migrated(update.message)
        else:
            await self.adapter.on_message(update.message, update_id=update.update_id)
        assert await self.outbox.drain(10)

    async def close(self) -> None:
        await self.outbox.close()
        await self.bot.session.close()


@pytest.fixture
async def api() -> AsyncIterator[FakeBotAPI]:
    server = await FakeBotAPI(group_limit=1000).start()
    yield server
    await server.stop()


async def test_a_number_answering_which_group_buy_after_the_upgrade_joins_that_one(
    api: FakeBotAPI, redis_url: str
) -> None:
    factory, cards, prefix = FakeUnitOfWorkFactory(), MemoryCardMap(), f"test-{uuid.uuid4().hex[:12]}:"
    states = [make_state(redis_url, prefix=prefix), make_state(redis_url, prefix=prefix)]
    a, b = Worker(api, factory, states[0], cards), Worker(api, factory, states[1], cards)
    try:
        await a.take(api, api.message(OLD, AMY, "/groupbuy Lychees price 20", chat_type="group"))
        await a.take(api, api.message(OLD, AMY, "/groupbuy Mangoes price 30", chat_type="group"))
        await a.take(api, api.message(OLD, EVE, "+1", chat_type="group"))
        assert "Nothing was added: say which" in api.texts(OLD)[-1]  # asked which
        api.migrated[OLD] = NEW
        service = api.message(OLD, AMY, "", chat_type="group", migrate_to_chat_id=NEW)
        del service["message"]["text"]
        await a.take(api, service)  # worker A sees the upgrade: the chat moves

        await b.take(api, api.message(NEW, EVE, "2", chat_type="supergroup"))  # her answer, on worker B

        assert api.texts(NEW)[-1] == (
            "Eve is in: 1 × Mangoes (#2). Now ¥30 each.\n"
            "(“2” was read as your answer: #2 Mangoes. If you meant 2 in all, send +1 #2 as well.)"
        )
        assert "Eve" in (await b.app.render_card(2)).text
    finally:
        for worker in (a, b):
            await worker.close()
        for state in states:
            await state.aclose()
