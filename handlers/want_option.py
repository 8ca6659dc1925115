"""`I want 3 medium`, `2 medium`, `put me down for 2 medium`, `我要3份中盒`: a join said in words naming an
option that the one group buy open here with options does not have (review 71 #6: silence, while `change
to medium` and `make it 3 medium` were answered). From one holding her own line there: there is no such
option, its options, and the exact join for that many of one she does not hold yet (`+3 small`), nothing
changed. From one holding nothing there: answered as the typed join naming it (`+3 medium`) is. Anything
else stays talk (`I want 2 days`, `2 medium` where nothing has options, no count typed: `put me down for
dinner`)."""

from __future__ import annotations

import re
from dataclasses import replace

from commerce.domain.errors import DomainError
from commerce.domain.group_buy import GroupBuy
from commerce.domain.options import resembles_an_option
from handlers.context import Context
from handlers.parsing.commands import Command
from handlers.parsing.option_words import looks_like_option
from handlers.texts.units import set_to_example

# `I want 2 days`, `2 pm`, `I'll take 2 more`: a time or a count of something else, never an option tried
_NOT_OPTIONS = frozenset(
    {"am", "pm", "day", "days", "hour", "hours", "min", "mins", "minute", "minutes", "week", "weeks",
     "people", "persons", "times", "oclock", "each", "all", "total", "in", "more", "of", "them", "too",
     "then", "now", "ok", "okay", "also", "only", "again", "back", "extra", "less", "max", "left", "ppl",
     "pax"}
)  # fmt: skip

# a count typed (`I want 3 medium`, `我要两份中盒`): without one, `put me down for dinner` stays talk
_COUNT = re.compile(r"\d|[一二两三四五六七八九十]")


async def tried(ctx: Context, word: str, open_here: list[GroupBuy]) -> Command | None:
    """The command to carry on with as the typed `+N word` on that group buy (she holds nothing there),
    None when the words stay talk; raises `want_option_not_here` to one holding her own line there."""
    command = ctx.command
    with_options = [g for g in open_here if len(g.terms.options) > 1 and g.id is not None]
    if ctx.is_private or command.friend or len(with_options) != 1 or word.casefold() in _NOT_OPTIONS:
        return None
    if not _COUNT.search((ctx.request.text or "").replace(word, " ")):
        return None
    group_buy = with_options[0]
    assert group_buy.id is not None
    if command.group_buy_id not in (None, group_buy.id):
        return None
    if not looks_like_option(word.lower(), ctx.request.text or "") or not resembles_an_option(
        group_buy, word
    ):
        return None
    lines = await ctx.uow.group_buys.lines_of(group_buy.id, ctx.request.user_id)
    held = {
        line.option: line.quantity for line in lines if not line.friend and line.quantity > 0 and line.option
    }
    n = command.quantity or 1
    at = f" #{group_buy.id}" if command.group_buy_id is not None else ""
    if not held:  # as `+3 medium` is answered: which option, its example `+3 large`
        return replace(
            command, note=word, titled=False, group_buy_id=group_buy.id if len(open_here) > 1 else None
        )
    others = [option for option in group_buy.terms.options if option.name not in held]
    to = next((option for option in others if not group_buy.option_sold_out(option)), None)
    if to is not None:
        option, example = to.name, f"+{n} {to.name}{at}"
    else:  # she holds a line of each: set one of hers to that many
        option = next(iter(held))
        number = group_buy.id if command.group_buy_id is not None else None
        example = set_to_example(await ctx.lang(group_buy), n, "", option, number)
    raise DomainError(
        "want_option_not_here",
        title=group_buy.terms.title,
        id=group_buy.id,
        name=word,
        choices=group_buy.option_choices(),
        n=n,
        option=option,
        example=example,
    )
