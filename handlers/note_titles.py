"""A join's note that is only another open group buy's title, or a typo of a title (`+1 #1 鸡旦`).

With 芒果 (#1) and 鸡蛋 (#3) open, `+1 #1 鸡旦` joined 芒果 with the note 鸡旦, while the member most
likely meant the eggs. A note that is one word naming, or mistyping, the title of another group buy open
here (and not #1's own) joins nothing: she is asked which one she means, both joins given. A typo of the
named group buy's own title (`+1 #3 鸡旦`) joins it, the note kept as typed: the organiser reads it (in
Latin letters, `+1 #3 lychess`, the service drops it: `commerce.domain.titles.title_typo`).
A note naming an option, a labelled note, one with a digit (`3号楼`) or several words stay notes.
"""

from __future__ import annotations

from dataclasses import replace

from commerce.domain.ask_relevance import product_named
from commerce.domain.errors import DomainError
from commerce.domain.group_buy import GroupBuy
from commerce.domain.options import option_in_note
from commerce.domain.titles import mistyped, word_names
from handlers.context import Context
from handlers.parsing.joins import note_labelled
from handlers.which import join_example


async def checked(ctx: Context) -> None:
    """Raise `join_note_names_another` for `+1 #1 鸡旦` (鸡蛋 #3 open); else leave the join as read."""
    command = ctx.command
    word = command.note.strip()
    if (
        ctx.is_private
        or command.tap
        or command.pasted
        or command.items
        or command.group_buy_id is None
        or not word
        or len(word.split()) != 1
        or note_labelled(ctx.request.text)
    ):
        return
    open_here = await ctx.uow.group_buys.open_in_chat(ctx.request.chat_id)
    named = next((g for g in open_here if g.id == command.group_buy_id), None)
    if named is None or word_names(word, named.terms.title) or option_in_note(named, word)[0]:
        return
    others = [g for g in open_here if g.id != named.id and _meant(word, g)]
    if mistyped(word, named.terms.title):  # `+1 #3 鸡旦`: its own title, mistyped, kept as typed (a
        return  # two-character title is one character from many real words: `+1 #1 苹果` on 芒果)
    if not others:
        return
    other = min(others, key=lambda g: (not word_names(word, g.terms.title), g.id or 0))
    assert named.id is not None and other.id is not None
    lang = await ctx.lang(guess=True)
    measured = None if command.measured is None else replace(command.measured, note="")
    plain = replace(command, note="", measured=measured)  # the joins to send, without the word
    raise DomainError(
        "join_note_names_another",
        word=word,
        id=named.id,
        title=named.terms.title,
        other_id=other.id,
        other_title=other.terms.title,
        example=join_example(lang, plain, named.id, sold_in=named.terms.unit),
        other_example=join_example(lang, plain, other.id, sold_in=other.terms.unit),
    )


def _meant(word: str, group_buy: GroupBuy) -> bool:
    """`鸡蛋`, `鸡旦`, `eggs` for 鸡蛋: the word names or mistypes the group buy's product."""
    title = group_buy.terms.title
    return word_names(word, title) or product_named(word, title) or mistyped(word, title)
