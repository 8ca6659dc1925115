"""`make it 4 jin please`, `改成4斤` typed in a private chat: her own line set to that much, as the group's
`actually make it 3kg` does, when she has exactly one open line (her own, not a friend's) in any of her
group buys; with several, which one is asked (`make it 4 #3`, `改成4斤 #3`), nothing changed; with none,
answered as a `-1` there is (`private_leave_needs_code`). A share code opened there lately wins
(handlers.referrals: that card's group buy)."""

from __future__ import annotations

from commerce.domain.errors import DomainError
from commerce.domain.units import counts_in
from commerce.services.open_joins import OpenJoin, open_joins_of
from handlers.context import Context
from handlers.last_opened import Opened
from handlers.texts import t
from handlers.texts.units import times


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
    measured = ctx.command.measured
    unit = "" if measured is None else measured.unit
    fits = [j for j in mine if not unit or counts_in(unit, j.group_buy.terms.unit)] or mine  # `4斤`: sold so
    n, first = ctx.command.quantity, fits[0].group_buy
    example = (
        f"改成{n}{unit or '份'} #{first.id}"
        if ctx.command.lang == "zh"
        else f"make it {n} {unit} #{first.id}"
    )
    raise DomainError("private_set_to_which", lines=lines, example=" ".join(example.split()))


def _own(join: OpenJoin) -> bool:
    return any(not line.friend for line in join.lines)


def _line(lang: str, join: OpenJoin) -> str:
    """`Pork (#1) 2 jin`, `Kaya (#3) ×1`: her own line's quantity in a group buy."""
    held = sum(line.quantity for line in join.lines if not line.friend)
    unit = join.group_buy.terms.unit
    title = join.group_buy.terms.title
    return t(lang, "private_set_to_line", title=title, id=join.group_buy.id, held=times(held, unit, lang))
