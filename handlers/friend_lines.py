"""A friend's line that names a member of the chat (`+1 #7 给 @Kim 带一份` by Jo): when Kim then joins for
herself, her answer says Jo already put one down for her (`Jo 已经帮你报了 1 份`), so a double is seen and
undone with `-1`; nothing is refused. Each friend's line made is remembered by its group buy and the
friend's name (shared state, 30 days), so a member's first join costs one look-up, never a read of the list;
the line itself is read again before it is named (it may have been taken off since)."""

from __future__ import annotations

from datetime import timedelta

from commerce.domain.group_buy import GroupBuy, Participant
from commerce.state import Json
from handlers.context import Context
from handlers.texts import t
from handlers.texts import units as unit_texts

KEPT_FOR = timedelta(days=30)


def _folded(name: str) -> str:
    return " ".join(name.split()).casefold()


def _key(group_buy_id: int, name: str) -> str:
    return f"friend_line:{group_buy_id}:{_folded(name)}"


async def remember(ctx: Context, group_buy: GroupBuy, line: Participant) -> None:
    """Jo's line for Kim, kept under Kim's name on this group buy."""
    if group_buy.id is None or not line.friend or ctx.values is None:
        return
    said: Json = {"by": line.user_id, "name": ctx.request.display_name}
    await ctx.values.set(_key(group_buy.id, line.friend), said, ttl=KEPT_FOR.total_seconds())


async def put_down_for_her(ctx: Context, group_buy: GroupBuy, lang: str) -> str:
    """`Jo 已经帮你报了 1 份…` when another member holds a friend's line under her name (display name or
    room alias) on `group_buy`; "" when none does."""
    if group_buy.id is None or ctx.values is None:
        return ""
    names = list(dict.fromkeys(_folded(n) for n in (ctx.request.display_name, ctx.request.alias or "") if n))
    found = await ctx.values.get_many([_key(group_buy.id, name) for name in names])
    for said in found:
        if not isinstance(said, dict) or not isinstance(said.get("by"), str):
            continue
        by, name = str(said["by"]), str(said.get("name") or "")
        if by == ctx.request.user_id:
            continue
        lines = await ctx.uow.group_buys.lines_of(group_buy.id, by)
        held = sum(line.quantity for line in lines if _folded(line.friend) in names)
        if not held:
            continue
        several = await ctx.uow.group_buys.count_open_in_chat(group_buy.chat_id) > 1
        at = f" #{group_buy.id}" if several else ""
        unit = group_buy.terms.unit
        if unit:
            held_said = unit_texts.quantity(held, unit, lang)
            return t(lang, "friend_put_you_down_in_unit", name=name, held=held_said, at=at)
        return t(lang, "friend_put_you_down", count=held, name=name, at=at)
    return ""


async def mentioned_friend(ctx: Context, friend: str) -> str:
    """`+1 @Cat`'s friend: Cat, unless the mention names the sender or the organiser of a group buy open
    here (`+1 @Amy` to Amy: her own line, ""); the rest kept as the join read it."""
    mine = {_folded(n) for n in (ctx.request.display_name, ctx.request.alias or "") if n}
    organisers = {
        _folded(g.organiser_name) for g in await ctx.uow.group_buys.open_in_chat(ctx.request.chat_id)
    }
    return "" if _folded(friend) in mine | organisers else friend
