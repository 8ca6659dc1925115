"""Telegram Payments: the pre-checkout query (answered within 10 s) and the successful payment."""

from __future__ import annotations

from aiogram import F, Router
from aiogram.types import Message, PreCheckoutQuery, Update

from bot.telegram.adapter import TelegramAdapter


async def on_pre_checkout(query: PreCheckoutQuery, adapter: TelegramAdapter) -> None:
    await adapter.on_pre_checkout(query)


async def on_payment(message: Message, event_update: Update, adapter: TelegramAdapter) -> None:
    await adapter.on_payment(message, update_id=event_update.update_id)


def make_router() -> Router:
    """A new router each call (a Router joins one Dispatcher only)."""
    router = Router(name=__name__)
    router.pre_checkout_query.register(on_pre_checkout)
    router.message.register(on_payment, F.successful_payment)
    return router
