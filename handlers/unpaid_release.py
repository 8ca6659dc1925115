"""取消未付款 #12 (`取消所有未付款`, `/cancelunpaid 12`; in a group where one closed group buy of hers has
unpaid orders, without its number): the organiser releases every unpaid order of a closed group buy at
once. First it asks, saying how many and what it frees (those whose buyers reported paying are kept), and
within `PAY_GRACE` of the close how long ago it closed: buyers may not have paid yet;
`取消未付款 #12 确认` then cancels each through the same service as 取消订单 (`handlers.order_cancel`):
each buyer told privately as there, one line in the group summing it up, the card edited once. The group
reads only how many and what is freed; whose they are goes to the organiser privately (in a private chat,
her answer names them). Run again (or the same message delivered twice), nothing is left to cancel and it
says so."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime, timedelta

from commerce.domain.errors import DomainError
from commerce.domain.group_buy import GroupBuy
from commerce.domain.money import format_money
from commerce.domain.order import Order
from commerce.domain.reach import Where
from commerce.services import order_cancel as service
from commerce.services.chat_names import chat_label
from handlers import waiting
from handlers.cards import card_update
from handlers.context import Context, language_in, listing_language
from handlers.members import steady_languages
from handlers.named_few import names_of
from handlers.order_cancel import buyer_told, notice_of
from handlers.organiser_notices import told_organisers
from handlers.texts import t, units
from handlers.types import Reply

PAY_GRACE = timedelta(hours=24)  # so soon after the close, the prompt warns that buyers may not have paid yet


async def cancel_unpaid(ctx: Context) -> list[Reply]:
    request = ctx.request
    where = Where(request.chat_id, private=ctx.is_private)
    found = await service.unpaid_of(
        ctx.uow,
        chat_id=request.chat_id,
        group_buy_id=ctx.command.group_buy_id,
        actor=request.user_id,
        is_admin=request.is_admin,
        where=where,
    )
    group_buy = found.group_buy
    lang = await ctx.lang(group_buy)
    if not found.to_cancel:
        raise _nothing_left(lang, group_buy, found.reported, found.part_received)
    public = not ctx.is_private
    if not ctx.command.confirmed:  # asked first: how many, what it frees, and the one command that does it
        text = t(
            lang,
            "cancel_unpaid_ask_public" if public else "cancel_unpaid_ask",
            count=len(found.to_cancel),
            title=group_buy.terms.title,
            id=group_buy.id,
            freed=_freed(lang, group_buy, found.to_cancel),
            names=names_of(lang, [order.buyer_name for order in found.to_cancel], public=False),
            reported=_reported(lang, found.reported, public=public),
            early=_early(lang, group_buy, ctx.now),
            part=_part_kept(lang, found.part_received, public=public),
        )
        listed = await _names_told(ctx, lang, group_buy, found.to_cancel, found.reported, found.part_received)
        return [Reply(text=text, language=lang), *listed]
    dropped: list[service.Dropped] = []
    for order in found.to_cancel:
        assert order.id is not None
        try:  # one paid, reported or cancelled since it was listed (refused before any change) is left
            done = await service.cancel_unpaid(
                ctx.uow,
                order_id=order.id,
                actor=request.user_id,
                is_admin=request.is_admin,
                now=ctx.now,
                where=where,
            )
        except DomainError as refusal:
            if refusal.code == "busy_try_again":  # changed while cancelling: nothing half done, say again
                raise
            continue
        dropped.append(done)
    if not dropped:
        raise _nothing_left(lang, group_buy, found.reported, found.part_received)
    orders = [done.order for done in dropped]
    text = t(
        lang,
        "cancel_unpaid_done_public" if public else "cancel_unpaid_done",
        count=len(orders),
        title=group_buy.terms.title,
        id=group_buy.id,
        freed=_freed(lang, group_buy, orders),
        names=names_of(lang, [order.buyer_name for order in orders], public=False),
        reported=_reported(lang, found.reported, public=public),
        hint=t(lang, "cancel_unpaid_reported_hint", order=found.reported[0].number) if found.reported else "",
    ) + _part_kept(lang, found.part_received, public=public)
    freed = sum(order.quantity for order in orders)  # who waited at the close hears it, once
    waited, line = await waiting.freed_after_close(
        ctx.uow, group_buy, freed, lang, platform=request.platform, memo=ctx.memo
    )
    text += line
    told = [reply for done in dropped for reply in await buyer_told(ctx, done)]
    organiser = await told_organisers(ctx, [notice_of(done) for done in dropped])  # an admin's: hers
    sellers, said = await _sellers_told(ctx, group_buy, orders, lang)  # 帮卖: whose groups' orders these were
    text += said
    return [
        Reply(text=text, language=lang),
        *await _groups_told(ctx, group_buy, orders),
        *sellers,
        *await _names_told(ctx, lang, group_buy, orders, found.reported, found.part_received),
        *told,
        *waited,
        *organiser,
        card_update(group_buy),
    ]


async def _groups_told(ctx: Context, group_buy: GroupBuy, orders: Sequence[Order]) -> list[Reply]:
    """The group buy's own group and each group whose orders these were (帮卖), but the one it was typed
    in (which read the answer), told in one line in its language how many were cancelled and what that
    frees, naming nobody and no money: `阳光玫瑰（#2）的 6 个未付款订单已取消，空出 6 份。` (rep82 #4)."""
    here = None if ctx.is_private else ctx.request.chat_id
    chats = dict.fromkeys([group_buy.chat_id, *(order.chat_id for order in orders)])
    told = []
    for chat_id in chats:
        if chat_id == here:
            continue
        lang = await language_in(ctx.uow, group_buy, chat_id, ctx.memo)
        text = t(
            lang,
            "cancel_unpaid_group_told",
            count=len(orders),
            title=group_buy.terms.title,
            id=group_buy.id,
            freed=_freed(lang, group_buy, orders),
        )
        told.append(Reply(text=text, chat_id=chat_id, language=lang))
    return told


def _nothing_left(
    lang: str, group_buy: GroupBuy, reported: Sequence[Order], part: Sequence[Order]
) -> DomainError:
    """`#2 没有未付款的订单了`; with orders whose buyers said they paid, those named with what to send; with
    orders part of whose money she recorded received (只收到 ¥50), those named, why they are left and what
    to send first (`退款 1-3 ¥50`, then `取消订单 1-3`), as 取消订单 of one says."""
    if part:
        first = part[0]
        return DomainError(
            "cancel_unpaid_none_part",
            count=len(part),
            id=group_buy.id,
            title=group_buy.terms.title,
            orders=_part_orders(lang, part),
            order=first.number,
            received=format_money(first.received_amount, first.currency),
            reported=_reported(lang, reported, public=False),
        )
    if not reported:
        return DomainError("cancel_unpaid_none", id=group_buy.id, title=group_buy.terms.title)
    return DomainError(
        "cancel_unpaid_none_reported",
        count=len(reported),
        id=group_buy.id,
        title=group_buy.terms.title,
        names=names_of(lang, [order.buyer_name for order in reported], public=False),
        order=reported[0].number,
    )


def _reported(lang: str, reported: Sequence[Order], *, public: bool) -> str:
    """`（报过已付款的 2 个不取消：Bob、Cat）` (read by the group: `（报过已付款的 2 个不取消）`, no
    names), or "" when nobody reported paying."""
    if not reported:
        return ""
    if public:
        return t(lang, "cancel_unpaid_reported_kept_public", count=len(reported))
    names = names_of(lang, [order.buyer_name for order in reported], public=False)
    return t(lang, "cancel_unpaid_reported_kept", count=len(reported), names=names)


def _part_orders(lang: str, part: Sequence[Order]) -> str:
    """`#1-3 Bob 只收到 ¥50`, "#1-3 Bob, ¥50 received", joined."""
    return t(lang, "list_separator").join(
        t(
            lang,
            "cancel_unpaid_part_order",
            order=order.number,
            name=order.buyer_name,
            received=format_money(order.received_amount, order.currency),
        )
        for order in part
    )


def _part_kept(lang: str, part: Sequence[Order], *, public: bool) -> str:
    """The orders left out as part of their money is recorded received (只收到 ¥50), named with why and what
    to send first (`退款 1-3 ¥50`, then `取消订单 1-3`); read by the group: how many only, the rest sent to
    the organiser privately (`_names_told`); "" when there are none."""
    if not part:
        return ""
    if public:
        return t(lang, "cancel_unpaid_part_kept_public", count=len(part))
    first = part[0]
    return t(
        lang,
        "cancel_unpaid_part_kept",
        count=len(part),
        orders=_part_orders(lang, part),
        order=first.number,
        received=format_money(first.received_amount, first.currency),
    )


def _freed(lang: str, group_buy: GroupBuy, orders: Sequence[Order]) -> str:
    """What cancelling `orders` frees: `5 份`, `3斤`, "5 units", "1 unit"."""
    return units.units(lang, sum(order.quantity for order in orders), group_buy.terms.unit)


def _early(lang: str, group_buy: GroupBuy, now: datetime) -> str:
    """Within `PAY_GRACE` of the close: `截单才 1 分钟，大家可能还没来得及付款。`; later (or no close
    kept): ""."""
    closed = group_buy.closed_at
    if closed is None or now - closed >= PAY_GRACE:
        return ""
    minutes = max(1, int((now - closed).total_seconds() // 60))
    if minutes < 60:
        return t(lang, "cancel_unpaid_early_minutes", count=minutes)
    return t(lang, "cancel_unpaid_early_hours", count=minutes // 60)


async def _sellers_told(
    ctx: Context, group_buy: GroupBuy, orders: Sequence[Order], lang: str
) -> tuple[list[Reply], str]:
    """帮卖: each help-seller whose group's unpaid orders were cancelled, told privately, once, which (by
    number and buyer) and that their buyers were told, in her steady language (`steady_languages`: her
    private `/lang`, else her app's, else her group's); and the line the answer adds naming them."""
    if not group_buy.listings or group_buy.id is None:
        return [], ""
    told: list[Reply] = []
    named: list[str] = []
    for chat_id in dict.fromkeys(order.chat_id for order in orders if order.chat_id != group_buy.chat_id):
        listing = await ctx.uow.listings.in_chat(group_buy.id, chat_id)
        if listing is None or listing.seller_id in (ctx.request.user_id, group_buy.organiser_id):
            continue
        group = await chat_label(ctx.uow, chat_id)
        theirs = [order for order in orders if order.chat_id == chat_id]
        there = await listing_language(ctx.uow, group_buy, listing, ctx.memo)
        seller = listing.seller_id
        said = (await steady_languages(ctx.uow, ctx.request.platform, [seller], there))[seller]
        text = t(
            said,
            "cancel_unpaid_seller_told",
            count=len(theirs),
            organiser=group_buy.organiser_name,
            title=group_buy.terms.title,
            id=group_buy.id,
            group=group,
            orders=t(said, "list_separator").join(f"#{order.number} {order.buyer_name}" for order in theirs),
        )
        told.append(Reply(text=text, private_to=listing.seller_id, language=said))
        named.append(t(lang, "cancel_unpaid_seller_named", seller=listing.seller_name, group=group))
    if not named:
        return [], ""
    return told, "\n" + t(lang, "cancel_unpaid_sellers_said", sellers=t(lang, "list_separator").join(named))


async def _names_told(
    ctx: Context,
    group_lang: str,
    group_buy: GroupBuy,
    orders: Sequence[Order],
    reported: Sequence[Order],
    part: Sequence[Order],
) -> list[Reply]:
    """In a group, whose orders they are goes to the organiser privately (the group read how many), in
    her own language (`ctx.private_lang`), else the group's."""
    if ctx.is_private:
        return []
    lang = await ctx.private_lang(group_lang)
    listed = t(lang, "list_separator").join(f"#{order.number} {order.buyer_name}" for order in orders)
    text = t(lang, "cancel_unpaid_full_list", count=len(orders), title=group_buy.terms.title, id=group_buy.id)
    kept = _reported(lang, reported, public=False)
    left = "\n" + _part_kept(lang, part, public=False).strip() if part else ""
    return [Reply(text=f"{text}{listed}{kept}{left}", private_to=ctx.request.user_id, language=lang)]
