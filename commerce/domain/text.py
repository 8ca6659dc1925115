"""Free text people give us (titles, names, notes, pickup points), made safe to store and show.

A chat message can carry characters nobody sees: control characters, bidi overrides and isolates
(U+202E turns `gpj.exe` into `exe.jpg` on screen), zero-width characters, invisible tag characters and
"blank" letters (U+3164, the invisible WeChat nickname). On a card they hide or reorder what the
others read, or make an empty-looking title, so they are stripped before anything is stored. Nothing
else changes: no Unicode normalisation, so `，` and `：` stay as typed.
"""

from __future__ import annotations

import unicodedata

ZWJ = "\u200d"
# Control (Cc), format (Cf: bidi marks, zero-width, tags), surrogates (Cs) and private use (Co).
_INVISIBLE_CATEGORIES = frozenset({"Cc", "Cf", "Cs", "Co"})
# Letters and marks that draw nothing: Hangul fillers and the combining grapheme joiner.
_BLANK_LETTERS = frozenset("\u115f\u1160\u3164\uffa0\u034f")
# Blank, but a space where people put it (braille blank): collapsed like any other space.
_BLANK_SPACES = frozenset("\u2800")
# What may sit between an emoji and the ZWJ that joins it to the next: variation selectors and
# skin tones (👩🏽‍💻, 🏳️‍🌈).
# Printable (`str.isprintable`: no control, format, surrogate, private-use or separator character but
# the space, so no ZWJ either) yet dropped or collapsed all the same.
_BLANKS = _BLANK_LETTERS | _BLANK_SPACES
_EMOJI_TRAILERS = frozenset("\ufe0e\ufe0f") | frozenset(map(chr, range(0x1F3FB, 0x1F400)))


def clean_text(text: str) -> str:
    """`text` without invisible characters, its whitespace collapsed to single spaces and trimmed.

    A zero-width joiner survives only between two pictographs, where it builds one emoji (👨‍👩‍👧);
    anywhere else it hides text. Empty means there was nothing a reader could see: callers that need
    a text refuse it.
    """
    if text.isprintable() and _BLANKS.isdisjoint(text):  # most names and notes: only spaces to collapse
        return " ".join(text.split())
    kept: list[str] = []
    for char in text:
        if char.isspace() or char in _BLANK_SPACES:
            kept.append(" ")
        elif char == ZWJ or not _invisible(char):
            kept.append(char)
    joined: list[str] = []
    for i, char in enumerate(kept):
        if char == ZWJ and not (_ends_with_pictograph(joined) and _is_pictograph(kept, i + 1)):
            continue
        joined.append(char)
    return " ".join("".join(joined).split())


def _invisible(char: str) -> bool:
    return unicodedata.category(char) in _INVISIBLE_CATEGORIES or char in _BLANK_LETTERS


def _is_pictograph(chars: list[str], i: int) -> bool:
    return i < len(chars) and unicodedata.category(chars[i]) == "So"


def _ends_with_pictograph(chars: list[str]) -> bool:
    i = len(chars) - 1
    while i >= 0 and chars[i] in _EMOJI_TRAILERS:
        i -= 1
    return _is_pictograph(chars, i) if i >= 0 else False
