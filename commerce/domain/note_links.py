"""Which open group buy a note without `#12` is about: the one whose product it names.

People write the product, not the title: `海南贵妃芒超好吃` for `海南贵妃芒 5斤`, `普洱茶很香` for
`云南普洱茶`.
A note names a title when, once case, width, spaces and punctuation go, it contains
- the whole title (`海南贵妃芒5斤`), or
- the title's name, the title without its specs (`5斤`, `500g`, `2盒装`, `x2`): `海南贵妃芒`, or
- a distinctive part of a Chinese name: its last three characters or more (the thing itself, after
  where it is from or what kind: `贵妃芒`, `普洱茶`), or its first four or more (`阳光玫瑰` of
  `阳光玫瑰葡萄`). Two characters (`葡萄`, `礼盒`) are too common to say which; or
- an English word of the title's name, as Ask matches one (commerce.domain.ask_relevance: plurals and
  endings folded, `avocados` and Avocado Hass 6pcs, `durian` and Durian Musang King), not a word that
  only asks or says what one thinks (`the`, `have`, `best`: ask_words.json), a unit (`pcs`) or a
  number.
A note is linked only when exactly one open group buy of the chat is named this way, the whole title
counting before a name or a part (`海南贵妃芒5斤` next to `海南贵妃芒10斤` is the 5斤 one), and of titles
named whole the one holding another (`烟台苹果很甜` is 烟台苹果, not 苹果 beside it); several named
alike (`贵妃芒` next to `海南贵妃芒 5斤` and `贵妃芒 10斤`): nobody guesses, the note stays unlinked and its
author is told to write `#12`. Standard library only.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Sequence
from typing import TypeVar

from commerce.domain.ask_relevance import asking_words, not_product_words, stem

T = TypeVar("T")

MIN_TAIL = 3  # characters: `贵妃芒`, `普洱茶`
MIN_HEAD = 4  # characters: `阳光玫瑰`
_UNITS = (
    r"(?:公斤|千克|kg|斤|克|g|两|毫升|ml|升|l|个|只|颗|粒|枚|盒|箱|袋|瓶|包|罐|件|片|支|条|束|份|套|装|"
    r"lbs?|oz|pcs?|pack)"
)
_NUMBER = r"(?:\d+(?:\.\d+)?|[一二两三四五六七八九十百千半]+)"
_SPEC = re.compile(rf"[x×*]\s*\d+|{_NUMBER}\s*{_UNITS}(?:\s*[x×*/]\s*\d+\s*{_UNITS}?)?(?:装)?", re.IGNORECASE)
_CJK = re.compile(r"[\u3400-\u9fff]+")
_ENGLISH = re.compile(r"[a-z]+")
MIN_WORD = 3  # letters: an English word shorter says nothing of a product (`of`, `x`)


def _key(text: str) -> str:
    folded = unicodedata.normalize("NFKC", text).casefold()
    return "".join(char for char in folded if unicodedata.category(char)[0] in "LN")


def name_of(title: str) -> str:
    """The title without its specs: `海南贵妃芒 5斤` -> `海南贵妃芒`, `Mangoes 5kg x2` -> `Mangoes`."""
    folded = unicodedata.normalize("NFKC", title)
    return _SPEC.sub(" ", folded).strip()


def parts_of(title: str) -> set[str]:
    """The distinctive parts of a title's Chinese name (keys, as `_key` makes them)."""
    found: set[str] = set()
    for run in _CJK.findall(_key(name_of(title))):
        found.update(run[-n:] for n in range(MIN_TAIL, len(run)))
        found.update(run[:n] for n in range(MIN_HEAD, len(run)))
    return found


def english_words(text: str) -> set[str]:
    """The English words of a text that may name a product, stemmed as Ask stems them (`avocados`:
    avocado): not one that only asks or says what one thinks, nor a unit or a number."""
    folded = unicodedata.normalize("NFKC", text).casefold()
    skipped = asking_words() | not_product_words()
    words = (w for w in _ENGLISH.findall(folded) if len(w) >= MIN_WORD and w not in skipped)
    return {stem(word) for word in words if not re.fullmatch(_UNITS, word, re.IGNORECASE)}


def strength(text: str, title: str) -> int:
    """How clearly `text` names `title`: 2 the whole title, 1 its name or a distinctive part, 0 not.
    A name and a part are worth the same: `贵妃芒` names `贵妃芒 10斤` and `海南贵妃芒 5斤` alike."""
    said = _key(text)
    whole, name = _key(title), _key(name_of(title))
    if whole and whole in said:
        return 2
    if len(name) >= 2 and name in said:
        return 1
    if any(part in said for part in parts_of(title)):
        return 1
    return 1 if english_words(text) & english_words(name_of(title)) else 0


def named(text: str, candidates: Sequence[tuple[T, str]]) -> list[T]:
    """The candidates (each with its title) `text` names most clearly: one is the link, several are
    for the author to choose from with `#12`, none: the note is about no group buy."""
    scored = [(strength(text, title), item, title) for item, title in candidates]
    best = max((score for score, _, _ in scored), default=0)
    found = [(item, title) for score, item, title in scored if best and score == best]
    said = _key(text)
    whole = {_key(title) for _, title in found if _key(title) and _key(title) in said}
    # `烟台苹果很甜` beside 苹果: the longer title it names whole holds the shorter; that one is meant
    held = {key for key in whole if any(key != longer and key in longer for longer in whole)}
    return [item for item, title in found if _key(title) not in held]
