"""Whether a friend's note speaks to a question (问, issue #13): what keeps Ask from quoting a note that
only shares a word like 好, 一下 or "good" with a question nothing answers.

A search finds notes with any of the question's words; a note is quoted only when it has at least half
of the question's words once the words that only ask (什么时候, 怎么, 有没有, when, how, good: kept in
`ask_words.json`, not in code) are set aside. A Chinese word is found anywhere in the note, so is the
`X` of an A-not-A question (甜不甜: 甜); an English word at the start of one of the note's words, less a
plural or a verb ending (avocados: "avocado"; freezes: "freeze"). Standard library only.
"""

from __future__ import annotations

import json
import re
import unicodedata
from collections.abc import Iterable
from functools import cache
from importlib import resources

_CJK = re.compile(r"[\u3400-\u9fff\uf900-\ufaff]")
_A_NOT_A = re.compile(r"^(.+)[不没]\1$")  # 甜不甜, 有没有
_ENDINGS = ("ies", "ing", "es", "ed", "s", "e", "y")
_STEM_MIN = 3  # letters left after an ending is taken off


@cache
def asking_words() -> frozenset[str]:
    """Words that ask (`ask_words.json`, Chinese and English), case folded."""
    raw = resources.files("commerce.domain").joinpath("ask_words.json").read_text(encoding="utf-8")
    data = json.loads(raw)
    return frozenset(_fold(word) for lang in ("zh", "en") for word in data.get(lang, ()))


def _fold(text: str) -> str:
    return unicodedata.normalize("NFKC", text).casefold()


def topic_words(terms: Iterable[str]) -> list[str]:
    """The words of a question (as the search cut them) that say what it is about, each once."""
    kept: list[str] = []
    for term in terms:
        word = _fold(term)
        doubled = _A_NOT_A.match(word)
        if doubled and _CJK.search(word):
            word = doubled.group(1)
        if word and word not in asking_words() and word not in kept:
            kept.append(word)
    return kept


def stem(word: str) -> str:
    """An English word less a plural or verb ending (`avocados` -> `avocado`, `freezes` -> `freez`)."""
    for ending in _ENDINGS:
        if word.endswith(ending) and len(word) - len(ending) >= _STEM_MIN:
            return word[: -len(ending)]
    return word


def _has(text: str, word: str) -> bool:
    if _CJK.search(word):
        return word in text
    return re.search(rf"(?<![a-z0-9]){re.escape(stem(word))}", text) is not None


def speaks_to(text: str, terms: Iterable[str]) -> bool:
    """True when the note `text` has at least half of the question's topic words (and one at least)."""
    topic = topic_words(terms)
    if not topic:
        return False
    folded = _fold(text)
    found = sum(_has(folded, word) for word in topic)
    return found > 0 and found * 2 >= len(topic)
