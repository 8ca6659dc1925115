"""Whose line a name before a 接龙 line's count says (`王阿姨 +2`, `小李 +2`, `Tom +1`, `小王 +1 小李 +1`):
her own (her display name or her name in this group), a person's (a friend's line, as `+2 帮 小李`, `+1 for
Tom`), or none (talk, or a product's word: `排队 +1`, `芒果+1`, `Same +1`). Read by handlers.option_question
(one line) and handlers.several_items (several names on one line: one person a message). A word that is
an option of the group buy is the option (`Vanilla +1`, `香草 -1`), asked which when she also put a friend of
that name down on it (`option_or_friend`)."""

from __future__ import annotations

from commerce.domain.ask_relevance import is_product_word
from commerce.domain.errors import DomainError
from commerce.domain.group_buy import GroupBuy
from handlers.context import Context
from handlers.parsing.joins import person_name
from handlers.texts import t
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


async def option_or_friend(
    ctx: Context, group_buy: GroupBuy, option: str, word: str, *, numbered: bool
) -> None:
    """`Vanilla +1` / `Vanilla -1`, `word` naming `option` of `group_buy`: the option (it wins over a friend's
    name), unless she holds a line on it for a friend called so too (case and width aside): then asked
    which, both examples (`numbered`: with its `#N`, several being open), nothing changed."""
    assert group_buy.id is not None
    lines = await ctx.uow.group_buys.lines_of(group_buy.id, ctx.request.user_id)
    friend = next((line for line in lines if line.friend and _folded(line.friend) == _folded(word)), None)
    if friend is None:
        return
    leave = ctx.command.name == "leave"
    head = f"{'-' if leave else '+'}{ctx.command.quantity or 1}" + (f" #{group_buy.id}" if numbered else "")
    lang = await ctx.lang(guess=True)
    for_friend = t(lang, "which_example_join_for", example=head, friend=friend.friend)
    raise DomainError(
        "option_or_friend",
        word=word,
        title=group_buy.terms.title,
        id=group_buy.id,
        friend=friend.friend,
        option_example=f"{head} {option}",
        friend_example=for_friend if leave or not friend.option else f"{for_friend} {friend.option}",
    )


def _folded(name: str) -> str:
    return " ".join(name.split()).casefold()
