"""Typed callback data of the card's buttons: `gb:<action>:<group buy id>`, as the handlers write them.

aiogram's `CallbackData` packs and parses them and refuses anything over Telegram's 64 bytes.
"""

from __future__ import annotations

from aiogram.filters.callback_data import CallbackData


class CardAction(CallbackData, prefix="gb"):
    """A button on a group buy's card: join, more, leave, status (handled by the ChatApp) or share."""

    action: str
    group_buy_id: int


def share_data(group_buy_id: int) -> str:
    return CardAction(action="share", group_buy_id=group_buy_id).pack()
