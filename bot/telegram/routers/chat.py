"""Group buys in chat: what members type (`+1`, `/join@bot`, `/start <payload>`), the card's buttons, and
reactions (on a note card: a like).

Every text and tap goes to the ChatApp through the adapter (injected by `Dispatcher(adapter=...)`).
"""

from __future__ import annotations

from aiogram import F, Router
from aiogram.methods import AnswerCallbackQuery
from aiogram.types import CallbackQuery, Message, MessageReactionUpdated, Update

from bot.telegram.adapter import TelegramAdapter

router = Router(name=__name__)


@router.message(F.text | F.caption)
async def on_text(message: Message, event_update: Update, adapter: TelegramAdapter) -> None:
    await adapter.on_message(message, update_id=event_update.update_id)


@router.callback_query()
async def on_tap(query: CallbackQuery, adapter: TelegramAdapter) -> AnswerCallbackQuery:
    return await adapter.tap_answer(query)  # on a webhook, answered in the HTTP answer to Telegram


@router.message_reaction()
async def on_reaction(
    reaction: MessageReactionUpdated, event_update: Update, adapter: TelegramAdapter
) -> None:
    await adapter.on_reaction(reaction, update_id=event_update.update_id)
