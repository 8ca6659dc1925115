"""Near-duplicate notes: the same or almost the same text, found by character shingles and MinHash.

Chinese is written without spaces, so words cannot be the unit: a note is reduced to what a reader
would call its words and numbers (invisible characters gone as in `commerce.domain.text`, then NFKC,
case folded, and only letters and digits kept: spacing, punctuation and emoji say nothing about whether
two notes are the same), and its shingles are the overlapping runs of `SHINGLE` (3) characters. Two notes
are near-duplicates when the Jaccard similarity of their shingle sets is at least `THRESHOLD`.

The similarity is estimated from a MinHash signature of `HASHES` (128) values, stored with the note
(`notes.signature`), so checking a new note against a member's recent ones reads those rows and hashes
nothing again. Each shingle is hashed once with SHAKE-128 into `HASHES` 32-bit values (one independent
hash function per position); a signature is the least value at each position over the shingles; the
share of positions where two signatures agree estimates their Jaccard similarity (standard error about
0.04). Identical texts have identical signatures: similarity exactly 1.

`THRESHOLD` (0.6) is set for short texts: one two-character word changed in a 40-character note leaves
about 80% of the 3-shingles, in a 25-character note about 70%, while two honest notes about the same
product share a few shingles (`海南芒`, `南芒果`): below 30% (tests/unit/commerce/test_near_duplicates.py).

`bands` cuts a signature into `BANDS` bands of `ROWS` values for locality-sensitive hashing: notes that
share a band are the only pairs worth comparing, so a whole chat's notes are checked against each other
in time proportional to their number (commerce.domain.shill).
"""

from __future__ import annotations

import base64
import hashlib
import struct
import unicodedata
from collections.abc import Iterable
from dataclasses import dataclass

from commerce.domain.text import clean_text

SHINGLE = 3
HASHES = 128
THRESHOLD = 0.6
BANDS = 32
ROWS = HASHES // BANDS
_FORMAT = f">{HASHES}I"
_EMPTY = (0xFFFFFFFF,) * HASHES


@dataclass(frozen=True)
class Signature:
    values: tuple[int, ...]

    def encode(self) -> str:
        """The signature as stored (`notes.signature`): base64 of its big-endian 32-bit values."""
        return base64.b64encode(struct.pack(_FORMAT, *self.values)).decode("ascii")

    @staticmethod
    def decode(stored: str) -> Signature | None:
        """The stored signature, or None when there is none (a note older than the column) or it is
        unreadable: the caller hashes the text instead."""
        try:
            raw = base64.b64decode(stored.encode("ascii"), validate=True)
            return Signature(struct.unpack(_FORMAT, raw))
        except (ValueError, struct.error):
            return None

    def similarity(self, other: Signature) -> float:
        """The estimated Jaccard similarity of the two texts' shingles (1.0 for identical texts)."""
        same = sum(1 for mine, theirs in zip(self.values, other.values, strict=True) if mine == theirs)
        return same / HASHES

    def bands(self) -> tuple[tuple[int, ...], ...]:
        return tuple(self.values[i * ROWS : (i + 1) * ROWS] for i in range(BANDS))


def plain(text: str) -> str:
    """What decides whether two notes say the same: letters and digits only, NFKC, case folded (a text
    of emoji alone: its emoji, spaces aside)."""
    folded = unicodedata.normalize("NFKC", clean_text(text)).casefold()
    return "".join(char for char in folded if char.isalnum()) or "".join(folded.split())


def shingles(text: str) -> frozenset[str]:
    """The overlapping `SHINGLE`-character runs of the plain text (a shorter text: itself)."""
    kept = plain(text)
    if len(kept) <= SHINGLE:
        return frozenset({kept}) if kept else frozenset()
    return frozenset(kept[i : i + SHINGLE] for i in range(len(kept) - SHINGLE + 1))


def signature(text: str) -> Signature:
    """The MinHash signature of the text's shingles (a text with no letters or digits: all maxima)."""
    rows = [_hashes(shingle) for shingle in shingles(text)]
    if not rows:
        return Signature(_EMPTY)
    return Signature(tuple(min(column) for column in zip(*rows, strict=True)))


def jaccard(first: str, second: str) -> float:
    """The exact Jaccard similarity of two texts' shingles (what `Signature.similarity` estimates)."""
    a, b = shingles(first), shingles(second)
    if not a and not b:
        return 1.0
    return len(a & b) / len(a | b)


def near(first: Signature, second: Signature) -> bool:
    return first.similarity(second) >= THRESHOLD


def closest(mine: Signature, others: Iterable[tuple[int, Signature]]) -> tuple[int, float] | None:
    """The most similar of `others` ((id, signature)) at or above `THRESHOLD`, with its similarity."""
    best: tuple[int, float] | None = None
    for other_id, other in others:
        similarity = mine.similarity(other)
        if similarity >= THRESHOLD and (best is None or similarity > best[1]):
            best = (other_id, similarity)
    return best


def _hashes(shingle: str) -> tuple[int, ...]:
    digest = hashlib.shake_128(shingle.encode("utf-8")).digest(4 * HASHES)
    return struct.unpack(_FORMAT, digest)
