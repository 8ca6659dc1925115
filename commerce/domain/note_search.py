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
    """One line of `text` around the first of `terms` it contains (case and width aside), `…` where cut."""
    flat = " ".join(text.split())
    folded = unicodedata.normalize("NFKC", flat).casefold()
    found = [folded.find(term.casefold()) for term in terms if term and term.casefold() in folded]
    start = max(0, min(found) - BEFORE) if found and len(folded) == len(flat) else 0
    start = min(start, max(0, len(flat) - width))
    piece = flat[start : start + width]
    return ("…" if start > 0 else "") + piece + ("…" if start + width < len(flat) else "")
