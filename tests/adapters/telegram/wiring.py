"""The Telegram adapter wired as `tuan run telegram` wires it, for tests against the fake Bot API: an
English ChatApp on the in-memory fakes, its outbox with limits that never make a test wait, and the
adapter in front of both."""

from __future__ import annotations

from collections.abc import Awaitable, Callable
from dataclasses import dataclass
from typing import Any, cast

from aiogram import Bot
from aiogram.client.telegram import TelegramAPIServer
from aiogram.types import Update

from bot.outbox_relay import OutboxRelay
from bot.telegram.adapter import TelegramAdapter
from bot.telegram.admins import AdminCache
from bot.telegram.outbox import Limits, MemoryCardMap, Outbox
from bot.telegram.session import HeldResponsesSession
from bot.telegram.transport import BotTransport
from commerce.domain.outbox import send_topic
from commerce.ports import UnitOfWorkFactory
from commerce.state import KeyValues
from handlers.app import AppConfig, ChatApp
from handlers.types import Reply
from tests.adapters.telegram.fake_api import FakeBotAPI, Json, User
from tests.fakes import FakeClock, FakeUnitOfWorkFactory

FAST = Limits(chat_interval=0.001, group_messages=20, group_period=0.02, bot_per_second=1000)
Render = Callable[[int], Awaitable[Reply]]


class OnceStore:
    """Every update is a first delivery (repeats are another test's subject)."""

    async def first_delivery(self, update_key: str) -> bool:
        return True


def english_app() -> ChatApp:
    return ChatApp(
        uow_factory=cast(UnitOfWorkFactory, FakeUnitOfWorkFactory()),
        clock=FakeClock(),
        config=AppConfig(default_language="en"),
    )


def adapter_for(
    app: ChatApp,
    bot: Bot,
    *,
    render_card: Render | None = None,
    render_pointer: Render | None = None,
    default_language: str = "en",
    groups: KeyValues | None = None,
) -> tuple[TelegramAdapter, Outbox]:
    """The adapter and its outbox; cards rendered by `render_card` (default: the app's own); what it
    learns of a group kept in `groups` (default: its own memory)."""
    outbox = Outbox(
        transport=BotTransport(bot),
        render_card=render_card or app.render_card,
        render_pointer=render_pointer,
        cards=MemoryCardMap(),
        limits=FAST,
    )
    adapter = TelegramAdapter(
        app=app,
        bot=bot,
        outbox=outbox,
        delivered=OnceStore(),
        admins=AdminCache(bot),
        bot_username="tuan_test_bot",
        default_language=default_language,
        groups=groups,
    )
    return adapter, outbox


@dataclass
class Wired:
    """The Chinese-speaking ChatApp on the fakes, the adapter and its outbox against the fake Bot API, and
    (`through_rows`) the relay sending the app's outbox rows, wired as `tuan run telegram` wires them."""

    bot: Bot
    factory: FakeUnitOfWorkFactory
    app: ChatApp
    adapter: TelegramAdapter
    sender: Outbox
    relay: OutboxRelay
    through_rows: bool

    async def settle(self) -> None:
        """Everything queued is sent: the relay's rows (with them), then the outbox."""
        if self.through_rows:
            assert await self.relay.drain(10)
        assert await self.sender.drain(10)

    async def say(self, api: FakeBotAPI, chat: int, user: User, text: str, **extra: Any) -> Json:
        """`user` says `text` in `chat` (`extra`: the message's other fields, `message_thread_id=77`)
        through the adapter, and everything it queued is sent; the update pushed."""
        raw = api.push(api.message(chat, user, text, **extra))
        update = Update.model_validate(raw, context={"bot": self.bot})
        await self.adapter.on_message(update.message, update_id=update.update_id)  # type: ignore[arg-type]
        await self.settle()
        return raw

    async def close(self) -> None:
        await self.relay.close()
        await self.sender.close()
        await self.bot.session.close()


def wired(token: str, base_url: str, *, through_rows: bool) -> Wired:
    """The bot against the fake Bot API at `base_url`, answering through its outbox rows or without."""
    bot = Bot(token, session=HeldResponsesSession(api=TelegramAPIServer.from_base(base_url)))
    factory = FakeUnitOfWorkFactory()
    clock = FakeClock()
    app = ChatApp(
        uow_factory=cast(UnitOfWorkFactory, factory),
        clock=clock,
        config=AppConfig(outbox_platform="telegram" if through_rows else None, default_language="zh"),
    )
    adapter, sender = adapter_for(app, bot, default_language="zh")
    sender.forbidden_note = adapter.forbidden_note  # as `tuan run telegram` wires them
    sender.undelivered_note = adapter.undelivered_note
    relay = OutboxRelay(
        uow_factory=cast(UnitOfWorkFactory, factory),
        clock=clock,
        topic_prefix=send_topic("telegram"),
        sink=adapter.send_row,
        poll_seconds=0.05,
        leases=False,
    )
    if through_rows:
        app.on_queued = relay.wake
        relay.start()
    return Wired(bot, factory, app, adapter, sender, relay, through_rows)
