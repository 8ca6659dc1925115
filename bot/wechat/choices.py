"""Numbered choices: a bare number answers the last question the bot asked a member in a chat.

WeChat has no buttons, so a reply's buttons are shown as "回复 1 跟团，2 查看进度". When that member
then sends just `1` (or `１`, `1.`) in the same chat within a few minutes, the message becomes a button tap
carrying the first button's data. A card asks the whole chat; a reply to one member asks that member;
a card asked after the member's questions wins. A member's questions stay open side by side, each with
numbers of its own: one asked while another is open is numbered after it (`回复 1/2` for the organiser's
first payment prompt, `3/4` for the second), so what a number means never changes while it is shown,
and an answered question is closed (its numbers answer nothing more: `answered_before` says what it was
answered with, so the member is told it was answered, not that the bot did not understand). Anything
else (an old question, a number no open or answered question offers) stays text.

The open questions live in the shared state (`commerce.state.KeyValues`) for `ttl`: in this process's
memory, or in Redis, where the process that receives the `1` may not be the one that asked. Freshness is
judged on the injected clock (the time a question was asked is kept with it); the TTL only forgets.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Sequence
from dataclasses import dataclass, replace
from datetime import datetime, timedelta

from commerce.state import Json, KeyValues
from storage.state_memory import MemorySharedState

DEFAULT_TTL = timedelta(minutes=5)
_BARE_NUMBER = re.compile(r"^\s*(\d{1,2})\s*[.。、)）]?\s*$")


@dataclass(frozen=True)
class _Question:
    at: datetime
    options: tuple[str, ...]
    first: int = 1  # the number of its first option
    chosen: str | None = None  # answered: the option chosen (the question is closed)

    def offers(self, number: int) -> bool:
        return self.first <= number < self.first + len(self.options)

    def as_json(self) -> Json:
        kept: dict[str, Json] = {
            "at": self.at.isoformat(),
            "options": list(self.options),
            "first": self.first,
        }
        if self.chosen is not None:
            kept["chosen"] = self.chosen
        return kept


def bare_number(text: str) -> int | None:
    """The number a message consists of (full-width digits too), or None."""
    match = _BARE_NUMBER.match(unicodedata.normalize("NFKC", text))
    return int(match.group(1)) if match else None


class Choices:
    """The open questions, per (chat, member) and per chat (cards), forgotten after `ttl`."""

    def __init__(self, values: KeyValues | None = None, *, ttl: timedelta = DEFAULT_TTL) -> None:
        self.values = values if values is not None else MemorySharedState().values
        self.ttl = ttl

    async def asked(
        self, chat_id: str, member_id: str | None, options: Sequence[str], at: datetime, *, first: int = 1
    ) -> None:
        """The bot asked `member_id` (None: everyone in the chat) to choose one of `options` (button data),
        numbered from `first` (`next_number`). The member's other open questions stay open.

        A message to everyone without options (a closed group buy's final card) voids the chat's question.
        """
        if options and member_id is None:
            question: Json = {"at": at.isoformat(), "options": list(options)}
            await self.values.set(_key(chat_id, None), question, ttl=self.ttl.total_seconds())
        elif options and member_id is not None:
            still = await self._fresh(chat_id, member_id, at)
            await self._keep(chat_id, member_id, [*still, _Question(at, tuple(options), first)])
        elif member_id is None:
            await self.values.delete(_key(chat_id, None))

    async def next_number(self, chat_id: str, member_id: str, at: datetime) -> int:
        """The number a new question to `member_id` starts at: after the numbers their open ones show."""
        return max((q.first + len(q.options) for q in await self._open(chat_id, member_id, at)), default=1)

    async def answer(self, chat_id: str, member_id: str, text: str, at: datetime) -> str | None:
        """The button data `text` chooses, if it is a bare number answering a fresh question (a member's
        question it answers is closed)."""
        number = bare_number(text)
        if number is None:
            return None
        mine = await self._open(chat_id, member_id, at)
        card = await self._get(_key(chat_id, None))
        if card is not None and at - card.at <= self.ttl and all(q.at < card.at for q in mine):
            return card.options[number - 1] if card.offers(number) else None  # the newest question
        chosen = next((q for q in reversed(mine) if q.offers(number)), None)
        if chosen is None:
            return None
        option = chosen.options[number - chosen.first]
        fresh = await self._fresh(chat_id, member_id, at)
        await self._keep(chat_id, member_id, [replace(q, chosen=option) if q == chosen else q for q in fresh])
        return option

    async def answered_before(self, chat_id: str, member_id: str, text: str, at: datetime) -> str | None:
        """The option chosen for a member's answered question that `text`, a bare number no open one
        offers, would have answered while it is fresh, else None."""
        number = bare_number(text)
        if number is None:
            return None
        fresh = await self._fresh(chat_id, member_id, at)
        found = next((q for q in reversed(fresh) if q.chosen is not None and q.offers(number)), None)
        return found.chosen if found is not None else None

    async def _open(self, chat_id: str, member_id: str, at: datetime) -> list[_Question]:
        """The member's fresh questions in this chat not answered yet, oldest first."""
        return [q for q in await self._fresh(chat_id, member_id, at) if q.chosen is None]

    async def _fresh(self, chat_id: str, member_id: str, at: datetime) -> list[_Question]:
        """The member's fresh questions in this chat, answered ones too, oldest first."""
        found = await self.values.get(_key(chat_id, member_id))
        listed = found.get("open") if isinstance(found, dict) else None
        items = listed if isinstance(listed, list) else [found]  # one question, as kept before
        questions = [q for item in items if (q := _question(item)) is not None]
        return sorted((q for q in questions if at - q.at <= self.ttl), key=lambda q: q.at)

    async def _keep(self, chat_id: str, member_id: str, questions: list[_Question]) -> None:
        key = _key(chat_id, member_id)
        if not questions:
            await self.values.delete(key)
            return
        kept: Json = {"open": [q.as_json() for q in questions]}
        await self.values.set(key, kept, ttl=self.ttl.total_seconds())

    async def _get(self, key: str) -> _Question | None:
        return _question(await self.values.get(key))


def _question(found: Json | None) -> _Question | None:
    if not isinstance(found, dict):
        return None
    at, options, first = found.get("at"), found.get("options"), found.get("first", 1)
    if not isinstance(at, str) or not isinstance(options, list) or not isinstance(first, int):
        return None
    chosen = found.get("chosen")
    return _Question(
        datetime.fromisoformat(at),
        tuple(str(option) for option in options),
        first,
        chosen if isinstance(chosen, str) else None,
    )


def _key(chat_id: str, member_id: str | None) -> str:
    """One question per (chat, member); the chat's own (a card's) under `*`, which no member id is."""
    return f"wechat:choice:{chat_id}:{member_id if member_id is not None else '*'}"
