"""Numbered choices: a bare number answers the last question the bot asked a member in a chat.

WeChat has no buttons, so a reply's buttons are shown as "回复 1 跟团，2 查看进度". When that member
then sends just `1` (or `１`, `1.`) in the same chat within a few minutes, the message becomes a button tap
carrying the first button's data. A card asks the whole chat; a reply to one member asks that member;
whichever was asked last wins. Anything else (an old question, a number out of range) stays text.

The open questions live in the shared state (`commerce.state.KeyValues`) for `ttl`: in this process's
memory, or in Redis, where the process that receives the `1` may not be the one that asked. Freshness is
judged on the injected clock (the time a question was asked is kept with it); the TTL only forgets.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime, timedelta

from commerce.state import Json, KeyValues
from storage.state_memory import MemorySharedState

DEFAULT_TTL = timedelta(minutes=5)
_BARE_NUMBER = re.compile(r"^\s*(\d{1,2})\s*[.。、)）]?\s*$")


@dataclass(frozen=True)
class _Question:
    at: datetime
    options: tuple[str, ...]


def bare_number(text: str) -> int | None:
    """The number a message consists of (full-width digits too), or None."""
    match = _BARE_NUMBER.match(unicodedata.normalize("NFKC", text))
    return int(match.group(1)) if match else None


class Choices:
    """The open questions, per (chat, member) and per chat (cards), forgotten after `ttl`."""

    def __init__(self, values: KeyValues | None = None, *, ttl: timedelta = DEFAULT_TTL) -> None:
        self.values = values if values is not None else MemorySharedState().values
        self.ttl = ttl

    async def asked(self, chat_id: str, member_id: str | None, options: Sequence[str], at: datetime) -> None:
        """The bot asked `member_id` (None: everyone in the chat) to choose one of `options` (button data).

        A message to everyone without options (a closed group buy's final card) voids the chat's question.
        """
        if options:
            question: Json = {"at": at.isoformat(), "options": list(options)}
            await self.values.set(_key(chat_id, member_id), question, ttl=self.ttl.total_seconds())
        elif member_id is None:
            await self.values.delete(_key(chat_id, None))

    async def answer(self, chat_id: str, member_id: str, text: str, at: datetime) -> str | None:
        """The button data `text` chooses, if it is a bare number answering a fresh question."""
        number = bare_number(text)
        if number is None:
            return None
        asked = [q for key in (_key(chat_id, member_id), _key(chat_id, None)) if (q := await self._get(key))]
        fresh = [q for q in asked if at - q.at <= self.ttl]
        if not fresh:
            return None
        latest = max(fresh, key=lambda q: q.at)
        return latest.options[number - 1] if 1 <= number <= len(latest.options) else None

    async def _get(self, key: str) -> _Question | None:
        found = await self.values.get(key)
        if not isinstance(found, dict):
            return None
        at, options = found.get("at"), found.get("options")
        if not isinstance(at, str) or not isinstance(options, list):
            return None
        return _Question(datetime.fromisoformat(at), tuple(str(option) for option in options))


def _key(chat_id: str, member_id: str | None) -> str:
    """One question per (chat, member); the chat's own (a card's) under `*`, which no member id is."""
    return f"wechat:choice:{chat_id}:{member_id if member_id is not None else '*'}"
