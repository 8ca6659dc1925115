"""`handlers.Reply` -> what Telegram shows: where it goes, its inline keyboard, the card's Share button."""

from __future__ import annotations

from dataclasses import replace
from typing import TYPE_CHECKING

from aiogram.types import InlineKeyboardButton, InlineKeyboardMarkup

from handlers.buttons import CardAction, CardButton, PrivateCardButton
from handlers.fit import CAPTION_LIMIT
from handlers.texts import normalize_language, t
from handlers.types import Button, Reply, Request

if TYPE_CHECKING:
    from handlers.app import ChatApp

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
    a succeeded card's Pay button gets none). The group buy is the Join button's: a card in a chat
    that lists it (帮卖) is keyed by its listing, and its members share the same group buy."""
    group_buy_id = next(
        (found for row in card.buttons for b in row if (found := _joins(b)) is not None), None
    )
    lang = normalize_language(card.language) or default_language
    if card.card_of is not None and group_buy_id is None:  # a copy in a private chat: signed for her
        private = next((mine for row in card.buttons for b in row if (mine := _joins_privately(b))), None)
        if private is None:
            return card
        data = PrivateCardButton(CardAction.SHARE, private.group_buy_id, private.signature).pack()
        return replace(card, buttons=(*card.buttons, (Button(t(lang, "btn_share"), data),)))
    if card.card_of is None or group_buy_id is None:
        return card
    share = Button(t(lang, "btn_share"), CardButton(CardAction.SHARE, group_buy_id).pack())
    return replace(card, buttons=(*card.buttons, (share,)))


async def card(app: ChatApp, group_buy_id: int, *, default_language: str) -> Reply:
    """A group buy's card as Telegram shows it: with its Share row, and, for a photo card (sent as the
    photo's caption), its list folded within a caption's 1,024."""
    rendered = await app.render_card(group_buy_id, caption_limit=CAPTION_LIMIT)
    return with_share_button(rendered, default_language=default_language)


def _joins(button: Button) -> int | None:
    """The group buy a Join button joins (None: another button)."""
    tapped = CardButton.unpack(button.data)
    return tapped.group_buy_id if tapped is not None and tapped.action is CardAction.JOIN else None


def _joins_privately(button: Button) -> PrivateCardButton | None:
    """The Join button of a card copy in a private chat (None: another button)."""
    tapped = PrivateCardButton.unpack(button.data)
    return tapped if tapped is not None and tapped.action is CardAction.JOIN else None
