"""The card's Share button (`gb:share:N`; on a copy in a private chat `gp:share:N:<signature>`): the
member's own deep link, sent to them in private."""

from __future__ import annotations

from aiogram import Router
from aiogram.types import CallbackQuery

from bot.telegram.adapter import TelegramAdapter
from bot.telegram.callback_data import CardTap, PrivateCardTap
from handlers.buttons import CardAction, CardButton, PrivateCardButton


async def on_share(query: CallbackQuery, button: CardButton, adapter: TelegramAdapter) -> None:
    await adapter.on_share(query, button.group_buy_id)


async def on_private_share(query: CallbackQuery, button: PrivateCardButton, adapter: TelegramAdapter) -> None:
    await adapter.on_share(query, button.group_buy_id, button.signature)


def make_router() -> Router:
    """A new router each call (a Router joins one Dispatcher only)."""
    router = Router(name=__name__)
    router.callback_query.register(on_share, CardTap(CardAction.SHARE))
    router.callback_query.register(on_private_share, PrivateCardTap(CardAction.SHARE))
    return router
