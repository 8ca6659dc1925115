"""Numbered choices: a bare number answers the last question the bot asked a member in a chat.

WeChat has no buttons, so a reply's buttons are shown as "回复 1 跟团，2 查看进度". When that member
then sends just `1` (or `１`, `1.`) in the same chat within a few minutes, the message becomes a button tap
carrying the first button's data. A card asks the whole chat; a reply to one member asks that member;
whichever was asked last wins. Anything else (an old question, a number out of range) stays text.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime, timedelta

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

    def __init__(self, *, ttl: timedelta = DEFAULT_TTL) -> None:
        self.ttl = ttl
        self._questions: dict[tuple[str, str | None], _Question] = {}

    def asked(self, chat_id: str, member_id: str | None, options: Sequence[str], at: datetime) -> None:
        """The bot asked `member_id` (None: everyone in the chat) to choose one of `options` (button data).

        A message to everyone without options (a closed group buy's final card) voids the chat's question.
        """
        self._forget_before(at - self.ttl)
        if options:
            self._questions[(chat_id, member_id)] = _Question(at, tuple(options))
        elif member_id is None:
            self._questions.pop((chat_id, None), None)

    def answer(self, chat_id: str, member_id: str, text: str, at: datetime) -> str | None:
        """The button data `text` chooses, if it is a bare number answering a fresh question."""
        number = bare_number(text)
        if number is None:
            return None
        asked = [q for key in ((chat_id, member_id), (chat_id, None)) if (q := self._questions.get(key))]
        fresh = [q for q in asked if at - q.at <= self.ttl]
        if not fresh:
            return None
        latest = max(fresh, key=lambda q: q.at)
        return latest.options[number - 1] if 1 <= number <= len(latest.options) else None

    def _forget_before(self, cutoff: datetime) -> None:
        for key in [k for k, q in self._questions.items() if q.at < cutoff]:
            del self._questions[key]
