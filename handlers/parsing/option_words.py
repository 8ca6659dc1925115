"""Whether the word after `+1` reads as an option the member tried to name (多规格), not a note.

`+1 咸粽` beside 粽子 (肉粽, 甜粽) means an option, misnamed; `+1 不要辣`, `+1 3号楼`, `+1 备注：咸的`,
`+1 (5栋)`, `+1 2份`, `+1 Wang` are notes. One word, short (four characters at most, or one English word), not
labelled as a note, not a number with a count or a place (`2份`, `502`, `5栋`: a weight or size such
as `4斤`, `500g` is an option's), and not a known note phrase (a wish or a time: `不要辣`, `少冰`,
`明天`, `asap`). Only a join that names no group buy asks (commerce.services.group_buys.find), and
only of a word resembling an option open (`commerce.domain.options.resembles_an_option`: `+1 小王` is
a note).
"""

from __future__ import annotations

import re

MAX_OPTION_CHARS = 4

_LABELLED = re.compile(r"备注|note\s*[:：]|[(（\[【]", re.IGNORECASE)
_MEASURE = re.compile(
    r"^\d+(?:\.\d+)?\s*(?:斤|公斤|千克|克|两|毫升|升|寸|英寸|厘米|毫米|kg|g|ml|l|cm|mm|oz|lbs?|inch)$",
    re.IGNORECASE,
)
_ENGLISH_WORD = re.compile(r"^[a-z][a-z'-]*$", re.IGNORECASE)
# `+1 Wang`, `+1 Tom`: a name written as names are (a capital, then small letters) is her note, no option
_NAME = re.compile(r"^[A-Z][a-z'-]+$")
# How a Chinese note starts (a wish, a time, a place) or ends (an address)
_NOTE_STARTS = (
    "不",
    "别",
    "少",
    "多放",
    "免",
    "要",
    "请",
    "送",
    "放",
    "留",
    "晚点",
    "早点",
    "明天",
    "今天",
    "后天",
    "今晚",
    "明早",
    "上午",
    "中午",
    "下午",
    "晚上",
    "周",
    "星期",
    "自提",
    "快递",
    "加急",
)
_NOTE_ENDS = ("楼", "栋", "幢", "室", "门", "单元", "区", "路", "街", "弄", "村", "层", "座")
_ENGLISH_NOTES = frozenset(
    {
        "asap",
        "urgent",
        "today",
        "tonight",
        "tomorrow",
        "later",
        "morning",
        "afternoon",
        "evening",
        "weekend",
        "cash",
        "delivery",
        "deliver",
        "pickup",
        "gate",
        "lobby",
        "ok",
        "okay",
        "too",
        "also",
        "again",
        "more",
        "yes",
        "mine",
    }
)


def looks_like_option(note: str, typed: str) -> bool:
    """Whether a join's `note` (as read: `handlers.parsing.joins`) is an option tried rather than a
    note; `typed`: the message as sent (a `备注：` label or brackets make it a note)."""
    words = note.split()
    if len(words) != 1 or _LABELLED.search(typed):
        return False
    word = words[0]
    if any(char.isdigit() for char in word):
        return bool(_MEASURE.match(word))
    if word.isascii():
        named = bool(_NAME.match(word))
        return bool(_ENGLISH_WORD.match(word)) and word.casefold() not in _ENGLISH_NOTES and not named
    if len(word) > MAX_OPTION_CHARS:
        return False
    return not word.startswith(_NOTE_STARTS) and not word.endswith(_NOTE_ENDS)
