"""A buyer's payment question naming her organiser (rep93 #6): `did Lee get my money?`, `Amy收到我的钱了吗`
are asked as `did the organiser get my money?`, `团长收到我的钱了吗` when Lee (Amy) organises a group buy
she holds an order of; a name of no organiser of hers is left as typed (in private the notes answer it;
heard unasked in a group it is talk)."""

from __future__ import annotations

from commerce.domain.asking import organiser_named
from handlers.context import Context

ORDERS_READ = 20  # her newest orders whose organisers the name is looked for among


async def as_organiser(ctx: Context, text: str) -> str | None:
    """The question as asked of `the organiser` when it names hers; `text` itself when it names none, or
    (asked of the bot) one who is not hers; None: a name of no organiser of hers heard unasked (talk)."""
    found = organiser_named(text)
    if found is None:
        return text
    name, asked = found
    wanted = name.casefold()
    seen: set[int] = set()
    for order in (await ctx.uow.orders.for_buyer(ctx.request.user_id))[:ORDERS_READ]:  # newest first
        if order.group_buy_id in seen:
            continue
        seen.add(order.group_buy_id)
        group_buy = await ctx.uow.group_buys.get(order.group_buy_id)
        if group_buy is not None and group_buy.organiser_name.casefold() == wanted:
            return asked
    return None if ctx.command.overheard else text
