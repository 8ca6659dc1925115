"""The organiser's questions in words, as the whole message (rep52 #7): `who paid?` (`名单`);
`who hasn't paid?`, `谁没付款`, `谁还没付款` (every group buy of hers here, in private all of
hers, with unpaid orders: the names and order numbers, sent to her privately; rep54 #3);
`remind unpaid`, `remind everyone to pay`, `提醒大家付款`, `提醒没付款的`, `催没付款的`
(`催款`), `export` (`导出`): answered as the command is, as `谁还没取货` is. From someone who
runs no group buy they stay talk among neighbours (no answer), but `谁还没付款` asked of the
bot (in private, or mentioning it) is told the list is the organiser's."""

from __future__ import annotations

from dataclasses import replace

from handlers import collecting, exporting, listing
from handlers.context import Context
from handlers.texts import t
from handlers.types import Reply

_MEANT = {"list": listing.show_list, "remind": collecting.remind, "export": exporting.export}


async def asked(ctx: Context) -> list[Reply]:
    """The command `ctx.command.rest` names (`list`, `remind`, `export`), bare, as if typed."""
    meant = ctx.command.rest
    if meant not in _MEANT and meant != "unpaid":
        return []
    runs = bool(await ctx.uow.views.count_group_buys_of(ctx.request.user_id))
    if not runs and meant in ("unpaid", "remind") and await _sells_here(ctx):
        runs = True  # 帮卖: a help-seller's group's unpaid, as her `催款 #12` there chases them
    if not runs:
        asked_the_bot = ctx.is_private or ctx.request.to_bot or "@" in ctx.request.text
        if (
            meant in ("list", "unpaid") and asked_the_bot
        ):  # `@tuan_bot 谁还没付款`: the organiser's to see (rep50 #4)
            lang = ctx.command.lang or "zh"
            return [Reply(text=t(lang, "ask_who_unpaid_organiser"), language=lang)]
        if meant == "remind" and asked_the_bot:  # `@tuan_bot 帮我提醒一下没付款的`: as `催款` is
            ctx.command = replace(ctx.command, name=meant, rest="")  # answered (who may), never
            return await _MEANT[meant](ctx)  # a product question (rep105 #7)
        return []  # a member's `谁还没付款？` in the group is talk, as her `谁还没取货` is
    if meant == "unpaid":
        return await _who_has_not_paid(ctx)
    ctx.command = replace(ctx.command, name=meant, rest="")
    return await _MEANT[meant](ctx)


_HERS_AT_MOST = 200  # her newest group buys looked through in private
_LISTED_AT_MOST = 50  # the group buys listed (帮卖) in a group looked through for hers


async def _sells_here(ctx: Context) -> bool:
    """Whether the member help-sells (帮卖) a group buy of another chat in this group."""
    if ctx.is_private:
        return False
    listed = await ctx.uow.listings.listed_in(ctx.request.chat_id, limit=_LISTED_AT_MOST)
    return any(listing.seller_id == ctx.request.user_id for listing in listed)


async def _who_has_not_paid(ctx: Context) -> list[Reply]:
    """`谁还没付款` / `who has not paid?` from an organiser: each group buy of hers (in this chat; in
    private: all) with unpaid orders, each order by name and number (💸: she said she paid), or that
    everyone has paid; from a help-seller (帮卖) in her group: each one she help-sells there, its orders
    made in this group only. Asked in a group, the answer goes to her privately (names and numbers of
    debts), in her private chat's `/lang` (rep94 #1), as `/mine`: in private that wins over the words."""
    user, typed = ctx.request.user_id, ctx.command.lang or "zh"
    if ctx.is_private:
        lang = await ctx.chat_language() or typed
    else:
        lang = await ctx.private_lang(typed)  # what she reads privately: hers
    if ctx.is_private:
        ids = [each.id for each in await ctx.uow.views.group_buys_of(user, limit=_HERS_AT_MOST)]
        ids.sort()
    else:
        ids = await ctx.uow.collecting.with_unpaid(ctx.request.chat_id)
    blocks = []
    confirms: list[str] = []  # 帮卖: the organisers who confirm what she lists (none: all hers)
    for group_buy_id in ids:
        group_buy = await ctx.uow.group_buys.get(group_buy_id)
        if group_buy is None:
            continue
        selling = group_buy.organiser_id != user and await _sold_here_by(ctx, group_buy_id, user)
        if group_buy.organiser_id != user and not selling:
            continue
        owing = await ctx.uow.collecting.owing(group_buy_id)
        if selling:  # 帮卖: her group's buyers only
            here = ctx.request.chat_id
            theirs = {o.id for o in await ctx.uow.orders.for_group_buy(group_buy_id) if o.chat_id == here}
            owing = [each for each in owing if each.order_id in theirs]
        if not owing:
            continue
        if selling:
            confirms.append(group_buy.organiser_name)
        names = t(lang, "unpaid_separator").join(
            f"{each.buyer_name} #{each.number}{' 💸' if each.reported else ''}" for each in owing
        )
        blocks.append(
            t(
                lang,
                "unpaid_group_buy",
                count=len(owing),
                title=group_buy.terms.title,
                id=group_buy_id,
                names=names,
            )
        )
    if not blocks:
        key = "unpaid_none" if ctx.is_private else "unpaid_none_here"
        lang = lang if ctx.is_private else typed  # said in the group: as asked
        text = t(lang, key)
        if not ctx.is_private:  # before its close nobody owes yet: said so, never "everyone has paid"
            still_open = await ctx.uow.group_buys.open_in_chat(ctx.request.chat_id, organiser=user)
            if not still_open:  # 帮卖: one she help-sells here, still open
                listed = await ctx.uow.group_buys.open_in_chat(ctx.request.chat_id)
                still_open = [g for g in listed if g.id is not None and await _sold_here_by(ctx, g.id, user)]
            if still_open:
                newest = still_open[0]
                text = t(lang, "unpaid_none_open", title=newest.terms.title, id=newest.id)
        return [Reply(text=text, language=lang)]
    head = t(lang, "unpaid_head")
    if confirms and len(set(confirms)) == 1 and len(confirms) == len(blocks):  # all another's to confirm
        head = t(lang, "unpaid_head_seller", organiser=confirms[0])
    text = "\n".join([head, *blocks])
    if ctx.is_private:
        return [Reply(text=text, language=lang)]
    here = await ctx.heard_by_group(typed)  # the group's line: the group's language (rep75 #8)
    note = t(here, "unpaid_sent_privately", name=ctx.request.display_name)
    return [
        Reply(text=note, language=here, says_sent_to=user),
        Reply(text=text, private_to=user, language=lang),
    ]


async def _sold_here_by(ctx: Context, group_buy_id: int, user: str) -> bool:
    """Whether `user` help-sells the group buy in this group (帮卖); never in private."""
    if ctx.is_private:
        return False
    listing = await ctx.uow.listings.in_chat(group_buy_id, ctx.request.chat_id)
    return listing is not None and listing.seller_id == user
