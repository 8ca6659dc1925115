"""A help-seller's (帮卖) `名单 #12` / `催款 #12` typed in her private chat with the bot: the group she
help-sells #12 in, where the command works for her as if typed there (its public list, its reminder).

Only the organiser's commands reach a group buy by its number from a private chat; a help-seller is
not its organiser, so without this she was told she never opened #12, true but no help.
"""

from __future__ import annotations

from commerce.domain.errors import DomainError
from handlers import chat_names
from handlers.context import Context
from handlers.texts import t


async def sellers_group(ctx: Context) -> str | None:
    """In a private chat, a command naming a group buy the sender help-sells and does not organise: the
    chat of her listing (None: not private, none named, hers to run, or she sells it nowhere: as before).
    Selling it in several groups: refused, naming them, with the command to send in the one meant."""
    group_buy_id, actor = ctx.command.group_buy_id, ctx.request.user_id
    if not ctx.is_private or group_buy_id is None:
        return None
    group_buy = await ctx.uow.group_buys.get(group_buy_id)
    if group_buy is None or group_buy.organiser_id == actor or not group_buy.listings:
        return None
    mine = [
        listing for listing in await ctx.uow.listings.of_group_buy(group_buy_id) if listing.seller_id == actor
    ]
    if not mine:
        return None
    if len(mine) == 1:
        return mine[0].chat_id
    lang = await ctx.lang(group_buy)
    names = await chat_names.titles(ctx.uow, [listing.chat_id for listing in mine])
    other = t(lang, "share_code_another_chat")
    chats = t(lang, "list_separator").join(
        t(lang, "which_order_chat", chat=names[listing.chat_id]) if listing.chat_id in names else other
        for listing in mine
    )
    if ctx.command.name == "remind":
        raise DomainError("helpsell_private_remind_groups", id=group_buy_id, chats=chats)
    raise DomainError("helpsell_private_list_groups", id=group_buy_id, chats=chats)
