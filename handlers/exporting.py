"""/export (导出): the organiser's list of a group buy as files, sent to the organiser's private chat.

Two documents, one message each: an XLSX workbook (a sheet per pickup point, a totals row, the money
under it) and the same first sheet as CSV in UTF-8 with a BOM (Excel and WPS open it with Chinese
intact). A reply carries the table (`handlers.types.Document`); the platform builds the file as it
sends it (bot/export_files.py): a Telegram document, a WeChat file message, a download link in the
playground. Asked in a group, the files still go privately, and the group is told so.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence

from commerce.domain.group_buy import GroupBuy
from commerce.domain.listings import seen_in
from commerce.domain.member import identity
from commerce.domain.money import format_money
from commerce.domain.reach import Where
from commerce.services import listings as listings_service
from commerce.services import organiser
from handlers import chat_names, helpselling
from handlers.context import Context
from handlers.roster import file_name, roster_sheets
from handlers.texts import t
from handlers.texts.pickup import pickup_text
from handlers.types import Document, Reply

KINDS = ("xlsx", "csv")


async def export(ctx: Context) -> list[Reply]:
    """`/export #12`, `导出 #12`: by the organiser (in a group also a chat admin), privately."""
    request = ctx.request
    where = Where(request.chat_id, private=ctx.is_private)
    roster = await organiser.roster(
        ctx.uow,
        where=where,
        group_buy_id=ctx.command.group_buy_id,
        actor=request.user_id,
        is_admin=request.is_admin,
    )
    group_buy = roster.group_buy
    lang = await ctx.lang(group_buy)
    groups = await helpselling.line_groups(ctx.uow, group_buy, lang)  # 帮卖: each buyer's group
    private = await helpselling.joined_in_private(ctx.uow, roster, request.platform)  # by a share code
    if private and not groups:  # the group column: the own group's name, `私聊/分享码` on those lines
        names = await chat_names.titles(ctx.uow, [group_buy.chat_id])
        groups = {None: names.get(group_buy.chat_id) or t(lang, "roster_group_own")}
    paid = await organiser.commission_of_orders(ctx.uow, group_buy.id) if roster.has_orders else {}
    who = {m for _, earners in paid.values() for m, _ in earners}
    named = {m: await _earner_name(ctx, group_buy.chat_id, m) for m in who}
    commission = {
        number: (_earners(lang, group_buy.terms.currency, named, earners), amount)
        for number, (amount, earners) in paid.items()
    }  # 分享/帮卖: who earns on each order, and how much
    pickups = await _pickups(ctx, group_buy, lang)  # 帮卖: a group's own pickup, on its buyers' rows
    sheets = roster_sheets(roster, lang, ctx.tz, groups, private, commission, pickups)
    name = file_name(group_buy)
    to = None if ctx.is_private else request.user_id
    title, gb_id = group_buy.terms.title, group_buy.id
    replies = [
        Reply(
            text=t(lang, f"export_caption_{kind}", title=title, id=gb_id, count=len(roster.lines)),
            document=Document(name=name, kind=kind, sheets=sheets),
            private_to=to,
            language=lang,
        )
        for kind in KINDS
    ]
    if not ctx.is_private:
        here = await ctx.heard_by_group(lang, group_buy)  # the group's line: as its card speaks (rep75 #8)
        note = t(here, "export_sent_privately", name=request.display_name, title=title, id=gb_id)
        replies.insert(0, Reply(text=note, language=here, says_sent_to=to))
    return replies


async def _pickups(ctx: Context, group_buy: GroupBuy, lang: str) -> dict[int | None, str]:
    """帮卖: each pickup as written for `lang`, by listing (None: the group buy's own), when a group
    selling it set its own (`自提 #12 …` there); {} when none did: every buyer reads the group buy's."""
    own = await listings_service.own_pickups(ctx.uow, group_buy)
    if not own:
        return {}
    found: dict[int | None, str] = {None: pickup_text(group_buy.terms, ctx.tz, lang)}
    for listing in own.values():
        found[listing.id] = pickup_text(seen_in(group_buy, listing).terms, ctx.tz, lang)
    return found


def _earners(lang: str, currency: str, named: Mapping[str, str], earners: Sequence[tuple[str, int]]) -> str:
    """Who earns on an order: her name alone (the 佣金 cell says how much), several each with her own
    part (`Sam ¥3.46、Gia ¥1.73`: a sharer's and a help-seller's), adding up to the 佣金 cell."""
    if len(earners) == 1:
        return named[earners[0][0]]
    return t(lang, "list_separator").join(
        t(lang, "export_earner_part", name=named[member], amount=format_money(amount, currency))
        for member, amount in earners
    )


async def _earner_name(ctx: Context, chat_id: str, member: str) -> str:
    """A sharer's or help-seller's name for the export: as the group buy's chat knows her, else as she was
    last seen anywhere (a help-seller of another group), else her id."""
    who = identity(ctx.request.platform, member)
    return await ctx.uow.members.name_in(chat_id, who) or await ctx.uow.members.name_of(who) or member
