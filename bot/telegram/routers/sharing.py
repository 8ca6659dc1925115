"""The card's Share button (`gb:share:N`): the member's own deep link, sent to them in private."""

from __future__ import annotations

from aiogram import F, Router
from aiogram.types import CallbackQuery

from bot.telegram.adapter import TelegramAdapter
from bot.telegram.callback_data import CardAction

router = Router(name=__name__)


@router.callback_query(CardAction.filter(F.action == "share"))
async def on_share(query: CallbackQuery, callback_data: CardAction, adapter: TelegramAdapter) -> None:
    await adapter.on_share(query, callback_data.group_buy_id)
