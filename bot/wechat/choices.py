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

Typing what the choice line says answers as the bare number does: `回复1`, `回复 1`, `1跟团`, `1 跟团`
(the number, then the start of its label as shown). A note card (种草) asks the room beside its group-buy
card, never over it: its choices are numbered after the card's (`回复 5 👍 赞`, `side`), so the card's
`1` still joins while the note card is on screen; a card asked later whose numbers meet them voids them.

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
CARD_END_SECONDS = 24 * 3600.0  # how long a chat's last card's numbers keep a note card's after them
_BARE_NUMBER = re.compile(r"^\s*(\d{1,2})\s*[.。、)）]?\s*$")
# what the choice line says, typed: `回复 1`, `回复1`, `1跟团`, `1 跟团 大的`, `reply 2 progress`
_TYPED = re.compile(r"^\s*(?:回复|reply)?\s*(\d{1,2})\s*[.。、)）:：]?\s*(.*?)\s*$", re.I | re.S)


@dataclass(frozen=True)
class _Question:
    at: datetime
    options: tuple[str, ...]
    first: int = 1  # the number of its first option
    chosen: str | None = None  # answered: the option chosen (the question is closed)
    labels: tuple[str, ...] = ()  # each option's label as shown (`跟团 大的`): `1 跟团` answers too

    def offers(self, number: int) -> bool:
        return self.first <= number < self.first + len(self.options)

    def reads(self, number: int, rest: str) -> bool:
        """Whether `number` followed by `rest` (nothing, or the start of its label) chooses an option."""
        if not self.offers(number):
            return False
        if not rest:
            return True
        n = number - self.first
        label = _squash(self.labels[n]) if n < len(self.labels) else ""
        return bool(label) and label.startswith(_squash(rest))

    @property
    def end(self) -> int:
        """The number after its last option's."""
        return self.first + len(self.options)

    def as_json(self) -> Json:
        kept: dict[str, Json] = {
            "at": self.at.isoformat(),
            "options": list(self.options),
            "first": self.first,
        }
        if self.chosen is not None:
            kept["chosen"] = self.chosen
        if self.labels:
            kept["labels"] = list(self.labels)
        return kept


def bare_number(text: str) -> int | None:
    """The number a message consists of (full-width digits too), or None."""
    match = _BARE_NUMBER.match(unicodedata.normalize("NFKC", text))
    return int(match.group(1)) if match else None


def typed_choice(text: str) -> tuple[int, str] | None:
    """(the number, what follows it) of a message that may answer a choice line: `1`, `回复 1`, `1 跟团`."""
    match = _TYPED.match(unicodedata.normalize("NFKC", text))
    return (int(match.group(1)), match.group(2)) if match else None


def _squash(text: str) -> str:
    return "".join(unicodedata.normalize("NFKC", text).split()).casefold()


class Choices:
    """The open questions, per (chat, member) and per chat (cards), forgotten after `ttl`."""

    def __init__(self, values: KeyValues | None = None, *, ttl: timedelta = DEFAULT_TTL) -> None:
        self.values = values if values is not None else MemorySharedState().values
        self.ttl = ttl

    async def asked(
        self,
        chat_id: str,
        member_id: str | None,
        options: Sequence[str],
        at: datetime,
        *,
        first: int = 1,
        labels: Sequence[str] = (),
        side: bool = False,
    ) -> None:
        """The bot asked `member_id` (None: everyone in the chat) to choose one of `options` (button data),
        numbered from `first` (`next_number`), each shown as its `labels`. The member's other open
        questions stay open. `side`: a note card's, kept beside the chat's card question (`side_first`).

        A message to everyone without options (a closed group buy's final card) voids the chat's question.
        """
        if options and member_id is None:
            question = _Question(at, tuple(options), first, labels=tuple(labels))
            if not side:  # the card's: a note card's whose numbers it now shows is void
                beside = await self._chat_question(chat_id, at, side=True)
                if beside is not None and beside.first < question.end:
                    await self.values.delete(_key(chat_id, None, side=True))
            ttl = self.ttl.total_seconds()
            await self.values.set(_key(chat_id, None, side=side), question.as_json(), ttl=ttl)
            if not side:  # still on screen after its minutes: a note card's numbers come after it
                await self.values.set(_end_key(chat_id), question.end, ttl=CARD_END_SECONDS)
        elif options and member_id is not None:
            still = await self._fresh(chat_id, member_id, at)
            asked = _Question(at, tuple(options), first, labels=tuple(labels))
            await self._keep(chat_id, member_id, [*still, asked])
        elif member_id is None and not side:
            await self.values.delete(_key(chat_id, None))

    async def side_first(self, chat_id: str, at: datetime) -> int:
        """The number a note card's choices start at: after the chat's last card's (asked within a day)."""
        end = await self.values.get(_end_key(chat_id))
        return end if isinstance(end, int) and end > 1 else 1

    async def next_number(self, chat_id: str, member_id: str, at: datetime) -> int:
        """The number a new question to `member_id` starts at: after the numbers their open ones show."""
        return max((q.first + len(q.options) for q in await self._open(chat_id, member_id, at)), default=1)

    async def answer(self, chat_id: str, member_id: str, text: str, at: datetime) -> str | None:
        """The button data `text` chooses, if it is a bare number (or the choice line's words typed: `回复
        1`, `1 跟团`) answering a fresh question (a member's question it answers is closed)."""
        typed = typed_choice(text)
        if typed is None:
            return None
        number, rest = typed
        mine = await self._open(chat_id, member_id, at)
        room = [q for side in (False, True) if (q := await self._chat_question(chat_id, at, side=side))]
        newer = [q for q in room if all(mine_q.at < q.at for mine_q in mine)]
        if newer:  # the chat's cards are the newest questions: one of theirs, or nothing
            card = next(
                (q for q in sorted(newer, key=lambda q: q.at, reverse=True) if q.reads(number, rest)), None
            )
            return card.options[number - card.first] if card is not None else None
        chosen = next((q for q in reversed(mine) if q.reads(number, rest)), None)
        if chosen is None:
            return None
        option = chosen.options[number - chosen.first]
        fresh = await self._fresh(chat_id, member_id, at)
        await self._keep(chat_id, member_id, [replace(q, chosen=option) if q == chosen else q for q in fresh])
        return option

    async def _chat_question(self, chat_id: str, at: datetime, *, side: bool = False) -> _Question | None:
        """The chat's fresh card question (`side`: a note card's)."""
        found = _question(await self.values.get(_key(chat_id, None, side=side)))
        return found if found is not None and at - found.at <= self.ttl else None

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


def _question(found: Json | None) -> _Question | None:
    if not isinstance(found, dict):
        return None
    at, options, first = found.get("at"), found.get("options"), found.get("first", 1)
    if not isinstance(at, str) or not isinstance(options, list) or not isinstance(first, int):
        return None
    chosen, labels = found.get("chosen"), found.get("labels")
    return _Question(
        datetime.fromisoformat(at),
        tuple(str(option) for option in options),
        first,
        chosen if isinstance(chosen, str) else None,
        tuple(str(label) for label in labels) if isinstance(labels, list) else (),
    )


def _key(chat_id: str, member_id: str | None, *, side: bool = False) -> str:
    """One question per (chat, member); the chat's own (a card's) under `*`, which no member id is, and
    a note card's beside it under `*note`."""
    who = member_id if member_id is not None else ("*note" if side else "*")
    return f"wechat:choice:{chat_id}:{who}"


def _end_key(chat_id: str) -> str:
    """The number after the chat's last card's choices."""
    return f"wechat:choice:{chat_id}:*end"
