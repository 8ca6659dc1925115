"""/list (名单): the whole 接龙 list of a group buy in this chat, in as many messages as it takes.

The card shows the first lines and folds the rest ("… and 37 more: /list #12"); /list shows every line,
numbered and written as on the card (`cards.list_lines`), cut between lines into messages that each fit
the platform's limit (`fit.split_text`). Anyone in the chat may ask: it is what the card shows, whole.

In a private chat with the bot, `/list #12` is the organiser's own list of one of their group buys
(handlers/roster.py): each line's note, order, amount and whether it is paid, reported paid or picked
up, and the money collected and outstanding. It is never shown in a group: members see the public list.
"""

from __future__ import annotations

from dataclasses import dataclass, field, replace

from commerce.domain.group_buy import GroupBuy, GroupBuyStatus, Participant
from commerce.domain.money import format_money
from commerce.domain.order import OrderStatus
from commerce.domain.reach import Where
from commerce.ports import UnitOfWork
from commerce.services import collecting as reports
from commerce.services import group_buys as service
from commerce.services import organiser
from handlers import chat_names, helpselling, options
from handlers.cards import list_lines
from handlers.context import Context
from handlers.fit import split_text
from handlers.pickup_codes import not_collected_line
from handlers.roster import roster_text
from handlers.selling_in import sellers_group
from handlers.texts import t
from handlers.types import Reply

_SETTLED = frozenset({OrderStatus.PAID, OrderStatus.FULFILLED})
_GONE = frozenset({OrderStatus.CANCELLED, OrderStatus.REFUNDED})


@dataclass(frozen=True)
class Marks:
    """Whose line shows ✅ (paid), 📦 (collected) or that their order was dropped, once it succeeded."""

    paid: frozenset[str] = field(default_factory=frozenset)
    dropped: frozenset[str] = field(default_factory=frozenset)
    collected: frozenset[str] = field(default_factory=frozenset)
    refunded: frozenset[str] = field(default_factory=frozenset)  # of `dropped`: ↩, not ✖
    part_refunded: dict[str, str] = field(default_factory=dict)  # 部分退款: `¥156（已退 ¥78）`, as the card
    units_refunded: dict[str, dict[str, int]] = field(default_factory=dict)  # of them by units, as the card


async def order_marks(uow: UnitOfWork, group_buy: GroupBuy, lang: str) -> Marks:
    """The marks of the lines of `group_buy` (none before it succeeded: there are no orders yet); a paid
    order refunded in part says its total and what went back, in `lang`, as the card does."""
    if group_buy.id is None or group_buy.status not in (GroupBuyStatus.SUCCEEDED, GroupBuyStatus.FULFILLED):
        return Marks()
    orders = await uow.orders.for_group_buy(group_buy.id)
    return Marks(
        paid=frozenset(o.buyer_id for o in orders if o.status in _SETTLED),
        dropped=frozenset(o.buyer_id for o in orders if o.status in _GONE),
        collected=frozenset(o.buyer_id for o in orders if o.status is OrderStatus.FULFILLED),
        refunded=frozenset(o.buyer_id for o in orders if o.status is OrderStatus.REFUNDED),
        part_refunded={
            o.buyer_id: t(
                lang,
                "paid_part_refunded",
                paid=format_money(o.total, o.currency),
                refunded=format_money(o.refunded_part, o.currency),
            )
            for o in orders
            if o.status in _SETTLED and o.refunded_part
        },
        units_refunded={
            o.buyer_id: {p.option: p.units for p in o.payments if p.kind == "part_refunded"}
            | o.refunded_units
            for o in orders
            if o.status in _SETTLED and o.refunded_part
        },
    )


async def show_list(ctx: Context) -> list[Reply]:
    """`/list`, `/list #12`, `名单`: a header, then every line of the list, in order (in a private chat:
    the organiser's list of their own group buy, their newest when none is named; a help-seller's
    `名单 #12`: the list of the group she help-sells it in, as there, headed by its name)."""
    chat_id = ctx.request.chat_id
    if ctx.is_private:
        selling_in = await sellers_group(ctx)  # 帮卖: her group's list, as she reads it there
        if selling_in is None:
            return await organiser_list(ctx)
        chat_id = selling_in
    group_buy = (
        await _organisers_bare(ctx, chat_id)
        or await _bare_closed(ctx, chat_id)
        or await service.find(ctx.uow, chat_id=chat_id, group_buy_id=ctx.command.group_buy_id)
    )
    assert group_buy.id is not None
    lang = await ctx.lang(group_buy)
    participants = await helpselling.chat_lines(ctx.uow, group_buy, chat_id)  # 帮卖: this chat's
    replies = await _public_list(ctx, group_buy, participants, lang)
    if chat_id != ctx.request.chat_id:  # in private: which group's list this is
        return await _in_group(replies, chat_id, ctx, lang)
    return replies + await _sales_to_organiser(ctx, group_buy, lang)


async def _sales_to_organiser(ctx: Context, group_buy: GroupBuy, lang: str) -> list[Reply]:
    """帮卖: the organiser's `名单` in her own group lists only its lines, as every group's list and
    card count only their own (nobody reads another group's figures there); what each group that sells
    it took she reads privately, as she hears the close's total of all groups."""
    if group_buy.chat_id != ctx.request.chat_id or ctx.request.user_id != group_buy.organiser_id:
        return []
    sales = await helpselling.sales_line(ctx.uow, group_buy, lang)
    if sales is None:
        return []
    text = t(lang, "list_listings_private", title=group_buy.terms.title, id=group_buy.id, listings=sales)
    pickups = await helpselling.own_pickups_line(ctx.uow, group_buy, lang, ctx.tz)  # 帮卖: a group's own
    text += "\n" + pickups if pickups is not None else ""
    return [Reply(text=text, private_to=group_buy.organiser_id, language=lang)]


async def _organisers_bare(ctx: Context, chat_id: str) -> GroupBuy | None:
    """Her bare `名单` in her group while one of hers is open there: of hers, one with lines over an
    empty one (closed #1 with orders to collect, not the empty #3 she just opened; several open with
    lines: which one), as her `导出` (`organiser.bare_meant`), else her one open one (never another
    member's, rep54 #7); None: a number was named, or none of hers is open here."""
    if ctx.command.group_buy_id is not None or chat_id != ctx.request.chat_id:
        return None
    mine = await ctx.uow.group_buys.open_in_chat(chat_id, organiser=ctx.request.user_id)
    if not mine:
        return None  # none of hers open: the list open here (another's), else the one closed last
    where = Where(chat_id, private=False)
    meant = await organiser.bare_meant(ctx.uow, where=where, actor=ctx.request.user_id)
    if meant is not None:
        return meant
    if len(mine) != 1:  # several of hers, none with lines: which one (as before)
        return None
    return await service.find(ctx.uow, chat_id=chat_id, group_buy_id=mine[0].id)  # never another's


async def _bare_closed(ctx: Context, chat_id: str) -> GroupBuy | None:
    """A bare `/list` with none open in `chat_id`: the most recently closed group buy there that still
    has open orders, else the most recently closed (`service.most_recently_closed`), not the newest
    opened; None: a number was named, or one is open (`service.find` answers)."""
    if ctx.command.group_buy_id is not None or await ctx.uow.group_buys.open_in_chat(chat_id):
        return None
    return await service.most_recently_closed(ctx.uow, await ctx.uow.group_buys.closed_in_chat(chat_id))


async def _public_list(
    ctx: Context, group_buy: GroupBuy, participants: list[Participant], lang: str
) -> list[Reply]:
    """The list as its group reads it: a header, then every line, in as many messages as it takes (帮卖:
    this group's lines only, with nothing of another group's)."""
    assert group_buy.id is not None
    title = group_buy.terms.title
    ended = group_buy.status in (GroupBuyStatus.CANCELLED, GroupBuyStatus.FAILED)  # the header says which
    if not participants:
        if not group_buy.listings:
            empty = f"list_empty_{group_buy.status.value}" if ended else "list_empty"
            return [Reply(text=t(lang, empty, title=title, id=group_buy.id), language=lang)]
        # 帮卖: nobody joined in this group, maybe in others
        return [Reply(text=t(lang, "list_empty_here", title=title, id=group_buy.id), language=lang)]
    marks = await order_marks(ctx.uow, group_buy, lang)
    lines = list_lines(
        participants,
        lang,
        paid=marks.paid,
        dropped=marks.dropped,
        collected=marks.collected,
        reported=await reports.reported_buyers(ctx.uow, group_buy),  # 💸, as the card marks them
        organiser=group_buy.organiser_name,
        refunded=marks.refunded,
        unit=group_buy.terms.unit,  # sold per 斤: `×2斤`, as the card
        part_refunded=marks.part_refunded,
        units_refunded=marks.units_refunded,
    )
    heading = f"list_header_{group_buy.status.value}" if ended else "list_header"
    header = t(lang, heading, count=len(lines), title=title, id=group_buy.id)
    if group_buy.terms.options:  # 多规格: how many of each
        settled = group_buy.status in (GroupBuyStatus.SUCCEEDED, GroupBuyStatus.FULFILLED)
        dropped = marks.dropped if settled else frozenset()  # refunded or cancelled: not sold, as the card
        lines.append(
            options.units_line(
                group_buy, participants, lang, dropped=dropped, units_refunded=marks.units_refunded
            )
        )
    if marks.paid:  # once buyers pay, who has yet to collect (核销): of this chat's lines (帮卖), paid ones
        waiting = not_collected_line(
            participants, lang, paid=marks.paid, collected=marks.collected, dropped=marks.dropped
        )
        lines.extend([waiting] if waiting is not None else [])
    return [Reply(text=part, language=lang) for part in split_text("\n".join([header, *lines]))]


async def _in_group(replies: list[Reply], chat_id: str, ctx: Context, lang: str) -> list[Reply]:
    """A group's list read in private: its first message headed by the group's name, where known."""
    name = await chat_names.title_of(ctx.uow, chat_id)
    if not name or not replies or not replies[0].text:
        return replies
    first = replace(replies[0], text=t(lang, "said_of_group", chat=name, text=replies[0].text))
    return [first, *replies[1:]]


async def organiser_list(ctx: Context) -> list[Reply]:
    """The organiser's list in their private chat; someone else's group buy is one that does not exist."""
    request = ctx.request
    where = Where(request.chat_id, private=True)
    roster = await organiser.roster(
        ctx.uow, where=where, group_buy_id=ctx.command.group_buy_id, actor=request.user_id
    )
    lang = await ctx.lang(roster.group_buy)
    chat_id = roster.group_buy.chat_id
    chat = (await chat_names.titles(ctx.uow, [chat_id])).get(chat_id)  # which group, where its name is known
    groups = await helpselling.line_groups(ctx.uow, roster.group_buy, lang)  # 帮卖: each buyer's group
    private = await helpselling.joined_in_private(ctx.uow, roster, request.platform)  # by a share code
    paid = await organiser.commission_of(ctx.uow, roster.group_buy.id) if roster.has_orders else 0
    text = roster_text(roster, lang, chat, groups, private, commission=paid)
    sales = await helpselling.sales_line(ctx.uow, roster.group_buy, lang)  # 帮卖: each listing's units
    if sales is not None:
        text += "\n" + sales
    pickups = await helpselling.own_pickups_line(ctx.uow, roster.group_buy, lang, ctx.tz)  # 帮卖: own ones
    if pickups is not None:
        text += "\n" + pickups
    secret = any(line.guest_code for line in roster.lines)  # 代报 guests' codes: never posted in a group
    return [Reply(text=part, language=lang, secret=secret) for part in split_text(text)]
