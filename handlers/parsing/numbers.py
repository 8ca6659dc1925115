"""Whole numbers as people type them in chat: `3`, `三`, `两`, `十二`, `二十五` (text is NFKC-normalised).

Chinese numerals matter because `我要两份` and `加一` are how many people join; a small parser for
0-9999 is enough for quantities, targets, stock and hours.
"""

from __future__ import annotations

import re

_DIGITS = {
    "零": 0,
    "〇": 0,
    "一": 1,
    "二": 2,
    "两": 2,
    "俩": 2,
    "三": 3,
    "四": 4,
    "五": 5,
    "六": 6,
    "七": 7,
    "八": 8,
    "九": 9,
}
_UNITS = {"十": 10, "百": 100, "千": 1000}
CHINESE_NUMERAL = "[零〇一二两俩三四五六七八九十百千]+"
NUMBER = rf"(?:\d+|{CHINESE_NUMERAL})"
_ARABIC = re.compile(r"^\d+$")
_CHINESE = re.compile(rf"^{CHINESE_NUMERAL}$")


def chinese_numeral(text: str) -> int | None:
    """`十二` -> 12, `二十五` -> 25, `一百零五` -> 105, `两` -> 2; None if it is not a well-formed numeral."""
    if not _CHINESE.match(text):
        return None
    total, digit, last_unit = 0, None, 10_000
    for char in text:
        if char in _DIGITS:
            if digit is not None and digit != 0:
                return None  # two digits in a row: `三四` is not a number here
            digit = _DIGITS[char]
            continue
        unit = _UNITS[char]
        if unit >= last_unit:
            return None  # `十百` or `十十`
        total += (1 if digit is None else digit) * unit
        digit, last_unit = None, unit
    if digit is not None:
        total += digit
    return total


def parse_int(text: str) -> int | None:
    """A whole number written with digits or Chinese numerals; None for anything else."""
    text = text.strip()
    if _ARABIC.match(text):
        return int(text)
    return chinese_numeral(text)
