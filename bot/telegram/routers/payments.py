"""Telegram Payments: the pre-checkout query (answered within 10 s) and the successful payment."""

from __future__ import annotations

from aiogram import F, Router
from aiogram.types import Message, PreCheckoutQuery, Update

from bot.telegram.adapter import TelegramAdapter

router = Router(name=__name__)


@router.pre_checkout_query()
async def on_pre_checkout(query: PreCheckoutQuery, adapter: TelegramAdapter) -> None:
    await adapter.on_pre_checkout(query)


@router.message(F.successful_payment)
async def on_payment(message: Message, event_update: Update, adapter: TelegramAdapter) -> None:
    await adapter.on_payment(message, update_id=event_update.update_id)
