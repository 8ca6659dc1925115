"""The Telegram adapter wired as `tuan run telegram` wires it, for tests against the fake Bot API: an
English ChatApp on the in-memory fakes, its outbox with limits that never make a test wait, and the
adapter in front of both."""

from __future__ import annotations

from collections.abc import Awaitable, Callable
from typing import cast

from aiogram import Bot

from bot.telegram.adapter import TelegramAdapter
from bot.telegram.admins import AdminCache
from bot.telegram.outbox import Limits, MemoryCardMap, Outbox
from bot.telegram.transport import BotTransport
from commerce.ports import UnitOfWorkFactory
from handlers.app import AppConfig, ChatApp
from handlers.types import Reply
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
) -> tuple[TelegramAdapter, Outbox]:
    """The adapter and its outbox; cards rendered by `render_card` (default: the app's own)."""
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
    )
    return adapter, outbox
