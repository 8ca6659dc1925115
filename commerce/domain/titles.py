"""Look-alike titles: a second group buy named almost like one already open in the chat.

A member who opens `Mangoes` next to the organiser's `Mangoes 5kg` may be honest (a second batch) or
not (capturing the next buyers with their own payment note); either way buyers must see that two exist
and name the one they mean, so the chat is warned when one opens.
"""

from __future__ import annotations

import difflib
import unicodedata

SIMILAR = 0.8


def looks_alike(first: str, second: str) -> bool:
    """Whether two titles read the same at a glance: equal once case, spaces and punctuation go, one
    inside the other, or at least 80% alike."""
    a, b = _key(first), _key(second)
    if not a or not b:
        return False
    if a == b or (min(len(a), len(b)) >= 2 and (a in b or b in a)):
        return True
    return difflib.SequenceMatcher(None, a, b).ratio() >= SIMILAR


def product(title: str) -> str:
    """The product a title names: the key `same_product` compares (a copy of a group buy keeps it)."""
    return _key(title)


def _key(title: str) -> str:
    text = unicodedata.normalize("NFKC", title).casefold()
    return "".join(char for char in text if unicodedata.category(char)[0] in "LN")


def same_product(first: str, second: str) -> bool:
    """Whether two titles name the same product: equal once case, width, spaces and punctuation go."""
    a = _key(first)
    return bool(a) and a == _key(second)


def names(text: str, title: str) -> bool:
    """Whether `text` names the title (`面膜` in `这个面膜太好用了`), spaces and punctuation aside."""
    key = _key(title)
    return bool(key) and key in _key(text)


def word_names(word: str, title: str) -> bool:
    """Whether one word a member typed after `+1` names the title: the title itself, a word of it
    (`mangoes` in `Mangoes 5kg`, a plural `s`/`es` aside: `mango`), or two Chinese characters or more
    inside it (`粽子` in `端午粽子`)."""
    key = _key(word)
    if not key:
        return False
    words = [_key(part) for part in title.split()]
    if key == _key(title) or key in words:
        return True
    if key.isascii():
        return any(_singulars(key) & _singulars(part) for part in words if part.isascii())
    return len(key) >= 2 and key in _key(title)


def _singulars(word: str) -> set[str]:
    """`mangoes` -> {mangoes, mangoe, mango}: the forms a plural ending may leave."""
    forms = {word}
    if len(word) > 3 and word.endswith("s"):
        forms.add(word[:-1])
    if len(word) > 4 and word.endswith("es"):
        forms.add(word[:-2])
    return forms


def title_typo(word: str, title: str) -> bool:
    """Whether one word in Latin letters is a word of the title mistyped (`lychess` for `Lychees 1kg`):
    not naming it (`word_names`), both five letters or more, the same first letter, and at most one edit
    away (two from six letters on; an edit: a letter added, dropped, changed or two swapped), case aside.
    A short word (`Jake` beside Cake), a digit or a Chinese word is none."""
    key = _key(word)
    if len(key) < 5 or not key.isascii() or not key.isalpha() or word_names(word, title):
        return False
    for part in (_key(part) for part in title.split()):
        if len(part) < 5 or not part.isascii() or not part.isalpha() or part[0] != key[0]:
            continue
        if _edits(key, part) <= (1 if min(len(key), len(part)) < 6 else 2):
            return True
    return False


def _edits(a: str, b: str) -> int:
    """The edits (a letter added, dropped, changed, or two neighbours swapped) from `a` to `b`."""
    rows = [list(range(len(b) + 1))]
    for i, char in enumerate(a, 1):
        row = [i] + [0] * len(b)
        for j, other in enumerate(b, 1):
            row[j] = min(rows[-1][j] + 1, row[j - 1] + 1, rows[-1][j - 1] + (char != other))
            if i > 1 and j > 1 and char == b[j - 2] and a[i - 2] == other:
                row[j] = min(row[j], rows[-2][j - 2] + 1)
        rows.append(row)
    return rows[-1][-1]


def mistyped(word: str, title: str) -> bool:
    """Whether one word a member typed is the title, or a word of it, mistyped rather than named
    (`word_names`): in Chinese as long, two characters or more, with one other (`鸡旦` for 鸡蛋); in
    Latin letters four or more and at least 80% alike (`lichees` for Lychees). A word with a digit is
    none (`3号楼`)."""
    key = _key(word)
    if not key or any(char.isdigit() for char in key) or word_names(word, title):
        return False
    for part in {_key(title), *(_key(part) for part in title.split())}:
        if not part or part.isascii() != key.isascii():
            continue
        if key.isascii():
            if len(key) >= 4 and difflib.SequenceMatcher(None, key, part).ratio() >= SIMILAR:
                return True
        elif len(key) == len(part) >= 2 and sum(a != b for a, b in zip(key, part, strict=True)) == 1:
            return True
    return False
