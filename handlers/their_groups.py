"""The group through which a member knows a group buy, for what a private chat says of it: `分享 #5`
typed there gives her code when the group buy is one of her groups', `+1 #5` typed there is told
which group to send it in. A group buy of none of her groups is never named to her (no leak of
another group's name or goods)."""

from __future__ import annotations

from commerce.domain.group_buy import GroupBuy
from commerce.domain.member import identity
from handlers.chat_names import title_of
from handlers.context import Context


async def their_chat(ctx: Context, group_buy: GroupBuy) -> str | None:
    """The chat this member knows the group buy from: its own group, when she organises it or was seen
    there; else a group she was seen in that help-sells it (帮卖); else its own group when she is on it
    (joined with a friend's code from a private chat). None: none of her groups has it."""
    member = ctx.request.user_id
    who = identity(ctx.request.platform, member)
    if group_buy.organiser_id == member or await ctx.uow.edits.member_of(group_buy.chat_id, who):
        return group_buy.chat_id
    if group_buy.id is None:
        return None
    for listing in await ctx.uow.listings.of_group_buy(group_buy.id) if group_buy.listings else ():
        if await ctx.uow.edits.member_of(listing.chat_id, who):
            return listing.chat_id
    if await ctx.uow.group_buys.joined_among([group_buy.id], member):
        return group_buy.chat_id
    return None


async def their_group_name(ctx: Context, group_buy: GroupBuy) -> str | None:
    """The name of the group `their_chat` finds, None when it is none of hers or its name is unknown."""
    chat_id = await their_chat(ctx, group_buy)
    return None if chat_id is None else await title_of(ctx.uow, chat_id)
