"""取消订单 / `/cancel 12-3` (also `取消 12-3`, `/cancel @Eve`): the organiser drops an unpaid order, a
buyer who backs out after the close. The organiser reads one answer (in a group without the amount:
nobody is shamed there); the buyer is told privately, in her own language; the card counts it no more.
An order whose buyer reported paying (我已付款) is refused first, naming the amount: `取消订单 12-3 确认`
(`/cancel 12-3 confirm`) cancels it, and he is told his report was not confirmed.
The console's Cancel on the Orders page runs this same command."""

from __future__ import annotations

from dataclasses import replace

from commerce.domain.errors import DomainError, NotFound
from commerce.domain.group_buy import GroupBuyStatus
from commerce.domain.guests import is_guest, payer_of
from commerce.domain.money import format_money
from commerce.domain.order import OrderStatus
from commerce.domain.reach import Where
from commerce.services import order_cancel as service
from commerce.services.collecting import organises_here
from commerce.services.orders import SeveralOrders
from handlers import waiting
from handlers.cards import card_update, format_deadline
from handlers.context import Context
from handlers.order_numbers import refused_where_due, typed_order
from handlers.orders import help_sold_named, which_order
from handlers.organiser_notices import OrganiserNotice, guest_told_with_hers, told_organisers
from handlers.parsing.typed import as_typed
from handlers.recipients import buyer_language, by_console_admin, known_as
from handlers.texts import t
from handlers.types import Reply


async def cancel_order(ctx: Context) -> list[Reply]:
    """`/cancel 12-3`: that unpaid order cancelled (by whoever may confirm its payment, as 已收); one
    order at a time (parsing.commands refuses several whole)."""
    request = ctx.request
    order_id = ctx.command.order_id
    if order_id is None and ctx.command.order is not None:  # `取消 3`: of two alike, the unpaid one
        order_id = await typed_order(ctx, ctx.command.order, waiting=OrderStatus.PENDING_PAYMENT)
    if order_id is None:
        order_id = await _members_unpaid_order(ctx)
    done = await refused_where_due(
        ctx,
        order_id,
        service.cancel_unpaid(
            ctx.uow,
            order_id=order_id,
            actor=request.user_id,
            is_admin=request.is_admin,
            now=ctx.now,
            where=Where(request.chat_id, private=ctx.is_private),
            confirmed=ctx.command.confirmed,
        ),
    )
    return await _replies(ctx, done)


async def restore_order(ctx: Context) -> list[Reply]:
    """`恢复订单 1-10` (`/restore 1-10`): an order cancelled unpaid waits for payment again, by whoever may
    cancel it; the buyer is told privately, in her language, and the card counts it again."""
    request = ctx.request
    number = ctx.command.order
    if number is None:
        raise DomainError("restore_order_usage")
    if ctx.command.group_buy_id is not None:  # `撤销取消 #9`: #9 names a group buy, never an order
        await _group_buy_called_off(ctx, ctx.command.group_buy_id)
        await _group_buy_named(ctx, ctx.command.group_buy_id)
    try:
        order_id = await typed_order(ctx, number, waiting=OrderStatus.CANCELLED)
    except NotFound:
        if number.group_buy_id is None:  # `撤销取消 9`: no such order, but her group buy #9 called off
            await _group_buy_called_off(ctx, number.seq)
        raise
    if number.group_buy_id is None:  # `恢复订单 4`: order 1-4, while #4 is a group buy: which is meant?
        await _order_or_group_buy(ctx, order_id, number.seq)
    done = await refused_where_due(
        ctx,
        order_id,
        service.restore_cancelled(
            ctx.uow,
            order_id=order_id,
            actor=request.user_id,
            is_admin=request.is_admin,
            now=ctx.now,
            where=Where(request.chat_id, private=ctx.is_private),
            pay_within=ctx.config.pay_within,
            online=ctx.config.online_payment,
        ),
    )
    order, group_buy = done.order, done.group_buy
    lang = await ctx.lang(group_buy)
    said = t(lang, "restore_order_done", order=order.number, name=order.buyer_name)
    answer = Reply(text=said, language=lang)
    if not ctx.is_private and order.chat_id != request.chat_id:  # 帮卖: another group's buyer, privately
        answer = Reply(text=said, private_to=request.user_id, language=lang)
    total = format_money(order.total, order.currency)  # a chat admin's restore: the organiser is told
    notice = OrganiserNotice(
        group_buy, order, "restore_order_organiser", "restore_order_organiser_several", total
    )
    organiser = await told_organisers(ctx, [notice])
    return [answer, *await _restored_told(ctx, done), *organiser, card_update(group_buy)]


async def _group_buy_called_off(ctx: Context, group_buy_id: int) -> None:
    """A restore naming a group buy here (in private: hers) that was called off: refused as one that
    cannot come back, with how to start it again (`再开一团 #9`, or whom to ask); else nothing."""
    group_buy = await ctx.uow.group_buys.get(group_buy_id)
    where = Where(ctx.request.chat_id, private=ctx.is_private)
    if group_buy is None or group_buy.status is not GroupBuyStatus.CANCELLED:
        return
    if not where.organiser_reaches(group_buy, ctx.request.user_id):
        return
    admin = ctx.request.is_admin and where.admin_counts(group_buy)
    title, organiser = group_buy.terms.title, group_buy.organiser_name
    if not group_buy.may_manage(ctx.request.user_id, is_admin=admin):
        raise DomainError(
            "restore_group_buy_called_off_ask", id=group_buy_id, title=title, organiser=organiser
        )
    raise DomainError("restore_group_buy_called_off", id=group_buy_id, title=title)


async def _group_buy_named(ctx: Context, group_buy_id: int) -> None:
    """`恢复订单 #4`: #4 is a group buy's number (团号), never an order's. Another group's: said to be not
    in this group (named to whom may know it, as `+1 #4`); this group's (in private: hers): which form an
    order's number takes, with one of its cancelled orders; none: the usage."""
    group_buy = await ctx.uow.group_buys.get(group_buy_id)
    where = Where(ctx.request.chat_id, private=ctx.is_private)
    if group_buy is None or group_buy.id is None:
        raise DomainError("restore_order_usage")
    if not where.organiser_reaches(group_buy, ctx.request.user_id):
        if ctx.is_private:
            raise DomainError("restore_order_usage")
        raise DomainError("group_buy_not_found", id=group_buy_id)
    orders = await ctx.uow.orders.for_group_buy(group_buy.id)
    cancelled = [order for order in orders if order.status is OrderStatus.CANCELLED]
    example = cancelled[0].number if cancelled else f"{group_buy.id}-1"
    raise DomainError(
        "restore_order_group_buy_number", id=group_buy_id, title=group_buy.terms.title, example=example
    )


async def _order_or_group_buy(ctx: Context, order_id: int, typed: int) -> None:
    """`恢复订单 4` found order 1-4 while #4 is a group buy too: nothing guessed, the order's full number
    asked for (`恢复订单 1-4`); its own group buy's order (`恢复订单 1` for 1-1) is meant as typed."""
    order = await ctx.uow.orders.get(order_id)
    if order is None or order.group_buy_id == typed:
        return
    if await ctx.uow.group_buys.get(typed) is None:
        return
    raise DomainError("restore_order_which_number", typed=typed, order=order.number)


async def _restored_told(ctx: Context, done: service.Dropped) -> list[Reply]:
    """The buyer's private note of her order brought back (a 代报 guest's: to the organiser who added
    them, unless that is who restored it), with its fresh pay-by time when it was given one."""
    order, group_buy = done.order, done.group_buy
    to = payer_of(order.buyer_id)
    if to == ctx.request.user_id:
        return []
    buyer_lang = await buyer_language(ctx.uow, ctx.request.platform, group_buy, order, ctx.memo, to)
    by = await known_as(ctx, order, group_buy)
    if by_console_admin(ctx, order, group_buy):  # `An admin brought back…`, as a console admin's cancel
        by = t(buyer_lang, "paid_by_an_admin")
    total = format_money(order.total, order.currency)
    deadline = "" if done.pay_by is None else format_deadline(done.pay_by, ctx.tz, buyer_lang)
    note = t(
        buyer_lang,
        "restore_order_buyer_note_pay_by" if deadline else "restore_order_buyer_note",
        deadline=deadline,
        by=by,
        order=order.number,
        title=group_buy.terms.title,
        total=total,
        name=order.buyer_name,
    )
    return [Reply(text=note, private_to=to, language=buyer_lang)]


async def _members_unpaid_order(ctx: Context) -> int:
    """`/cancel @Eve` (取消订单 @张三): the named member's one unpaid order here."""
    request = ctx.request
    members = await help_sold_named(ctx, ctx.command.rest)  # her help-sold buyers too, as `已收 @Kim`
    if len(members) > 1:  # `/cancel @Bob @Cat`: refused whole, as several numbers are
        raise DomainError("cancel_order_one_at_a_time", order=ctx.command.rest.split()[0])
    if not members:
        raise DomainError("cancel_order_usage")
    try:
        return await service.unpaid_order_of_member(
            ctx.uow,
            chat_id=request.chat_id,
            buyer_id=members[0],
            actor=request.user_id,
            is_admin=request.is_admin,
        )
    except SeveralOrders as several:  # two unpaid orders: ask which, never guess
        raise await which_order(ctx, several, "cancel_order") from several
    except DomainError as refusal:
        if refusal.code == "not_organiser":  # said as for a number: only the organiser cancels orders
            organiser = refusal.params["organiser"]
            raise DomainError("cancel_order_not_organiser", organiser=organiser) from refusal
        raise


async def _replies(ctx: Context, done: service.Dropped) -> list[Reply]:
    order, group_buy = done.order, done.group_buy
    lang = await ctx.lang(group_buy)
    total = format_money(order.total, order.currency)
    guest = is_guest(order.buyer_id)  # 代报: nobody to tell but the organiser who added them
    here = not ctx.is_private and order.chat_id == ctx.request.chat_id  # read by the group: no amount

    def said_in(in_lang: str, *, public: bool = here) -> str:
        key = "cancel_order_done_guest" if guest else "cancel_order_done"
        key += "_public" if public else ""
        return t(in_lang, key, order=order.number, name=order.buyer_name, total=total)

    said = said_in(lang)
    ctx.shown(lambda in_lang: said_in(in_lang, public=False))  # the console's caller: her own page
    if not ctx.is_private and order.chat_id != ctx.request.chat_id:  # 帮卖: another group's buyer
        mine = await ctx.private_lang(lang)  # her own language: a private answer
        answer = Reply(text=said_in(mine, public=False), private_to=ctx.request.user_id, language=mine)
    else:
        answer = Reply(text=said, language=lang)
    # who waited at the close hears what came free, once (as after 取消未付款); the answer names them
    waited, line = await waiting.freed_after_close(
        ctx.uow, group_buy, order.quantity, lang, platform=ctx.request.platform, memo=ctx.memo
    )
    answer = replace(answer, text=answer.text + line)
    why = as_typed(ctx.request.text, ctx.command.note) if ctx.command.note else ""
    organiser = await told_organisers(ctx, [notice_of(done, why)])
    return [answer, *await buyer_told(ctx, done, why), *waited, *organiser, card_update(group_buy)]


def notice_of(done: service.Dropped, why: str = "") -> OrganiserNotice:
    """Anyone else's cancel (an admin's, in a chat or the console) is told to the organiser privately, as
    an admin's refund is: `管理员 dan 取消了你的 桃子（#17）订单 #17-1（Lou，¥20）…` (`told_organisers`)."""
    order = done.order
    total = format_money(order.total, order.currency)
    return OrganiserNotice(
        done.group_buy, order, "cancel_order_organiser", "cancel_order_organiser_several", total, why
    )


async def buyer_told(ctx: Context, done: service.Dropped, why: str = "") -> list[Reply]:
    """The private note of a cancelled order to its buyer, in her own language (a 代报 guest's: to the
    organiser who added them, unless that is who cancelled it or her notice says it); `why` passed on."""
    order, group_buy = done.order, done.group_buy
    total = format_money(order.total, order.currency)
    to = payer_of(order.buyer_id)  # a guest's: the organiser who added them
    buyer_lang = await buyer_language(ctx.uow, ctx.request.platform, group_buy, order, ctx.memo, to)
    by = await known_as(ctx, order, group_buy)  # 王五 of the group, not the private chat's `Wang Wu`
    # whom to ask about it: the organiser, never a chat admin or a console login who did the cancel
    ask = by if ctx.request.user_id == group_buy.organiser_id else group_buy.organiser_name
    params = {"organiser": ask, "by": by, "order": order.number, "title": group_buy.terms.title}
    if not is_guest(order.buyer_id):
        # his 我已付款 was never confirmed: the money he says he sent is his to ask the organiser about
        key = "cancel_order_buyer_note_reported" if done.reported else "cancel_order_buyer_note"
        if by_console_admin(ctx, order, group_buy):  # `管理员 取消了你的订单…`, never the organiser's act
            key += "_by_admin"
            params = {**params, "by": t(buyer_lang, "paid_by_an_admin")}
        note = t(buyer_lang, key, total=total, **params)
        if why:  # `/cancel 12-3 changed mind`: the reason, told the buyer (and an admin's, the organiser)
            note = t(buyer_lang, "refund_buyer_reason", told=note, reason=why)
        return [Reply(text=note, private_to=order.buyer_id, language=buyer_lang)]
    with_hers = guest_told_with_hers(ctx, order, group_buy)  # her 代报 guest's: in that notice
    if to == ctx.request.user_id or with_hers:  # her own 代报 guest: her answer (or her notice) says it all
        return []
    note = t(buyer_lang, "guest_cancel_order_note", name=order.buyer_name, total=total, **params)
    return [Reply(text=note, private_to=to, language=buyer_lang)]


BUYERS_ORDERS_NAMED = 5  # a buyer's bare 取消订单 names his newest unpaid orders, at most these


async def to_a_buyer(ctx: Context, lang: str) -> DomainError | None:
    """A bare 取消订单 (`/cancelorder`) from a buyer, not the organiser's form (nor how to call a group
    buy off): only the organiser cancels an order; his unpaid ones (here; in private, all) named with
    whom to ask, `退出` / `-1` while a group buy is open. None for an organiser or an admin here."""
    request = ctx.request
    where = Where(request.chat_id, private=ctx.is_private)
    if (request.is_admin and not ctx.is_private) or await organises_here(ctx.uow, request.user_id, where):
        return None
    here = None if ctx.is_private else request.chat_id
    unpaid = [
        order
        for order in await ctx.uow.orders.for_buyer(request.user_id)
        if order.status is OrderStatus.PENDING_PAYMENT and here in (None, order.chat_id)
    ][:BUYERS_ORDERS_NAMED]
    if not unpaid:
        return DomainError("cancel_order_buyer")
    lines = []
    for order in unpaid:
        group_buy = await ctx.uow.group_buys.get(order.group_buy_id)
        if group_buy is None:
            continue
        title, organiser = group_buy.terms.title, group_buy.organiser_name
        lines.append(t(lang, "cancel_order_buyer_line", order=order.number, title=title, organiser=organiser))
    if not lines:
        return DomainError("cancel_order_buyer")
    return DomainError("cancel_order_buyer_orders", orders=t(lang, "list_separator").join(lines))
