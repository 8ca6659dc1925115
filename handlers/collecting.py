"""Getting paid in the chat: 我已付款 / `/ipaid` (the buyer's report), the organiser's one-tap
confirmation (or 已收 7) and 未收到 7 / `/notpaid 7`, 催款 / `/remind` (at most every 6 hours), and the
evening before a pickup (the scheduler's chore, `PickupReminders`).

`已付款` was the organiser's word for `/paid` before buyers had one; it is both now. With `@name` from
whoever may confirm that member's unpaid order here (or runs a group buy here), or with the number of
an order of a group buy the sender runs, it confirms (as `已收`); otherwise it is the sender's own
report (bare: their one unpaid order here; `@Amy`: their one unpaid order with Amy).
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from dataclasses import replace
from datetime import datetime, time
from zoneinfo import ZoneInfo

from commerce.domain.collecting import Owing, TooSoon, is_reported, pickup_evening, rest_unreported
from commerce.domain.errors import DomainError
from commerce.domain.group_buy import GroupBuy
from commerce.domain.guests import is_guest
from commerce.domain.listings import has_own_pickup, seen_in
from commerce.domain.member import identity
from commerce.domain.money import SYMBOLS, Money, exponent, format_money, names_another_currency, parse_money
from commerce.domain.order import Order, OrderStatus
from commerce.domain.order_numbers import OrderNumber
from commerce.domain.payments import payable_online
from commerce.domain.reach import Where
from commerce.ports import Clock, UnitOfWork, UnitOfWorkFactory
from commerce.services import collecting as service
from commerce.services import listings as listings_service
from commerce.services.collecting import AllReported, Reminder, Reported, SeveralToReport
from commerce.services.orders import SeveralOrders
from handlers import chat_names, members, no_buttons, orders, settings
from handlers.buttons import OrderAction, OrderButton, Written
from handlers.cards import ABOUT, card_update, format_deadline
from handlers.chores import Chore
from handlers.config import AppConfig
from handlers.context import Context, card_language, language_in
from handlers.fit import clip
from handlers.members import steady_languages
from handlers.memo import LanguageMemo
from handlers.named_few import NAMED_IN_GROUP
from handlers.order_numbers import typed_order
from handlers.parsing.collecting import amount_alone, read_reject, read_report, reads_as_order
from handlers.payments import Outbox
from handlers.recipients import buyer_language, organiser_language
from handlers.selling_in import sellers_group
from handlers.texts import paid_via, refusal_text, t
from handlers.texts.paying import with_payment_note
from handlers.texts.pickup import pickup_text
from handlers.types import Button, Reply

MAX_NAME = 32  # a buyer's name in a reminder's line


# -- the buyer's report -----------------------------------------------------------------------------------
async def report_paid(ctx: Context, *, amount_said: bool = False, said: Money | None = None) -> list[Reply]:
    """我已付款 / `/ipaid 7`: the organiser is asked, privately, to confirm with one tap (or 已收 7).
    `amount_said`: an amount came with it (`付了50`) but no unpaid order here: never talk, in a group
    either, from one who is on a group buy here or owes one elsewhere, nor when the message is only the
    paying word and the amount (`付了 7`, `paid 50`: answered as `我已付款`, from anyone). `said`: an
    amount other than the order's total (`我付了80` owing ¥90), told to both with the difference."""
    if ctx.command.paid_payee and not await _pays_the_organiser(ctx, ctx.command.paid_payee):
        return await settings.help_hint(ctx) if ctx.is_private else []  # `just paid Bob`: never a report
    if ctx.command.paid_rest:  # `paid the rest 👍`, `尾款付了`: the top-up of her part-paid order
        return await _report_rest(ctx)
    if ctx.command.paid_amount:  # `付了234，微信转的`: the order it pays
        return await _report_amount(ctx, ctx.command.paid_amount)
    args = read_report(ctx.command.rest)
    if args.via and not ctx.command.paid_via:  # `付了 2-2 微信`: the way kept with the report
        ctx = replace(ctx, command=replace(ctx.command, paid_via=args.via))
    if args.orders or args.every:  # `我已付款 7-1 8-1`, `我已付款 全部`: each one, in one answer
        return await _report_several(ctx, args.orders)
    order_id = None
    if args.mentions:
        try:
            mentioned = await members.mentioned(ctx.uow, ctx.request, ctx.command.rest)
        except DomainError as refusal:
            raise await _named_nobody(ctx, refusal) from refusal
        if await _confirms_mentioned(ctx, mentioned):
            return await orders.paid(ctx)  # 已付款 @张三 by the organiser: the confirmation
        order_id = await _unpaid_to(ctx, mentioned)  # `I paid @Amy`: his order with Amy
    if args.order is not None:
        run = await _order_run(ctx, args.order)
        if run is not None:  # 已付款 7 by the organiser of order 7: the confirmation
            if args.amount and args.typed.isdigit():  # `已付款 1-1 5`: order #1-5, or ¥5? as `已收 1-1 5`
                return await orders.paid(ctx)
            differs = await orders.amount_differs(ctx, run, args.amount, args.typed) if args.amount else []
            if differs:  # `已付款 6-2 10元` owing ¥30: never marked paid silently, she is told
                return differs
            return await orders.paid(replace(ctx, command=replace(ctx.command, order_id=run)))
        try:
            order_id = await typed_order(ctx, args.order, as_buyer=True, waiting=OrderStatus.PENDING_PAYMENT)
        except DomainError:
            if args.amount or not await _an_amount(ctx, args.order):
                raise
            return await _report_amount(ctx, str(args.order.seq))  # `付了 150`: no order 150, an amount
        if not args.amount and await _tops_up(ctx, args.order, order_id):  # `paid 2` of #1-2, ¥25 left
            return await _report_amount(ctx, str(args.order.seq))
        if args.amount:  # `我已付款 6-2 10元`: that order, with the amount checked as `付了 80` is
            said = await _said_of(ctx, order_id, args.amount, args.typed) or said
    try:
        done = await _report(ctx, order_id, said)
    except SeveralToReport as several:
        raise _which_report(several, await ctx.lang(), private=ctx.is_private) from several
    except AllReported as before:
        raise _each_reported(before, await ctx.lang()) from before
    except DomainError as refusal:
        if refusal.code == "report_no_order":  # before the close here; else her orders elsewhere
            answer = await _before_close(ctx) or await _owed_elsewhere(ctx)
            if _said_in_passing(ctx) and not (amount_said and (answer or amount_alone(ctx.request.text))):
                return []  # `付了` from someone with no order here: talk, not a report; `付了50` alone is one
            raise answer or refusal from refusal
        if refusal.code == "report_no_order_private" and _said_in_passing(ctx):
            return []
        raise
    replies = await _reported_answer(ctx, done, said)
    if args.order is not None and not args.amount and _bare_number(ctx, args.order):
        return _read_as_order(ctx, replies, str(args.order.seq), done.order.number)
    return replies


def _bare_number(ctx: Context, number: OrderNumber) -> bool:
    """`paid 2`, `付了 2`: a bare number after the casual words, read as her order #1-2 (no amount was
    said: `_tops_up` read it as one only of a part-paid order)."""
    return not _deliberate(ctx) and number.group_buy_id is None and "#" not in ctx.command.rest


def _read_as_order(ctx: Context, replies: list[Reply], typed: str, order: str) -> list[Reply]:
    """Her answer to `paid 2` saying the 2 was read as her order #1-2, and how to say an amount (rep84
    #12: it reported the whole ¥20, the 2 dropped silently): the reply she reads herself (her private
    copy of a group's answer, else the answer)."""
    mine = next((i for i, r in enumerate(replies) if r.text and r.private_to == ctx.request.user_id), None)
    if mine is None:
        mine = next((i for i, r in enumerate(replies) if r.text and r.private_to is None), None)
    if mine is None:
        return replies
    reply = replies[mine]
    note = t(reply.language or "zh", "reported_number_read_as_order", typed=typed, order=order)
    return [*replies[:mine], replace(reply, text=f"{reply.text}\n{note}"), *replies[mine + 1 :]]


async def _reported_answer(ctx: Context, done: Reported, said: Money | None) -> list[Reply]:
    """What she and the organiser read of a report just made (a resend, a top-up, a repeat, a first)."""
    if done.resent:  # a bare `我已付款 1-2` just after `… 20元`: sent again, not the rest paid
        return await _resent_replies(ctx, done, await ctx.lang(done.group_buy))
    if (
        done.repeated
    ):  # `我已付款 1-2 10元` sent again at once: what it reported, nothing changed, nobody asked
        return await _repeated_replies(ctx, done, await ctx.lang(done.group_buy))
    if done.added:  # a top-up of a short report: what she has reported now, and any gap
        return await _topped_up_replies(ctx, done)
    return await _reported_replies(ctx, done, said)


async def _repeated_replies(ctx: Context, done: Reported, lang: str) -> list[Reply]:
    """The same short report (or top-up) again within minutes (rep66 #4): she reads what it reported and
    that the organiser was told then and is yet to confirm, nothing changed; never told the organiser
    was told again (she was not). Typed in a group, the group reads no amount; she reads it privately
    in her own language (`ctx.private_lang`)."""
    order, group_buy = done.order, done.group_buy

    def said_in(in_lang: str) -> str:
        return t(
            in_lang,
            "reported_topped_up_repeated" if done.before else "reported_repeated",
            name=ctx.request.display_name,
            order=order.number,
            added=format_money(done.added, order.currency),
            amount=format_money(order.reported_amount, order.currency),
            total=format_money(order.total, order.currency),
            gap=format_money(order.reported_short, order.currency),
            organiser=group_buy.organiser_name,
        )

    if ctx.is_private:
        return [Reply(text=said_in(lang), language=lang)]
    here = t(
        lang,
        "reported_repeated_here",
        name=ctx.request.display_name,
        order=order.number,
        organiser=group_buy.organiser_name,
    )
    mine = await _copy_lang(ctx, done)
    return [
        Reply(text=here, language=lang),
        Reply(text=said_in(mine), private_to=ctx.request.user_id, language=mine),
    ]


async def _resent_replies(ctx: Context, done: Reported, lang: str) -> list[Reply]:
    """A bare `我已付款 1-4` within minutes of `我已付款 1-4 20元` (owing ¥156): taken as that report sent
    again, nothing changed, the organiser not asked; she is told what she reported, what is left and how
    to report it (`我已付款 1-4 136元`), privately when typed in a group."""
    order = done.order
    reported, gap = order.reported_amount, order.reported_short
    received = order.received_in_report  # 只收到 ¥20 before her report of ¥30: said apart

    def said_in(in_lang: str) -> str:
        return t(
            in_lang,
            "reported_bare_resent_received" if received else "reported_bare_resent",
            order=order.number,
            received=format_money(received, order.currency),
            organiser=done.group_buy.organiser_name,
            amount=format_money(reported - received, order.currency),
            total=format_money(order.total, order.currency),
            gap=format_money(gap, order.currency),
            rest=_plain(gap, order.currency),
        )

    return await _report_answer(ctx, done, lang, said_in)


def _plain(minor: int, currency: str) -> str:
    """An amount as typed after an order's number, without its sign: `136`, `12.50`."""
    places = exponent(currency)
    whole, cents = divmod(minor, 10**places)
    return str(whole) if not cents else f"{whole}.{cents:0{places}d}"


async def _topped_up_replies(ctx: Context, done: Reported) -> list[Reply]:
    """`我已付款 1-2 146元` after `我已付款 1-2 10元` (owing ¥156): she reads what she reported before, now
    and in all, and what is left or over (privately, as a first report: the group reads no amount); the
    organiser is asked to confirm as for a first report, told it adds to the earlier one."""
    order, group_buy = done.order, done.group_buy
    lang = await ctx.lang(group_buy)
    reported = order.reported_amount or order.total
    key = "reported_topped_up_received" if done.received else "reported_topped_up"  # 团长已收到 ¥20
    part = done.received_before  # ¥20 received, then she reported ¥30: said apart, `团长已收到 ¥20，你之后…`
    if part:
        key = "reported_topped_up_received_reported"
    if reported != order.total:
        key += "_short" if reported < order.total else "_over"

    def said_in(in_lang: str) -> str:
        return t(
            in_lang,
            key,
            name=ctx.request.display_name,
            order=order.number,
            before=format_money(done.before, order.currency),
            received=format_money(part, order.currency),
            reported=format_money(done.before - part, order.currency),
            added=format_money(done.added, order.currency),
            amount=format_money(reported, order.currency),
            total=format_money(order.total, order.currency),
            gap=format_money(abs(order.total - reported), order.currency),
            organiser=group_buy.organiser_name,
        )

    answer = await _report_answer(ctx, done, lang, said_in)
    said = Money(reported, order.currency) if reported != order.total else None
    asked = await _organiser_asked(ctx, done, said)
    mine = await organiser_language(ctx.uow, group_buy, ctx.memo, ctx.request.platform)
    organisers = "reported_topped_up_received_organiser" if done.received else "reported_topped_up_organiser"
    before = t(
        mine,
        "reported_topped_up_received_reported_organiser" if part else organisers,
        name=ctx.request.display_name,
        organiser=group_buy.organiser_name,
        before=format_money(done.before, order.currency),
        received=format_money(part, order.currency),
        reported=format_money(done.before - part, order.currency),
        added=format_money(done.added, order.currency),
    )
    return [*answer, replace(asked, text=f"{asked.text}\n{before}"), card_update(group_buy)]


async def _report_rest(ctx: Context) -> list[Reply]:
    """`just sent the rest kate!`, `sent the other 10`, `剩下的转了` (rep67 #6): the top-up of her one order
    here (in private: anywhere) reported short or part received, as `/ipaid 4-2` (the rest) or `/ipaid 4-2
    10` would report it, even just after her short report; several: which; none part paid: the plain
    report (`尾款付了` was one before), talk from one owing nothing."""
    parts, waiting = [], []
    for order in await ctx.uow.orders.for_buyer(ctx.request.user_id):
        if order.status is not OrderStatus.PENDING_PAYMENT:
            continue
        if not ctx.is_private and order.chat_id != ctx.request.chat_id:
            continue
        if not (order.reported_short or order.received_part):
            if order.reported_paid_at is not None:
                waiting.append(order)
            continue
        group_buy = await ctx.uow.group_buys.get(order.group_buy_id)
        if group_buy is not None:
            parts.append(Reported(order, group_buy))
    plain = replace(ctx.command, paid_rest=False, paid_typed="")
    if not parts and waiting:  # `尾款付了` again, the rest reported already: that report, repeated (rep68 #1)
        latest = max(waiting, key=lambda order: order.reported_paid_at or ctx.now)
        return await report_paid(replace(ctx, command=replace(plain, rest=latest.number)))
    if not parts:  # nothing part paid: the plain report it says (`尾款付了` owing: hers; owing nothing: talk)
        return await report_paid(replace(ctx, command=plain))
    if len(parts) > 1:
        several = SeveralToReport(choices=parts)
        raise _which_report(several, await ctx.lang(), private=ctx.is_private)
    order = parts[0].order
    assert order.id is not None
    said = None
    if ctx.command.paid_typed:  # `sent the other 10`: that amount, checked as `/ipaid 4-2 10` is
        amount = ctx.command.paid_typed.lstrip("$¥")
        said = await _said_of(ctx, order.id, amount, ctx.command.paid_typed)
    done = await service.report_paid(
        ctx.uow,
        buyer_id=ctx.request.user_id,
        order_id=order.id,
        where=_where(ctx),
        now=ctx.now,
        pay_within=ctx.config.pay_within,
        provider=ctx.config.online_payment,
        amount=said.minor if said is not None else 0,
        rest=True,
    )
    return await _reported_answer(ctx, done, said)


async def _pays_the_organiser(ctx: Context, name: str) -> bool:
    """Whether `name` (`just paid kate!`) is the organiser of an order she owes here (in private: any)."""
    said = name.casefold()
    for order in await ctx.uow.orders.for_buyer(ctx.request.user_id):
        if order.status is not OrderStatus.PENDING_PAYMENT:
            continue
        if not ctx.is_private and order.chat_id != ctx.request.chat_id:
            continue
        group_buy = await ctx.uow.group_buys.get(order.group_buy_id)
        organiser = group_buy.organiser_name.casefold() if group_buy is not None else ""
        if organiser and said in (organiser, *organiser.split()):
            return True
    return False


async def _said_of(ctx: Context, order_id: int, amount: str, typed: str) -> Money | None:
    """The amount said with an order's number (`我已付款 6-2 10元`, `I paid 8-2 $15`): None when it is what
    the order comes to; another amount is reported as it is (the organiser told the gap); another
    currency than the order's is refused, nothing reported (as `付了 $5` is)."""
    order = await ctx.uow.orders.get(order_id)
    if order is None or order.status is not OrderStatus.PENDING_PAYMENT:
        return None  # paid, refunded, cancelled: the report says so, as without an amount
    group_buy = await ctx.uow.group_buys.get(order.group_buy_id)
    if group_buy is not None and names_another_currency(typed, order.currency):
        part = order.received_part or (order.total - order.reported_short if order.reported_short else 0)
        if _is_minor(amount, order.currency, order.total - part):  # `€20` of an S$20 order: one message
            if part:
                raise DomainError(
                    "report_amount_other_currency_numbered_rest_owed",
                    typed=typed,
                    order=order.number,
                    title=group_buy.terms.title,
                    symbol=SYMBOLS.get(order.currency, order.currency),
                    currency=order.currency,
                    total=format_money(order.total, order.currency),
                    part=format_money(part, order.currency),
                    rest=format_money(order.total - part, order.currency),
                )
            raise DomainError(
                "report_amount_other_currency_numbered_owed",
                typed=typed,
                order=order.number,
                title=group_buy.terms.title,
                symbol=SYMBOLS.get(order.currency, order.currency),
                currency=order.currency,
                total=format_money(order.total, order.currency),
            )
        if part:  # ¥20 of ¥42 received or reported already: a bare /ipaid is the rest, never "all ¥42"
            raise DomainError(
                "report_amount_other_currency_numbered_rest",
                typed=typed,
                order=order.number,
                title=group_buy.terms.title,
                symbol=SYMBOLS.get(order.currency, order.currency),
                currency=order.currency,
                total=format_money(order.total, order.currency),
                part=format_money(part, order.currency),
                rest=format_money(order.total - part, order.currency),
                amount=amount,
            )
        raise DomainError(  # `I paid 1-2 $15` in a ¥ shop: the two messages it may have meant
            "report_amount_other_currency_numbered",
            typed=typed,
            order=order.number,
            title=group_buy.terms.title,
            symbol=SYMBOLS.get(order.currency, order.currency),
            currency=order.currency,
            total=format_money(order.total, order.currency),
            amount=amount,
        )
    try:
        said = parse_money(amount, order.currency)
    except DomainError:
        return None
    return said if said.minor > 0 and said.minor != order.total else None


def _is_minor(amount: str, currency: str, minor: int) -> bool:
    """Whether `amount` (`20`), read in `currency`, is `minor` units of it; False when it is no amount."""
    try:
        return parse_money(amount, currency).minor == minor
    except DomainError:
        return False


async def _owed_elsewhere(ctx: Context) -> DomainError | None:
    """`我已付款`, `付了50` in a group where she has no order, from one who owes in another: no order
    here, and that her other orders are in `我的订单` (sent to her privately), never naming another
    group's orders in this one; None when she owes nothing anywhere. (In private every order of hers is
    reached: a bare report there names them, `_which_report`.)"""
    owed = [
        order
        for order in await ctx.uow.orders.for_buyer(ctx.request.user_id)
        if order.status is OrderStatus.PENDING_PAYMENT
        and not is_reported(order)
        and order.chat_id != ctx.request.chat_id
    ]
    for order in owed:
        if await ctx.uow.group_buys.get(order.group_buy_id) is not None:
            return DomainError("report_no_order_owed_elsewhere")
    return None


async def _before_close(ctx: Context) -> DomainError | None:
    """`I paid` from someone on an open group buy here but with no order yet: it closes at …, and her
    order (with what to pay) comes then; None when she is on none."""
    for group_buy in await ctx.uow.group_buys.open_in_chat(ctx.request.chat_id):
        if group_buy.id is None or not await ctx.uow.group_buys.lines_of(group_buy.id, ctx.request.user_id):
            continue
        deadline = group_buy.terms.deadline
        if deadline is None:  # kept with every group buy opened; none: nothing to tell
            continue
        return DomainError(
            "report_before_close",
            title=group_buy.terms.title,
            group_buy=group_buy.id,
            deadline=format_deadline(deadline, ctx.tz, await ctx.lang()),
        )
    return None


async def _an_amount(ctx: Context, number: OrderNumber) -> bool:
    """`付了 150`, `paid 32` naming no order of hers: the number is the amount she paid (of an unpaid
    order here: reported; of another: `_report_amount` says so; with none here: answered as `我已付款`
    is), never "no order #150", unless she runs a group buy here (`已付款 7`: her confirmation's). After
    the words the order messages ask for (`我已付款 3`, `/ipaid 3`) it is an order's number unless one of
    her unpaid orders here comes to it; `付了 7-1`, `付了 #50` are always an order's."""
    if number.group_buy_id is not None or "#" in ctx.command.rest:  # `付了 #50`: an order's number
        return False
    unpaid = await _unpaid_here(ctx, ctx.request.user_id)
    if not _deliberate(ctx):  # `付了50` with no order 50 of hers: an amount, whatever she owes here, unless
        # she runs a group buy here (`已付款 7`: the order she meant to confirm, "no order #7")
        return bool(unpaid) or (not ctx.is_private and await _organiser_here(ctx) is not None)
    for order, _ in unpaid:
        try:
            if parse_money(str(number.seq), order.currency).minor == order.total:
                return True
        except DomainError:
            continue
    return False


async def _tops_up(ctx: Context, number: OrderNumber, order_id: int) -> bool:
    """`paid 2`, `付了 2` naming her own order #1-2 while it is part paid (只收到 ¥5 of ¥30, or her short
    report): the ¥2 she paid of the ¥25 left, as `/ipaid 1-2 ¥2` reads it, never the whole rest of #1-2
    (s37). After the words the order messages ask for (`我已付款 2`, `/ipaid 2`), `#2` or `1-2`: the order."""
    if _deliberate(ctx) or number.group_buy_id is not None or "#" in ctx.command.rest:
        return False
    order = await ctx.uow.orders.get(order_id)
    if order is None or order.status is not OrderStatus.PENDING_PAYMENT:
        return False
    left = order.reported_short or rest_unreported(order)
    if not left and order.received_part:
        left = order.total - order.received_part
    try:
        said = parse_money(str(number.seq), order.currency).minor
    except DomainError:
        return False
    return 0 < said <= left


async def _report_amount(ctx: Context, typed: str) -> list[Reply]:
    """`付了234，微信转的`, `已付 ¥156`, `paid! sent 110 via paynow`: the report of her unpaid order here
    whose total is the amount typed (of all of them, their sum: each reported). An amount no order
    here comes to is said so, with her orders and what to send; nothing is reported. With no unpaid
    order here it is answered as `我已付款` is when she is on a group buy here or owes in another group
    (else, in a group, it is talk, as a bare `付了` is)."""
    unpaid = await _unpaid_here(ctx, ctx.request.user_id)
    if not unpaid:  # `付了50` before the close, or owing elsewhere: as `我已付款` is answered
        return await report_paid(
            replace(ctx, command=replace(ctx.command, paid_amount=None, rest="")), amount_said=True
        )
    unpaid.sort(key=lambda pair: pair[0].id or 0)
    currency = unpaid[0][0].currency
    as_typed = ctx.command.paid_typed or typed
    if names_another_currency(as_typed, currency):  # `paid $5` of a ¥ order: never read as ¥5
        first, group_buy = unpaid[0]
        raise DomainError(
            "report_amount_other_currency",
            typed=as_typed,
            order=first.number,
            title=group_buy.terms.title,
            symbol=SYMBOLS.get(currency, currency),
            currency=currency,
            total=format_money(first.total, currency),
        )
    try:
        said = parse_money(typed, currency)
    except DomainError:  # `付了 0`: no amount any order comes to
        said = Money(0, currency)
    same = [order for order, _ in unpaid if order.currency == said.currency and order.total == said.minor]
    if len(same) == 1:
        command = replace(ctx.command, paid_amount=None, rest=same[0].number)
        return await report_paid(replace(ctx, command=command))
    if same:  # two orders of that total: which of those, never a guess
        lang = await ctx.lang()
        choices = _order_choices(lang, [(order, group_buy) for order, group_buy in unpaid if order in same])
        first_same = same[0].number
        raise DomainError("report_which_of_amount", amount=said.format(), orders=choices, order=first_same)
    every = sum(order.total for order, _ in unpaid if order.currency == currency)
    if len(unpaid) > 1 and every == said.minor:  # the sum of them all: `我已付款 全部`
        return await _report_several(ctx, ())
    lang = await ctx.lang()
    first, group_buy = unpaid[0]
    if len(unpaid) == 1 and said.currency == first.currency and said.minor > 0:  # `我付了80` owing ¥90
        command = replace(ctx.command, paid_amount=None, rest=first.number)
        return await report_paid(replace(ctx, command=command), said=said)  # told as it is, to both
    if len(unpaid) == 1:
        raise DomainError(
            "report_amount_differs",
            amount=said.format(),
            order=first.number,
            title=group_buy.terms.title,
            total=format_money(first.total, first.currency),
            organiser=group_buy.organiser_name,
        )
    choices = _order_choices(lang, unpaid)
    raise DomainError("report_amount_matches_none", amount=said.format(), orders=choices, order=first.number)


async def _confirms_mentioned(ctx: Context, mentioned: Sequence[str]) -> bool:
    """`paid @dan` by whoever may confirm Dan's unpaid order here is that confirmation; `I paid @Amy` by
    a buyer with an unpaid order of his own here, or by someone who runs no group buy here, is his
    report, addressed to Amy (the organiser). An organiser's that confirms nothing, or a help-seller's
    naming her buyer, is answered by the confirmation, which says why nothing changed."""
    user, where = ctx.request.user_id, _where(ctx)
    is_admin = ctx.request.is_admin and not ctx.is_private
    for member in mentioned:
        for order, group_buy in await _unpaid_here(ctx, member):
            if group_buy.may_manage(
                user, is_admin=is_admin, in_chat=where.chat_id
            ) and where.organiser_reaches(group_buy, user):
                return True
            if order.help_seller_id == user:  # her buyer (帮卖): she is told only the organiser confirms
                return True
    own = await _unpaid_here(ctx, user)
    if any(not group_buy.may_manage(user, is_admin=False) for _, group_buy in own):
        return False
    return await service.organises_here(ctx.uow, user, where)


async def _unpaid_to(ctx: Context, payees: Sequence[str]) -> int:
    """The sender's one unpaid order here that he pays to one of `payees` (`I paid @Amy`); with none,
    he is told so, and where his orders are."""
    try:
        found = await service.unpaid_with(ctx.uow, ctx.request.user_id, payees, _where(ctx))
    except SeveralToReport as several:
        raise _which_report(several, await ctx.lang(), private=ctx.is_private) from several
    except AllReported as before:
        raise _each_reported(before, await ctx.lang()) from before
    if found is None:
        lang = await ctx.lang()
        names = t(lang, "list_separator").join(await _names(ctx, payees))
        own = await _own_unpaid_number(ctx)  # his own order is reported bare, or by its number
        if own is not None:
            raise DomainError("report_none_with_own", name=names, order=own)
        raise DomainError("report_none_with", name=names)
    return found


async def _named_nobody(ctx: Context, refusal: DomainError) -> DomainError:
    """`我已付款 @Zed`, `I paid @Zed` in a group naming nobody here: what a payment report needs instead.
    A buyer with an unpaid order here reports it bare or by its number (`我已付款 1-1`); an organiser
    here (owing nothing) confirms by an order's number (`已收 1-1`); anyone else has nothing to report."""
    if refusal.code != "member_unknown":
        return refusal
    name = refusal.params["name"]
    own = await _own_unpaid_number(ctx)
    if own is not None:
        return DomainError("report_member_unknown", name=name, order=own)
    if await service.organises_here(ctx.uow, ctx.request.user_id, _where(ctx)):
        statuses = orders.ACTS_ON["paid"]  # an unpaid one of hers, as `已收 @Zed` says
        number = await orders.example_order(ctx, name=str(name), statuses=statuses, manageable=True, usual="")
        if not number:  # none she could mark paid: no number made up
            return DomainError("member_unknown_order_none", name=name)
        example = t(await ctx.lang(), "order_example_paid", order=number)
        return DomainError("member_unknown_order", name=name, example=example)
    return DomainError("report_member_unknown_none", name=name)


async def _own_unpaid_number(ctx: Context) -> str | None:
    """The number of the sender's first unpaid order here (None: he owes nothing here)."""
    own = [order for order, _ in await _unpaid_here(ctx, ctx.request.user_id)]
    return min(own, key=lambda order: order.id or 0).number if own else None


async def _names(ctx: Context, user_ids: Sequence[str]) -> list[str]:
    """The members' names as last seen, else as written after `@` in the message."""
    written = members.names_in(ctx.command.rest)
    names = []
    for index, user_id in enumerate(user_ids):
        name = await ctx.uow.members.name_of(identity(ctx.request.platform, user_id))
        names.append(name or (written[index].split()[0] if index < len(written) else user_id))
    return names


async def _unpaid_here(ctx: Context, buyer_id: str) -> list[tuple[Order, GroupBuy]]:
    """`buyer_id`'s unpaid orders this chat reaches, each with its group buy."""
    found: list[tuple[Order, GroupBuy]] = []
    for order in await ctx.uow.orders.for_buyer(buyer_id):
        if order.status is not OrderStatus.PENDING_PAYMENT:
            continue
        group_buy = await ctx.uow.group_buys.get(order.group_buy_id)
        if group_buy is not None and _where(ctx).buyer_reaches(order, group_buy, buyer_id):
            found.append((order, group_buy))
    return found


def _where(ctx: Context) -> Where:
    return Where(ctx.request.chat_id, private=ctx.is_private)


def _said_in_passing(ctx: Context) -> bool:
    """A bare Chinese word in a group (`付了`), not a command typed with its slash nor the report the
    bot's messages ask for (`我已付款`, answered as `/ipaid`)."""
    return not ctx.is_private and not _deliberate(ctx)


def _deliberate(ctx: Context) -> bool:
    """The report typed as the bot's messages ask for it: with its slash, `我已付款`, `I paid`."""
    text = ctx.request.text.strip()
    return text.startswith(("/", "／", *_DELIBERATE_REPORTS)) or _I_PAID.match(text) is not None


_DELIBERATE_REPORTS = ("我已付款", "我已转账")  # the words the reminders and order messages say to send
# `I paid`, `I've paid`, `I have already paid`: the report in English, the whole message (not `paid`)
_I_PAID = re.compile(
    r"^i(?:['’]ve|\s+have)?\s+(?:(?:just|already)\s+)?paid(?:\s+already)?[\s.!。！~～]*$", re.IGNORECASE
)


async def _order_run(ctx: Context, number: OrderNumber) -> int | None:
    """The id of the order `number` names if the sender runs its group buy, reached from here (so
    `已付款 7` is their confirmation, not a report); None when it names none they run, or it is the
    sender's own order and the group buy not hers (a chat admin who bought reports as any buyer does)."""
    user = ctx.request.user_id
    try:
        order_id = await typed_order(ctx, number, waiting=OrderStatus.PENDING_PAYMENT)
    except DomainError:  # none here, or several: not theirs to confirm by this number
        return None
    order = await ctx.uow.orders.get(order_id)
    group_buy = None if order is None else await ctx.uow.group_buys.get(order.group_buy_id)
    if group_buy is None or not _where(ctx).organiser_reaches(group_buy, user):
        return None
    if order is not None and order.buyer_id == user and group_buy.organiser_id != user:
        return None  # an admin's own order (`已付 ¥156`, `我已付款 1-2`): his report, never his confirmation
    return (
        order_id
        if group_buy.may_manage(
            user, is_admin=ctx.request.is_admin and not ctx.is_private, in_chat=ctx.request.chat_id
        )
        else None
    )


def _order_choices(lang: str, orders: Sequence[tuple[Order, GroupBuy]]) -> str:
    """ "#4 Mangoes ¥30, #7 Plums ¥12": the orders a question or an answer names, in a line."""
    return t(lang, "list_separator").join(
        t(
            lang,
            "order_choice",
            order=order.number,
            title=group_buy.terms.title,
            total=format_money(order.total, order.currency),
        )
        for order, group_buy in orders
    )


def _which_report(several: SeveralToReport, lang: str, *, private: bool) -> DomainError:
    """ "You have 2 unpaid orders here: #4 Mangoes ¥30, #7 Plums ¥12. Say which: /ipaid 4" (in a private
    chat the orders of all her groups: not "here")."""
    choices = _order_choices(lang, [(choice.order, choice.group_buy) for choice in several.choices])
    first = several.choices[0].order.number
    if private:
        return DomainError("report_which_order_private", n=len(several.choices), orders=choices, order=first)
    return DomainError("report_which_order", n=len(several.choices), orders=choices, order=first)


def _each_reported(reported: AllReported, lang: str) -> DomainError:
    """ "You already said these 2 orders are paid: #8-2 Eggs ¥8.40, #10-3 Grapes ¥112…": every order a
    report meaning them all covers, each reported before (one: "You already said order #8-2 is paid")."""
    if len(reported.reported) == 1:
        return reported
    orders = _order_choices(lang, [(each.order, each.group_buy) for each in reported.reported])
    return DomainError("payment_already_reported_several", count=len(reported.reported), orders=orders)


async def _report_answer(
    ctx: Context, done: Reported, lang: str, said_in: Callable[[str], str], *, screenshot: bool = False
) -> list[Reply]:
    """Her report's answer (`said_in` a language): in a private chat in `lang`; in a group the group
    reads one line with no amount (`screenshot`: that it came with her screenshot) and she reads the
    answer privately (a resend, nobody asked: the group reads only that she was answered privately), in
    her own language (`ctx.private_lang`: her private `/lang`, else her app's, else the group's)."""
    if ctx.is_private:
        return [Reply(text=said_in(lang), language=lang)]
    here = t(
        lang,
        "reported_resent_here" if done.resent else "reported_paid_here",
        name=ctx.request.display_name,
        order=done.order.number,
        organiser=done.group_buy.organiser_name,
    )
    if screenshot:
        here = t(lang, "reported_paid_with_screenshot", said=here)
    mine = await _copy_lang(ctx, done)
    return [
        Reply(text=here, language=lang),
        Reply(text=said_in(mine), private_to=ctx.request.user_id, language=mine),
    ]


async def _copy_lang(ctx: Context, done: Reported) -> str:
    """The language of a buyer's private copy of her payment report typed in a group: as her order
    (`ctx.private_lang`: her private `/lang`, else her app's, else the language of the group the order
    was made in), never the words she typed (`I paid` in a Chinese group: Chinese, rep85 #7)."""
    return await ctx.private_lang(await language_in(ctx.uow, done.group_buy, done.order.chat_id, ctx.memo))


async def _reported_replies(ctx: Context, done: Reported, said: Money | None = None) -> list[Reply]:
    """She reads that her report is with the organiser (the amount and any gap privately when typed in
    a group); the organiser is asked to confirm and the card updated."""
    order, group_buy = done.order, done.group_buy
    lang = await ctx.lang(group_buy)
    total = format_money(order.total, order.currency)
    key, gap = "reported_paid", ""
    if said is not None and said.minor != order.total:  # `我付了80` owing ¥90: as said, the organiser checks
        key = "reported_paid_short" if said.minor < order.total else "reported_paid_over"
        gap = format_money(abs(order.total - said.minor), order.currency)

    def said_in(in_lang: str) -> str:
        text = t(
            in_lang,
            key,
            name=ctx.request.display_name,
            order=order.number,
            total=total,
            organiser=group_buy.organiser_name,
            amount=said.format() if said is not None else "",
            gap=gap,
        )
        if ctx.request.photo:  # her payment's screenshot came with it (WeChat: the image just before)
            text = t(in_lang, "reported_paid_with_screenshot", said=text)
        return text

    answer = await _report_answer(ctx, done, lang, said_in, screenshot=bool(ctx.request.photo))
    return [
        *answer,
        await _organiser_asked(ctx, done, said),
        card_update(group_buy),
    ]


async def _report(ctx: Context, order_id: int | None, said: Money | None = None) -> Reported:
    """Her report of the order `order_id` (None: her only unpaid one where she typed it); `said`: the
    amount she said when not its total, kept with the report (a short one reads short afterwards)."""
    return await service.report_paid(
        ctx.uow,
        buyer_id=ctx.request.user_id,
        order_id=order_id,
        where=_where(ctx),
        now=ctx.now,
        pay_within=ctx.config.pay_within,
        provider=ctx.config.online_payment,
        via=ctx.command.paid_via,  # `付了234，微信转的`: kept with the report, named where it is shown
        amount=said.minor if said is not None else 0,
    )


async def _organiser_asked(ctx: Context, done: Reported, said: Money | None = None) -> Reply:
    """The organiser's private question about one reported order: Received / Not received. An amount
    `said` other than its total leads, as said, with the total and the gap: `¥80（应付 ¥90，差 ¥10）`."""
    order, group_buy = done.order, done.group_buy
    assert order.id is not None
    total = format_money(order.total, order.currency)
    organiser = group_buy.organiser_id
    mine = await organiser_language(
        ctx.uow, group_buy, ctx.memo, ctx.request.platform
    )  # hers, else the group's
    way = paid_via(mine, order.reported_via)  # `付了88，微信转的`: `¥88（微信）`
    shown = total
    if said is not None and said.minor != order.total:
        gap = format_money(abs(order.total - said.minor), order.currency)
        key = "reported_amount_short" if said.minor < order.total else "reported_amount_over"
        way = t(mine, key, total=total, gap=gap) + (f" · {way}" if way else "")
        shown = said.format()  # what she said she paid leads: the organiser checks that sum
    short = said.minor if said is not None and 0 < said.minor < order.total else 0
    # short: a bare `已收 1-1` asks first, so the form offered names the whole (`已收 1-1 ¥30`)
    key = "reported_paid_organiser_short" if short else "reported_paid_organiser"
    ask = t(
        mine,
        no_buttons.text_key(key, ctx.request.platform),  # WeChat: `已收 12-3`
        name=order.buyer_name,
        order=order.number,
        title=group_buy.terms.title,
        id=group_buy.id,
        total=shown + (t(mine, "paid_via_shown", via=way) if way else ""),
        whole=total,
        said=format_money(short, order.currency),
    )
    buttons = confirm_buttons(order.id, total, mine, short=short, currency=order.currency)
    return Reply(text=ask, buttons=buttons, private_to=organiser, language=mine)


async def _report_several(ctx: Context, numbers: Sequence[OrderNumber]) -> list[Reply]:
    """`我已付款 13-1 14-1` (`/ipaid 13-1 14-1`, `paid 13-1, 14-1`): each order reported as `/ipaid 13-1`
    alone would be (its organiser asked privately, one question per order); no numbers (`我已付款 全部`,
    `/ipaid all`): each of her unpaid orders here (in private: anywhere). Every number is checked first:
    one that is not hers to report refuses them all, naming it (nothing changed); one reported or
    confirmed already is said so and the others are still reported. Typed by the organiser of the first
    number's order, it is her confirmation (`已付款 1-1 1-2`, as `已收 1-1 1-2`)."""
    if numbers and await _order_run(ctx, numbers[0]) is not None:
        return await orders.paid(ctx)
    lang = await ctx.lang()
    if numbers:
        order_ids = [await _typed_in_several(ctx, number, lang) for number in numbers]
    else:
        try:
            where = _where(ctx)  # those reported before named too: "all" covers them
            found = await service.unpaid_to_report(ctx.uow, ctx.request.user_id, where, with_reported=True)
        except AllReported as before:
            raise _each_reported(before, lang) from before
        except DomainError as refusal:
            if refusal.code in ("report_no_order", "report_no_order_private") and _said_in_passing(ctx):
                return []  # `付了 全部` from someone with no order here: talk, not a report
            raise
        order_ids = [order.id for order in found if order.id is not None]
    done: list[Reported] = []
    reported: list[Order] = []  # reported before, still waiting for the organiser
    paid: list[Order] = []  # confirmed before
    for order_id in dict.fromkeys(order_ids):
        order = await ctx.uow.orders.get(order_id)
        if order is not None and order.buyer_id == ctx.request.user_id:
            if order.status in (OrderStatus.PAID, OrderStatus.FULFILLED):
                paid.append(order)
                continue
            if order.status is OrderStatus.PENDING_PAYMENT and order.reported_paid_at is not None:
                reported.append(order)
                continue
        try:
            done.append(await _report(ctx, order_id))
        except DomainError as refusal:
            item = f"#{order.number}" if order is not None else f"#{order_id}"
            reason = refusal_text(lang, refusal)
            raise DomainError("report_several_refused", reason=reason, item=item) from refusal
    if len(done) == 1 and not reported and not paid:
        return await _reported_replies(ctx, done[0])
    return await _several_reported_replies(ctx, lang, done, reported, paid)


async def _typed_in_several(ctx: Context, number: OrderNumber, lang: str) -> int:
    """The id of one order of several typed by their numbers; one that is not hers here refuses them all."""
    try:
        return await typed_order(ctx, number, as_buyer=True, waiting=OrderStatus.PENDING_PAYMENT)
    except DomainError as refusal:
        reason = (
            t(lang, "order_not_found_ipaid", order=refusal.params["order"])
            if refusal.code == "order_not_found"
            else refusal_text(lang, refusal)
        )
        raise DomainError("report_several_refused", reason=reason, item=f"#{number}") from refusal


async def _several_reported_replies(
    ctx: Context, lang: str, done: Sequence[Reported], reported: Sequence[Order], paid: Sequence[Order]
) -> list[Reply]:
    """One answer in the chat for several reports (and those reported or confirmed before); each
    organiser asked privately about each order; each card refreshed once."""

    async def listed(items: Sequence[Order], *, amounts: bool = True, lang: str = lang) -> str:
        parts = []
        for order in items:
            group_buy = await ctx.uow.group_buys.get(order.group_buy_id)
            title = group_buy.terms.title if group_buy is not None else ""
            total = format_money(order.total, order.currency)
            key = "order_choice" if amounts else "order_choice_here"  # a group reads no amount
            parts.append(t(lang, key, order=order.number, title=title, total=total))
        return t(lang, "list_separator").join(parts)

    async def answer(amounts: bool, lang: str = lang) -> str:
        parts = []
        if done:
            organisers = dict.fromkeys(each.group_buy.organiser_name for each in done)
            parts.append(
                t(
                    lang,
                    "reported_paid_several" if amounts else "reported_paid_several_here",
                    name=ctx.request.display_name,
                    organiser=t(lang, "list_separator").join(organisers),
                    orders=await listed([each.order for each in done], amounts=amounts, lang=lang),
                )
            )
        if reported:
            said = await listed(reported, amounts=amounts, lang=lang)
            parts.append(t(lang, "reported_several_already", orders=said))
        if paid:
            parts.append(
                t(lang, "reported_several_paid", orders=await listed(paid, amounts=amounts, lang=lang))
            )
        return "\n".join(parts)

    replies = [Reply(text=await answer(True), language=lang)]
    if not ctx.is_private:  # the group reads no amount: she reads the whole answer privately, in hers
        mine = await _copy_lang(ctx, done[0]) if done else await ctx.private_lang(lang)
        whole = Reply(text=await answer(True, mine), private_to=ctx.request.user_id, language=mine)
        replies = [Reply(text=await answer(False), language=lang), whole]
    replies += [await _organiser_asked(ctx, each) for each in done]
    cards = {each.group_buy.id: each.group_buy for each in done}
    replies += [card_update(group_buy) for group_buy in cards.values()]
    return replies


def confirm_buttons(
    order_id: int, total: str, lang: str, *, short: int = 0, currency: str = ""
) -> tuple[tuple[Button, ...], ...]:
    """Received (`od:confirm:7`, the organiser's 已收 7) and Not received (`od:notpaid:7`); a report of
    `short` (less than the total, e.g. ¥80 of ¥90): Received in full and Only ¥80 received, then
    Not received (`od:short:7:zh:8000`: unpaid still, the buyer told what is left to pay)."""
    written = Written.of(lang)  # a tap is answered in the message's language
    received = OrderButton(OrderAction.CONFIRM, order_id, written).pack()
    not_received = OrderButton(OrderAction.NOT_PAID, order_id, written).pack()
    if short:
        only = OrderButton(OrderAction.SHORT, order_id, written, short).pack()
        return (
            (
                Button(t(lang, "btn_payment_received_full", total=total), received),
                Button(t(lang, "btn_payment_short", amount=format_money(short, currency)), only),
            ),
            (Button(t(lang, "btn_payment_not_received"), not_received),),
        )
    return (
        (
            Button(t(lang, "btn_payment_received", total=total), received),
            Button(t(lang, "btn_payment_not_received"), not_received),
        ),
    )


async def short_paid(ctx: Context) -> list[Reply]:
    """The report's Only ¥80 received button (a report of less than the total): the order stays unpaid
    (reported no more, as Not received), the buyer is told privately, in one message, what is still to
    pay and how; the organiser reads what she was told."""
    command = ctx.command
    if command.order_id is None or not command.rest.isdigit():
        raise DomainError("button_stale")
    received = int(command.rest)
    # typed (`只收到 1-2 100`): the organiser says what came, whatever the report said
    stale = await _short_replaced(ctx, command.order_id, received) if command.tap else []
    if stale:  # her report changed since (a top-up): this question no longer stands
        return stale
    was = None if command.tap else await ctx.uow.orders.get(command.order_id)
    prior = 0 if was is None or is_reported(was) else was.received_part  # 只收到 ¥20 before: it adds up
    if was is not None and was.reported_short:  # ¥30 received in her short report of ¥50, now ¥20 more
        prior = was.received_in_report
    order, group_buy, lang, buyer_lang = await _reject(ctx, command.order_id, received, typed=not command.tap)
    if is_reported(order):  # typed on her report: the part recorded, her report kept (s36 #4)
        return _received_in_report(order, group_buy, lang, buyer_lang)
    got, gap = _got_gap(order, prior + received)
    how = group_buy.terms.payment_note or t(
        buyer_lang, "ask_payment_offline", organiser=group_buy.organiser_name
    )
    about = {"order": order.number, "received": got, "gap": gap}
    if prior:  # a second instalment: both parts and the sum, never the first dropped (rep78 #2)
        parts = {
            "before": format_money(prior, order.currency),
            "amount": format_money(received, order.currency),
            **about,
        }
        note = t(
            buyer_lang,
            "report_short_added_buyer",
            organiser=group_buy.organiser_name,
            title=group_buy.terms.title,
            how=how,
            **parts,
        )
        told = t(lang, "report_short_added", name=order.buyer_name, **parts)
    else:
        note = t(
            buyer_lang,
            "report_short_buyer",
            organiser=group_buy.organiser_name,
            title=group_buy.terms.title,
            how=how,
            **about,
        )
        told = t(lang, "report_short", name=order.buyer_name, **about)
    return [
        Reply(text=told, language=lang),
        Reply(text=note, private_to=order.buyer_id, language=buyer_lang),
        card_update(group_buy),
        Reply(toast=t(lang, "toast_report_rejected", order=order.number), language=lang),
    ]


def _received_in_report(order: Order, group_buy: GroupBuy, lang: str, buyer_lang: str) -> list[Reply]:
    """`只收到 1-2 50` typed on an order its buyer reported paying (¥90; short of it too, `我付了 60`, s37):
    both said, the part received and what she reported, to the organiser and privately to the buyer; her
    report stays to confirm."""
    got, gap = _got_gap(order, order.received_amount)
    said = order.reported_amount if order.reported_short else order.total  # short (`我付了 50`): hers, s37
    about = {
        "order": order.number,
        "received": got,
        "gap": gap,
        "reported": format_money(said, order.currency),
    }
    organiser = group_buy.organiser_name
    note = t(buyer_lang, "report_kept_part_buyer", organiser=organiser, title=group_buy.terms.title, **about)
    if order.reported_short:  # the rest of what she said is what stays to confirm, never 已收 of the whole
        rest = format_money(said - order.received_amount, order.currency)
        told = t(lang, "report_kept_part_short", name=order.buyer_name, rest=rest, **about)
    else:
        told = t(lang, "report_kept_part", name=order.buyer_name, **about)
    return [
        Reply(text=told, language=lang),
        Reply(text=note, private_to=order.buyer_id, language=buyer_lang),
        card_update(group_buy),
    ]


async def _short_replaced(ctx: Context, order_id: int, received: int) -> list[Reply]:
    """An Only ¥20 received tapped on a question a later report replaced (`我已付款 1-4` after `… 20元`):
    nothing changed, the organiser told so and asked the new question; [] when it still stands (or is
    not hers to answer: `_reject` says why)."""
    order = await ctx.uow.orders.get(order_id)
    group_buy = None if order is None else await ctx.uow.group_buys.get(order.group_buy_id)
    if order is None or group_buy is None or group_buy.organiser_id != ctx.request.user_id:
        return []
    if not is_reported(order) or order.reported_amount == received:
        return []
    lang = await ctx.lang(group_buy)
    now = order.reported_amount or order.total
    said = Money(now, order.currency) if now != order.total else None
    asked = await _organiser_asked(ctx, Reported(order, group_buy), said)
    text = t(
        lang,
        "report_short_replaced",
        name=order.buyer_name,
        order=order.number,
        received=format_money(received, order.currency),
        amount=format_money(now, order.currency),
        total=format_money(order.total, order.currency),
    )
    return [Reply(text=text, language=lang), asked]


# -- the organiser's answer -------------------------------------------------------------------------------
async def confirm(ctx: Context) -> list[Reply]:
    """The report's Received button: exactly `已收 7` (the order paid, the buyer told, the card ticked)."""
    replies = await orders.paid(ctx)  # the button's order id, as `已收 12-3` would find it
    order = None if ctx.command.order_id is None else await ctx.uow.orders.get(ctx.command.order_id)
    shown = order.number if order is not None else ctx.command.order_id
    lang = await ctx.lang()
    return [*replies, Reply(toast=t(lang, "toast_payment_confirmed", order=shown), language=lang)]


async def answered(ctx: Context) -> list[Reply]:
    """A numbered choice answered already, sent again (WeChat: `1` after `2` answered the payment prompt
    of #1-1): the prompt's order as it stands and how to change it (`已收 1-1`), to its organiser; any
    other question, or an order that has moved on since: only that it was answered."""
    lang = await ctx.lang()
    order_id = ctx.command.order_id
    order = None if order_id is None else await ctx.uow.orders.get(order_id)
    group_buy = None if order is None else await ctx.uow.group_buys.get(order.group_buy_id)
    key = "choice_answered"
    if order is not None and group_buy is not None and group_buy.organiser_id == ctx.request.user_id:
        if order.status is OrderStatus.PAID:
            key = "payment_prompt_answered_paid"
        elif order.status is OrderStatus.PENDING_PAYMENT and order.reported_paid_at is None:
            key = "payment_prompt_answered_unpaid"
    shown = order.number if order is not None else ""
    return [Reply(text=t(lang, key, order=shown), language=lang)]


async def not_paid(ctx: Context) -> list[Reply]:
    """未收到 7 / `/notpaid 7` / the Not received button: the buyer is told the money has not arrived;
    the order is unpaid again, and is reminded and (when reserved) lapses as any unpaid order."""
    command = ctx.command
    order_id = command.order_id  # the Not received button's
    if order_id is None and reads_as_order(command.rest):  # 未收到 12-3
        order_id = await typed_order(ctx, read_reject(command.rest), waiting=OrderStatus.PENDING_PAYMENT)
    if order_id is None:  # 未收到 @Cat, 未收到 Cat: her reported order, as 已收 @Cat finds it
        order_id = await _reported_by_member(ctx)
        if order_id is None:
            return []  # `没收到 消息`, `未收到 货` by a member who runs nothing here: talk
    was = await ctx.uow.orders.get(order_id)
    reported = (was.reported_amount or was.total) if was is not None else 0  # before it is set aside
    order, group_buy, lang, buyer_lang = await _reject(ctx, order_id)
    total, received = format_money(order.total, order.currency), order.received_part
    if received:  # 只收到 ¥10 before: only the top-up is missing (`补付的 ¥10`), the ¥10 received stays
        added = format_money(max(reported - received, 0), order.currency)
        kept, gap = _got_gap(order, received)
        note = t(
            buyer_lang,
            "report_rejected_received_buyer",
            organiser=group_buy.organiser_name,
            order=order.number,
            title=group_buy.terms.title,
            added=added,
            received=kept,
            gap=gap,
        )
        told = t(
            lang,
            "report_rejected_received",
            order=order.number,
            name=order.buyer_name,
            total=total,
            added=added,
            received=kept,
            gap=gap,
        )
    else:
        note = t(
            buyer_lang,
            "report_rejected_buyer",
            organiser=group_buy.organiser_name,
            order=order.number,
            title=group_buy.terms.title,
            total=total,
        )
        told = t(lang, "report_rejected", order=order.number, name=order.buyer_name, total=total)
    in_group = not ctx.is_private and not command.tap  # a group hears no amount (as of 已收, 只收到)
    group_text = told
    if in_group and received:  # what was received and is missing: hers, privately
        group_text = t(lang, "report_rejected_received_group", order=order.number, name=order.buyer_name)
    elif in_group:
        group_text = t(lang, "report_rejected_group", order=order.number, name=order.buyer_name)
    replies = [
        Reply(
            text=group_text,
            language=lang,
            mention=(order.buyer_id,),
        ),
        Reply(text=note, private_to=order.buyer_id, language=buyer_lang),
        card_update(group_buy),
    ]
    if in_group and received:
        replies.append(Reply(text=told, private_to=ctx.request.user_id, language=lang))
    if command.tap:
        replies.append(Reply(toast=t(lang, "toast_report_rejected", order=order.number), language=lang))
    return replies


def _got_gap(order: Order, received: int) -> tuple[str, str]:
    """The part received of an order set aside and what is still to pay, as shown (只收到 ¥20 of ¥156:
    `¥20`, `¥136`); the gap is never below nothing."""
    currency = order.currency
    return format_money(received, currency), format_money(max(order.total - received, 0), currency)


async def _reject(
    ctx: Context, order_id: int, received: int = 0, *, typed: bool = False
) -> tuple[Order, GroupBuy, str, str]:
    """The order's payment report set aside (未收到, 只收到 ¥80): the order, its group buy, the
    organiser's language and the buyer's (theirs, else the group's the order was made in; 帮卖: never
    the organiser's group's)."""
    done = await service.reject_report(
        ctx.uow,
        order_id=order_id,
        actor=ctx.request.user_id,
        is_admin=ctx.request.is_admin,
        where=_where(ctx),
        received=received,
        typed=typed,
    )
    order, group_buy = done.order, done.group_buy
    lang = await ctx.lang(group_buy)
    buyer_lang = await buyer_language(
        ctx.uow, ctx.request.platform, group_buy, order, ctx.memo, order.buyer_id
    )
    return order, group_buy, lang, buyer_lang


async def _reported_by_member(ctx: Context) -> int | None:
    """`未收到 @Cat` / `未收到 Cat`: the named member's order whose payment she reported (several: which
    one is asked). Only an organiser here is answered about a name that names nobody (the form
    `未收到 12-3`); anyone else's `未收到 …` without `@` is talk (None)."""
    request, rest = ctx.request, ctx.command.rest.strip()
    if not rest:
        raise DomainError("notpaid_usage")
    organiser = await _organiser_here(ctx)
    if organiser is not None:  # she runs none here (another does: `@Cat` is told only he may)
        if not rest.startswith("@") and not request.text.lstrip().startswith("/"):
            return None
        raise DomainError("not_organiser", organiser=organiser) if organiser else DomainError("notpaid_usage")
    found = await orders.help_sold_named(ctx, rest if rest.startswith("@") else f"@{rest}")
    if len(found) != 1:
        raise DomainError("notpaid_usage")
    try:
        return await service.reported_order_of_member(
            ctx.uow,
            chat_id=request.chat_id,
            buyer_id=found[0],
            actor=request.user_id,
            is_admin=request.is_admin,
        )
    except SeveralOrders as several:  # two reported: ask, never guess
        raise await orders.which_order(ctx, several, "notpaid") from several


async def _organiser_here(ctx: Context) -> str | None:
    """None when the sender may manage a group buy of this chat (or is in private, naming her own);
    else the organiser's name of its newest one ("" when the chat has none)."""
    if ctx.is_private:
        return None
    request = ctx.request
    here = Where(request.chat_id)
    group_buys = [
        *await ctx.uow.group_buys.closed_in_chat(request.chat_id),  # newest first
        *await ctx.uow.group_buys.open_in_chat(request.chat_id),
    ]
    admin = request.is_admin
    if any(g.may_manage(request.user_id, is_admin=admin and here.admin_counts(g)) for g in group_buys):
        return None
    return group_buys[0].organiser_name if group_buys else ""


# -- reminders --------------------------------------------------------------------------------------------
async def remind(ctx: Context) -> list[Reply]:
    """催款 #12 / `/remind`: one message in the group naming each buyer who owes and her order, never the
    amount (mentioning them where the platform can), each of them told her amount privately
    (`owed_privately`); at most once per group buy every 6 hours. 帮卖: each group
    that lists it is reminded of its own buyers, in its language; the organiser is told how many owe in
    the other groups (privately when her group got its own reminder). A help-seller's `催款 #12` in
    private: as typed in the group she help-sells it in (`handlers.selling_in`)."""
    chat_id, where = ctx.request.chat_id, _where(ctx)
    selling_in = await sellers_group(ctx)
    if selling_in is not None:  # 帮卖: her group reminded, as her 催款 there does
        chat_id, where = selling_in, Where(selling_in)
    try:
        reminder = await service.remind(
            ctx.uow,
            chat_id=chat_id,
            group_buy_id=ctx.command.group_buy_id,
            actor=ctx.request.user_id,
            is_admin=ctx.request.is_admin,
            now=ctx.now,
            where=where,
        )
    except TooSoon as soon:
        lang = await ctx.lang(guess=True)
        last, again = (format_deadline(at, ctx.tz, lang) for at in (soon.last, soon.next))
        raise DomainError("remind_too_soon", id=soon.params["id"], last=last, next=again) from soon
    group_buy = reminder.group_buy
    replies = []
    here = 0  # the orders owed in the chat 催款 was typed in
    elsewhere: set[str] = set()
    strangers: list[Owing] = []  # joined by a share code in private, never in the group: told privately
    told: set[str] = set()  # the buyers named in a group, each told her own orders privately once
    for part in await service.by_group(ctx.uow, reminder):  # 帮卖: each group its own buyers
        outside = await _not_in_group(ctx, part.chat_id, part.owing)
        strangers += outside
        if outside and len(outside) == len(part.owing) and not part.to_collect:
            continue  # nobody of this group owes: no group message
        part = replace(part, owing=[owing for owing in part.owing if owing not in outside])
        lang = await language_in(ctx.uow, group_buy, part.chat_id, ctx.memo)
        replies.append(reminder_message(part, lang=lang, config=ctx.config, tz=ctx.tz))
        replies += await owed_privately(
            ctx.uow, ctx.request.platform, group_buy, part.owing, lang, ctx.config, told=told
        )
        hers = await organiser_language(
            ctx.uow, group_buy, ctx.memo, ctx.request.platform
        )  # more than 5 owe: all, to her
        replies += unpaid_to_organiser(part, lang=hers, pickup=False)
        if part.chat_id == ctx.request.chat_id and not ctx.is_private:
            here = len(part.owing)
        else:
            elsewhere.add(part.chat_id)
    if strangers:
        replies += await _remind_privately(ctx, group_buy, strangers)
    posted_here = any(reply.chat_id == ctx.request.chat_id and reply.private_to is None for reply in replies)
    if strangers and not ctx.is_private and not posted_here and not elsewhere:  # her 催款 answered here
        lang = await ctx.lang(group_buy)
        replies.append(
            Reply(text=t(lang, "remind_private_only", count=len(strangers), id=group_buy.id), language=lang)
        )
    if elsewhere:  # names nobody; beside this group's own reminder, told to her privately
        lang = await ctx.lang(group_buy)
        key = "remind_posted" if elsewhere == {group_buy.chat_id} else "remind_posted_groups"
        if here:  # this group read its own count above: hers counts the other groups only, and says so
            key += "_elsewhere"
        count = len(reminder.owing) - here - len(strangers)
        posted = t(lang, key, count=count, id=group_buy.id, title=group_buy.terms.title)
        if selling_in is not None:  # a help-seller's, from private: her one group, named
            chat = await chat_names.title_of(ctx.uow, selling_in) or t(lang, "share_code_another_chat")
            posted = t(lang, "remind_posted_in_group", count=count, chat=chat, id=group_buy.id)
        private_to = ctx.request.user_id if here else None
        replies.append(Reply(text=posted, language=lang, private_to=private_to))
    return replies


async def _not_in_group(ctx: Context, chat_id: str, owing: Sequence[Owing]) -> list[Owing]:
    """The buyers owing whom the group `chat_id` never saw: they joined by a share code in a private chat
    (a 代报 guest is the organiser's, and is named in the group as ever)."""
    outside = []
    for each in owing:
        if is_guest(each.buyer_id):
            continue
        if await ctx.uow.members.name_in(chat_id, identity(ctx.request.platform, each.buyer_id)) is None:
            outside.append(each)
    return outside


async def _remind_privately(ctx: Context, group_buy: GroupBuy, owing: Sequence[Owing]) -> list[Reply]:
    """催款 of buyers who joined by a share code in private: each reminded in her private chat, in her own
    language; the organiser told privately whom (never named in a group she is not in)."""
    chat_lang = await card_language(ctx.uow, group_buy, ctx.memo)
    buyers = [each.buyer_id for each in owing]
    languages = await steady_languages(ctx.uow, ctx.request.platform, buyers, chat_lang)
    replies = []
    for each in owing:
        lang = languages[each.buyer_id]
        head = _reminded(lang, group_buy, each)
        text = "\n".join([head, *_how_to_pay(group_buy, lang, ctx.config, [each.number])])
        replies.append(Reply(text=text, private_to=each.buyer_id, language=lang))
    lang = await ctx.lang(group_buy)
    listed = t(lang, "list_separator").join(
        t(
            lang,
            "remind_private_buyer",
            name=each.buyer_name,
            total=_owed_said(lang, each),
            order=each.number,
        )
        for each in owing
    )
    told = t(lang, "remind_private_posted", count=len(owing), buyers=listed, id=group_buy.id)
    private_to = None if ctx.is_private else ctx.request.user_id
    replies.append(Reply(text=told, language=lang, private_to=private_to))
    return replies


def _same_day(at: datetime | None, other: datetime | None, tz: ZoneInfo) -> bool:
    """Whether two pickup times fall on the same day in `tz` (a group's own pickup on another day is not
    reminded on the group buy's evening)."""
    return at is not None and other is not None and at.astimezone(tz).date() == other.astimezone(tz).date()


def reminder_message(
    reminder: Reminder, *, lang: str, config: AppConfig, tz: ZoneInfo, pickup: bool = False
) -> Reply:
    """The group's reminder: a head (to pay, or the pickup tomorrow; today when its evening was missed),
    a line per buyer who owes (her name and order, never the amount: `owed_privately`), and how to pay;
    the buyers who owe are mentioned."""
    group_buy = reminder.group_buy
    terms = group_buy.terms
    if pickup and reminder.just_closed and (reminder.owing or reminder.awaiting):  # nobody named as unpaid
        point = pickup_text(terms, tz, lang)
        head = "pickup_reminder_head_today" if reminder.today else "pickup_reminder_head"
        parts = [t(lang, head, title=terms.title, id=group_buy.id, pickup=point)]
        members = [o for o in [*reminder.owing, *reminder.awaiting] if not is_guest(o.buyer_id)]
        if members:  # the form with an order number (`我已付款 4-1`), as 催款's (rep94 #10)
            parts += _how_to_pay(group_buy, lang, config, example=members[0].number)
        chat_id = reminder.chat_id or group_buy.chat_id
        return Reply(text="\n".join(parts), chat_id=chat_id, language=lang, extra={ABOUT: str(group_buy.id)})
    if pickup:
        point = pickup_text(terms, tz, lang)  # its time in the group's language, whoever set it
        head = "pickup_reminder_head_today" if reminder.today else "pickup_reminder_head"  # late: 今天
        parts = [t(lang, head, title=terms.title, id=group_buy.id, pickup=point)]
        if reminder.owing or reminder.awaiting:  # how many wait to be collected, the paid ones among them
            paid = reminder.to_collect - len(reminder.owing) - len(reminder.awaiting)
            key = "pickup_reminder_to_collect" if paid > 0 else "pickup_reminder_to_collect_none_paid"
            parts.append(t(lang, key, count=reminder.to_collect, paid=paid))
        if reminder.owing:
            parts.append(t(lang, "pickup_reminder_unpaid", count=len(reminder.owing)))
    else:
        parts = [t(lang, "remind_head", count=len(reminder.owing), title=terms.title, id=group_buy.id)]
    named = _named_publicly(reminder.owing)
    parts += _owing_lines(named, lang, group_buy.organiser_name, public=True)
    if len(named) < len(reminder.owing):  # the rest counted: a long public list reads as shaming
        buyers = len({o.buyer_id for o in reminder.owing})
        parts.append(t(lang, "pickup_reminder_unpaid_more", count=buyers, organiser=group_buy.organiser_name))
    members = [o for o in reminder.owing if not is_guest(o.buyer_id)]
    if members:  # the form with a number of the lines above (`我已付款 1-2`): a bare one owing two is asked
        example = next((o for o in named if not is_guest(o.buyer_id)), members[0]).number
        parts += _how_to_pay(group_buy, lang, config, example=example)
    if len(members) < len(reminder.owing):  # 代报 guests cannot send /ipaid: the organiser collects
        guests = [o for o in [*named, *reminder.owing] if is_guest(o.buyer_id)]  # one named above first
        organiser = group_buy.organiser_name
        parts.append(t(lang, "remind_footer_guests", organiser=organiser, order=guests[0].number))
    if pickup and reminder.awaiting:  # 💸 reported, not confirmed: not paid yet, not chased either
        organiser = group_buy.organiser_name
        parts.append(t(lang, "pickup_reminder_reported", count=len(reminder.awaiting), organiser=organiser))
        parts += _owing_lines(reminder.awaiting, lang, organiser, public=True)
    elif pickup and not reminder.owing:  # the orders still to collect, not everyone's (some picked up)
        key = "pickup_reminder_to_collect_paid_today" if reminder.today else "pickup_reminder_to_collect_paid"
        parts.append(t(lang, key, count=reminder.to_collect))  # 明天见 / 今天见
    return Reply(
        text="\n".join(parts),
        chat_id=reminder.chat_id or group_buy.chat_id,
        mention=tuple(dict.fromkeys(owing.buyer_id for owing in named)),
        language=lang,
        extra={ABOUT: str(group_buy.id)},
    )


def _named_publicly(owing: Sequence[Owing]) -> list[Owing]:
    """The orders of the first `NAMED_IN_GROUP` buyers who owe: all the pickup's message names."""
    buyers = list(dict.fromkeys(o.buyer_id for o in owing))[:NAMED_IN_GROUP]
    return [o for o in owing if o.buyer_id in buyers]


def unpaid_to_organiser(reminder: Reminder, *, lang: str, pickup: bool = True) -> list[Reply]:
    """The pickup's message (or 催款's) named only the first buyers who owe: the organiser gets them all
    privately, with the amounts."""
    if len(_named_publicly(reminder.owing)) == len(reminder.owing):
        return []
    group_buy = reminder.group_buy
    head = t(
        lang,
        "pickup_reminder_unpaid_full" if pickup else "remind_unpaid_full",
        count=len(reminder.owing),
        title=group_buy.terms.title,
        id=group_buy.id,
    )
    text = "\n".join([head, *_owing_lines(reminder.owing, lang, group_buy.organiser_name)])
    return [Reply(text=text, private_to=group_buy.organiser_id, language=lang)]


def _owing_lines(owing: Sequence[Owing], lang: str, organiser: str, *, public: bool = False) -> list[str]:
    """A line per order owed; a guest's (代报) says who added them (and so collects it). Read by a group
    (`public`): the name and order only, never the amount (each buyer reads hers privately); the
    organiser's: with what she received of it (`¥156（已收 ¥20，还差 ¥136）`)."""
    key = "remind_line_guest_public" if public else "remind_line_guest"
    line = "remind_line_public" if public else "remind_line"
    return [
        t(
            lang,
            key if is_guest(o.buyer_id) else line,
            name=clip(" ".join(o.buyer_name.split()), MAX_NAME),
            total=_owed_said(lang, o),
            order=o.number,
            organiser=organiser,
        )
        for o in owing
    ]


async def owed_privately(
    uow: UnitOfWork,
    platform: str | None,
    group_buy: GroupBuy,
    owing: Sequence[Owing],
    fallback: str,
    config: AppConfig,
    *,
    told: set[str],
) -> list[Reply]:
    """Each buyer a group reminder names (never a 代报 guest, never one in `told`, who is added to it):
    one private message with her orders, what each comes to and how to pay, in her own language, else
    `fallback` (the language of the group her orders were made in, as `buyer_language`)."""
    hers: dict[str, list[Owing]] = {}
    for each in owing:
        if not is_guest(each.buyer_id) and each.buyer_id not in told:
            hers.setdefault(each.buyer_id, []).append(each)
    languages = await steady_languages(uow, platform, list(hers), fallback)
    replies = []
    for buyer, orders_owed in hers.items():
        told.add(buyer)
        lang = languages[buyer]
        title, gid = group_buy.terms.title, group_buy.id
        if len(orders_owed) == 1:
            lines = [_reminded(lang, group_buy, orders_owed[0])]
        else:
            lines = [t(lang, "remind_private_several", count=len(orders_owed), title=title, id=gid)]
            lines += [_reminded_line(lang, o) for o in orders_owed]
        numbers = [o.number for o in orders_owed]
        text = "\n".join([*lines, *_how_to_pay(group_buy, lang, config, numbers)])
        replies.append(Reply(text=text, private_to=buyer, language=lang))
    return replies


def _how_to_pay(
    group_buy: GroupBuy, lang: str, config: AppConfig, orders: Sequence[str] = (), *, example: str = ""
) -> list[str]:
    """How to pay, then to report it; `orders`: the numbers of the one buyer's orders reminded, named
    in what to send (`/ipaid 2-3`: a bare /ipaid owing two orders is asked which, rep61 #9); `example`:
    in the group, an order number of its lines, the form shown with it (`/ipaid with your order
    number (e.g. /ipaid 1-2)`)."""
    terms = group_buy.terms
    online = payable_online(terms.currency, provider=config.online_payment)  # a note: her own way too
    key = "remind_footer_online" if online else "remind_footer"
    organiser = group_buy.organiser_name
    if example:
        ipaid = t(lang, "remind_ipaid_group", order=example)
        return [with_payment_note(lang, f"{key}_yours", terms, organiser=organiser, ipaid=ipaid)]
    if not orders:
        return [with_payment_note(lang, key, terms, organiser=organiser)]
    if len(orders) == 1:
        ipaid = t(lang, "remind_ipaid_one", order=orders[0])
    else:
        ipaid = t(lang, "remind_ipaid_each", order=orders[0])
    return [with_payment_note(lang, f"{key}_yours", terms, organiser=organiser, ipaid=ipaid)]


class PickupReminders(Chore):
    """The evening before each pickup (TUAN_PICKUP_REMINDER, e.g. 20:00 in the chats' timezone): one
    message in the group, once per group buy however many sweeps or processes run it (a guarded write
    in the same transaction as the message's outbox row). The scheduler calls it with every sweep."""

    def __init__(
        self,
        *,
        uow_factory: UnitOfWorkFactory,
        clock: Clock,
        config: AppConfig,
        outbox: Outbox,
        at: time,
        memo: LanguageMemo | None = None,
    ) -> None:
        super().__init__(uow_factory=uow_factory, clock=clock, config=config, outbox=outbox, memo=memo)
        self.at = at

    async def __call__(self) -> list[Reply]:
        """The reminders sent now (written to the outbox when the platform has one), [] when none is due."""
        now = self.clock.now()
        evening = pickup_evening(now, at=self.at, tz=self.tz)  # an evening missed: reminded late
        async with self.uow_factory() as uow:
            due = await service.pickup_reminders(uow, now=now, evening=evening)
            if not due:
                return []
            replies = [
                reply
                for reminder in due
                for part in ([reminder] if reminder.own_pickup else await service.by_group(uow, reminder))
                for reply in await self._message(uow, part)
            ]
            await self.outbox.queue(uow, replies, None, now)
            await uow.commit()
        self.outbox.queued()
        return replies

    async def _message(self, uow: UnitOfWork, reminder: Reminder) -> list[Reply]:
        """The group's reminder, (when it named only the first who owe) the organiser's full list with the
        amounts, and each buyer who owes her own orders and amounts, privately."""
        group_buy = reminder.group_buy
        listing = await listings_service.reaches(uow, group_buy, reminder.chat_id or group_buy.chat_id)
        if has_own_pickup(listing):  # 帮卖: that group's own pickup, on its own evening (`own_pickup`)
            assert listing is not None  # or with the group buy's when on the same day
            at = listing.pickup_at  # None: a place of its own at the group buy's time
            if (
                not reminder.own_pickup
                and at is not None
                and not _same_day(at, group_buy.terms.pickup_at, self.tz)
            ):
                return []
            reminder = replace(reminder, group_buy=seen_in(group_buy, listing))
        reminder, privately = await self._outsiders(uow, reminder)
        if not reminder.to_collect and not reminder.owing:  # all of this group's joined in private
            return privately
        lang = await language_in(uow, reminder.group_buy, reminder.chat_id, self.memo)
        message = reminder_message(reminder, lang=lang, config=self.config, tz=self.tz, pickup=True)
        if reminder.just_closed:  # nobody named as unpaid
            return [message, *privately]
        hers = await organiser_language(uow, reminder.group_buy, self.memo, self.config.outbox_platform)
        owed = await owed_privately(  # the group reads names only: each who owes her amount, privately
            uow,
            self.config.outbox_platform,
            reminder.group_buy,
            reminder.owing,
            lang,
            self.config,
            told=set(),
        )
        return [message, *privately, *unpaid_to_organiser(reminder, lang=hers), *owed]

    async def _outsiders(self, uow: UnitOfWork, reminder: Reminder) -> tuple[Reminder, list[Reply]]:
        """The buyers of the group's orders still to collect whom the group never saw (a share code
        joined in private, as `催款` leaves them out): left out of the group's reminder (neither named
        nor counted) and reminded privately, one message per buyer in her own language, with each
        order's code (paid), that it is still to be paid and how, or that her report awaits the
        organiser. Without the platform's name (no outbox platform) nobody can be looked up: as before."""
        platform, group_buy = self.config.outbox_platform, reminder.group_buy
        chat = reminder.chat_id or group_buy.chat_id
        if platform is None or group_buy.id is None:
            return reminder, []
        waiting = [
            order
            for order in await uow.orders.for_group_buy(group_buy.id)
            if order.chat_id == chat
            and order.status in (OrderStatus.PAID, OrderStatus.PENDING_PAYMENT)
            and not is_guest(order.buyer_id)
            and order.buyer_id != group_buy.organiser_id
        ]
        outside: dict[str, list[Order]] = {}
        in_group: dict[str, bool] = {}
        for order in waiting:
            buyer = order.buyer_id
            if buyer not in in_group:
                in_group[buyer] = await uow.members.name_in(chat, identity(platform, buyer)) is not None
            if not in_group[buyer]:
                outside.setdefault(buyer, []).append(order)
        if not outside:
            return reminder, []
        chat_lang = await language_in(uow, group_buy, reminder.chat_id, self.memo)
        languages = await steady_languages(uow, platform, list(outside), chat_lang)
        terms, head = (
            group_buy.terms,
            "pickup_reminder_head_today" if reminder.today else "pickup_reminder_head",
        )
        replies = []
        for buyer, held in outside.items():
            lang = languages[buyer]
            lines = [
                t(lang, head, title=terms.title, id=group_buy.id, pickup=pickup_text(terms, self.tz, lang))
            ]
            owes = False
            for order in held:
                said = {"order": order.number, "total": format_money(order.total, order.currency)}
                if order.status is OrderStatus.PAID:
                    lines.append(
                        t(lang, "pickup_reminder_private_code", code=order.pickup_code_shown, **said)
                    )
                elif is_reported(order):
                    organiser = group_buy.organiser_name
                    lines.append(t(lang, "pickup_reminder_private_reported", organiser=organiser, **said))
                elif order.received_part:  # 只收到 ¥20: what is still owed leads, as 催款 says it
                    part = order.received_part
                    lines.append(
                        t(
                            lang,
                            "pickup_reminder_private_unpaid_received",
                            order=order.number,
                            gap=format_money(order.total - part, order.currency),
                            total=format_money(order.total, order.currency),
                            received=format_money(part, order.currency),
                        )
                    )
                    owes = True
                else:
                    lines.append(t(lang, "pickup_reminder_private_unpaid", **said))
                    owes = True
            if owes:
                lines += _how_to_pay(group_buy, lang, self.config)
            paid = any(order.status is OrderStatus.PAID for order in held)
            replies.append(Reply(text="\n".join(lines), private_to=buyer, language=lang, secret=paid))
        ids = {order.id for held in outside.values() for order in held}
        reminder = replace(
            reminder,
            owing=[o for o in reminder.owing if o.order_id not in ids],
            awaiting=[o for o in reminder.awaiting if o.order_id not in ids],
            to_collect=max(0, reminder.to_collect - len(ids)),
        )
        return reminder, replies


def _reminded(lang: str, group_buy: GroupBuy, owed: Owing) -> str:
    """催款's private line to a buyer: `…订单 #1-2 还没付款：¥30。`; with part received (只收到 ¥20) what is
    still owed leads, `…订单 #1-2 还差 ¥10 没付（应付 ¥30，已收 ¥20）。` (rep66 #13)."""
    title, gid = group_buy.terms.title, group_buy.id
    if not owed.received:
        total = format_money(owed.total, owed.currency)
        return t(lang, "remind_private", title=title, id=gid, order=owed.number, total=total)
    return t(
        lang,
        "remind_private_received",
        title=title,
        id=gid,
        order=owed.number,
        gap=format_money(owed.total - owed.received, owed.currency),
        total=format_money(owed.total, owed.currency),
        received=format_money(owed.received, owed.currency),
    )


def _reminded_line(lang: str, owed: Owing) -> str:
    """One order of several in 催款's private message, as `_reminded` says it."""
    if not owed.received:
        return t(
            lang, "remind_private_line", order=owed.number, total=format_money(owed.total, owed.currency)
        )
    return t(
        lang,
        "remind_private_line_received",
        order=owed.number,
        gap=format_money(owed.total - owed.received, owed.currency),
        total=format_money(owed.total, owed.currency),
        received=format_money(owed.received, owed.currency),
    )


def _owed_said(lang: str, owed: Owing) -> str:
    """What a reminder says an order owes: its total (`¥156`); with part received (只收到 ¥20) that
    part and the rest, `¥156（已收 ¥20，还差 ¥136）`."""
    return _part_said(lang, owed.total, owed.received, owed.currency)


def _part_said(lang: str, total: int, received: int, currency: str) -> str:
    """`¥156`; with `received` (只收到 ¥20): `¥156（已收 ¥20，还差 ¥136）`."""
    if not received:
        return format_money(total, currency)
    return t(
        lang,
        "owed_part_received",
        total=format_money(total, currency),
        received=format_money(received, currency),
        gap=format_money(total - received, currency),
    )
