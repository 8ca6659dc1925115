"""Product options (多规格): one group buy selling `3斤` at ¥58 and `5斤` at ¥88, each with its own stock.

The rules, chosen so a buyer can say them in one sentence:
- Each option has its own price and, if the organiser says so, its own stock; the group buy's own
  stock (库存), target (成团) and tiers (阶梯) count the units of all options together.
- With options a tier is a discount per unit, off every option's price (`阶梯 10:-5`: from 10 units in
  total, everyone pays ¥5 less a unit, whatever option). Internally the group buy's base price is the
  cheapest option's and a tier is that price less the discount, so every rule of tiers (reached at the
  close, never dearer after an edit) holds unchanged; an option's price is its own less the discount.
- The per-person limit (限购) caps each line, so with options it caps each option a member takes.
- A member may hold several options: a line per member, friend and option; their order has one line
  per option at that option's price.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace

from commerce.domain.ask_relevance import in_other_words, stem
from commerce.domain.errors import DomainError
from commerce.domain.group_buy import GroupBuy, PriceTier, ProductOption, Terms, option_key
from commerce.domain.money import format_money


def with_options(terms: Terms, options: Sequence[ProductOption]) -> Terms:
    """`terms` selling `options`: the base price is the cheapest option's (what lists show as "from")."""
    if not options:
        return terms
    return replace(terms, options=tuple(options), unit_price=min(option.unit_price for option in options))


def tiers_from_discounts(
    base_price: int, discounts: Sequence[tuple[int, int]], currency: str
) -> tuple[PriceTier, ...]:
    """Tiers for `(min quantity, discount per unit)` pairs, priced off `base_price` (the cheapest
    option's); a discount that would leave nothing to pay is refused."""
    tiers = []
    for quantity, discount in discounts:
        if discount >= base_price:
            raise DomainError(
                "tier_discount_too_big",
                quantity=quantity,
                discount=format_money(discount, currency),
                price=format_money(base_price, currency),
            )
        tiers.append(PriceTier(quantity, base_price - discount))
    return tuple(tiers)


def option_in_note(group_buy: GroupBuy, note: str) -> tuple[str, str]:
    """(the option a join's words name, the rest of them as the note): `+1 5斤 3号楼` is option `5斤`
    with note `3号楼`. ("", note) when no word is an option (or it has none)."""
    if not group_buy.terms.options or not note:
        return "", note
    words = note.split()
    for size in range(len(words), 0, -1):  # the most words naming one: `+1 egg yolk`, `+1 2 kg` (`2kg`)
        for i in range(len(words) - size + 1):
            found = group_buy.option_named("".join(words[i : i + size]))
            if found is not None:
                return found.name, " ".join(words[:i] + words[i + size :])
    for i, word in enumerate(words):  # `+1 咸` for 咸的, `+1 蛋黄` for 蛋黄肉: the only one it begins
        said = _SIZE_SAID.match(word)  # `+1 小的`, `+1 大份`: the only one beginning 小 / 大
        shortened = option_shortened(group_buy, said[1] if said else word)
        if shortened:
            return shortened, " ".join(words[:i] + words[i + 1 :])
    return _size_in_english(group_buy, words) or ("", note)


# `小的`, `大份`: a size said in Chinese, the option beginning with it (`小盒`) when only one does
_SIZE_SAID = re.compile(r"^([大小中])[的份]$")
# `+1 large box` beside 大盒 / 小盒: a size said in English (and the pack after it) names the Chinese option
_SIZES = {"large": "大", "big": "大", "small": "小", "little": "小", "medium": "中"}
_PACKS = {"box": "盒", "boxes": "盒", "bag": "袋", "bags": "袋", "bottle": "瓶", "bottles": "瓶", "jar": "罐"}


def is_size_word(word: str) -> bool:
    """Whether a word is a size said in English (`medium`, `large`): an option tried, never a name."""
    return word.strip().casefold() in _SIZES


_PACK_WORDS = frozenset({*_PACKS, "jars", "pack", "packs", "set", "sets", "tray", "trays", "piece", "pieces"})


def only_pack_word(note: str) -> bool:
    """Whether what is left of a join's words after its option is only the pack (`+1 large box`:
    `box`), no note."""
    return note.strip(" ,.!").casefold() in _PACK_WORDS


def _size_in_english(group_buy: GroupBuy, words: list[str]) -> tuple[str, str] | None:
    """(the option, the rest) a size word names in Chinese (`large box`: 大盒, `small`: the only one
    beginning 小); None when none does."""
    for i, word in enumerate(words):
        size = _SIZES.get(word.casefold())
        if size is None:
            continue
        pack = _PACKS.get(words[i + 1].casefold(), "") if i + 1 < len(words) else ""
        for said, used in ((size + pack, 2 if pack else 1), (size, 1)):
            found = group_buy.option_named(said)
            name = found.name if found is not None else option_shortened(group_buy, said)
            if name:
                return name, " ".join(words[:i] + words[i + used :])
    return None


def named_by_size(names: Sequence[str], said: str) -> str:
    """The one of `names` that `said`, whole, names as a size in English and maybe its pack (`small box`:
    小盒, `large`: the only one beginning 大), as `_size_in_english` reads a join's words; "" when none."""
    words = said.casefold().split()
    if not 1 <= len(words) <= 2 or words[0] not in _SIZES:
        return ""
    if len(words) == 2 and words[1] not in _PACK_WORDS:
        return ""
    size, pack = _SIZES[words[0]], _PACKS.get(words[1], "") if len(words) == 2 else ""
    whole = [name for name in names if pack and option_key(name) == option_key(size + pack)]
    begun = [name for name in names if option_key(name).startswith(size)]
    return whole[0] if whole else begun[0] if len(begun) == 1 else ""


def option_shortened(group_buy: GroupBuy, word: str) -> str:
    """The option `word` shortens, as people type them: the start of only one of the options' names
    (`咸` for 咸的, `蛋黄` for 蛋黄肉, `lar` for large); "" when none or several begin so, or the word is
    a number (`1` is no `10斤`) or under three Latin letters (`me too` is no medium)."""
    typed = option_key(word)
    if not typed or typed.isdigit() or (typed.isascii() and len(typed) < 3):
        return ""
    begun = [o.name for o in group_buy.terms.options if option_key(o.name).startswith(typed)]
    return begun[0] if len(begun) == 1 else ""


_CJK = re.compile(r"[\u3400-\u9fff]")


def resembles_an_option(group_buy: GroupBuy, word: str) -> bool:
    """Whether a join's one word naming none of `group_buy`'s options reads as one of them misnamed
    rather than a name or a note: in Chinese the kind comes last, so `咸粽` beside 肉粽 / 甜粽 and `中盒`
    beside 大盒 end as an option does, and `中` beside 大 / 小 is one character as they are; `小王`,
    `芒果` beside 肉粽 / 甜粽 do not (a name, a note, as where nothing has options). A word without
    Chinese (`beef`, `500g`) or with a number (`4斤`) is taken as tried whenever there are options."""
    options = group_buy.terms.options
    typed = option_key(word)
    if not options or not typed:
        return False
    if (
        not _CJK.search(typed)
        or any(char.isdigit() for char in typed)
        or option_in_other_words(group_buy, word)
    ):
        return True  # `咸的`, `甜` beside salty / sweet: an option named in the other language
    names = [option_key(option.name) for option in options]
    if option_typed_alike(group_buy, word):  # `大和` beside 大盒: 大盒 typed with its homophone
        return True
    return any(name[-1:] == typed[-1:] or len(name) == len(typed) == 1 for name in names)


# the characters a pinyin keyboard offers for an option's counting word (`大和` for 大盒, `小带` for 小袋):
# one of them in its place is that option mistyped, never a name (`小王` beside 小盒 is a friend)
_HOMOPHONES = {
    "盒": "和合何河禾",
    "箱": "香想象相享",
    "袋": "带代待戴",
    "斤": "今金进近紧",
    "份": "分粉奋",
    "瓶": "平评凭",
    "包": "保宝报饱",
    "罐": "管关惯",
    "桶": "通同筒",
    "杯": "被背北",
    "装": "庄壮状",
    "大": "达打",
    "小": "晓笑校",
    "中": "种重钟",
}


def option_typed_alike(group_buy: GroupBuy, word: str) -> str:
    """The option a Chinese word is with one character replaced by its homophone (`大和`: 大盒), else ""."""
    typed = option_key(word)
    for option in group_buy.terms.options:
        name = option_key(option.name)
        if len(name) != len(typed) or len(name) < 2 or name == typed:
            continue
        apart = [(a, b) for a, b in zip(name, typed, strict=True) if a != b]
        if len(apart) == 1 and apart[0][1] in _HOMOPHONES.get(apart[0][0], ""):
            return option.name
    return ""


def option_in_other_words(group_buy: GroupBuy, word: str) -> str:
    """The option a join's one word names in the other language (`qualities` of `ask_words.json`: `咸的`,
    `咸` for salty, `甜` for sweet; `salty` for 咸的): its name, for the example of the question which
    (`+1 salty`, never `+1 salty 咸的`); "" when it names none of them, or several."""
    said = in_other_words(word) if option_key(word) else ()
    found = [
        option.name
        for option in group_buy.terms.options
        if any(_same_word(option_key(option.name), option_key(other)) for other in said)
    ]
    return found[0] if len(found) == 1 else ""


def _same_word(name: str, other: str) -> bool:
    """An option's name and a word for it in the other language: the English word (plural aside), or the
    Chinese word inside a Chinese name (`咸` in 咸的)."""
    if _CJK.search(other):
        return other in name
    return stem(name) == stem(other)


def option_at(group_buy: GroupBuy, index: int) -> str:
    """The name of option `index` (from 1, as the card's buttons number them); `option_gone` when the
    group buy has no such option (a button of another card)."""
    options = group_buy.terms.options
    if not 1 <= index <= len(options):
        raise DomainError("option_gone", id=group_buy.id, title=group_buy.terms.title)
    return options[index - 1].name
