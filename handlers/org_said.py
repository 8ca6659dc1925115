"""An organiser's other ways of saying her commands (rep74 #9), read by `handlers.parsing.commands`:
`撤销 已收 @X` is `撤销已收 @X`, `收到了 3-1` is `已收 3-1`, `结单` and `结束接龙` are `截单` (`org_said`); a
bare `撤销` just after her 已收 asks whether she means `撤销已收 1-1` (`org_undo_alone`), and `close` alone
whether she means `/close #4` (`org_close_alone`), nothing changed. Only from someone running a group
buy there (in private: anywhere); from anyone else these stay talk."""

from __future__ import annotations

from dataclasses import replace
from datetime import datetime, timedelta

from commerce.domain.errors import DomainError
from commerce.domain.group_buy import GroupBuy, GroupBuyStatus
from commerce.domain.order import Order, OrderStatus
from handlers.context import Context
from handlers.org_words import talk
from handlers.parsing.commands import parse_text
from handlers.texts import t
from handlers.types import Reply

UNDO_WITHIN = timedelta(minutes=10)  # a bare `撤销` this soon after her 已收 may mean undoing it


async def said_as(ctx: Context) -> list[Reply]:
    """`结单 #2`: run as `截单 #2` is, from one running a group buy there; else talk."""
    if not await _runs(ctx):
        return await talk(ctx)
    from handlers.registry import HANDLERS, VOCABULARY  # the registry imports this module

    typed = f"{ctx.command.word} {ctx.command.rest}".strip()
    command = parse_text(typed, vocabulary=VOCABULARY, private=ctx.is_private)
    if command is None or command.name not in HANDLERS or command.name.startswith("org_"):
        return await talk(ctx)
    return await HANDLERS[command.name](replace(ctx, command=command))


async def undo_alone(ctx: Context) -> list[Reply]:
    """A bare `撤销` just after her 已收 here (`UNDO_WITHIN`): `是想发 撤销已收 1-1 吗？`, nothing changed;
    else talk."""
    if ctx.is_private:
        return await talk(ctx)
    latest: tuple[Order, datetime] | None = None
    for group_buy in await _hers_here(ctx):
        if group_buy.id is None or group_buy.status is GroupBuyStatus.OPEN:
            continue
        for order in await ctx.uow.orders.for_group_buy(group_buy.id):
            if order.status is not OrderStatus.PAID:
                continue
            change = next((c for c in reversed(order.history) if c.to_status is OrderStatus.PAID), None)
            if change is None or change.actor != ctx.request.user_id or ctx.now - change.at > UNDO_WITHIN:
                continue
            if latest is None or change.at > latest[1]:
                latest = (order, change.at)
    if latest is None:
        return []
    raise DomainError("org_undo_meant", order=latest[0].number)


async def close_alone(ctx: Context) -> list[Reply]:
    """`close` alone from one running group buys open here: `Did you mean /close #4?` (each of hers),
    nothing changed; else talk."""
    if ctx.is_private:
        return await talk(ctx)
    open_here = [g for g in await _hers_here(ctx) if g.status is GroupBuyStatus.OPEN]
    if not open_here:
        return []
    each = t("en", "org_examples_or").join(f"/close #{g.id}" for g in open_here)
    raise DomainError("org_close_meant", examples=each)


async def _runs(ctx: Context) -> bool:
    """Whether the sender runs a group buy there: here (open, or closed), in private any anywhere."""
    if ctx.is_private:
        return bool(await ctx.uow.views.group_buys_of(ctx.request.user_id, limit=1))
    return bool(await _hers_here(ctx))


async def _hers_here(ctx: Context) -> list[GroupBuy]:
    """The group buys the sender runs in this chat, open or closed, by number."""
    chat_id = ctx.request.chat_id
    here = [
        *await ctx.uow.group_buys.open_in_chat(chat_id),
        *await ctx.uow.group_buys.closed_in_chat(chat_id),
    ]
    return sorted((g for g in here if g.organiser_id == ctx.request.user_id), key=lambda g: g.id or 0)
