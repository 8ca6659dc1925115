"""`+1 Wang` after "Wang's Dumplings" ended here, with another group buy open: a friend Wang on the open
one, never "Wang's Dumplings has closed". A name that is only the owner's name in an ended title (the
word before its `'s`: Wang's, Tan’s) names a person, as `小王` in 小王家粽子 does (commerce.services.
group_buys._names_ended); with one open, the join is for that friend there; with several, the join for
the friend asks which, as `+1 for Wang` does. A word naming an open one, or the ended goods themselves
(`+1 dumplings`), is read as before."""

from __future__ import annotations

import re
from dataclasses import replace

from commerce.services import group_buys as service
from handlers.context import Context

_NAME = re.compile(r"^[A-Za-z][A-Za-z-]{1,19}$")
_POSSESSIVE = re.compile(r"(?<![A-Za-z])(?P<name>[A-Za-z][A-Za-z-]*)['’]s(?![A-Za-z])")


async def as_friend(ctx: Context) -> None:
    """Make `+1 Wang` a join for the friend Wang when Wang is only the owner's name in the title of a
    group buy that ended here and a group buy is open here naming nothing of it."""
    command = ctx.command
    if ctx.is_private or command.tap or command.friend or command.group_buy_id is not None:
        return
    word = command.note.strip()
    if not _NAME.match(word):
        return
    open_here = await ctx.uow.group_buys.open_in_chat(ctx.request.chat_id)
    if not open_here or any(service.names_product(word, g.terms.title) for g in open_here):
        return
    gone = await service.ended_named(ctx.uow, ctx.request.chat_id, word)
    if gone is None or not any(
        m.group("name").casefold() == word.casefold() for m in _POSSESSIVE.finditer(gone.terms.title)
    ):
        return
    ctx.command = replace(command, friend=word, note="")
