"""`撤回` typed alone: WeChat's word for recalling a message, or a member taking her join back. It changes
nothing. From one holding her own line on a group buy open here it says what to send (`recall_hint`:
that recalling changes no list, and how to leave or change how many); from anyone else, in a group, it
is talk (a recall is often said aloud: `撤回了一条消息`, never read at all). In private: the help hint."""

from __future__ import annotations

from commerce.domain.errors import DomainError
from commerce.domain.group_buy import GroupBuy
from handlers import settings
from handlers.context import Context
from handlers.texts.units import quantity, set_to_example
from handlers.types import Reply


async def hint(ctx: Context) -> list[Reply]:
    """Raise `recall_hint` naming her own line on the newest group buy open here she holds one on (its
    `#N` in the examples where several are open); else no answer (a group) or the help hint (private)."""
    if ctx.is_private:
        return await settings.help_hint(ctx)
    open_here = await ctx.uow.group_buys.open_in_chat(ctx.request.chat_id)
    for group_buy in sorted(open_here, key=lambda g: g.id or 0, reverse=True):
        held = await _own_held(ctx, group_buy)
        if held is None:
            continue
        count, option = held
        assert group_buy.id is not None
        number = group_buy.id if len(open_here) > 1 else None
        lang = await ctx.lang(group_buy)
        amount = quantity(count, group_buy.terms.unit, lang)
        change = set_to_example(lang, count - 1 if count > 1 else count + 1, group_buy.terms.unit, "", number)
        raise DomainError(
            "recall_hint",
            title=group_buy.terms.title,
            id=group_buy.id,
            held=f"{option} ×{amount}" if option else f"×{amount}",
            at="" if number is None else f" #{number}",
            change=change,
        )
    return []


async def _own_held(ctx: Context, group_buy: GroupBuy) -> tuple[int, str] | None:
    """(units, option) of her own line(s) on `group_buy` (an option named only when she holds one);
    None when she holds none of her own."""
    assert group_buy.id is not None
    lines = await ctx.uow.group_buys.lines_of(group_buy.id, ctx.request.user_id)
    own = [line for line in lines if not line.friend and line.quantity > 0]
    if not own:
        return None
    options = {line.option for line in own}
    option = options.pop() if len(options) == 1 else ""
    return sum(line.quantity for line in own), option
