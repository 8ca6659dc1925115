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
    if not await ctx.uow.views.count_group_buys_of(ctx.request.user_id):
        asked_the_bot = ctx.is_private or ctx.request.to_bot or "@" in ctx.request.text
        if (
            meant in ("list", "unpaid") and asked_the_bot
        ):  # `@tuan_bot 谁还没付款`: the organiser's to see (rep50 #4)
            lang = ctx.command.lang or "zh"
            return [Reply(text=t(lang, "ask_who_unpaid_organiser"), language=lang)]
        return []  # a member's `谁还没付款？` in the group is talk, as her `谁还没取货` is
    if meant == "unpaid":
        return await _who_has_not_paid(ctx)
    ctx.command = replace(ctx.command, name=meant, rest="")
    return await _MEANT[meant](ctx)


_HERS_AT_MOST = 200  # her newest group buys looked through in private


async def _who_has_not_paid(ctx: Context) -> list[Reply]:
    """`谁还没付款` / `who has not paid?` from an organiser: each group buy of hers (in this chat; in
    private: all) with unpaid orders, each order by name and number (💸: she said she paid), or that
    everyone has paid. Asked in a group, the answer goes to her privately (names and numbers of debts)."""
    user, lang = ctx.request.user_id, ctx.command.lang or "zh"
    if ctx.is_private:
        ids = [each.id for each in await ctx.uow.views.group_buys_of(user, limit=_HERS_AT_MOST)]
        ids.sort()
    else:
        ids = await ctx.uow.collecting.with_unpaid(ctx.request.chat_id)
    blocks = []
    for group_buy_id in ids:
        group_buy = await ctx.uow.group_buys.get(group_buy_id)
        if group_buy is None or group_buy.organiser_id != user:
            continue
        owing = await ctx.uow.collecting.owing(group_buy_id)
        if not owing:
            continue
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
        text = t(lang, key)
        if not ctx.is_private:  # before its close nobody owes yet: said so, never "everyone has paid"
            still_open = await ctx.uow.group_buys.open_in_chat(ctx.request.chat_id, organiser=user)
            if still_open:
                newest = still_open[0]
                text = t(lang, "unpaid_none_open", title=newest.terms.title, id=newest.id)
        return [Reply(text=text, language=lang)]
    text = "\n".join([t(lang, "unpaid_head"), *blocks])
    if ctx.is_private:
        return [Reply(text=text, language=lang)]
    note = t(lang, "unpaid_sent_privately", name=ctx.request.display_name)
    return [
        Reply(text=note, language=lang, says_sent_to=user),
        Reply(text=text, private_to=user, language=lang),
    ]
