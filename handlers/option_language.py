"""An English word tried as an option where the one open group buy with options names them in Chinese
only (香草, 巧克力): `vanilla +1`, `Vanilla +1 for Tom` (handlers.option_question), `vanilla -1`
(handlers.group_buys.leave) are told the options there are, nothing changed."""

from __future__ import annotations

import re

from commerce.domain.ask_relevance import is_product_word
from commerce.domain.group_buy import GroupBuy
from handlers.parsing.joins import is_courtesy

# English words a join may start with that are never an option tried (`hello +1`, `same +1`)
_NO_OPTION_WORDS = frozenset(
    {"hello", "hi", "hey", "same", "me", "too", "also", "and", "plus", "ok", "okay", "yes", "team", "here"}
)


def option_in_another_language(word: str, open_here: list[GroupBuy]) -> bool:
    """`vanilla +1`, `Vanilla +1 for Tom` where the one open group buy with options names them in Chinese
    only (香草, 巧克力): one English word before the count, no option's and no product's, tried as an
    option (answered with the options there are, nothing joined); a word beside English options, or any
    chatter word (`hello +1`), stays as before."""
    with_options = [g for g in open_here if g.terms.options]
    if len(with_options) != 1 or " " in word or not re.fullmatch(r"[A-Za-z][a-z'-]{2,19}", word):
        return False
    if word.casefold() in _NO_OPTION_WORDS or is_product_word(word) or is_courtesy(word):
        return False
    return all(not option.name.isascii() for option in with_options[0].terms.options)
