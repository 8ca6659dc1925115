"""撤销已收 / `/unpaid 12-3` (also `未收 12-3`, `撤销已收 @张三`): the organiser takes back a payment she
confirmed by mistake; the buyer is told privately that the order is not paid yet (so he pays, or talks
to her), and the card counts it as owed again. The console's 撤销已收 runs this same command."""

from __future__ import annotations

import re

from commerce.domain.errors import DomainError
from commerce.domain.guests import is_guest, payer_of
from commerce.domain.money import format_money
from commerce.domain.order import Order, OrderStatus
from commerce.domain.reach import Where
from commerce.services import unpaying as service
from commerce.services.orders import SeveralOrders
from handlers.cards import card_update
from handlers.commission_notices import commission_named, commission_taken_back, commission_taken_back_said
from handlers.context import Context
from handlers.guests import guest_note
from handlers.note_cards import bought_cards
from handlers.order_numbers import refused_where_due, said_where_due, typed_order
from handlers.orders import help_sold_named, which_order
from handlers.organiser_notices import OrganiserNotice, guest_told_with_hers, told_organisers
from handlers.parsing.numbers import ORDER, order_number
from handlers.recipients import buyer_language, done_by, known_as
from handlers.texts import t
from handlers.types import Reply

_ORDER_ID = re.compile(rf"^(?:no\.?|#)?\s*({ORDER})(?=[\s,，、;；]|$)", re.IGNORECASE)  # a number first
_BETWEEN = re.compile(r"^[\s,，、;；]+")  # between numbers: `撤销已收 2-1 2-3`, `2-1，2-3`


async def unpaid(ctx: Context) -> list[Reply]:
    """`/unpaid 12-3`: the order's payment taken back (the same people as may confirm it, 已收). One order
    at a time (unlike 已收, which takes several): `/unpaid 2-1 2-3` is refused whole (an undo never half
    done, nor a number ignored). One who runs no group buy (a buyer) is told only the organiser undoes
    a payment, whatever order he named (none, or another's): never an example he may not use."""
    try:
        return await _unpaid(ctx)
    except DomainError as refusal:
        if refusal.code in _NOT_HIS and await _runs_none(ctx):
            raise DomainError("unpaid_not_organiser") from refusal
        raise


_NOT_HIS = frozenset({"order_not_found", "not_organiser"})


async def _runs_none(ctx: Context) -> bool:
    """Whether the sender may undo no payment at all: no admin here, no group buy of hers anywhere."""
    request = ctx.request
    if request.is_admin or request.user_id in ctx.config.payout_admins:
        return False
    return not await ctx.uow.views.count_group_buys_of(request.user_id)


async def _unpaid(ctx: Context) -> list[Reply]:
    request = ctx.request
    where = Where(request.chat_id, private=ctx.is_private)
    order_id = ctx.command.order_id
    typed = order_numbers(ctx.command.rest)
    if order_id is None and len(typed) > 1:
        raise DomainError("unpaid_one_at_a_time", order=typed[0])
    if order_id is None and typed:  # `撤销已收 3`: of two alike, the paid one
        order_id = await typed_order(ctx, order_number(typed[0]), waiting=OrderStatus.PAID)
    if order_id is None:
        order_id = await _members_paid_order(ctx)
    done = await refused_where_due(
        ctx,
        order_id,
        service.undo_paid(
            ctx.uow,
            order_id=order_id,
            actor=request.user_id,
            is_admin=request.is_admin,
            now=ctx.now,
            where=where,
        ),
    )
    return await _replies(ctx, done)


def order_numbers(rest: str) -> list[str]:
    """The order numbers `rest` starts with, as typed (`2-1 2-3` → two; `3 谢谢` → one)."""
    found: list[str] = []
    rest = rest.strip()
    while (match := _ORDER_ID.match(rest)) is not None:
        found.append(match.group(1).replace(" ", ""))
        rest = _BETWEEN.sub("", rest[match.end() :])
    return found


async def _members_paid_order(ctx: Context) -> int:
    """`撤销已收 @张三`: the named member's one paid order here."""
    request = ctx.request
    # her help-sold buyers too, as `已收 @Kim`; in private, the buyers of her own group buys
    members = await help_sold_named(ctx, ctx.command.rest, own_buyers=True)
    if len(members) != 1:
        raise DomainError("unpaid_usage")
    try:
        return await service.paid_order_of_member(
            ctx.uow,
            chat_id=request.chat_id,
            buyer_id=members[0],
            actor=request.user_id,
            is_admin=request.is_admin,
            private=ctx.is_private,
        )
    except SeveralOrders as several:  # two paid orders: ask which, never guess (another group's: privately)
        raise await which_order(ctx, several, "unpaid") from several
    except service.PickedUpAlready as picked:  # another group's buyer (帮卖): said privately
        assert picked.order_id is not None
        raise await said_where_due(ctx, picked.order_id, picked) from picked


async def _replies(ctx: Context, done: service.Undone) -> list[Reply]:
    order, group_buy = done.order, done.group_buy
    lang = await ctx.lang(group_buy)
    total = format_money(order.total, order.currency)
    guest = is_guest(order.buyer_id)  # 代报: nobody to tell but the organiser who added them
    mine = await ctx.private_lang(lang)  # what she reads privately: her own language, else the group's
    named = {  # whose commission it took back, and which kind, as the console's flash says it
        in_lang: await commission_named(ctx.uow, ctx.request.platform, order, done.earned, in_lang)
        for in_lang in {lang, mine, ctx.page_lang or lang}
    }

    def said_in(in_lang: str) -> str:
        key = "unpaid_done_guest" if guest else "unpaid_done"
        said = t(in_lang, key, order=order.number, name=order.buyer_name, total=total)
        if named.get(in_lang):
            said += "\n" + commission_taken_back_said(in_lang, {order.number: named[in_lang]})
        return said

    said = said_in(lang)
    ctx.shown(said_in)  # the console API's caller reads it in their own language
    to = payer_of(order.buyer_id)  # a guest's: the organiser who added them
    buyer_lang = await buyer_language(ctx.uow, ctx.request.platform, group_buy, order, ctx.memo, to)
    by = await known_as(ctx, order, group_buy)  # 王五 of the group, not the private chat's `Wang Wu`
    acted = await done_by(ctx, order, group_buy, buyer_lang)  # a console admin's: `管理员` / "An admin"
    # whom a buyer who paid talks to: the organiser, who holds the money, even when an admin undid it
    contact = by if ctx.request.user_id == group_buy.organiser_id else group_buy.organiser_name
    note = t(
        buyer_lang,
        "unpaid_buyer_note",
        organiser=acted,
        contact=contact,
        order=order.number,
        title=group_buy.terms.title,
        total=total,
    )
    if not ctx.is_private and order.chat_id != ctx.request.chat_id:  # 帮卖: another group's buyer
        answer = Reply(text=said_in(mine), private_to=ctx.request.user_id, language=mine)  # never named here
    elif not ctx.is_private:  # the group hears whose, never the buyer's amount, as `已收` says it there
        key = "unpaid_done_guest_here" if guest else "unpaid_done_here"
        answer = Reply(text=t(lang, key, order=order.number, name=order.buyer_name), language=lang)
    else:
        answer = Reply(text=said, language=lang)
    # a commission it took back: she reads whose and how much privately (the group never reads amounts)
    hers = (
        [Reply(text=said_in(mine), private_to=ctx.request.user_id, language=mine)]
        if _grouped(ctx, order, named)
        else []
    )
    keys = ("unpaid_commission_helpseller", "unpaid_commission_sharer", "unpaid_commission_both")
    earners = await commission_taken_back(
        ctx, order, group_buy, done.earned, total, keys=keys, told_already=ctx.request.user_id
    )
    with_hers = guest_told_with_hers(ctx, order, group_buy)  # an admin undid her 代报 guest's: in it
    if to != group_buy.organiser_id or with_hers:  # an admin undid it: hers to chase again
        key, several = "unpaid_organiser_note", "unpaid_organiser_note_several"
        notice = OrganiserNotice(group_buy, order, key, several, total)
        earners = [*await told_organisers(ctx, [notice]), *earners]
    if not guest:
        told = Reply(text=note, private_to=order.buyer_id, language=buyer_lang)
        cards = await bought_cards(ctx.uow, group_buy, {order.buyer_id})  # no more ✅ 已购买 on their notes
        return [answer, *hers, told, *earners, card_update(group_buy), *cards]
    if payer_of(order.buyer_id) == ctx.request.user_id or with_hers:  # her own 代报 guest: said above
        return [answer, *hers, *earners, card_update(group_buy)]
    about = guest_note(order, group_buy, "unpaid", by=by, lang=buyer_lang, total=total)
    told = Reply(text=about, private_to=payer_of(order.buyer_id), language=buyer_lang)
    return [answer, *hers, told, *earners, card_update(group_buy)]


def _grouped(ctx: Context, order: Order, named: dict[str, list[tuple[str, str]]]) -> bool:
    """Whether the answer went to the group in short (`unpaid_done_here`) while it took back a
    commission (`named`): the one who typed it then reads the whole of it privately (a console caller
    reads it on the page)."""
    in_group = not ctx.is_private and order.chat_id == ctx.request.chat_id
    return in_group and ctx.page_lang is None and any(named.values())
