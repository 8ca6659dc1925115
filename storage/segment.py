"""Words of a text for the search index (storage.note_search): jieba cuts Chinese into words (面膜,
补水), English and digits stay words; everything is folded (case, width, and an English plural to its
singular: `mangoes`, `mango` -> mango; `berries`, `berry` -> berri) so both engines' indexes and their
queries see the same tokens. A note's Chinese words of two characters or more are indexed with each of
their characters too, so a one-character search finds them (`甜` finds 超甜), and a product's short name
is found by its head, so is a product named in English by its Chinese one (`heads_of`: `芒果` and `mango` find
贵妃芒, `橙子` and `oranges` 脐橙; `headed_by` tells which notes name it).

jieba is loaded on first use, once (about a second and 40 MB), and kept quiet: its log level is raised
and the deprecation warning some of its releases give on import is not turned into an error.
"""

from __future__ import annotations

import logging
import re
import threading
import unicodedata
import warnings
from collections.abc import Iterable
from functools import lru_cache
from itertools import pairwise, product
from types import ModuleType

from commerce.domain.ask_relevance import (
    asking_words,
    english_names,
    head_characters,
    headed,
    in_other_words,
    product_words,
    search_also,
    short_head,
)

_lock = threading.Lock()
_A_NOT_A = re.compile(r"^([\u3400-\u9fff]+)[不没]\1$")  # 甜不甜, 贵不贵, 有没有
_CJK = re.compile(r"[\u3400-\u9fff\uf900-\ufaff]")
_jieba: ModuleType | None = None

# words a search is not about: dropped from a query unless it has nothing else
_STOP_WORDS = (
    "的 了 是 和 在 有 我 也 就 都 吗 呢 吧 啊 很 这 那 个 a an the and or of to is are in on for it"
)
# a place after a noun (冰箱里, 桌上): where, not what a note says, so no phrase with the noun either
_PLACE_WORDS = "里 上 下 中 内 外 边 旁"
STOP = frozenset(_STOP_WORDS.split(" ")) | frozenset(_PLACE_WORDS.split(" "))


def _loaded() -> ModuleType:
    global _jieba
    if _jieba is None:
        with _lock:
            if _jieba is None:
                with warnings.catch_warnings():
                    warnings.simplefilter("ignore")  # pkg_resources' deprecation, on some setups
                    import jieba

                jieba.setLogLevel(logging.WARNING)
                jieba.initialize()
                _jieba = jieba
    return _jieba


def fold(text: str) -> str:
    """The text as the index and a search read it: width and case folded (`ＡＢ`: ab)."""
    return unicodedata.normalize("NFKC", text).casefold()


_fold = fold


def _a_of(word: str) -> str:
    """`甜` of `甜不甜` (`好` of `好不好`, `有` of `有没有`); any other word as it is."""
    found = _A_NOT_A.match(word)
    return found.group(1) if found else word


def _words(pieces: object) -> list[str]:
    found: list[str] = []
    for piece in pieces:  # type: ignore[attr-defined]
        word = "".join(char for char in str(piece) if char.isalnum())
        if word:
            found.append(word)
    return found


def singular(word: str) -> str:
    """An English word (letters only, four or more) less its plural ending, the same key for both forms:
    -s (avocados), -es after o, s, x, z, ch, sh (mangoes, peaches), -ies and -y after a consonant both
    -i (berries, berry -> berri; cookies, cookie -> cooki). Not a stemmer: verbs and irregular plurals
    stay as they are. Any other word as it is."""
    if len(word) < 3 or not (word.isascii() and word.isalpha()):
        return word
    if len(word) >= 4 and word.endswith("s") and not word.endswith(("ss", "us")):
        word = word[:-1]
    if len(word) >= 4 and word.endswith(("oe", "se", "xe", "ze", "ie", "che", "she")):
        word = word[:-1]
    if word.endswith("y") and word[-2] not in "aeiouy":
        word = word[:-1] + "i"
    return word


def _chars(words: list[str]) -> list[str]:
    """The Chinese characters of `words` longer than one, each once, that are not words already."""
    chars = (char for word in words if len(word) > 1 for char in word if _CJK.match(char))
    return [char for char in dict.fromkeys(chars) if char not in words]


def index_words(text: str) -> str:
    """The text as the index stores it: its words, and the shorter words inside long ones (jieba's
    search mode: 海南芒果 -> 海南 芒果 海南芒果), English ones singular, then the single Chinese characters
    of its longer words (超甜 -> 超 甜), space-separated."""
    words = [singular(word) for word in _words(_loaded().cut_for_search(_fold(text)))]
    return " ".join(words + _chars(words))


def shortened(keys: Iterable[str]) -> dict[str, str]:
    """The search words of two characters that people shorten to their first, by that character
    (ask_relevance.short_head: `芒果`: 芒, of 贵妃芒; `橙子`: 橙, of 脐橙; not `水果`, `瓜子`, nor
    `西瓜`, whose 西 is in 东西, `木瓜`, `鸡蛋`)."""
    return {key: head for key in keys if len(key) == 2 and (head := short_head(key)) is not None}


def heads_of(terms: Iterable[str]) -> dict[str, tuple[str, ...]]:
    """Each search word's key (as the index folds it, `singular`) with the characters heading the names
    of the product it names, for the notes on its kinds: a Chinese word as people shorten it
    (`shortened`: `芒果`: 芒, of 贵妃芒), an English one by its one-character Chinese names (`mango`,
    `mangoes`: 芒, of 贵妃芒; `orange`: 橙, 柑, 橘, 桔, of 沃柑, 砂糖橘; ask_relevance.head_characters).
    A word naming no product: none."""
    found: dict[str, tuple[str, ...]] = {}
    for term in terms:
        key = singular(term)
        short = shortened([key]).get(key)
        chars = (short,) if short else head_characters(term)
        if chars:
            found[key] = tuple(dict.fromkeys((*found.get(key, ()), *chars)))
    return found


def headed_by(text: str, head: str) -> bool:
    """Whether one of the text's Chinese words ends with `head`, the head noun of a product's name
    (贵妃芒, 金煌芒 for 芒; 脐橙 for 橙), or is it alone (jieba cuts 贵妃芒 into 贵妃 and 芒); not a common
    word that merely ends with it (commerce.domain.ask_relevance.headed: 光芒 for 芒, 面包 for 包)."""
    words = _words(_loaded().cut(_fold(text)))
    return any(headed(word, head) and bool(_CJK.match(word[0])) for word in words)


@lru_cache(maxsize=4096)
def also_keys(term: str) -> tuple[str, ...]:
    """What else a search word finds a note by (commerce.domain.ask_relevance.search_also: `sweeter`:
    sweet, 甜…; `荔枝`: lychee; `big`: 个大, 个头大…), each as the index folds it (`sweets`: sweet); a
    Chinese one jieba cuts into several words whole, a phrase (`个头大`, not 个头 and 大, whose 大 is in
    大家 too: found as `spelled` says). Remembered per word: it is the same every time."""
    cut = (_words(_loaded().cut(_fold(other))) for other in search_also(term))
    keys = (
        singular(words[0]) if len(words) == 1 else "".join(words)
        for words in cut
        if len(words) == 1 or (words and all(_CJK.match(char) for char in "".join(words)))
    )
    return tuple(key for key in dict.fromkeys(keys) if key != singular(term))


def query_words(text: str) -> list[str]:
    """The words of a search, each once, in order; function words (的, the) and places after a noun (里 of
    冰箱里: the search is about 冰箱) dropped unless alone; an
    A-not-A question's word searched as its A (甜不甜 -> 甜: the note says 很甜, not 甜不甜); a quality
    jieba cuts into a word and one character searched as one phrase (`glued`: 个头大, not 个头 and 大)."""
    cut = [_a_of(piece) if piece.strip() else "" for piece in _loaded().cut(_fold(text))]
    words = list(dict.fromkeys(glued(cut)))
    kept = [word for word in words if word not in STOP]
    return kept or words


def glued(pieces: list[str]) -> list[str]:
    """jieba's words of a search (`pieces`, "" where a space or a mark parted them) with the phrases
    jieba cut joined back: a run of words typed together that only say a quality or a part (no
    product, no word that only asks, no function word, none a quality of its own: `肉质` `细腻`:
    肉质细腻), else a one-character word joined to the longer word before it (`_one_quality`: `个头`
    `大`: 个头大; `水分` `足`: 水分足). The phrase is what the search is about, and its character alone
    is in too many notes (大 of 大家); `芒果` `甜` stay two (a product and its quality), so does `果肉`
    `甜` (甜 a quality alone). A phrase is found in a note however jieba cut it (`spelled`)."""
    runs: list[list[str]] = [[]]
    for piece in pieces:
        word = "".join(char for char in piece if char.isalnum())
        if word:
            runs[-1].append(word)
        elif runs[-1]:  # a space or a mark between words: `个头，大家`
            runs.append([])
    words: list[str] = []
    for run in runs:
        if len(run) > 1 and all(_plain(word) for word in run):
            words.append("".join(run))
            continue
        joined = False
        for n, word in enumerate(run):
            if n and not joined and _one_quality(words[-1], word):
                words[-1] += word
                joined = True
            else:
                words.append(word)
                joined = False
    return words


def _plain(word: str) -> bool:
    """A Chinese word of a phrase (`glued`): not a product, a word that only asks, a function word or a
    quality of its own (`肉质`, `细腻`, `口感`; not `芒果`, `大`, `多汁`)."""
    return (
        all(_CJK.match(char) for char in word)
        and word not in STOP
        and word not in asking_words()
        and word not in product_words()[0]
        and not english_names(word)
        and not in_other_words(word)
    )


def _one_quality(before: str, word: str) -> bool:
    """Whether `before` and `word` are one quality jieba cut in two (`glued`): `word` one Chinese
    character that says nothing searched alone (no function word, no quality of its own: 甜 of 果肉甜
    is searched as itself, `in_other_words`), that does not only ask unless the two are a quality
    (`大` asks in 多大, but 个头大 is `big`); `before` two characters or more, naming no product."""
    if len(word) != 1 or not _CJK.match(word) or word in STOP or in_other_words(word):
        return False
    if len(before) < 2 or not all(_CJK.match(char) for char in before):
        return False
    if before in STOP or before in asking_words() or before in product_words()[0] or english_names(before):
        return False
    return word not in asking_words() or bool(in_other_words(before + word))


def spelled(word: str) -> str:
    """A Chinese phrase of a search jieba cuts into several words (`glued`: `个头大`, `肉质细腻`) as its
    characters, space-separated (个 头 大): each is in the index of a note that says the phrase however
    jieba cut it (这个头大: 这个 头大; `index_words` keeps every character), so such a note is among
    those having them all, and kept when its text says the phrase (storage.note_search.named_by). Any
    other word as it is: a word jieba keeps whole (肉质, 芒果) is found as the note's words."""
    if len(word) > 1 and all(_CJK.match(char) for char in word) and _cut_apart(word):
        return " ".join(word)
    return word


@lru_cache(maxsize=4096)
def _cut_apart(word: str) -> bool:
    return len(_words(_loaded().cut(word))) > 1


_NOT = frozenset("不没无未")  # between a phrase's parts, a negation: 个头不大 is not 个头大
NEAR = 3  # characters at most between two parts of a phrase a note says apart (个头特别大, 肉质也很细腻)


def parts_of(phrase: str) -> tuple[tuple[str, ...], ...]:
    """The ways a phrase of a search (`glued`) splits into parts: jieba's words of it (肉质 细腻, 个头 大,
    性价比 高) and, for one of four characters, its two halves too (皮薄 肉厚, which jieba cuts 皮薄肉 厚)."""
    cut = tuple(_words(_loaded().cut(phrase)))
    halves = (phrase[:2], phrase[2:])
    return (cut, halves) if len(phrase) == 4 and halves != cut else (cut,)


def said_apart(phrase: str, text: str) -> bool:
    """Whether `text` says a phrase of a search (`glued`: 肉质细腻, 皮薄肉厚, 个头大) with its parts
    (`parts_of`) apart or in another order, as a friend says it: 肉质很细腻, 肉厚皮薄, 个头特别大. Each part
    is in the text within `NEAR` characters of the next, only Chinese characters between them and no
    negation (not 个头不大, nor 个头小，大家), and a part of one character ends a word of the text as jieba
    cuts it (大 of 很大, not of 大家). The phrase itself is matched before this
    (storage.note_search.named_by)."""
    folded = fold(text)
    ends = {end for _, _, end in _loaded().tokenize(folded)}
    for parts in parts_of(phrase):
        places = [
            [(at, at + len(part)) for at in _places(folded, part) if len(part) > 1 or at + 1 in ends]
            for part in parts
        ]
        if all(places) and any(_close(folded, sorted(spans)) for spans in product(*places)):
            return True
    return False


def said_whole(phrase: str, text: str) -> bool:
    """Whether `text` (folded) says a phrase of a search (`glued`: 个头大) itself somewhere: not where its
    end runs on into a longer known word (`_runs_on`: 个头大小, whose 大小 says the size is even, not
    big); anything else after it (个头大，个头大又甜, and 够: 水分足够) leaves it the phrase."""
    return any(
        not _runs_on(phrase, text[at + len(phrase) : at + len(phrase) + 1]) for at in _places(text, phrase)
    )


# after a quality, says there is enough of it (水分足够, 甜够了): the quality still, though 足够 is a word
_ENOUGH = frozenset("够")


def _runs_on(phrase: str, after: str) -> bool:
    """Whether the Chinese character `after` makes a known word (jieba's dictionary) with the phrase's
    last characters (大 + 小: 大小) that is no longer the phrase's quality; not 够 (足 + 够: 足够 says
    the 足 of 水分足, enough)."""
    if not after or not _CJK.match(after) or after in _ENOUGH:
        return False
    return any(_known(phrase[-n:] + after) for n in range(1, len(phrase)))


@lru_cache(maxsize=4096)
def _known(word: str) -> bool:
    return bool(_loaded().dt.FREQ.get(word))


def _places(text: str, part: str) -> list[int]:
    return [found.start() for found in re.finditer(re.escape(part), text)]


def _close(text: str, spans: list[tuple[int, int]]) -> bool:
    """Whether the parts at `spans` (in order) are apart by `NEAR` Chinese characters at most, no negation."""
    for (_, end), (start, _) in pairwise(spans):
        between = text[end:start]
        if start < end or len(between) > NEAR or _NOT & set(between):
            return False
        if not all(_CJK.match(char) for char in between):
            return False
    return True
