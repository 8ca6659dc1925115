"""The organiser's questions in words, as the whole message (rep52 #7): `who paid?`, `who hasn't paid?`,
`谁没付款`, `谁还没付款` (`名单`'s paid and unpaid lines), `remind unpaid`, `remind everyone to pay`,
`提醒大家付款` (`催款`), `export` (`导出`): answered as the command is, as `谁还没取货` is. From someone who
runs no group buy they stay talk among neighbours (no answer), but `谁还没付款` asked of the bot (in private,
or mentioning it) is told the list is the organiser's."""

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
    if meant not in _MEANT:
        return []
    if not await ctx.uow.views.count_group_buys_of(ctx.request.user_id):
        asked_the_bot = ctx.is_private or ctx.request.to_bot or "@" in ctx.request.text
        if meant == "list" and asked_the_bot:  # `@tuan_bot 谁还没付款`: the organiser's to see (rep50 #4)
            lang = ctx.command.lang or "zh"
            return [Reply(text=t(lang, "ask_who_unpaid_organiser"), language=lang)]
        return []  # a member's `谁还没付款？` in the group is talk, as her `谁还没取货` is
    ctx.command = replace(ctx.command, name=meant, rest="")
    return await _MEANT[meant](ctx)
