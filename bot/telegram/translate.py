"""Telegram updates -> `handlers.Request`: who, which chat, what they typed or tapped, which update.

Idempotency keys: a message carries its `update_id` (a redelivered update has the same one); a button tap
carries `cb:<callback query id>`, which is the same however often Telegram delivers that tap.
"""

from __future__ import annotations

from aiogram.types import CallbackQuery, Chat, Message, MessageEntity
from aiogram.types import User as TelegramUser

from handlers.types import ChatKind, Request

PLATFORM = "telegram"


class NameBook:
    """Usernames and display names seen, so `已收 @xiaoli` names a user id and a note can name a member."""

    def __init__(self) -> None:
        self._ids: dict[str, str] = {}
        self._names: dict[str, str] = {}

    def learn(self, user: TelegramUser) -> None:
        self._names[str(user.id)] = display_name(user)
        if user.username:
            self._ids[user.username.lower()] = str(user.id)

    def user_id(self, username: str) -> str | None:
        return self._ids.get(username.lower().lstrip("@"))

    def name(self, user_id: str) -> str | None:
        return self._names.get(user_id)


def display_name(user: TelegramUser) -> str:
    """How the card shows a member: their Telegram name (first and last), else their username."""
    name = " ".join(part for part in (user.first_name, user.last_name) if part).strip()
    return name or (f"@{user.username}" if user.username else str(user.id))


def chat_kind(chat: Chat) -> ChatKind | None:
    """Groups and supergroups are groups; private chats private; channels are not for Tuan (None)."""
    if chat.type == "private":
        return ChatKind.PRIVATE
    if chat.type in ("group", "supergroup"):
        return ChatKind.GROUP
    return None


def mentions(message: Message, names: NameBook) -> tuple[str, ...]:
    """User ids named in the message: a text mention carries the id; `@username` is looked up (a name
    never seen stays as written, without the @)."""
    text = message.text or message.caption or ""
    entities: list[MessageEntity] = list(message.entities or message.caption_entities or [])
    found: list[str] = []
    for entity in entities:
        if entity.type == "text_mention" and entity.user is not None:
            found.append(str(entity.user.id))
        elif entity.type == "mention":
            username = entity.extract_from(text).lstrip("@")
            found.append(names.user_id(username) or username.lower())
    return tuple(dict.fromkeys(found))


def message_request(
    message: Message, *, update_id: int, is_admin: bool = False, names: NameBook | None = None
) -> Request | None:
    """The request a member's message makes; None for the bot's own, a channel's, or one without a sender."""
    user = message.from_user
    kind = chat_kind(message.chat)
    if user is None or user.is_bot or kind is None:
        return None
    names = names or NameBook()
    names.learn(user)
    return Request(
        platform=PLATFORM,
        chat_id=str(message.chat.id),
        user_id=str(user.id),
        display_name=display_name(user),
        chat_kind=kind,
        text=message.text or message.caption or "",
        message_id=str(message.message_id),
        update_id=str(update_id),
        language=user.language_code,
        is_admin=is_admin,
        mentions=mentions(message, names),
    )


def callback_chat(query: CallbackQuery) -> Chat | None:
    """The chat of the message whose button was tapped (None for an inline message)."""
    message = query.message
    return None if message is None else message.chat


def callback_request(query: CallbackQuery, *, is_admin: bool = False) -> Request | None:
    """The request a button tap makes, keyed on the callback query id."""
    chat = callback_chat(query)
    kind = None if chat is None else chat_kind(chat)
    if chat is None or kind is None or query.data is None or query.message is None:
        return None
    return Request(
        platform=PLATFORM,
        chat_id=str(chat.id),
        user_id=str(query.from_user.id),
        display_name=display_name(query.from_user),
        chat_kind=kind,
        button=query.data,
        message_id=str(query.message.message_id),
        update_id=f"cb:{query.id}",
        language=query.from_user.language_code,
        is_admin=is_admin,
    )
