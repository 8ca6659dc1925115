"""Members: the people the bot has seen, by a platform-qualified identity, and the chats they are in.

Orders and group buy lines keep the platform's raw user id (`123`, `bob`); a member is keyed by
`identity(platform, user_id)` (`telegram:123`, `wechat:wxid_x`, `playground:bob`), so the same user id
on two platforms are two members. Names are kept as last seen: the display name and username of the
member, and per chat the room alias (WeChat's 群昵称). `已收 @名字` and `/refund @name` find people by
any of these, case-insensitively, with or without the `@` (`name_key` is the one normal form).
"""

from __future__ import annotations

import unicodedata
from dataclasses import dataclass
from datetime import datetime, timedelta

SEEN_REFRESH = timedelta(hours=1)
"""How stale `last_seen` may grow before a message that changes no name refreshes it."""

APP_LANGUAGE = "app"
"""`Member.language_from` of a language her platform said (Telegram's language_code)."""
WORDS_LANGUAGE = "words"
"""`Member.language_from` of a language guessed from the words she typed (no app language told)."""


def identity(platform: str, user_id: str) -> str:
    """The member key: `telegram:123`."""
    return f"{platform}:{user_id}"


def name_key(name: str) -> str:
    """How a name is compared: NFKC (full-width letters), no leading `@`, spaces collapsed, casefolded.

    `＠Bob`, `@bob` and `BOB` are one key; `王五` stays `王五`.
    """
    text = unicodedata.normalize("NFKC", name)
    return " ".join(text.split()).lstrip("@").strip().casefold()


@dataclass(frozen=True)
class Member:
    """A person as the bot last saw them on one platform."""

    identity: str
    platform: str
    user_id: str
    display_name: str
    username: str | None
    language: str | None
    first_seen: datetime
    last_seen: datetime
    language_from: str | None = None  # APP_LANGUAGE, WORDS_LANGUAGE, or None: unknown (stored before)

    def answers_to(self, name: str, *, alias: str | None = None) -> bool:
        """Whether `name` (any case, with or without `@`) is this member's display name, username or
        the given room alias."""
        key = name_key(name)
        names = (self.display_name, self.username, alias)
        return bool(key) and any(n is not None and name_key(n) == key for n in names)


@dataclass(frozen=True)
class ChatMembership:
    """A member seen in a chat, under their room alias there (None where the platform has none)."""

    chat_id: str
    identity: str
    alias: str | None
    first_seen: datetime
    last_seen: datetime
