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
from typing import Any, cast

_CJK = re.compile(r"[\u3400-\u9fff\uf900-\ufaff]")
_CJK_RUN = re.compile(r"[\u3400-\u9fff\uf900-\ufaff]+")
_A_NOT_A = re.compile(r"^(.+)[不没]\1$")  # 甜不甜, 有没有
_ENDINGS = ("ies", "ing", "es", "ed", "s", "e", "y")
_STEM_MIN = 3  # letters left after an ending is taken off
# a quantity in a title (5斤, 2.5kg, 10个装, 500ml): its unit is not what the title sells
_QUANTITY = re.compile(
    r"\d+(?:\.\d+)?\s*(?:公斤|千克|毫升|斤|克|两|个|只|颗|箱|盒|袋|包|瓶|罐|枚|粒|份|件|条|片|块|支|升|串|"
    r"kg|g|ml|l|lb|oz)?\s*装?"
)


@cache
def ask_words() -> dict[str, Any]:
    """`ask_words.json`, read once: the word lists the questions are read with."""
    raw = resources.files("commerce.domain").joinpath("ask_words.json").read_text(encoding="utf-8")
    return cast(dict[str, Any], json.loads(raw))


@cache
def asking_words() -> frozenset[str]:
    """Words that ask (`ask_words.json`, Chinese and English), case folded."""
    data = ask_words()
    return frozenset(_fold(word) for lang in ("zh", "en") for word in data.get(lang, ()))


def _fold(text: str) -> str:
    return unicodedata.normalize("NFKC", text).casefold()


def topic_words(terms: Iterable[str]) -> list[str]:
    """The words of a question (as the search cut them) that say what it is about, each once; an English
    quality in another form as its word (`sweeter`, `sweetness`: sweet; `quality_of`)."""
    kept: list[str] = []
    for term in terms:
        word = _fold(term)
        doubled = _A_NOT_A.match(word)
        if doubled and _CJK.search(word):
            word = doubled.group(1)
        word = quality_of(_unasked(word)) or _unasked(word)
        if word and word not in asking_words() and word not in kept:
            kept.append(word)
    return kept


def _unasked(word: str) -> str:
    """A Chinese word less the asking word it starts with (`多少度`: 度, `什么味`: 味)."""
    if not _CJK.search(word) or word in asking_words():
        return word
    for asking in sorted(asking_words(), key=len, reverse=True):
        if len(asking) > 1 and word.startswith(asking) and len(word) > len(asking):
            return word[len(asking) :]
    return word


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


def _says(text: str, word: str) -> bool:
    """`_has`, or the quality the word asks said in the other language (`in_other_words`: `sweet` by
    甜, 甜 by "sweet")."""
    return _has(text, word) or any(_has(text, other) for other in in_other_words(word))


@cache
def _qualities() -> tuple[tuple[str, tuple[str, ...]], ...]:
    """`qualities` of `ask_words.json`: each English word with its Chinese words, case folded."""
    data = ask_words().get("qualities", {})
    return tuple((_fold(word), tuple(_fold(name) for name in names)) for word, names in data.items())


_VOWELS = "aeiou"


def word_forms(word: str) -> tuple[str, ...]:
    """An English word with its plural and its -er, -est, -ness and -ly forms, as English spells them:
    `sweet`: sweets, sweeter, sweetest, sweetness, sweetly; `juicy`: juicier, juiciest, juiciness,
    juicily; `ripe`: riper, ripest, ripeness; `big`: bigger, biggest; `fresh`: freshes, fresher."""
    if word.endswith("y") and len(word) > 2 and word[-2] not in _VOWELS:
        base = word[:-1] + "i"
        return (word, *(base + ending for ending in ("er", "est", "ness", "ly")))
    if word.endswith("e"):
        return (word, *(word + ending for ending in ("s", "r", "st", "ness", "ly")))
    plural = word + ("es" if word.endswith(("s", "x", "z", "ch", "sh", "o")) else "s")
    short = len(word) <= 4 and word[-1] not in _VOWELS + "wxy" and word[-2] in _VOWELS
    more = word + word[-1] if short and word[-3] not in _VOWELS else word  # big: bigger
    return (word, plural, more + "er", more + "est", word + "ness", word + "ly")


@cache
def _quality_forms() -> dict[str, str]:
    """Each English form of a quality of `qualities` (`word_forms`), with its quality, less the forms
    that mean something else (`ask_words.json` "not_forms": hardly is no hard)."""
    others = {_fold(word) for word in ask_words().get("not_forms", ())}
    forms: dict[str, str] = {}
    for word, _ in _qualities():
        for form in word_forms(word):
            if form not in others:
                forms.setdefault(form, word)
    return forms


def quality_of(word: str) -> str | None:
    """The quality of `qualities` an English word is a form of (`sweeter`, `sweetness`, `sweets`: sweet;
    `juiciest`: juicy), else None (`sweater`, `hardly`, any other word)."""
    return _quality_forms().get(_fold(word))


def in_other_words(word: str) -> tuple[str, ...]:
    """A question's word for a quality in the other language (`qualities` in `ask_words.json`):
    `sweet` -> 甜; `甜`, `很甜` -> sweet (the English words whose Chinese word it has); a
    product's name none (`香蕉` is no `fragrant`, `酸奶` no `sour`); any other word none."""
    folded = _fold(word)
    if _CJK.search(folded):
        zh, _ = product_words()
        if folded in zh or any(name in folded for name in zh if len(name) > 1):
            return ()
        return tuple(en for en, names in _qualities() if any(name in folded for name in names))
    key = stem(quality_of(folded) or folded)
    return tuple(dict.fromkeys(name for en, names in _qualities() if stem(en) == key for name in names))


_NOT_BEFORE = re.compile(r"(不|没|not\s+(very\s+|too\s+|that\s+)?|n't\s+(very\s+|too\s+)?|never\s+)$")


def _without_products(folded: str) -> str:
    """The text with the Chinese names of products blanked (`酸奶` is no 酸, `香蕉` no 香)."""
    zh, _ = product_words()
    for name in sorted(zh, key=len, reverse=True):
        folded = folded.replace(name, " ")
    return folded


def qualities_said(text: str) -> set[str]:
    """The qualities of `qualities` (English keys) the text says, in either language and not denied
    (`不酸`, "not sour" say no sour), a product's name aside: `芒果有点酸` sour, "so sweet" sweet."""
    folded = _without_products(_fold(text))
    found: set[str] = set()
    for word, names in _qualities():
        for name in names:
            found.update(
                word
                for at in re.finditer(re.escape(name), folded)
                if not _NOT_BEFORE.search(folded[: at.start()])
            )
    for at in re.finditer(r"[a-z]+", folded):
        quality = quality_of(at.group(0))
        if quality is not None and not _NOT_BEFORE.search(folded[: at.start()]):
            found.add(quality)
    return found


@cache
def _negated_asks() -> tuple[re.Pattern[str], re.Pattern[str]]:
    """The Chinese forms that ask about a quality of `qualities` by its negative or A-not-A (`不甜吧`,
    `会不会不甜`, `是不是不酸`, `不会不甜吧`, `没那么甜吧`, `挺甜的吧`), and the English ones (`aren't they
    sweet?`, `are they not sweet?`): `plainly_asked` reads them as the plain question."""
    names = sorted({name for _, zh in _qualities() for name in zh}, key=len, reverse=True)
    quality = "|".join(re.escape(name) for name in names)
    zh = re.compile(
        r"(?:会不会|是不是|能不能|会|是|应该)?(?:不会|不是)?(?:不|没有?)?(?:太|那么|怎么|很|挺|超|蛮|够)?"
        rf"(?P<q>{quality})(?:的)?(?P<end>吧|吗|么|嘛|呢)"
        r"|(?:会不会|是不是)(?:不|没有?)?(?:太|那么|怎么|很|挺|超|蛮|够)?"
        rf"(?P<q2>{quality})(?:的)?(?:了)?(?:吗|么|嘛|呢|啊|呀)?(?=[\s?!。，,~…]|$)"
    )
    english = "|".join(re.escape(form) for form in sorted(_quality_forms(), key=len, reverse=True))
    en = re.compile(
        rf"(?:^|(?<=[,;]\s))(?P<verb>is|are|was|were|do|does)(?:n['’]?t\b(?P<who>[^?.!]*?)|(?P<who2>\s[^?.!]*?)\snot)"
        rf"(?P<rest>\s+(?:very\s+|too\s+|that\s+)?(?:{english})\b)"
    )
    return zh, en


def plainly_asked(question: str) -> str:
    """A question about a quality of `qualities` asked by its negative or A-not-A form, as asked plainly
    (`芒果不甜吧？`, `芒果会不会不甜`, `芒果不会不甜吧`: `芒果甜吗？`; `aren't they sweet?`, `are they not
    sweet?`: `are they sweet?`): its 不 does not deny, it asks (`不甜吧` hopes they are sweet), so the
    notes saying 甜 answer it as they answer `甜吗`, and those saying 酸 are the other side. A statement
    (`芒果不甜`, no 吧 / 吗 / 会不会) and any other text are returned unchanged. The text is case folded
    and width folded when changed."""
    zh, en = _negated_asks()
    folded = _fold(question)
    changed = zh.sub(lambda m: f"{m.group('q') or m.group('q2')}吗", folded)
    changed = en.sub(
        lambda m: f"{m.group('verb')}{m.group('who') or m.group('who2')}{m.group('rest')}", changed
    )
    return changed if changed != folded else question


def sides(question: str) -> tuple[str, str] | None:
    """The quality a question asks and the one that disagrees with it (`opposites` of `ask_words.json`):
    `甜吗` (sweet, sour), `are they sour?` (sour, sweet); None when it asks none of them, or both."""
    opposites: dict[str, str] = ask_words().get("opposites", {})
    asked = [quality for quality in sorted(qualities_said(question)) if quality in opposites]
    if len(asked) != 1:
        return None
    return asked[0], opposites[asked[0]]


def speaks_to(text: str, terms: Iterable[str]) -> bool:
    """True when the note `text` has at least half of the question's topic words (and one at least), a
    quality in either language (`in_other_words`: `sweet` and 很甜)."""
    topic = topic_words(terms)
    if not topic:
        return False
    folded = _fold(text)
    found = sum(_says(folded, word) for word in topic)
    return found > 0 and found * 2 >= len(topic)


@cache
def product_words() -> tuple[frozenset[str], frozenset[str]]:
    """Names of things people buy (`ask_words.json` "products"): Chinese as written, English stemmed."""
    data = ask_words().get("products", {})
    return (
        frozenset(_fold(word) for word in data.get("zh", ())),
        frozenset(stem(_fold(word)) for word in data.get("en", ())),
    )


def is_product_word(word: str) -> bool:
    """Whether one word is a product of `product_words` (`durian`, `mooncakes`, `榴莲`), as typed."""
    folded = _fold(word).strip()
    zh, en = product_words()
    return folded in zh or (bool(re.fullmatch(r"[a-z]+", folded)) and stem(folded) in en)


def products_named(text: str) -> list[str]:
    """The products a question names (`荔枝超甜吗`: 荔枝; `are the cherries sweet`: cherr), longest
    first, none inside a longer one (`土鸡蛋`, not also `鸡蛋`)."""
    folded = _fold(text)
    zh, en = product_words()
    found: list[str] = []
    for word in sorted(zh, key=len, reverse=True):
        if word in folded and not any(word in longer for longer in found):
            found.append(word)
    found += [s for s in dict.fromkeys(stem(w) for w in re.findall(r"[a-z]+", folded)) if s in en]
    return found


def english_products(text: str) -> list[str]:
    """The English words of a question that name a product of `product_words`, as typed and case
    folded, each once (`how much are the mangoes`: mangoes)."""
    _, en = product_words()
    return [word for word in dict.fromkeys(re.findall(r"[a-z]+", _fold(text))) if stem(word) in en]


@cache
def _bilingual() -> tuple[tuple[str, str, tuple[str, ...]], ...]:
    """`in_chinese` of `ask_words.json`, the one bilingual table of products: each English word as
    written, less a plural or verb ending (`stem`), with its Chinese names, case folded."""
    data = ask_words().get("in_chinese", {})
    return tuple(
        (_fold(word), stem(_fold(word)), tuple(_fold(name) for name in names)) for word, names in data.items()
    )


def chinese_names(word: str) -> tuple[str, ...]:
    """The Chinese names of an English product word, plurals and verb endings aside, as typed or already
    stemmed (`lychees`, `lyche`: 荔枝; `oranges`: 橙, 柑, 橘, 桔; `mango`: 芒); any other word none."""
    folded = _fold(word)
    keys = {folded, stem(folded)}
    return tuple(dict.fromkeys(name for _, key, names in _bilingual() if key in keys for name in names))


def head_characters(word: str) -> tuple[str, ...]:
    """The one-character Chinese names of an English product word (`in_chinese`), plurals aside: the
    head a Chinese kind of it ends with (`mango`, `mangoes`: 芒, of 贵妃芒, 台农芒; `oranges`: 橙, 柑,
    橘, 桔, of 脐橙, 沃柑, 砂糖橘); a name of two characters or more (荔枝) heads none, nor any other word."""
    if _CJK.search(word):
        return ()
    return tuple(name for name in chinese_names(word) if len(name) == 1)


def english_names(word: str) -> list[str]:
    """The English product words (`in_chinese` keys, as written) a Chinese word names: by a Chinese name
    of two characters or more inside it (`荔枝`: lychee, litchi; `西瓜`: watermelon, not melon), else by a
    one-character one heading it (`headed_names`: `芒果`: mango, `贵妃芒`: mango, `橙子`: orange, `茶叶`:
    tea, `鸡蛋`: egg, not chicken). Ask, search and a join's words (`product_named`) read it alike."""
    folded = _fold(word)
    longer = [en for en, _, names in _bilingual() if any(len(n) > 1 and n in folded for n in names)]
    return longer or headed_names(folded)


AFTER_HEAD = "果子肉叶"  # what follows a one-character name in a product's word: 芒果, 橙子, 鸡肉, 茶叶


def short_head(word: str) -> str | None:
    """The character people shorten a Chinese product word to, the head its kinds' names end with: the
    word of one character itself (梨), the first of two whose second only follows a one-character name
    (`AFTER_HEAD`: `芒果`: 芒, of 贵妃芒; `橙子`: 橙, of 脐橙; `鸡肉`: 鸡), unless that first is a kind too
    (`水果`, `瓜子`: `generic_characters`). Any other word none: `西瓜` is no 西 (东西), `木瓜` no 木 (积木),
    `鸡蛋` no 鸡, `哈密瓜` no 哈. Search (storage.segment.shortened) and Ask (`mentions`) read it alike."""
    folded = _fold(word)
    if not folded or not all(_CJK.match(char) for char in folded):
        return None
    if len(folded) == 1:
        return folded
    if len(folded) == 2 and folded[1] in AFTER_HEAD and folded[0] not in generic_characters():
        return folded[0]
    return None


def headed_names(word: str) -> list[str]:
    """The English product words (`in_chinese` keys, as written) whose one-character Chinese name heads
    a Chinese word, a 果, 子, 肉 or 叶 after it aside (`AFTER_HEAD`): the word is that character (`芒果`,
    `芒`: mango; `橙子`: orange; `茶叶`: tea) or a kind of it ending with it (`贵妃芒`: mango; `砂糖橘`:
    orange, tangerine; `鸡蛋`: egg, not chicken), not a common word that merely ends with it (`headed`,
    `not_heads`: 光芒, 奶奶, 小米, 木瓜), nor one that is such a word with the 子 (`瓜子`, seeds: no
    melon)."""
    folded = _fold(word)
    if any(folded.endswith(other) for other in not_heads()):
        return []
    head = folded.rstrip(AFTER_HEAD)
    if not head or not _CJK.search(head):
        return []
    return [en for en, _, names in _bilingual() if any(len(n) == 1 and headed(head, n) for n in names)]


def in_other_language(words: str) -> tuple[str, ...]:
    """A search of one product's name in the other language (`chinese_names`, `english_names`): `荔枝`
    -> `lychee`, `litchi` (`芒果`, a product word headed by 芒: `mango`); `lychees` -> `荔枝` (a Chinese
    name of one character, 芒, says too little alone: the Chinese product words it names say it,
    `_products_in_chinese`: `mangoes` -> 芒果, `eggs` -> 鸡蛋, 土鸡蛋). Anything else (several words, no
    product): none."""
    folded = _fold(words).strip()
    if not folded or " " in folded:
        return ()
    if re.fullmatch(r"[a-z]+", folded):
        names = [name for name in chinese_names(folded) if len(name) > 1]
        return tuple(dict.fromkeys(names + _products_in_chinese(folded)))
    zh, _ = product_words()
    if folded in zh or any(folded in names for _, _, names in _bilingual()):
        return tuple(english_names(folded))
    return ()


def search_also(word: str) -> tuple[str, ...]:
    """The words a search word also finds a note by: an English quality in its other forms and in
    Chinese (`sweeter`: sweet, sweetest, sweetness…, 甜), a Chinese one in English, each form (`甜`,
    `很甜`: sweet, sweeter…), and a product's name in the other language (`in_other_language`: `荔枝`:
    lychee, litchi; `lychees`: 荔枝). Any other word: none (`sweater` is no sweet)."""
    folded = _fold(word).strip()
    also: list[str] = []
    if _CJK.search(folded):
        also += [form for en in in_other_words(folded) for form in word_forms(en) if quality_of(form)]
    elif (quality := quality_of(folded)) is not None:
        also += [form for form in word_forms(quality) if quality_of(form)]
        also += [name for en, names in _qualities() if en == quality for name in names]
    also += in_other_language(folded)
    return tuple(other for other in dict.fromkeys(also) if other != folded)


def _products_in_chinese(word: str) -> list[str]:
    """The Chinese product words of `products` (two characters or more) whose English name
    (`english_names`) is the English word (`mango`: 芒果; `egg`: 鸡蛋, 土鸡蛋; `melon`: 哈密瓜, not 西瓜)."""
    keys = {word, stem(word)}
    data = ask_words().get("products", {}).get("zh", ())
    return [
        _fold(zh) for zh in data if len(zh) > 1 and any(stem(en) in keys for en in english_names(_fold(zh)))
    ]


def names_english(word: str, title: str) -> bool:
    """Whether an English word of a question (as typed) names a group buy's title: at the start of a
    word of it, plurals folded (`mangoes` and Mango 5kg, `avocado` and Hass Avocados), or, a product
    word, by its Chinese names (`chinese_names`: `mangoes` and 海南贵妃芒 5斤)."""
    folded, typed = _fold(title), _fold(word)
    names = chinese_names(typed)
    return _has(folded, typed) or any(name in without_not_heads(folded, name) for name in names)  # not 光芒


def names_in_english(word: str, title: str) -> bool:
    """Whether a Chinese word of a question names a title in English by the word's English name
    (`english_names`: `荔枝` and Lychees, `榴莲` and Durian Musang King), at the start of a word of it."""
    if not _CJK.search(word):
        return False
    folded = _fold(title)
    return any(re.search(rf"(?<![a-z0-9]){re.escape(stem(en))}", folded) for en in english_names(word))


def product_named(word: str, title: str) -> bool:
    """Whether one word a member typed after `+1` / `-1` names a group buy's product by another name
    than its title's words (`commerce.domain.titles.word_names`): in the other language (`荔枝` and
    Lychees, `durian` and 猫山王榴莲, `in_chinese` of `ask_words.json`), or in Chinese by the product's
    head (`芒果`, `芒`, `贵妃芒` and 海南金煌芒 5斤; `茶叶` and Longjing Tea; `车厘子` and 智利樱桃): its
    English names as Ask and search read them (`english_names`; `奶奶`, `小米` name no product)."""
    folded = _fold(word).strip()
    if not folded or " " in folded:
        return False
    if re.fullmatch(r"[a-z]+", folded):  # by its Chinese names only (its English ones: `word_names`)
        return any(name in without_not_heads(_fold(title), name) for name in chinese_names(folded))
    if not _CJK.search(folded):
        return False
    return any(names_english(en, title) for en in english_names(folded))  # the rule Ask and search read


def asks_joined(text: str) -> bool:
    """Whether a question about one's own order asks whether one joined (`我跟了吗`, `am I in`:
    `joined` in `ask_words.json`), not whether one paid."""
    zh, en = _joined_phrases()
    folded = _fold(text)
    words = f" {' '.join(re.findall(r'[a-z0-9]+', folded))} "
    return any(p in folded for p in zh) or any(f" {p} " in words for p in en)


@cache
def _joined_phrases() -> tuple[tuple[str, ...], tuple[str, ...]]:
    data = ask_words().get("joined", {})
    return tuple(_fold(p) for p in data.get("zh", ())), tuple(_fold(p) for p in data.get("en", ()))


def is_product(word: str, titles: Iterable[str]) -> bool:
    """Whether a question's word names a product: one of `product_words`, or a word of a group buy's
    title here (a Chinese word of two characters or more sharing two in a row with it: `阳光玫瑰`)."""
    folded = _fold(word)
    zh, en = product_words()
    if folded in zh or any(name in folded for name in zh if len(name) > 1):
        return True
    if not _CJK.search(folded):
        return stem(folded) in en or any(_has(_fold(title), folded) for title in titles)
    return len(folded) > 1 and any(folded in t or _pairs(folded) & _pairs(t) for t in map(_fold, titles))


def _pairs(text: str) -> set[str]:
    return {text[i : i + 2] for i in range(len(text) - 1)}


def mentions(text: str, product: str, title: str) -> bool:
    """Whether a note (its text, and the title of the group buy it is linked to) may be about `product`
    (a Chinese one: the character it is shortened to in the text, `short_head`, as `贵妃芒` is about
    芒果, but not inside a common word of its own: 光芒 is no mango, `headed`; 东西 is no 西瓜), in either
    language by `in_chinese` (`荔枝` and a note on Lychees or saying lychees; `pineapple` and one on
    台湾凤梨 or saying 凤梨)."""
    folded = _fold(text)
    if _CJK.search(product):
        head = short_head(product)
        return (
            product in folded
            or (head is not None and head in without_not_heads(folded, head))
            or names_title(product, title)
            or names_in_english(product, title)
            or any(_has(folded, stem(en)) for en in english_names(product))
        )
    names = chinese_names(product)
    return (
        _has(folded, product)
        or _has(_fold(title), product)
        or any(name in without_not_heads(said, name) for said in (folded, _fold(title)) for name in names)
    )


@cache
def not_heads() -> tuple[str, ...]:
    """Common words ending with a character that heads a product's short name, naming something else
    (`ask_words.json` "not_heads": 光芒 for 芒果, 面包 for 包子, 樱桃 for 桃子), longest first."""
    words = {_fold(word) for word in ask_words().get("not_heads", ())}
    return tuple(sorted(words, key=len, reverse=True))


def without_not_heads(text: str, head: str) -> str:
    """The text less the `not_heads` words with `head` in them (`光芒` for 芒, `瓜子` for 瓜): what is left
    of it may name the product by its head."""
    for word in not_heads():
        if head in word and word != head:  # `凤梨` names pineapples, though not pears (梨)
            text = text.replace(word, " ")
    return text


def headed(word: str, head: str) -> bool:
    """Whether a Chinese word (as cut, or a title's last run of Chinese) names a product by `head`, its
    first character (芒 of `芒果`): it ends with it, as its head noun (贵妃芒, 金煌芒, 脐橙, 小笼包, or 芒
    alone), and is not, and does not end with, a common word that merely ends with that character
    (`not_heads`: 光芒, 面包, 法式面包, 钱包, 樱桃)."""
    folded = _fold(word)
    return folded.endswith(head) and not any(folded.endswith(other) for other in not_heads())


def names_title(word: str, title: str) -> bool:
    """Whether a Chinese word names a group buy's title as people shorten it: in it, two characters in
    a row in common, or its first character the title's head noun, the last Chinese character once a
    quantity is set aside (`芒果` and 海南贵妃芒 5斤; not `海鲜`)."""
    folded, head = _fold(word), _CJK.findall(_QUANTITY.sub(" ", _fold(title)))
    if len(folded) < 2 or not head:
        return False
    if folded in _fold(title) or _pairs(folded) & _pairs(_fold(title)):
        return True
    return headed("".join(head), folded[0])  # 海南贵妃芒 for 芒果; not 法式面包 for 包子 (`headed`)


@cache
def generic_characters() -> frozenset[str]:
    """Characters that say what kind of thing a product is, not which (`ask_words.json` "generic": 果, 茶)."""
    return frozenset(_fold(char) for char in ask_words().get("generic", ()))


def names_product(word: str, title: str) -> bool:
    """`names_title`, less a match on one generic character (`generic_characters`): `芒果` names 海南贵妃芒
    (芒); `水果`, `芒果` and `果汁` do not name 阿克苏苹果 10斤 (果 only)."""
    folded, key = _fold(word), _fold(title)
    if len(folded) < 2:
        return False
    if names_in_english(folded, key):  # `荔枝` and Lychees
        return True
    if folded in key or _pairs(folded) & _pairs(key):
        return True
    return names_title(word, title) and folded[0] not in generic_characters()


def may_name(word: str, title: str) -> bool:
    """Whether a question's Chinese word may name a title as people shorten it: `names_product`, or a
    character in common that is not a generic one (`芒果` and 贵妃芒; not `水果` and 苹果)."""
    key = _fold(title)
    shared = {char for char in _fold(word) if _CJK.match(char) and char in key}
    return names_product(word, title) or bool(shared - generic_characters())


def speaks_beyond_products(text: str, terms: Iterable[str], titles: Iterable[str]) -> bool:
    """`speaks_to`, and when the question says more than the product (`芒果是哪里产的`: 产), the note has
    one of those other words (a Chinese one: one of its characters, `能放` and 耐放): naming the product
    alone does not make a note speak to it."""
    if not speaks_to(text, terms):
        return False
    others = [word for word in topic_words(terms) if not is_product(word, titles)]
    folded = _fold(text)
    return not others or any(_says(folded, word) or _shares_char(folded, word) for word in others)


def says_all(text: str, terms: Iterable[str], titles: Iterable[str]) -> bool:
    """Whether the note `text` (its own words) says every word the question asks about besides the
    products it names, one at least (`is it sweet`, `芒果甜吗`: a note saying sweet, 甜): it answers the
    question in its words, however short the question is."""
    others = [word for word in topic_words(terms) if not is_product(word, titles)]
    folded = _fold(text)
    return bool(others) and all(_says(folded, word) for word in others)


def says_beyond_names(text: str, others: Iterable[str], titles: Iterable[str]) -> bool:
    """Whether a note's own `text` says one of the question's words besides the products it names
    (`others`: 酸 of `芒果酸吗`; a Chinese one: one of its characters, `能放` and 耐放), once the names of the
    group buys' products are set aside (`without_names`): 贵 of `芒果贵吗` is not said by `这款贵妃芒超甜`;
    an English one also negated (`sweet`: "unsweetened" says how sweet it is), or by a word it is said
    as (`said_as` in `ask_words.json`: `ripe` by "rock hard", 熟 by 软), or a quality in the other
    language, as a whole word (`in_other_words`: `sweet` by 凤梨很甜, 甜 by "really sweet")."""
    folded = without_names(_fold(text), titles)
    return any(
        _has(folded, said) or _shares_char(folded, said) or _has(folded, f"un{said}")
        for word in others
        for said in (word, *_said_as(word))
    ) or any(
        _has(folded, said) or (not _CJK.search(said) and _has(folded, f"un{said}"))
        for word in others
        for said in in_other_words(word)
    )


@cache
def _said_as_words() -> dict[str, tuple[str, ...]]:
    data = ask_words().get("said_as", {})
    return {_fold(word): tuple(_fold(other) for other in others) for word, others in data.items()}


def _said_as(word: str) -> tuple[str, ...]:
    """The words a note may say an asked word with (`said_as`): a Chinese one in the word (熟 of 熟了),
    an English one of the same stem (`ripe`)."""
    return tuple(
        other
        for key, others in _said_as_words().items()
        if (key in word if _CJK.search(key) else stem(key) == stem(word))
        for other in others
    )


def without_names(text: str, titles: Iterable[str]) -> str:
    """The (folded) text less the names of the titles' products as people write them: each ending of
    two characters or more of a title's Chinese runs, a quantity set aside (海南贵妃芒 5斤: 海南贵妃芒,
    南贵妃芒, 贵妃芒, 妃芒), longest first; a note's other words stay (超甜 with 超甜贵妃芒 is said)."""
    endings = {
        run[i:]
        for title in titles
        for run in _CJK_RUN.findall(_QUANTITY.sub(" ", _fold(title)))
        for i in range(len(run) - 1)
    }
    for name in sorted(endings, key=len, reverse=True):
        text = text.replace(name, " ")
    return text


def _shares_char(text: str, word: str) -> bool:
    return bool(_CJK.search(word)) and any(char in text for char in word if _CJK.match(char))


_HOW_IS = re.compile(r"(?<![a-z])how (?:is|are|was|were)(?![a-z])")
_CLAUSES = re.compile(r"[,.!?;:，。！？；：、]+")  # a question's clauses (`…, is it bad?`)
_A_NOT_A_IN = re.compile(r"([\u3400-\u9fff])[不没]\1")  # 辣不辣, 掉不掉屑, 有没有


@cache
def _yes_no() -> dict[str, tuple[str, ...]]:
    data = ask_words().get("yes_no", {})
    return {key: tuple(_fold(word) for word in words) for key, words in data.items()}


def asks_whether(question: str) -> bool:
    """Whether a question asks whether its product is so, yes or no (`芒果酸吗`, `辣不辣`, `are the
    avocados ripe?`, `my honey went solid, is it bad?`: `yes_no` in `ask_words.json`), not how to do
    something or what to do (`葡萄怎么保存`, `猕猴桃太硬怎么办`, `how do I ripen avocados`). A note answers
    the first only saying what is asked (`says_beyond_names`); the second, maybe in other words."""
    words = _yes_no()
    folded = _fold(question)
    english = " " + " ".join(re.findall(r"[a-z0-9']+", folded)) + " "
    if any(word in folded for word in words.get("zh_how", ())) or any(
        f" {phrase} " in english for phrase in words.get("en_how", ())
    ):
        return False
    clauses = [clause.split() for clause in _CLAUSES.split(folded) if clause.strip()]
    return (
        any(word.endswith(words.get("zh_end", ())) for clause in clauses for word in clause)
        or _A_NOT_A_IN.search(folded) is not None
        or any(clause[0] in words.get("en_start", ()) for clause in clauses)
    )


@cache
def _opinion_words() -> tuple[frozenset[str], frozenset[str]]:
    data = ask_words().get("opinion", {})
    return frozenset(_fold(w) for w in data.get("zh", ())), frozenset(_fold(w) for w in data.get("en", ()))


def opinion_words() -> frozenset[str]:
    """The opinion words (`opinion` in `ask_words.json`), Chinese and English, case folded."""
    zh, en = _opinion_words()
    return zh | en


@cache
def _beside_opinion() -> frozenset[str]:
    return frozenset(_fold(w) for w in ask_words().get("opinion", {}).get("zh_beside", ()))


def besides_opinion(question: str, terms: Iterable[str]) -> list[str]:
    """The question's topic words (`topic_words`) less its opinion words (`opinion` in `ask_words.json`)
    and the pieces the search cut them into (`有人吃过芒果吗`: 吃, 过; `有没有人用过`: 人用; `靠谱`: 靠,
    谱): a piece made only of the characters of the opinion words found, of `zh_beside` (人) and of
    one-character words that ask. What is left is what the question asks friends' opinion of."""
    zh, en = _opinion_words()
    folded = _fold(question)
    found = [word for word in zh if word in folded]
    allowed = set("".join(found)) | _beside_opinion() | {w for w in asking_words() if len(w) == 1}
    return [
        word
        for word in topic_words(terms)
        if word not in zh and word not in en and not (found and _CJK.match(word) and set(word) <= allowed)
    ]


def _asks_an_opinion(question: str) -> bool:
    zh, en = _opinion_words()
    folded = _fold(question)
    english = set(re.findall(r"[a-z]+", folded))
    return any(word in folded for word in zh) or bool(english & en) or _HOW_IS.search(folded) is not None


@cache
def not_product_words() -> frozenset[str]:
    """English words that say what one thinks of a product (`opinion` "en": good, worth, tasty), and
    those of a title that say what kind or how much, not which product (`title_generic`: best, fresh,
    pack): neither names a product."""
    generic = ask_words().get("title_generic", ())
    return _opinion_words()[1] | frozenset(_fold(word) for word in generic)


def asks_opinion(question: str, terms: Iterable[str], titles: Iterable[str]) -> bool:
    """Whether a question asks only what friends think of a product (`is the tea good?`, `is the tea
    worth it?`, `how are the mangoes?`, `龙井怎么样`: `opinion` in `ask_words.json`): an opinion word,
    and besides it (`besides_opinion`) only products (`is_product`), as `有人买过芒果吗`. Any note of a
    friend on the product answers it."""
    if not _asks_an_opinion(question):
        return False
    rest = besides_opinion(question, terms)
    return bool(rest) and all(is_product(word, titles) for word in rest)


def asks_opinion_of_it(question: str, terms: Iterable[str]) -> bool:
    """Whether a question asks only what friends think of "it", naming nothing (`are they good?`,
    `好吃吗`, `is it worth it`): an opinion word (`opinion` in `ask_words.json`) and no other word that
    says what it is about (`besides_opinion`: `有人买过吗`). Any friend's note on the group buy "it"
    answers it."""
    return _asks_an_opinion(question) and not besides_opinion(question, terms)
