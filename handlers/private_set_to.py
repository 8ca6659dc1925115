"""`make it 4 jin please`, `改成4斤` typed in a private chat: her own line set to that much, as the group's
`actually make it 3kg` does, when she has exactly one open line (her own, not a friend's) in any of her
group buys; with several, which one is asked (`make it 4 #3`, `改成4斤 #3`), nothing changed; with none,
answered as a `-1` there is (`private_leave_needs_code`). A share code opened there lately wins
(handlers.referrals: that card's group buy)."""

from __future__ import annotations

from fractions import Fraction

from commerce.domain.errors import DomainError
from commerce.domain.units import counts_in, in_unit, same_unit
from commerce.services.open_joins import OpenJoin, open_joins_of
from handlers.context import Context
from handlers.last_opened import Opened
from handlers.parsing.commands import Command
from handlers.texts import t
from handlers.texts.units import set_to_example, times


async def the_one(ctx: Context) -> Opened | None:
    """The group buy (and the listing her line was made in) whose own line of hers the set-to typed in
    private changes: the one named (`#3`) or her only open one; None when she has none there; several:
    `private_set_to_which`, asking which."""
    if not ctx.is_private or ctx.command.tap or ctx.command.signature:
        return None
    mine = [j for j in await open_joins_of(ctx.uow, member_id=ctx.request.user_id) if _own(j)]
    named = ctx.command.group_buy_id
    if named is not None:
        mine = [j for j in mine if j.group_buy.id == named]
    if len(mine) == 1:
        only = mine[0]
        assert only.group_buy.id is not None
        return Opened(only.group_buy.id, next(line.listing_id for line in only.lines if not line.friend))
    if not mine:
        return None
    lang = await ctx.lang()
    lines = t(lang, "private_set_to_separator").join(_line(lang, j) for j in mine)
    said_in = ctx.command.lang if ctx.command.lang in ("zh", "en") else lang
    raise DomainError("private_set_to_which", lines=lines, example=_example(said_in, ctx.command, mine))


def _example(lang: str, command: Command, mine: list[OpenJoin]) -> str:
    """The set-to naming the first of her group buys its amount fits (`4斤`: one sold by weight), in that
    group buy's unit as a set-to reads it (`改成2公斤 #3` for `改成4斤` on one sold by the kg; `make it 2
    #3`), never the unit as she typed it; an amount that is no whole number of it (`3斤` by the kg) as
    typed, and one in no unit of hers (`2 cans`) that many of the first."""
    measured, n = command.measured, command.quantity or 0
    typed = measured.unit if measured is not None else command.note if command.titled else ""  # `2 cans`
    fits = [j for j in mine if not typed or counts_in(typed, j.group_buy.terms.unit)] or mine
    first = fits[0].group_buy
    sold_in = first.terms.unit
    if typed and not same_unit(typed, sold_in):
        weighed = in_unit(Fraction(n), typed, sold_in)
        if weighed is not None and weighed.denominator != 1:  # `3斤` of one by the kg: as she typed it
            said = f"改成{n}{typed} #{first.id}" if lang == "zh" else f"make it {n} {typed} #{first.id}"
            return " ".join(said.split())
        n = n if weighed is None else int(weighed)  # no weight (`2 cans` of Kaya): that many of it
    return set_to_example(lang, n, sold_in, number=first.id)


def _own(join: OpenJoin) -> bool:
    return any(not line.friend for line in join.lines)


def _line(lang: str, join: OpenJoin) -> str:
    """`Pork (#1) 2 jin`, `Kaya (#3) ×1`: her own line's quantity in a group buy."""
    held = sum(line.quantity for line in join.lines if not line.friend)
    unit = join.group_buy.terms.unit
    title = join.group_buy.terms.title
    return t(lang, "private_set_to_line", title=title, id=join.group_buy.id, held=times(held, unit, lang))
