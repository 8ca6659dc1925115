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
A note naming another brand or model than the title names another product, and names none: a
model code (`SJ235`, `SMS4HV`: four characters or more with a digit and two letters, not a spec such
as `500ml`), a capitalised English word inside a sentence before a word of the title (`our Bosch
dishwasher`) or, before the part it shares with the title, a name of its own (`美的洗碗机` for
西门子洗碗机SJ235: two to four characters after the last little word such as 的, 个, 这, a brand of
`BRANDS` counting whole; or a Latin word glued to it, `Bosch洗碗机`) that the title does not have.
`这个贵妃芒`, `好吃的贵妃芒`, `阳光玫瑰超甜` still name it; when in doubt nothing is linked (its author
links it with `笔记 3 #12`).
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


# little words a name of its own never ends in (what comes after the last, up to the part, is the name)
_LITTLE = (
    *"的个款种只这那了把在用买是和与跟给都也还就很超真太最挺些被从对我你他她家里有过到啊呀吧呢哦",
    *"一二两三四五六七八九十几",
    *("推荐", "安利", "喜欢", "入手", "觉得", "好吃", "好用", "新鲜", "便宜", "正宗", "进口", "国产"),
    *("今年", "今天", "新款", "朋友", "强烈", "真心", "剁手"),
)
# brands that end in a little word (`美的`), so the cut would miss them
BRANDS = ("美的", "好太太", "九阳", "苏泊尔", "格力", "海尔", "小米", "华为", "苹果", "方太", "老板")
MAX_NAME = 4  # characters: a brand or model name before the product word
_CODE = re.compile(r"[a-z0-9]+")
_WORDS = re.compile(r"[A-Za-z0-9]+|[.!?。！？\n]")
_STOPS = frozenset(".!?。！？\n")
_ORDINAL = re.compile(r"\d+(?:st|nd|rd|th)")
MIN_CODE = 4  # characters: `sj235`, `a7m4`; `b2`, `3f` are a gate or a floor


def _codes(text: str) -> set[str]:
    """The model codes of a text (`sj235`, `sms4hv`): four characters or more, a digit and two letters
    among them, not a spec (`500ml`) nor an ordinal (`20th`)."""
    folded = unicodedata.normalize("NFKC", text).casefold()
    return {
        word
        for word in _CODE.findall(folded)
        if len(word) >= MIN_CODE
        and any(c.isdigit() for c in word)
        and sum(c.isalpha() for c in word) >= 2
        and not _SPEC.fullmatch(word)
        and not _ORDINAL.fullmatch(word)
    }


def _own_name(text: str, title: str) -> bool:
    """Whether `text` names a brand or model `title` does not: a model code, a capitalised English
    name before a word of the title (`Bosch dishwasher`), or a name of its own just before the longest
    tail of the title's Chinese name it says (`美的` of `美的洗碗机`)."""
    whole = _key(title)
    if any(code not in whole for code in _codes(text)):
        return True
    if _english_brand(text, title):
        return True
    folded = unicodedata.normalize("NFKC", text).casefold()
    for run in _CJK.findall(_key(name_of(title))):
        for n in range(len(run), MIN_TAIL - 1, -1):
            tail = run[-n:]
            if tail not in folded:
                continue
            if tail == run:  # the whole name (`海南贵妃芒`): whatever stands before it is no brand
                break
            for latin, before in re.findall(rf"([a-z]*)\s*([\u3400-\u9fff]*){re.escape(tail)}", folded):
                if not before and _latin_name(latin, whole):  # `Bosch洗碗机`, `bosch 洗碗机`
                    return True
                near = before[-MAX_NAME:]
                if any(near.endswith(b) and b not in whole for b in BRANDS):
                    return True
                cut = max((near.rfind(w) + len(w) for w in _LITTLE if w in near), default=0)
                name = near[cut:]
                if len(name) >= 2 and name not in whole:
                    return True
            break  # the longest tail said is the one the name stands before
    return False


def _latin_name(word: str, whole: str) -> bool:
    """Whether an ASCII word just before the Chinese product word is a name of its own (`Bosch洗碗机`
    beside 西门子洗碗机SJ235): two letters or more, not in the title, not a word that only asks or
    says what one thinks (`ok洗碗机`)."""
    return len(word) >= 2 and word not in whole and word not in asking_words() | not_product_words()


def _english_brand(text: str, title: str) -> bool:
    """Whether a capitalised English word inside a sentence stands just before a word of the title's name
    and is not in the title: `our Bosch dishwasher` beside Siemens Dishwasher SJ235."""
    named = english_words(name_of(title))
    skipped = asking_words() | not_product_words()
    tokens = _WORDS.findall(unicodedata.normalize("NFKC", text))
    for i in range(2, len(tokens)):
        before, word = tokens[i - 1], tokens[i]
        if stem(word.casefold()) not in named or not before[0].isupper() or before == "I":
            continue
        if tokens[i - 2] in _STOPS:  # the first word of a sentence is capitalised anyway
            continue
        folded = before.casefold()
        if stem(folded) not in named and folded not in skipped and folded not in _key(title):
            return True
    return False


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
    if _own_name(text, title):  # `美的洗碗机` for 西门子洗碗机SJ235: another product
        return 0
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
