"""/mine (我的团): the organiser's group buys at a glance, newest first: where each stands and its money.

Money is private: asked in a group, the list goes to the organiser's private chat and the group is told.
Each group buy names its chat where the chat's name is known (handlers.chat_names).
"""

from __future__ import annotations

from dataclasses import replace
from zoneinfo import ZoneInfo

from commerce.domain.commission import percent
from commerce.domain.group_buy import GroupBuy, GroupBuyStatus
from commerce.domain.money import format_money
from commerce.domain.roster import GroupBuySummary
from commerce.services import group_buys, listings, open_joins, organiser
from commerce.services import orders as order_service
from handlers import chat_names, orders
from handlers.cards import format_deadline
from handlers.context import Context
from handlers.texts import status_text, t
from handlers.texts import units as unit_texts
from handlers.types import Reply


async def mine(ctx: Context) -> list[Reply]:
    typed = await ctx.lang()
    group = await ctx.heard_by_group(typed)  # what the group reads: its own language (rep73 #8)
    lang = await ctx.private_lang(typed)  # what she reads privately: hers
    request = ctx.request
    summaries = await organiser.group_buys_of(ctx.uow, organiser_id=request.user_id)
    chats = await chat_names.titles(ctx.uow, [summary.chat_id for summary in summaries])
    total = await organiser.count_group_buys_of(ctx.uow, organiser_id=request.user_id)
    sold = [s.id for s in summaries if s.status in (GroupBuyStatus.SUCCEEDED, GroupBuyStatus.FULFILLED)]
    paid = {number: await organiser.commission_of(ctx.uow, number) for number in sold}  # 分享/帮卖佣金
    where = None if ctx.is_private else request.chat_id  # 帮卖: those of this group, in private the open ones
    helped = await listings.help_sold_by(ctx.uow, request.user_id, where, limit=HELPED_SHOWN)
    selling = [t(lang, "mine_helpselling_header"), *_helping(helped, lang)] if helped else []
    pointed = await _pointed(ctx, summaries)
    text = listing(
        summaries, lang, ctx.tz, chats, pointed=pointed, total=total, commission=paid, helping=selling
    )
    if helped and not summaries:  # a help-seller who opened none: what she help-sells, never only "none"
        key = "mine_none_helpselling" if ctx.is_private else "mine_none_helpselling_here"
        head = t(group, key, name=request.display_name)
        return [
            Reply(
                text="\n".join([head, *_helping(helped, group), t(group, "mine_helpselling_hint")]),
                language=group,
            )
        ]
    if not summaries and await _joined_any(ctx):  # a buyer: she means the buys she joined (rep74 #12)
        return [_with_how_to_open(reply) for reply in await orders.my_orders(ctx)]
    if ctx.is_private:
        return [Reply(text=text, language=lang)]
    if not summaries:  # nothing to keep private: said here, not "sent privately" then "none"
        return [Reply(text=t(group, "mine_none_here", name=request.display_name), language=group)]
    note = t(group, "mine_sent_privately", name=request.display_name)
    return [
        Reply(text=note, language=group, says_sent_to=request.user_id),
        Reply(text=text, private_to=request.user_id, language=lang),
    ]


HELPED_SHOWN = 10  # group buys a help-seller's `我的团` lists


async def _joined_any(ctx: Context) -> bool:
    """Whether the sender has an order or a line on an open group buy (what `我的订单` lists)."""
    me = ctx.request.user_id
    if await order_service.orders_of(ctx.uow, buyer_id=me):
        return True
    return bool(await open_joins.open_joins_of(ctx.uow, member_id=me))


def _with_how_to_open(reply: Reply) -> Reply:
    """Her orders' listing (`我的订单`'s, read privately) with one line saying how to open a group buy;
    the group's line that it went privately unchanged."""
    if reply.says_sent_to is not None or not reply.text or not reply.language:
        return reply
    return replace(reply, text="\n".join([reply.text, t(reply.language, "mine_none_joined")]))


def _helping(helped: list[tuple[GroupBuy, int]], lang: str) -> list[str]:
    """A line per group buy she help-sells: its rate and the units joined through her (`帮卖 5%，经你已跟
    3 份`), and how it stands once it is no longer open."""
    lines = []
    for group_buy, units in helped:
        item = t(
            lang,
            "mine_helpselling_item",
            title=group_buy.terms.title,
            id=group_buy.id,
            rate=percent(group_buy.help_sell_rate_bp),
            units=unit_texts.units(lang, units, group_buy.terms.unit),
        )
        if group_buy.status is not GroupBuyStatus.OPEN:
            item = t(lang, "mine_helpselling_ended", item=item, status=status_text(lang, group_buy.status))
        lines.append(item)
    return lines


_CALLED_OFF = (GroupBuyStatus.FAILED, GroupBuyStatus.CANCELLED)  # no payers to list


async def _pointed(ctx: Context, summaries: list[GroupBuySummary]) -> int | None:
    """The group buy the footer's `/list #12` names: the one a bare `/list` means
    (`most_recently_closed`: the most recently closed with open orders, else the most recently closed),
    of those not called off; with none closed, the newest open one; None: none but called off."""
    closed = [
        summary.id for summary in summaries if summary.status not in (GroupBuyStatus.OPEN, *_CALLED_OFF)
    ]
    found = [group_buy for group_buy in [await ctx.uow.group_buys.get(id_) for id_ in closed] if group_buy]
    chosen = await group_buys.most_recently_closed(ctx.uow, found)
    if chosen is not None:
        return chosen.id
    return next((summary.id for summary in summaries if summary.status not in _CALLED_OFF), None)


def listing(
    summaries: list[GroupBuySummary],
    lang: str,
    tz: ZoneInfo,
    chats: dict[str, str] | None = None,
    *,
    pointed: int | None = None,
    total: int | None = None,
    commission: dict[int, int] | None = None,
    helping: list[str] | None = None,
) -> str:
    """The list; `chats`: the known names of their chats, by chat id; `pointed`: the group buy its
    footer names (`_pointed`; None: no footer); `total`: how many she opened in all, those beyond the
    list said by their number (`… and 3 older ones not shown here`), never dropped without a word;
    `commission`: what each group buy pays its sharers and help-sellers, by its number (none: not said);
    `helping`: the lines of those she help-sells (帮卖), before the footer."""
    if not summaries:
        return t(lang, "mine_none")
    paid = commission or {}
    items = [
        _where(
            _paying(_item(summary, lang, tz), summary, paid.get(summary.id, 0), lang),
            summary,
            lang,
            chats or {},
        )
        for summary in summaries
    ]
    hint = [*(helping or []), *([] if pointed is None else [t(lang, "mine_hint", id=pointed)])]
    hidden = max(0, (total or 0) - len(summaries))
    if not hidden:
        return "\n".join([t(lang, "mine_header", count=len(summaries)), *items, *hint])
    header = t(lang, "mine_header_some", count=total, shown=len(summaries))
    return "\n".join([header, *items, t(lang, "mine_more", count=hidden), *hint])


def _where(item: str, summary: GroupBuySummary, lang: str, chats: dict[str, str]) -> str:
    chat = chats.get(summary.chat_id)
    return item if chat is None else t(lang, "mine_item_chat", item=item, chat=chat)


def _status(summary: GroupBuySummary, lang: str) -> str:
    """How it ended as the chat was told: one opened without a target that failed ended with nobody
    joining (`closed_failed_nobody`), not "closed without reaching its target"."""
    if summary.status is GroupBuyStatus.FAILED and summary.target == 1:
        return t(lang, "status_group_buy_failed_nobody")
    if summary.status is GroupBuyStatus.SUCCEEDED:  # as the card said it: "reached its target", `已成团`
        return t(lang, "mine_status_succeeded")
    return status_text(lang, summary.status)


def _paying(item: str, summary: GroupBuySummary, commission: int, lang: str) -> str:
    """The item with what it pays its sharers and help-sellers (`· 分享/帮卖佣金 ¥64.80`), when any."""
    if not commission:
        return item
    return t(lang, "mine_item_commission", item=item, amount=format_money(commission, summary.currency))


def _item(summary: GroupBuySummary, lang: str, tz: ZoneInfo) -> str:
    units = unit_texts.units(lang, summary.sold, summary.unit)  # `6 份`, sold per 斤 `6斤`
    if summary.status is GroupBuyStatus.OPEN:
        deadline = format_deadline(summary.deadline, tz, lang)
        return t(lang, "mine_item_open", id=summary.id, title=summary.title, units=units, deadline=deadline)
    item = t(
        lang,
        "mine_item",
        id=summary.id,
        title=summary.title,
        status=_status(summary, lang),
        units=units,  # sold: refunded and cancelled orders' units left out, as on the organiser's list
        orders=t(lang, "orders_count", count=summary.orders),
        collected=format_money(summary.collected, summary.currency),
        outstanding=format_money(summary.outstanding, summary.currency),
    )
    # what refunds gave back, as 名单's `已退款 ¥40`, with the units they took back (rep84 #5: it said
    # `部分退款 ¥20 · 已退款 2 份`, a whole refund's money in no figure)
    refunded_units = unit_texts.units(lang, summary.refunded, summary.unit) if summary.refunded else ""
    if summary.refunded_money:
        money = format_money(summary.refunded_money, summary.currency)
        if refunded_units:
            item = t(lang, "mine_item_refunded_money_units", item=item, amount=money, units=refunded_units)
        else:
            item = t(lang, "mine_item_refunded_money", item=item, amount=money)
    elif refunded_units:
        item = t(lang, "mine_item_refunded", item=item, units=refunded_units)
    if summary.cancelled:  # as its card: `· 未付款取消 1 份`
        units = unit_texts.units(lang, summary.cancelled, summary.unit)
        item = t(lang, "mine_item_cancelled", item=item, units=units)
    return item
