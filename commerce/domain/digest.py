"""Digest mode (issue #12): in a busy chat notes are not re-posted one by one; once a day one message
lists the day's best notes, and `/top` the week's.

The rule, in plain words (the README says the same): a note's engagement is the trust (commerce.domain.
reputation) of each *other* member who liked it, plus that of each other member who commented on it,
each member counted once per kind; a member nobody engaged with weighs 1. Notes with a verified purchase
(✅) come first, then by that engagement, then the newer first. Notes left out of digests (hidden, or
flagged as a possible shill: `excluded`) never appear. A chat is in digest mode when it said so
(`/digest on`), else when more than `BUSY_CHAT` members were seen in it.
"""

from __future__ import annotations

from collections.abc import Collection, Iterable, Mapping
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta
from math import fsum
from zoneinfo import ZoneInfo

from commerce.domain.notes import Note

BUSY_CHAT = 30  # a chat with more members than this is in digest mode unless it said otherwise
DEFAULT_SIZE = 5  # notes a digest lists
DEFAULT_AT = time(20, 0)  # when the day's digest is sent, in the chats' timezone
DAY = timedelta(days=1)
WEEK = timedelta(days=7)
NEWCOMER_TRUST = 1.0  # the weight of a member without stored trust
COMMENT_WEIGHT = 1.0


@dataclass(frozen=True)
class Engaged:
    """A note with the members who liked it and those who commented on it (storage reads them)."""

    note: Note
    likers: frozenset[str] = frozenset()
    commenters: frozenset[str] = frozenset()


@dataclass(frozen=True)
class Ranked:
    note: Note
    score: float
    verified: bool


def in_digest_mode(setting: bool | None, members: int) -> bool:
    """The chat's own choice (`/digest on|off`), else on when more than `BUSY_CHAT` members were seen."""
    return setting if setting is not None else members > BUSY_CHAT


def score(engaged: Engaged, trust: Mapping[str, float]) -> float:
    """The trust of each other member who liked it, plus `COMMENT_WEIGHT` × that of each commenter.
    Summed exactly (`fsum`): a plain sum depends on the order a set yields its members, so two notes
    liked by the same people could score a hair apart and swap places in the digest."""
    author = engaged.note.author_id
    likes = fsum(trust.get(m, NEWCOMER_TRUST) for m in engaged.likers if m != author)
    comments = fsum(trust.get(m, NEWCOMER_TRUST) for m in engaged.commenters if m != author)
    return likes + COMMENT_WEIGHT * comments


def top(
    engaged: Iterable[Engaged],
    *,
    trust: Mapping[str, float],
    verified: Collection[int],
    excluded: Collection[int],
    size: int,
) -> list[Ranked]:
    """The best `size` notes: verified ones first, then by `score`, then the newer first; `excluded`
    (hidden or flagged notes) never."""
    ranked = [
        Ranked(e.note, score(e, trust), (e.note.id or 0) in verified)
        for e in engaged
        if (e.note.id or 0) not in excluded
    ]
    ranked.sort(key=order)
    return ranked[: max(size, 0)]


def order(ranked: Ranked) -> tuple[bool, float, float, int]:
    """How ranked notes sort, best first: verified, then by score, then the newer (also across chats)."""
    return (not ranked.verified, -ranked.score, -ranked.note.created_at.timestamp(), -(ranked.note.id or 0))


def due_day(now: datetime, *, at: time, tz: ZoneInfo) -> date | None:
    """The day whose digest is due at `now`: today (chat time) from `at` until midnight, else None. A bot
    that was down at `at` still sends it later that evening."""
    local = now.astimezone(tz)
    return local.date() if local.time() >= at else None


def window(day: date, *, at: time, tz: ZoneInfo) -> tuple[datetime, datetime]:
    """The notes a day's digest covers: posted from `at` the day before to `at` that day (chat time), so
    a note posted after the evening's digest is in the next one."""
    ends = datetime.combine(day, at, tzinfo=tz)
    return ends - DAY, ends
