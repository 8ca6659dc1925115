"""Telegram routing on our own button codec (`handlers.buttons`): the filter that picks a card button.

The ChatApp reads the other taps itself; a router that answers a button on its own (Share) matches it
with `CardTap(action)` and gets the unpacked `button`. Data that is not a valid card button of that
action (too long, out-of-range id) does not match, and falls through to the ChatApp's stale-button answer.
"""

from __future__ import annotations

from typing import Any

from aiogram.filters import Filter
from aiogram.types import CallbackQuery

from handlers.buttons import CardAction, CardButton, PrivateCardButton


class CardTap(Filter):
    """A tap on a card's `action` button; the handler receives it as `button: CardButton`."""

    def __init__(self, action: CardAction) -> None:
        self.action = action

    def __str__(self) -> str:
        return f"CardTap({self.action.value})"

    async def __call__(self, query: CallbackQuery) -> bool | dict[str, Any]:
        button = CardButton.unpack(query.data) if query.data is not None else None
        if button is None or button.action is not self.action:
            return False
        return {"button": button}


class PrivateCardTap(Filter):
    """A tap on the `action` button of a card copy in a private chat (`gp:<action>:N:<signature>`); the
    handler receives it as `button: PrivateCardButton`."""

    def __init__(self, action: CardAction) -> None:
        self.action = action

    def __str__(self) -> str:
        return f"PrivateCardTap({self.action.value})"

    async def __call__(self, query: CallbackQuery) -> bool | dict[str, Any]:
        button = PrivateCardButton.unpack(query.data) if query.data is not None else None
        if button is None or button.action is not self.action:
            return False
        return {"button": button}
