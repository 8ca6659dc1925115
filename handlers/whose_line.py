"""Whose line a name before a 接龙 line's count says (`王阿姨 +2`, `小李 +2`, `Tom +1`, `小王 +1 小李 +1`):
her own (her display name or her name in this group), a person's (a friend's line, as `+2 帮 小李`, `+1 for
Tom`), or none (talk, or a product's word: `排队 +1`, `芒果+1`, `Same +1`). Read by handlers.option_question
(one line) and handlers.several_items (several names on one line: one person a message)."""

from __future__ import annotations

from commerce.domain.ask_relevance import is_product_word
from handlers.parsing.joins import person_name
from handlers.types import Request


def line_name(request: Request, word: str) -> str | None:
    """Whose line `word` before a join's count says: "" for her own (her display name or her name in
    this group), the friend's name for a person's (`小李`: as `+2 帮 小李`; `Tom`: as `+1 for Tom`); None for
    any other word."""
    if " " in word or not word:
        return None
    own = {" ".join(n.split()).casefold() for n in (request.display_name, request.alias or "") if n}
    if word.casefold() in own:
        return ""
    if word.isascii() and is_product_word(word):  # `Durian +1 Kaya +1`: goods, never a friend's line
        return None
    return word if person_name(word) else None
