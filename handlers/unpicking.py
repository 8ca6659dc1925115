"""撤销已取 / 撤销已取货 / `/unpickup 3-5`: a hand-over (已取, 核销) marked by mistake undone by the
organiser, or by the pickup helper who marked it. The order is paid and not picked up again (its code works
again); the card drops its 📦. The commission the pickup released before the hold is pending again, as if
never picked up; one asked for in a payout or paid out already stays, and the answer says so. The buyer,
told "已提货" then, is told privately that it was undone, once, and so is each earner whose commission is
pending again (README)."""

from __future__ import annotations

from datetime import timedelta

from commerce.domain.errors import DomainError
from commerce.domain.guests import is_guest, payer_of
from commerce.domain.member import identity
from commerce.domain.money import format_money
from commerce.domain.order import OrderStatus
from commerce.domain.reach import Where
from commerce.services import pickup as service
from commerce.services.orders import SeveralOrders, members_newest
from handlers import guests, only_organiser
from handlers.cards import card_update
from handlers.context import Context
from handlers.order_numbers import refused_where_due, typed_order
from handlers.orders import help_sold_named, which_order
from handlers.parsing.numbers import order_number
from handlers.recipients import buyer_language, done_by
from handlers.texts import t
from handlers.texts.dates import format_datetime
from handlers.types import Reply
from handlers.unpaying import order_numbers


async def unpicked_up(ctx: Context) -> list[Reply]:
    """`撤销已取 3-5`: one order at a time, by its number (an undo never half done)."""
    request = ctx.request
    theirs = await only_organiser.not_hers(ctx, helpers=True)
    if theirs is not None:  # checked first: never her order's status to one who may not undo it
        raise DomainError("unpickup_not_allowed", organiser=theirs.organiser_name)
    typed = order_numbers(ctx.command.rest)
    named = _named(ctx.command.rest) if not typed else ""
    if named:  # `撤销已取 @Liu`, `/unpickup Dee`: as `已取 @Liu` finds her order
        order_id = await _members_picked_up_order(ctx, named)
    elif len(typed) != 1:
        raise DomainError("unpickup_usage", order=typed[0] if typed else "12-3")
    else:
        order_id = await typed_order(ctx, order_number(typed[0]), waiting=OrderStatus.FULFILLED)
    done = await refused_where_due(
        ctx,
        order_id,
        service.undo_hand_over(
            ctx.uow,
            order_id=order_id,
            actor=request.user_id,
            helper=identity(request.platform, request.user_id),
            is_admin=request.is_admin,
            now=ctx.now,
            where=Where(request.chat_id, private=ctx.is_private),
            hold=timedelta(days=ctx.config.commission_hold_days),
        ),
    )
    order, group_buy = done.order, done.group_buy
    lang = await ctx.lang(group_buy)
    said = t(lang, "unpickup_done", order=order.number, name=order.buyer_name, title=group_buy.terms.title)
    told = await _told(ctx, done)
    if told is not None and not is_guest(order.buyer_id):
        said += t(lang, "unpickup_buyer_told")
    said += await _commission(ctx, done, lang)
    replies = [Reply(text=said, language=lang), card_update(group_buy)]
    earners = await _earners_told(ctx, done)
    return [*replies, *earners] if told is None else [*replies, told, *earners]


def _named(rest: str) -> str:
    """The member `rest` names (`@Liu`, or a bare `Dee` as `/pickedup Dee` takes it), as `@name`; ""
    when it names none (empty, or more than one word without an `@`)."""
    rest = rest.strip()
    if rest.startswith(("@", "＠")):
        return "@" + rest[1:]
    return f"@{rest}" if rest and len(rest.split()) == 1 and not rest[0].isdigit() else ""


async def _members_picked_up_order(ctx: Context, named: str) -> int:
    """`撤销已取 @Liu`: the named member's one picked-up order here (in private: of the sender's group
    buys); several: which, naming them (`撤销已取 12-3`); none picked up: said so, nothing changed."""
    request = ctx.request
    members = await help_sold_named(ctx, named, own_buyers=True)
    if len(members) != 1:
        raise DomainError("unpickup_usage", order="12-3")
    try:
        order_id, name = await members_newest(
            ctx.uow,
            request.chat_id,
            members[0],
            request.user_id,
            request.is_admin,
            OrderStatus.FULFILLED,
            private=ctx.is_private,
        )
    except SeveralOrders as several:  # two picked up: ask which, never guess
        raise await which_order(ctx, several, "unpicked_up") from several
    if order_id is None:
        raise DomainError("unpickup_member_none", name=name)
    return order_id


async def _commission(ctx: Context, done: service.PickupUndone, lang: str) -> str:
    """What the undo did to the commission the pickup released early, a line per earner: pending again
    until the hold ends, or left as it was, asked for in a payout or paid out."""
    held, lines = done.held, []
    for key, earners in (("unpickup_commission_held", held.moved), ("unpickup_commission_kept", held.kept)):
        for member, amount in earners:
            name = await ctx.uow.members.name_of(identity(ctx.request.platform, member)) or member
            until = format_datetime(held.until, ctx.tz, lang) if held.until is not None else ""
            money = format_money(amount, held.currency)
            lines.append(t(lang, key, name=name, amount=money, until=until))
    return "".join("\n" + line for line in lines)


async def _earners_told(ctx: Context, done: service.PickupUndone) -> list[Reply]:
    """Each sharer or help-seller whose commission the undo put back to pending (her available balance
    just dropped), told privately, once, in her language (as 撤销已收 tells her); none to the sender, whose
    answer says it."""
    order, group_buy, held = done.order, done.group_buy, done.held
    replies = []
    for member, amount in held.moved:
        if member == ctx.request.user_id:
            continue
        lang = await buyer_language(ctx.uow, ctx.request.platform, group_buy, order, ctx.memo, member)
        until = format_datetime(held.until, ctx.tz, lang) if held.until is not None else ""
        text = t(
            lang,
            "unpickup_commission_earner",
            order=order.number,
            title=group_buy.terms.title,
            id=group_buy.id,
            amount=format_money(amount, held.currency),
            until=until,
        )
        replies.append(Reply(text=text, private_to=member, language=lang))
    return replies


async def _told(ctx: Context, done: service.PickupUndone) -> Reply | None:
    """The buyer, told "已提货" by the pickup, told privately in her own language that it was undone (a
    代报 guest's organiser, about the guest); nobody when it is the sender's own order (or guest)."""
    order, group_buy = done.order, done.group_buy
    to = payer_of(order.buyer_id)  # a guest's: the organiser who added them
    if to == ctx.request.user_id:
        return None
    lang = await buyer_language(ctx.uow, ctx.request.platform, group_buy, order, ctx.memo, to)
    by = await done_by(ctx, order, group_buy, lang)
    if is_guest(order.buyer_id):
        note = guests.guest_note(order, group_buy, "unpickup", by=by, lang=lang)
    else:
        note = t(lang, "unpickup_buyer_note", organiser=by, order=order.number, title=group_buy.terms.title)
    return Reply(text=note, private_to=to, language=lang)
