"""A WeChat message in, a neutral `handlers.Request` out (or None: not for the bot).

`read_message` reads what Tuan needs from a python-wechaty `Message` once (it is duck-typed, so this
module never imports wechaty); `to_request` is a pure function of that, tested without wechaty.

- The room id is the chat id (`ChatKind.GROUP`); in a one-to-one chat the member's contact id is.
- The member is known by their contact id; their room alias (or WeChat name) is their display name.
- The bot's own messages (WeChat echoes them back) are dropped, and so is anything that is not text from
  a person (official accounts; an image is no request either, but the adapter remembers it: the photo
  of a group buy its sender may open next, bot/wechat/photos.py).
- WeChat writes a mention as `@name` plus U+2005: mentions of the bot are removed from the text (so
  `@团购助手 +1` is `+1`) and the request says the bot was addressed (`Request.to_bot`: in a room,
  `@团购助手 几点截单？` is a question to it, as Telegram's `@tuan_bot 几点截单？`); mentions of members stay
  in the text and arrive as `Request.mentions`.
- The message id is the update id: a message delivered twice is one update.
- The room's topic (群名) is the chat's name (`Request.chat_title`), read once per room
  (bot/wechat/topics.py).
- A quote-reply (引用, bot/wechat/quotes.py) is the member's reply alone; when it quotes one of the
  bot's messages, the quoted text is what it replies to (`Request.replied_to`): a quote of a note card
  comments on that note.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any

from bot.wechat.quotes import split_quote
from bot.wechat.topics import RoomTopics
from handlers.types import ChatKind, Request

PLATFORM = "wechat"
MENTION_SEPARATOR = "\u2005"
# wechaty-grpc's enums (MessageType.MESSAGE_TYPE_TEXT, ContactType.CONTACT_TYPE_PERSONAL); payloads
# carry either the enum or its bare number.
_TEXT = ("MESSAGE_TYPE_TEXT", 6)
_IMAGE = ("MESSAGE_TYPE_IMAGE", 5)
_OFFICIAL = ("CONTACT_TYPE_OFFICIAL", 2)
_CORPORATION = ("CONTACT_TYPE_CORPORATION", 3)


@dataclass(frozen=True)
class Incoming:
    """What the adapter needs of one WeChat message."""

    message_id: str
    talker_id: str
    talker_name: str
    text: str
    room_id: str | None = None
    mention_ids: tuple[str, ...] = ()
    is_text: bool = True
    is_person: bool = True
    bot_names: tuple[str, ...] = ()
    talker_alias: str | None = None  # their room alias (`talker_name` is it, else their WeChat name)
    is_image: bool = False  # a photo (its message id fetches it again)
    room_topic: str | None = None  # the room's name (群名), None: it has none

    @property
    def chat_id(self) -> str:
        return self.room_id or self.talker_id


def to_request(incoming: Incoming, *, bot_id: str) -> Request | None:
    """The neutral request for `incoming`, or None when the bot must not answer it."""
    if incoming.talker_id == bot_id or not incoming.is_text or not incoming.is_person:
        return None
    quote = split_quote(incoming.text)
    typed = incoming.text if quote is None else quote.reply
    replied_to = None
    if quote is not None and quote.name in incoming.bot_names:  # the bot's message, quoted
        replied_to = quote.quoted
    unmentioned = strip_mentions_of(typed, incoming.bot_names)
    to_bot = unmentioned != typed or bot_id in incoming.mention_ids  # `@团购助手 几点截单？` asks the bot
    text = unmentioned.replace(MENTION_SEPARATOR, " ").strip()
    if not text:
        return None
    in_room = incoming.room_id is not None
    return Request(
        platform=PLATFORM,
        chat_id=incoming.chat_id,
        user_id=incoming.talker_id,
        display_name=incoming.talker_name or incoming.talker_id,
        chat_kind=ChatKind.GROUP if in_room else ChatKind.PRIVATE,
        text=text,
        message_id=incoming.message_id,
        update_id=incoming.message_id,
        mentions=tuple(m for m in dict.fromkeys(incoming.mention_ids) if m != bot_id),
        alias=incoming.talker_alias if in_room else None,
        chat_title=incoming.room_topic if in_room else None,
        replied_to=replied_to,
        to_bot=to_bot and in_room,
    )


# `转好了`, `已转`, `付了`, `刚转账了`: a payment said in a word, which alone may be about anything (`转好了`:
# forwarded?); right after an image from her, it is the report of that payment (the adapter)
_TRANSFERRED = re.compile(
    r"^(?:我|俺)?(?:(?:已经?|刚刚?)(?:转账|付款|支付|转|付)(?:好|完|过)?了?|(?:转账|付款|支付|转|付)(?:好|完|过)?了)"
    r"(?:哈|哦|啦|呀|喔|[\s,，。.!！~～])*$"
)


def transferred(text: str) -> bool:
    """Whether `text` says only that she paid (`转好了`, `已转`, `付了`): after her screenshot, her report."""
    return _TRANSFERRED.match(text.strip()) is not None


_MENTION = re.compile(
    rf"@([^@\s{MENTION_SEPARATOR}]+(?: [^@\s{MENTION_SEPARATOR}]+)*){MENTION_SEPARATOR}|@(\S+)"
)


def mentioned_names(text: str) -> tuple[str, ...]:
    """The names written as mentions in `text`: `@王五` + U+2005 as WeChat writes it (a name may have
    spaces), or a typed `@王五` up to the next space."""
    return tuple(dict.fromkeys(m.group(1) or m.group(2) for m in _MENTION.finditer(text)))


def strip_mentions_of(text: str, names: Iterable[str]) -> str:
    """`text` without `@name` mentions of these names (the bot's name and its room alias)."""
    for name in sorted({n for n in names if n}, key=len, reverse=True):
        text = re.sub(rf"@{re.escape(name)}(?:{MENTION_SEPARATOR}| |$)", "", text)
    return text


def _is(value: Any, expected: tuple[str, int]) -> bool:
    name, number = expected
    if getattr(value, "name", None) == name:
        return True
    return isinstance(value, int) and value == number


async def read_message(message: Any, *, bot_id: str, topics: RoomTopics | None = None) -> Incoming:
    """Read a python-wechaty `Message` (already `ready()`, as wechaty hands it to `on_message`); the
    room's topic from `topics` (read from the loaded room the first time)."""
    talker = message.talker()
    room = message.room()
    payload = message.payload
    name = talker.name or talker.contact_id
    alias: str | None = None
    bot_names: list[str] = []
    if room is not None and talker.contact_id != bot_id:
        alias = await room.alias(talker) or None
        name = alias or name
        bot_contact = message.wechaty.Contact.load(bot_id)
        await bot_contact.ready()
        bot_names = [bot_contact.name, await room.alias(bot_contact) or ""]
    talker_type = getattr(talker.payload, "type", None)
    topic = None if room is None else await (topics or RoomTopics()).of(room)
    return Incoming(
        message_id=message.message_id,
        talker_id=talker.contact_id,
        talker_name=name,
        text=message.text() or "",
        room_id=room.room_id if room is not None else None,
        mention_ids=tuple(getattr(payload, "mention_ids", None) or ()),
        is_text=_is(message.type(), _TEXT),
        is_image=_is(message.type(), _IMAGE),
        is_person=not (_is(talker_type, _OFFICIAL) or _is(talker_type, _CORPORATION)),
        bot_names=tuple(n for n in bot_names if n),
        talker_alias=alias,
        room_topic=topic,
    )
