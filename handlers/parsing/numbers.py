"""Whole numbers as people type them in chat: `3`, `三`, `两`, `十二`, `二十五` (text is NFKC-normalised).

Chinese numerals matter because `我要两份` and `加一` are how many people join; a small parser for
0-9999 is enough for quantities, targets, stock and hours.

Digits are read bounded: no id, quantity or amount has more than `MAX_DIGITS` digits, and `int()` itself
refuses a string of more than 4,300 (ValueError), so `/status #` and 5,000 digits must not reach it. A
longer number names no group buy or order and is no quantity: it gets that refusal, showing the number
cut short (`shown`).
"""

from __future__ import annotations

import re

from commerce.domain.errors import DomainError
from commerce.domain.group_buy import MAX_QUANTITY
from commerce.domain.order_numbers import OrderNumber
from commerce.domain.units import CHINESE_DIGITS

_DIGITS = CHINESE_DIGITS
_UNITS = {"十": 10, "百": 100, "千": 1000}
CHINESE_NUMERAL = "[零〇一二两俩三四五六七八九十百千]+"
NUMBER = rf"(?:\d+|{CHINESE_NUMERAL})"
_ARABIC = re.compile(r"^\d+$")
# An order as typed: `12-3` (order 3 of group buy 12; any dash) or, within a chat, `3`.
ORDER = r"\d+(?:\s*[-–—]\s*\d+)?"
_ORDER_PARTS = re.compile(r"^(\d+)(?:\s*[-–—]\s*(\d+))?$")
MAX_DIGITS = 18  # below 2**63; a row id fits in 10 digits, a quantity in 4
SHOWN_DIGITS = 24
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
    """A whole number written with digits or Chinese numerals; None for anything else, and for a
    number of more than `MAX_DIGITS` digits."""
    text = text.strip()
    if _ARABIC.match(text):
        return bounded_int(text)
    return chinese_numeral(text)


def bounded_int(digits: str) -> int | None:
    """Decimal `digits` as an int; None when they are more than `MAX_DIGITS` (leading zeros aside)."""
    significant = digits.lstrip("0") or "0"
    return int(significant) if len(significant) <= MAX_DIGITS else None


def shown(digits: str) -> str:
    """A number as typed, for the message that names it: cut short when it is too long to read."""
    return digits if len(digits) <= SHOWN_DIGITS else digits[: SHOWN_DIGITS - 1] + "…"


def group_buy_number(digits: str) -> int:
    """The group buy `#digits` names; one too long for any row is refused as one that does not exist."""
    number = bounded_int(digits)
    if number is None:
        raise DomainError("group_buy_not_found", id=shown(digits))
    return number


def order_number(typed: str) -> OrderNumber:
    """The order `typed` (`12-3` or `3`, matching `ORDER`) names; a part too long for any row is
    refused as an order that does not exist."""
    parts = _ORDER_PARTS.match(typed.strip())
    first, second = parts.groups() if parts is not None else (typed, None)
    group_buy = bounded_int(first) if second is not None else None
    seq = bounded_int(second if second is not None else first)
    if seq is None or (second is not None and group_buy is None):
        raise DomainError("order_not_found", order=shown(typed.strip()))
    return OrderNumber(seq, group_buy)


def quantity(text: str) -> int | None:
    """`parse_int` for how many: digits too long to be any quantity are refused (`quantity_invalid`),
    not taken for chatter."""
    number = parse_int(text)
    if number is None and _ARABIC.match(text.strip()):
        raise DomainError("quantity_invalid", value=shown(text.strip()), most=MAX_QUANTITY)
    return number
