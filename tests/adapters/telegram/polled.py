"""A Telegram bot served by long polling (bot/telegram/polling.py) against the fake Bot API, with its
outbox relay, as `tuan run telegram` without --webhook wires it: for tests that stop, restart or starve
the poller."""

from __future__ import annotations

from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from dataclasses import dataclass
from typing import Any, cast

from aiogram import Bot, Dispatcher
from aiogram.client.telegram import TelegramAPIServer

from bot.outbox_relay import OutboxRelay
from bot.telegram.polling import Poller
from bot.telegram.run import make_dispatcher
from bot.telegram.session import HeldResponsesSession
from commerce.domain.outbox import send_topic
from commerce.ports import UnitOfWorkFactory
from handlers.app import AppConfig, ChatApp
from tests.adapters.telegram.fake_api import FakeBotAPI
from tests.adapters.telegram.wiring import adapter_for
from tests.fakes import FakeClock


@dataclass
class Polled:
    bot: Bot
    app: ChatApp
    dispatcher: Dispatcher

    def poller(self, **options: Any) -> Poller:
        """A poller on this bot, quick to try again (tests wait for it)."""
        return Poller(
            self.dispatcher,
            self.bot,
            **{"polling_timeout": 1, "first_retry": 0.05, "max_retry": 0.2, **options},
        )


@asynccontextmanager
async def polled_bot(api: FakeBotAPI, factory: Any) -> AsyncIterator[Polled]:
    """The bot in English on `factory`'s storage, its replies outbox rows sent by a relay."""
    bot = Bot(api.token, session=HeldResponsesSession(api=TelegramAPIServer.from_base(api.base_url)))
    clock = FakeClock()
    app = ChatApp(
        uow_factory=cast(UnitOfWorkFactory, factory),
        clock=clock,
        config=AppConfig(outbox_platform="telegram", default_language="en"),
    )
    adapter, sender = adapter_for(app, bot)
    relay = OutboxRelay(
        uow_factory=cast(UnitOfWorkFactory, factory),
        clock=clock,
        topic_prefix=send_topic("telegram"),
        sink=adapter.send_row,
        poll_seconds=0.05,
        leases=False,
    )
    app.on_queued = relay.wake
    relay.start()
    try:
        yield Polled(bot, app, make_dispatcher(adapter=adapter))
    finally:
        await relay.close()
        await sender.close()
        await bot.session.close()
