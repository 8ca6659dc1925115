"""`handlers.Reply` -> what Telegram shows: where it goes, its inline keyboard, the card's Share button."""

from __future__ import annotations

from dataclasses import replace

from aiogram.types import InlineKeyboardButton, InlineKeyboardMarkup

from bot.telegram.callback_data import share_data
from handlers.texts import normalize_language, t
from handlers.types import Button, Reply, Request

ButtonRows = tuple[tuple[Button, ...], ...]


def keyboard(rows: ButtonRows) -> InlineKeyboardMarkup | None:
    """An inline keyboard with one callback button per `Button` (None when there are none)."""
    if not rows:
        return None
    return InlineKeyboardMarkup(
        inline_keyboard=[
            [InlineKeyboardButton(text=button.label, callback_data=button.data) for button in row]
            for row in rows
        ]
    )


def destination(reply: Reply, request: Request | None) -> str | None:
    """The chat a reply goes to: a user's private chat (its id is the user's), another chat, or the
    request's; None when nothing says (a scheduler's reply without a chat)."""
    if reply.private_to is not None:
        return reply.private_to
    if reply.chat_id is not None:
        return reply.chat_id
    return None if request is None else request.chat_id


def with_share_button(card: Reply, *, default_language: str) -> Reply:
    """The card with a Share row under its buttons while it takes joins (it has a Join button then;
    a succeeded card's Pay button gets none)."""
    joining = f"gb:join:{card.card_of}"
    if card.card_of is None or not any(button.data == joining for row in card.buttons for button in row):
        return card
    lang = normalize_language(card.language) or default_language
    share = Button(t(lang, "btn_share"), share_data(card.card_of))
    return replace(card, buttons=(*card.buttons, (share,)))
