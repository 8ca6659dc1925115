"""The option (规格) a price question names: `大的多少钱`, `大号多少钱`, `how much is large?`,
`how much is the large one?` ask the price of 大 / large alone (handlers.ask._price says it);
`中的多少钱`, `how much is medium?` beside 大 / 小 name a size it does not sell: answered as `多少钱` is,
every option's price (which tells the options there are). Options are read as a join's words name
them (commerce.domain.options.option_in_note: `大的`, `大份`, `large box`), and `大号` / `大码` as 大."""

from __future__ import annotations

import re

from commerce.domain.group_buy import GroupBuy
from commerce.domain.options import is_size_word, only_pack_word, option_in_note, resembles_an_option
from commerce.services.group_buys import names_product

# the words of a price question that name nothing (the price asked, a number, a mention, punctuation)
_ASKING = re.compile(
    r"#\d+|@\S+|请问|多少钱|几多钱|怎么卖|咋卖|什么价|啥价|价格|价钱"
    r"|一\s*(?:份|斤|个|盒|箱|袋|件|包|打|公斤|千克|kg)"
    r"|\bhow much\b|\bwhat(?:['’]s| is| are)\b|\bprices?\b|\bcosts?\b|\bdo(?:es)?\b"
    r"|[?？!！,，。.~～:：]",
    re.IGNORECASE,
)
_CHINESE_END = re.compile(r"(?:呀|啊|呢|哈|啦)$")
_FILLERS = frozenset(
    {
        "is",
        "are",
        "for",
        "of",
        "the",
        "a",
        "an",
        "one",
        "ones",
        "size",
        "it",
        "they",
        "them",
        "each",
        "now",
        "please",
        "pls",
        "that",
        "this",
        "these",
        "those",
    }
)
# `大的`, `大号`, `大码`, `大款`: the size, and a word saying it is one (`大份`: option_in_note reads it too)
_SIZE_SUFFIX = re.compile(r"^(.+?)(?:的|号|码|份|款|个|装)$")
_CJK = re.compile(r"[\u3400-\u9fff]")


def _said(group_buy: GroupBuy, text: str) -> str:
    """What a price question names once the asking is taken off (`how much is the large one?`: large),
    the product's own words too (`how much is the large pizza?`: large); "" when nothing is named."""
    words = _ASKING.sub(" ", text).split()
    title = group_buy.terms.title
    kept = []
    for word in words:
        word = _CHINESE_END.sub("", word)
        if word.startswith(title) and word != title:  # `披萨大的多少钱`: 大的
            word = word[len(title) :]
        if not word or word.casefold() in _FILLERS:
            continue
        if group_buy.option_named(word) is None and names_product(word, title):
            continue
        kept.append(word)
    return " ".join(kept)


def _forms(said: str) -> list[str]:
    """`大号` as typed, then as 大 (a Chinese size with the word that says it is one)."""
    found = _SIZE_SUFFIX.match(said) if _CJK.search(said) and " " not in said else None
    return [said, found[1]] if found else [said]


def option_asked(group_buy: GroupBuy, text: str) -> str:
    """The name of the option of `group_buy` that a price question names, whole (`大的多少钱`: 大, `how
    much is the large one?`: large); "" when it names none (`多少钱`, `how much is it?`) or more."""
    said = _said(group_buy, text)
    if not group_buy.terms.options or not said:
        return ""
    for form in _forms(said):
        found = group_buy.option_named(form)
        if found is not None:
            return found.name
    for form in _forms(said):
        name, rest = option_in_note(group_buy, form)
        if name and (not rest or only_pack_word(rest)):
            return name
    return ""


def other_size_asked(group_buy: GroupBuy, text: str) -> bool:
    """Whether a price question names an option `group_buy` does not sell, as one of its own is named
    (`中的多少钱` beside 大 / 小, `how much is medium?`): answered with every option's price. A word that
    is no size (`停车多少钱`, `how much is the parking?`) is not: that is talk about something else."""
    said = _said(group_buy, text)
    if not group_buy.terms.options or not said or option_asked(group_buy, text):
        return False
    if not _CJK.search(said):
        return all(is_size_word(word) for word in said.split())
    return any(resembles_an_option(group_buy, form) for form in _forms(said))
