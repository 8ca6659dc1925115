"""An organiser's command (`/pickup all …`, `撤销已取 Xiaoli`, `/unpickup Kim`) from a member who may not
give it in this group is refused first, naming the organiser ("only the organiser (Lisa) can …"), never
answered with a status (`Kim has no picked-up order here`) or "name one by its number", which hint that
he could (rep55 #9). A help-seller is told what she may do in her group instead (`handlers.group_buys`)."""

from __future__ import annotations

from commerce.domain.group_buy import GroupBuy
from commerce.domain.listings import Listing
from commerce.domain.member import identity
from handlers.context import Context

LISTINGS_READ = 10  # the group buys listed (帮卖) in a chat looked at


async def not_hers(ctx: Context, *, helpers: bool = False) -> GroupBuy | None:
    """In a group, the group buy whose organiser a refusal names (the newest of this chat's own, else of
    those listed here) when the sender runs none of them, is no admin of the chat, help-sells none of
    them here and (`helpers`) is pickup helper of none; None when she may (or none is here): the command
    goes on as before."""
    request = ctx.request
    if ctx.is_private or request.is_admin:
        return None
    me = request.user_id
    here = [
        *await ctx.uow.group_buys.open_in_chat(request.chat_id),
        *await ctx.uow.group_buys.closed_in_chat(request.chat_id),
    ]
    listed = await ctx.uow.listings.listed_in(request.chat_id, limit=LISTINGS_READ)
    if any(listing.seller_id == me for listing in listed):
        return None
    for listing in listed:
        found = await ctx.uow.group_buys.get(listing.group_buy_id)
        if found is not None and all(found.id != other.id for other in here):
            here.append(found)
    if not here or any(found.organiser_id == me for found in here):
        return None
    if helpers:
        helper = identity(request.platform, me)
        for found in here:
            if found.id is not None and await ctx.uow.pickups.is_helper(found.id, helper):
                return None
    return max(here, key=lambda found: found.id or 0)


async def sold_here(ctx: Context) -> list[tuple[Listing, GroupBuy]]:
    """The group buys the sender help-sells (帮卖) in this group, oldest first, each with its listing."""
    request = ctx.request
    if ctx.is_private:
        return []
    mine = []
    for listing in await ctx.uow.listings.listed_in(request.chat_id, limit=LISTINGS_READ):
        if listing.seller_id != request.user_id:
            continue
        found = await ctx.uow.group_buys.get(listing.group_buy_id)
        if found is not None:
            mine.append((listing, found))
    return sorted(mine, key=lambda pair: pair[1].id or 0)
