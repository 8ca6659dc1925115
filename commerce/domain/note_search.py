"""Finding notes by their words (`/search 面膜`, issue #12): what a search found, and the excerpt shown.

Storage segments Chinese with jieba and ranks with each engine's full-text index (storage.note_search);
here only what is engine-free: a hit, and the short excerpt around the first word found.
"""

from __future__ import annotations

import unicodedata
from collections.abc import Sequence
from dataclasses import dataclass

from commerce.domain.errors import DomainError

MAX_QUERY = 50  # characters of a search
EXCERPT = 36  # characters of an excerpt
BEFORE = 8  # of them before the word found
DEFAULT_RESULTS = 5


@dataclass(frozen=True)
class SearchHit:
    """A note found: its id, its rank (higher is better) and the words of the search it was found by."""

    note_id: int
    score: float
    terms: tuple[str, ...] = ()


def query_text(words: str) -> str:
    """The words searched for: spaces collapsed; nothing to search for, or too long: refused."""
    cleaned = " ".join(words.split())
    if not any(char.isalnum() for char in cleaned):
        raise DomainError("search_usage")
    if len(cleaned) > MAX_QUERY:
        raise DomainError("search_too_long", limit=MAX_QUERY, length=len(cleaned))
    return cleaned


def excerpt(text: str, terms: Sequence[str], *, width: int = EXCERPT) -> str:
    """One line of `text` around the first of `terms` it contains (case and width aside), `…` where cut.

    `width` counts Chinese characters; a Latin letter takes half the room of one (so an English note of
    up to twice `width` letters is shown whole, as a Chinese one of `width` characters is). A text that
    fits is shown whole; a longer one is cut between words where it has spaces (English), never inside
    a word that has room to end."""
    flat = " ".join(text.split())
    room = 2 * width
    if _columns(flat) <= room:
        return flat
    folded = unicodedata.normalize("NFKC", flat).casefold()
    found = [folded.find(term.casefold()) for term in terms if term and term.casefold() in folded]
    first = min(found) if found and len(folded) == len(flat) else 0
    start = _back(flat, first, 2 * BEFORE)
    end = _forward(flat, start, room)
    if end == len(flat):  # the end reached: the window filled from there back
        start = _back(flat, end, room)
        end = _forward(flat, start, room)
    start, end = _between_words(flat, start, end, first)
    piece = flat[start:end].strip()
    return ("…" if start > 0 else "") + piece + ("…" if end < len(flat) else "")


def _column(char: str) -> int:
    return 2 if unicodedata.east_asian_width(char) in ("W", "F") else 1


def _columns(text: str) -> int:
    return sum(_column(char) for char in text)


def _back(text: str, index: int, room: int) -> int:
    """The start of the longest run ending at `index` that fits in `room` columns."""
    start = index
    while start > 0 and room - _column(text[start - 1]) >= 0:
        room -= _column(text[start - 1])
        start -= 1
    return start


def _forward(text: str, start: int, room: int) -> int:
    """The end of the longest run from `start` that fits in `room` columns."""
    end = start
    while end < len(text) and room - _column(text[end]) >= 0:
        room -= _column(text[end])
        end += 1
    return end


def _inside_word(text: str, index: int) -> bool:
    """Whether a cut at `index` falls inside a word of letters or digits (a Latin one: Chinese has no
    spaces to cut at)."""
    if index <= 0 or index >= len(text):
        return False
    before, after = text[index - 1], text[index]
    return _latin(before) and _latin(after)


def _latin(char: str) -> bool:
    return char.isalnum() and _column(char) == 1


def _between_words(text: str, start: int, end: int, first: int) -> tuple[int, int]:
    """`start` and `end` moved to the nearest space inside the window when they cut a word, `start`
    never past the word found (`first`), `end` never back to half the window or less."""
    if _inside_word(text, start):
        space = text.find(" ", start, first + 1 if first >= start else end)
        if space != -1:
            start = space + 1
    if _inside_word(text, end):
        space = text.rfind(" ", start, end)
        if space > start + (end - start) // 2:
            end = space
    return start, end
