"""Telegram updates -> `handlers.Request`: who, which chat, what they typed or tapped, which update.

Idempotency keys: a message carries its `update_id` (a redelivered update has the same one); a button tap
carries `cb:<callback query id>`, which is the same however often Telegram delivers that tap.
"""

from __future__ import annotations

from collections import OrderedDict

from aiogram.types import CallbackQuery, Chat, Message, MessageEntity, MessageReactionUpdated
from aiogram.types import User as TelegramUser

from commerce.state import KeyValues
from handlers.types import ChatKind, Request

PLATFORM = "telegram"


class NameBook:
    """Usernames and display names seen, so `已收 @xiaoli` names a user id and a note can name a member.

    This process keeps the `max_entries` members seen last (bounded). Given shared state, what it learns
    also goes there (for `ttl`), so another bot process resolves a `@username` it never saw:
    `remember()` a sender before translating, `recall()` the usernames a message mentions. The sync
    lookups read this process's part only.
    """

    def __init__(
        self, values: KeyValues | None = None, *, max_entries: int = 10_000, ttl: float = 30 * 86_400
    ) -> None:
        self.values = values
        self.max_entries = max_entries
        self.ttl = ttl
        self._ids: OrderedDict[str, str] = OrderedDict()
        self._names: OrderedDict[str, str] = OrderedDict()

    def learn(self, user: TelegramUser) -> bool:
        """Remember `user` in this process; True if that was news (a new member, a new name)."""
        user_id, name = str(user.id), display_name(user)
        username = user.username.lower() if user.username else None
        news = self._names.get(user_id) != name
        news = news or (username is not None and self._ids.get(username) != user_id)
        self._keep(self._names, user_id, name)
        if username is not None:
            self._keep(self._ids, username, user_id)
        return news

    async def remember(self, user: TelegramUser) -> None:
        """`learn`, and share the news with the other processes."""
        if not self.learn(user) or self.values is None:
            return
        await self.values.set(f"telegram:name:{user.id}", display_name(user), ttl=self.ttl)
        if user.username:
            await self.values.set(f"telegram:username:{user.username.lower()}", str(user.id), ttl=self.ttl)

    async def recall(self, message: Message) -> None:
        """Fetch from the shared state the `@username`s `message` mentions that this process never saw."""
        if self.values is None:
            return
        for username in mentioned_usernames(message):
            if username not in self._ids:
                found = await self.values.get(f"telegram:username:{username}")
                if isinstance(found, str):
                    self._keep(self._ids, username, found)

    def user_id(self, username: str) -> str | None:
        return self._ids.get(username.lower().lstrip("@"))

    def name(self, user_id: str) -> str | None:
        return self._names.get(user_id)

    async def name_of(self, user_id: str) -> str | None:
        """The member's name as this process or, failing that, another one saw it."""
        name = self.name(user_id)
        if name is None and self.values is not None:
            found = await self.values.get(f"telegram:name:{user_id}")
            if isinstance(found, str):
                self._keep(self._names, user_id, found)
                name = found
        return name

    def _keep(self, book: OrderedDict[str, str], key: str, value: str) -> None:
        book[key] = value
        book.move_to_end(key)
        while len(book) > self.max_entries:
            book.popitem(last=False)


def mentioned_usernames(message: Message) -> list[str]:
    """The `@username`s of a message's mention entities, lower case, without the @."""
    text = message.text or message.caption or ""
    entities: list[MessageEntity] = list(message.entities or message.caption_entities or [])
    return [e.extract_from(text).lstrip("@").lower() for e in entities if e.type == "mention"]


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


def chat_title(chat: Chat) -> str | None:
    """A group's title, as its members see it (a private chat has none)."""
    return chat.title if chat.type != "private" else None


def mentions(message: Message, names: NameBook) -> tuple[str, ...]:
    """User ids named in the message: a text mention carries the id; `@username` is looked up among
    the users this process has seen. All or nothing: if one `@username` is unknown here (a restart, a
    user seen by another worker), none is given, and the handlers find every `@name` among the chat's
    members in the database instead."""
    text = message.text or message.caption or ""
    entities: list[MessageEntity] = list(message.entities or message.caption_entities or [])
    found: list[str] = []
    for entity in entities:
        if entity.type == "text_mention" and entity.user is not None:
            found.append(str(entity.user.id))
        elif entity.type == "mention":
            user_id = names.user_id(entity.extract_from(text).lstrip("@"))
            if user_id is None:
                return ()
            found.append(user_id)
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
        username=user.username,
        photo=photo_of(message),
        chat_title=chat_title(message.chat),
        replied_to=replied_to(message),
        thread_id=topic_of(message),
    )


def topic_of(message: object) -> str | None:
    """The forum topic a message is in (`message_thread_id` of a topic message), None outside one (a
    reply's thread in a group without topics is no topic)."""
    thread = getattr(message, "message_thread_id", None)
    return str(thread) if thread is not None and getattr(message, "is_topic_message", False) else None


def replied_to(message: Message) -> str | None:
    """The text (or caption) of the bot's message this one replies to: a reply to a note card comments
    on that note (handlers.notes). A reply to a member's message is no reply to the bot."""
    quoted = message.reply_to_message
    if quoted is None or quoted.from_user is None or not quoted.from_user.is_bot:
        return None
    return quoted.text or quoted.caption


def photo_of(message: Message) -> str | None:
    """The file_id of a photo sent with the message (its largest size: Telegram lists them smallest
    first), which the bot can send again by that id; None without one."""
    return message.photo[-1].file_id if message.photo else None


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
        username=query.from_user.username,
        chat_title=chat_title(chat),
        thread_id=topic_of(query.message),
    )


def reaction_request(reaction: MessageReactionUpdated, *, update_id: int, data: str) -> Request | None:
    """The request a member's reaction on a bot message makes, as the tap of `data` (a note card's
    `nt:react:3`: handlers.note_reactions); None for an anonymous one (a channel's or a group's own),
    a bot's, or one outside a group."""
    user = reaction.user
    if user is None or user.is_bot or chat_kind(reaction.chat) is not ChatKind.GROUP:
        return None
    return Request(
        platform=PLATFORM,
        chat_id=str(reaction.chat.id),
        user_id=str(user.id),
        display_name=display_name(user),
        chat_kind=ChatKind.GROUP,
        button=data,
        message_id=str(reaction.message_id),
        update_id=str(update_id),
        language=user.language_code,
        username=user.username,
        chat_title=chat_title(reaction.chat),
    )
