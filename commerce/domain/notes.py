"""Notes (种草): a member's recommendation posted in a chat, with likes and comments (issue #12).

A note belongs to the chat it was posted in, like an order: it is liked, commented on and shown only
from there, and a number from anywhere else is answered as one that does not exist. Its marks are read
from what happened, never from what the author says: ✅ a verified purchase (the author has a paid or
picked-up order of the linked group buy, or of an earlier one of the same product: the same title once
case, spaces and punctuation go), and 团长 / Seller when the author organises the linked group buy or
sells it (a sharer's or help-seller's order of it). Sellers may post; they are shown as sellers.

Against the flood: a member posts at most `per_day` notes in a chat in 24 hours, and the same or almost
the same text as one of their notes of the last `DUPLICATE_DAYS` days (in any chat; character shingles
and MinHash, commerce.domain.near_duplicates) is refused with that note's number.
Liking one's own note is refused: a count of likes is what others think of it.
"""

from __future__ import annotations

import enum
import unicodedata
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import datetime, timedelta

from commerce.domain.errors import DomainError
from commerce.domain.near_duplicates import Signature, closest, signature
from commerce.domain.text import clean_text
from commerce.domain.titles import same_product

MAX_TEXT = 1000  # characters of a note
MAX_COMMENT = 300
MAX_LINES = 20  # a note's lines (blank ones dropped)
DEFAULT_PER_DAY = 5
DAY = timedelta(hours=24)
DUPLICATE_DAYS = 7


@dataclass(frozen=True)
class Note:
    """A note as stored; `likes` and `comments` are counted when it is read."""

    id: int | None
    chat_id: str
    author_id: str
    author_name: str
    text: str
    created_at: datetime
    photo: str = ""
    group_buy_id: int | None = None
    lang: str = "zh"  # the language it was posted in (its card speaks it unless the chat set one)
    likes: int = 0
    comments: int = 0
    # The text's MinHash (commerce.domain.near_duplicates, encoded), stored with it: "" for notes older
    # than the column, whose text is hashed when compared.
    signature: str = ""


@dataclass(frozen=True)
class Comment:
    id: int | None
    note_id: int
    author_id: str
    author_name: str
    text: str
    created_at: datetime


class Mark(enum.StrEnum):
    """What a note card says of its author, beside their name."""

    VERIFIED = "verified"  # ✅ bought it
    ORGANISER = "organiser"  # 🏷 团长 / Organiser: organises the linked group buy
    HELP_SELLER = "help_seller"  # 🏷 帮卖 / Help-seller: sells it in another group (帮卖)
    SHARER = "sharer"  # 🏷 带货 / Brings buyers: an order of it was brought by their share code or link


def note_text(text: str) -> str:
    """The text as it will be shown: invisible characters gone, each line's spaces collapsed, blank
    lines dropped (at most `MAX_LINES`). Nothing visible left, nothing to read (no letter, no digit:
    emoji and punctuation only), or too long: refused."""
    cleaned = _cleaned(text)
    if not cleaned:
        raise DomainError("note_empty")
    if not any(unicodedata.category(char)[0] in "LN" for char in cleaned):  # only emoji, punctuation
        raise DomainError("note_nothing_to_read")
    if len(cleaned) > MAX_TEXT:
        raise DomainError("note_too_long", limit=MAX_TEXT, length=len(cleaned))
    return cleaned


def comment_text(text: str) -> str:
    cleaned = _cleaned(text)
    if not cleaned:
        raise DomainError("comment_empty")
    if len(cleaned) > MAX_COMMENT:
        raise DomainError("comment_too_long", limit=MAX_COMMENT, length=len(cleaned))
    return cleaned


def _cleaned(text: str) -> str:
    lines = [line for line in (clean_text(raw) for raw in text.splitlines()) if line]
    return "\n".join(lines[:MAX_LINES])


def same_text(first: str, second: str) -> bool:
    """Whether two notes say exactly the same (case, width, spacing and punctuation aside: Chinese is
    written without spaces, so `这个面膜 好用` and `这个面膜好用！` are one note)."""
    return _plain(first) == _plain(second)


def _plain(text: str) -> str:
    folded = unicodedata.normalize("NFKC", text).casefold()
    return "".join(
        char for char in folded if not (char.isspace() or unicodedata.category(char).startswith("P"))
    )


def signature_of(note: Note) -> Signature:
    """The note's stored MinHash, or its text's when none is stored (a note older than the column)."""
    stored = Signature.decode(note.signature) if note.signature else None
    return stored or signature(note.text)


def check_flood(recent: Sequence[Note], *, chat_id: str, text: str, now: datetime, per_day: int) -> None:
    """Refuse a note over the member's day in this chat (`note_limit`), or repeating one of theirs of
    the last `DUPLICATE_DAYS` days in any chat: the same text (`note_duplicate`) or almost the same
    (`note_near_duplicate`, commerce.domain.near_duplicates), with that note's number.
    `recent`: the member's notes of the last `DUPLICATE_DAYS` days."""
    window = [note for note in recent if now - note.created_at <= timedelta(days=DUPLICATE_DAYS)]
    for note in window:
        if same_text(note.text, text):
            raise DomainError("note_duplicate", id=note.id)
    mine = signature(text)
    found = closest(mine, ((note.id or 0, signature_of(note)) for note in window))
    if found is not None:
        percent = round(found[1] * 100)
        raise DomainError("note_near_duplicate", id=found[0], percent=percent, days=DUPLICATE_DAYS)
    today = [n for n in recent if n.chat_id == chat_id and now - n.created_at < DAY]
    if per_day > 0 and len(today) >= per_day:
        raise DomainError("note_limit", limit=per_day)


def may_like(note: Note, member_id: str) -> None:
    if note.author_id == member_id:
        raise DomainError("note_like_own", id=note.id)


def reaches(note: Note, chat_id: str) -> bool:
    """A note is acted on only in its own chat (anything else: as if there were no such note)."""
    return note.chat_id == chat_id


def marks(*, bought: bool, sells: Mark | None = None) -> tuple[Mark, ...]:
    """The author's marks: how they sell the linked group buy (`sells`: `Mark.ORGANISER`,
    `Mark.HELP_SELLER` or `Mark.SHARER`, None: not at all), shown even if they bought it too, then ✅."""
    found: list[Mark] = []
    if sells is not None:
        found.append(sells)
    if bought:
        found.append(Mark.VERIFIED)
    return tuple(found)


@dataclass(frozen=True)
class Bought:
    """A paid or picked-up order of the member's: its group buy, that group buy's title, and when the
    order was made (at the group buy's close)."""

    group_buy_id: int
    title: str
    at: datetime


def bought_first(bought: Iterable[Bought], group_buy_id: int, title: str, written_at: datetime) -> bool:
    """✅ 已购买: the author had an order of the note's group buy, or of one of the same product, made
    before the note was written (a note written first, `我买过` with no order yet, is no purchase's
    word, even once its author buys)."""
    return any(
        (b.group_buy_id == group_buy_id or same_product(b.title, title)) and b.at <= written_at
        for b in bought
    )
