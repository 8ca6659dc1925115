"""Checkout: Pay (an invoice in the buyer's private chat), pre-checkout, the payment, refunds, reservations.

Platform-neutral. `/pay 7`, 付款 or the order's Pay button answer with a `Reply` carrying an `Invoice`;
the platform (Telegram Payments) shows it, asks `Checkout.pre_checkout` before charging, and hands the
successful payment to `Checkout.payment_succeeded`. `/refund 7` (退款) is the organiser's. The
scheduler calls `Checkout.remind_unpaid` and `Checkout.expire_unpaid` on its sweep.
"""

from __future__ import annotations

import logging
from collections.abc import Awaitable, Callable, Sequence
from dataclasses import replace
from datetime import datetime, timedelta
from typing import Protocol
from zoneinfo import ZoneInfo

from commerce.domain.errors import DomainError
from commerce.domain.events import Event
from commerce.domain.group_buy import GroupBuy
from commerce.domain.guests import is_guest, payer_of
from commerce.domain.member import identity
from commerce.domain.money import EXPONENTS, format_money
from commerce.domain.order import Order, OrderStatus
from commerce.domain.payments import (
    AMOUNT_LIMITS,
    STARS,
    check_amount,
    payable_online,
    sign_order_reference,
)
from commerce.domain.reach import Where
from commerce.ports import Clock, StarRefunds, UnitOfWork, UnitOfWorkFactory
from commerce.services import orders as order_service
from commerce.services import payments as service
from handlers import refund_asks
from handlers.cards import card_update, format_deadline, pay_buttons
from handlers.commission_notices import commission_on_payments, commission_taken_back, payouts_blocked_said
from handlers.config import AppConfig
from handlers.context import Context, language_in
from handlers.guests import guest_note
from handlers.members import steady_languages
from handlers.memo import LanguageMemo
from handlers.note_cards import bought_cards
from handlers.order_numbers import refused_where_due, typed_order
from handlers.orders import help_sold_named, pickup_said, which_order
from handlers.organiser_notices import OrganiserNotice, guest_told_with_hers, told_organisers
from handlers.parsing.commands import MAX_REFUND_REASON
from handlers.parsing.refunds import (
    amount_typed,
    option_refund,
    part_asked,
    units_or_money,
    units_refund,
    unlabelled,
)
from handlers.parsing.typed import as_typed
from handlers.recipients import buyer_language, by_console_admin, organiser_language
from handlers.refund_commission import commission_back_said
from handlers.texts import has, normalize_language, refusal_text, t
from handlers.texts.paying import with_payment_note
from handlers.texts.units import per_unit, quantity, titled
from handlers.types import Invoice, Reply, Request
from handlers.waiting import freed_after_close

_REASON_GAP = " \t\n,，:：;；、"  # between a name and the reason typed after it
log = logging.getLogger(__name__)

MAX_TITLE = 32  # Telegram: invoice title 1-32 characters
MAX_DESCRIPTION = 255  # description 1-255
MAX_LABEL = 32

Publish = Callable[[list[Event]], Awaitable[None]]


class Outbox(Protocol):
    """The ChatApp's side of the transactional outbox (handlers.app): write rows, then wake the relay."""

    async def queue(
        self, uow: UnitOfWork, replies: Sequence[Reply], request: Request | None, now: datetime
    ) -> object: ...  # the rows written (handlers.app)

    def queued(self) -> None: ...

    async def queue_alone(self, replies: Sequence[Reply], request: Request | None) -> None: ...


def clip(text: str, limit: int) -> str:
    """`text` on one line, cut to `limit` characters with an ellipsis (never empty)."""
    text = " ".join(text.split()) or "-"
    return text if len(text) <= limit else text[: limit - 1] + "…"


def online_currencies(config: AppConfig) -> set[str]:
    """Currencies paid online here: Stars always; the provider's currencies when one is configured."""
    return set(AMOUNT_LIMITS) if config.online_payment else {STARS}


def invoice_for(order: Order, group_buy: GroupBuy, *, config: AppConfig, lang: str) -> Invoice:
    """The payment request of one order, within Telegram's limits; `DomainError` when it cannot be one
    (paid offline here, or an amount outside what one payment may carry)."""
    assert order.id is not None
    if not payable_online(order.currency, provider=config.online_payment):
        raise DomainError("pay_offline", order=order.number, organiser=group_buy.organiser_name)
    check_amount(order.total, order.currency)
    line, unit = order.lines[0], group_buy.terms.unit
    price = format_money(line.unit_price, order.currency)
    description = t(
        lang,
        "invoice_description_in_unit" if unit else "invoice_description",  # `2 kg of Lychees at ¥12/kg`
        order=order.number,
        quantity=quantity(order.quantity, unit, lang),
        title=group_buy.terms.title,
        price=per_unit(lang, price, unit) if unit else price,
        organiser=group_buy.organiser_name,
    )
    return Invoice(
        order_id=order.id,
        title=clip(group_buy.terms.title, MAX_TITLE),
        description=clip(description, MAX_DESCRIPTION),
        payload=sign_order_reference(order.id, config.payment_secret),
        currency=order.currency,
        amount=order.total,
        label=clip(t(lang, "invoice_label", quantity=order.quantity, title=group_buy.terms.title), MAX_LABEL),
        number=order.number,
    )


# -- commands ---------------------------------------------------------------------------------------
async def pay(ctx: Context) -> list[Reply]:
    """`/pay 7`, 付款 7 or the Pay button: the invoice, in the buyer's private chat."""
    user = ctx.request.user_id
    where = _where(ctx)  # in a group its orders only; in private the buyer's own
    order_id = ctx.command.order_id  # the Pay button's
    if order_id is None and ctx.command.order is not None:  # `/pay 12-3`, `付款 3`: among their own
        waiting = OrderStatus.PENDING_PAYMENT
        order_id = await typed_order(ctx, ctx.command.order, as_buyer=True, waiting=waiting)
    if order_id is None:
        order_id = await _newest_unpaid(ctx.uow, user, ctx.command.group_buy_id, where)
    payable = await service.payable_order(
        ctx.uow,
        order_id=order_id,
        buyer_id=user,
        now=ctx.now,
        pay_within=ctx.config.pay_within,
        provider=ctx.config.online_payment,
        where=where,
    )
    lang = await ctx.lang(payable.group_buy)
    invoice = invoice_for(payable.order, payable.group_buy, config=ctx.config, lang=lang)
    replies = [Reply(invoice=invoice, private_to=user, language=lang)]
    if ctx.command.tap:
        replies.append(Reply(toast=t(lang, "toast_invoice_sent"), language=lang))
    elif not ctx.is_private:  # the group reads this line: the group's language, not the asker's
        heard = await ctx.heard_by_group(lang)
        note = t(heard, "invoice_sent_privately", name=ctx.request.display_name)
        replies.insert(0, Reply(text=note, language=heard))
    return replies


def _where(ctx: Context) -> Where:
    return Where(ctx.request.chat_id, private=ctx.is_private)


async def _newest_unpaid(uow: UnitOfWork, buyer_id: str, group_buy_id: int | None, where: Where) -> int:
    """The member's newest order waiting for payment (in that group buy, when one is named), of this
    chat's group buys when asked in a group."""
    for order in await uow.orders.for_buyer(buyer_id):  # newest first
        if group_buy_id is not None and order.group_buy_id != group_buy_id:
            continue
        if not where.private and order.chat_id != where.chat_id:
            continue
        if order.status is OrderStatus.PENDING_PAYMENT and order.id is not None:
            return order.id
    raise DomainError("no_unpaid_order")


async def refund(ctx: Context) -> list[Reply]:
    """`/refund 7` (退款 7), by the organiser or a chat admin; the buyer is told privately. From the
    order's buyer: her request, passed on to the organiser (`refund_asks`)."""
    passed_on = await refund_asks.asked_by_buyer(ctx)
    if passed_on is not None:
        return passed_on
    order_id = ctx.command.order_id
    if order_id is None and ctx.command.order is not None:  # `/refund 12-3`, `退款 3`
        order_id = await typed_order(ctx, ctx.command.order, waiting=OrderStatus.PAID)
    if order_id is None:  # `/refund @Bob wrong size`: the reason after the name, as after a number
        order_id, reason = await _members_paid_order(ctx)
        ctx.command = replace(ctx.command, note=reason)
    # `退款 1-2 ¥78 坏了一盒`: that much of it (部分退款), the rest its reason; `退款 1-2 退一半`,
    # `退款 4-1 坏了一盒` of 2 boxes: part of the money asked for in words, refused with the amount form
    asked, amount, reason = "", "", ""
    option: tuple[str, int] | None = None  # `退款 1-2 大盒`: the option refunded, its units
    if ctx.command.note or ctx.refund_amount:
        reason = as_typed(ctx.request.text, ctx.command.note) if ctx.command.note else ""
        split = amount_typed(reason) if ctx.refund_amount is None else (ctx.refund_amount.strip(), reason)
        held = await ctx.uow.orders.get(order_id)
        bought = await ctx.uow.group_buys.get(held.group_buy_id) if held is not None else None
        # `退款 1-2 大盒`: that option's lines, never the whole order with "大盒" its reason (rep74 #1)
        named = option_refund(held, bought, reason) if held and bought and split is None else None
        if named is None and held and bought and split is None:  # `/refund 1-1 3 units` (rep82 #1)
            named = units_refund(held, bought, reason)
        if named is not None:
            option, amount, reason = (named.option, named.units), named.amount, named.reason
        if split is not None and split[0]:
            amount, reason = split
            if held is not None and ctx.refund_amount is None:  # `/refund 3-3 1`: 1 unit, or ¥1?
                units_or_money(held, amount)
        elif reason and not amount and named is None:  # units named (`大盒 2`, `2 units`): a reason after
            quantity = held.quantity if held is not None else None
            asked = part_asked(reason, quantity)
        reason = unlabelled(
            reason
        )  # `原因 坏了`, `reason: damaged`: the buyer reads `坏了`, never `原因 坏了`
    request = ctx.request
    reference = f"{request.platform}:{request.chat_id}:{request.message_id}" if request.message_id else ""
    star_refunds = ctx.star_refunds

    async def give_stars_back(order: Order, charge_id: str) -> None:
        assert star_refunds is not None
        try:
            await star_refunds.refund_stars(user_id=order.buyer_id, charge_id=charge_id)
        except Exception as exc:  # the platform said no (or could not be reached): nothing is recorded
            log.warning("refund of Stars charge %s (order %s) failed: %s", charge_id, order.id, exc)
            raise DomainError("stars_refund_failed", order=order.number) from exc

    try:
        done = await refused_where_due(
            ctx,
            order_id,
            service.refund(
                ctx.uow,
                order_id=order_id,
                actor=ctx.request.user_id,
                is_admin=ctx.request.is_admin,
                now=ctx.now,
                refund_stars=give_stars_back if star_refunds is not None else None,
                where=_where(ctx),
                part_asked=asked,
                amount=amount,
                reference=reference,
                confirmed=ctx.command.confirmed,
                units=option,
            ),
        )
    except DomainError as refusal:
        at = refusal.params.get("at") if refusal.code == "refund_part_twice" else None
        if isinstance(at, datetime):  # when the last one was, on the chat's clock (`10:02`)
            refusal.params["at"] = at.astimezone(ctx.tz).strftime("%H:%M")
        raise
    if done.received:  # 只收到 ¥50 of an unpaid order, given back (rep81 #2): it stays unpaid
        return await _received_refunded(ctx, done, reason)
    if done.part:  # 部分退款: the order stays paid; said short in the chat, in full to the buyer
        return await _part_refunded(ctx, done, reason, option)
    order, group_buy = done.order, done.group_buy
    lang = await ctx.lang(group_buy)
    to = payer_of(order.buyer_id)  # a guest's: the organiser who added them
    buyer_lang = await buyer_language(ctx.uow, ctx.request.platform, group_buy, order, ctx.memo, to)
    kind = {"stars": "stars", "telegram": "provider"}.get(done.method, "offline")
    total = format_money(-order.payments[-1].amount, order.currency)
    paid = [p for p in order.payments if p.kind == "paid"]
    charge = (paid[-1].provider_reference or paid[-1].reference) if paid else ""  # what the provider shows

    # Her own refund: she reads her instruction (give the money back) as her answer. Anyone else's (an
    # admin's, in the chat or the console): the group reads only that it was refunded; she is told
    # privately (`told_organisers`).
    done_key = f"refund_done_{kind}"
    if kind == "offline" and not _gives_it_back(ctx, order, group_buy):
        done_key = "refund_done_offline_by_other"
    # the buyer is told privately (never a 代报 guest, whose organiser hears it, nor her own order): said
    # so, as `取消订单 1-5`'s answer does (rep52 #8)
    hers_alone = to == ctx.request.user_id and (is_guest(order.buyer_id) or to == group_buy.organiser_id)
    with_hers = guest_told_with_hers(ctx, order, group_buy)  # an admin refunded her guest's: in her notice
    tells_buyer = not (hers_alone or with_hers or is_guest(order.buyer_id))
    # whose commission it takes back (and what she owes after a payout), read before it is posted
    taken_back = await commission_back_said(ctx, order, done.commission)
    if taken_back is not None and ctx.page_lang is not None:
        ctx.page_commission = taken_back(ctx.page_lang)

    def said_in(in_lang: str) -> str:
        said = _plain_said_in(in_lang)
        if taken_back is None:
            return said
        return t(in_lang, "two_sentences", first=said, second=taken_back(in_lang))

    def _plain_said_in(in_lang: str) -> str:
        done = t(
            in_lang,
            done_key,
            order=order.number,
            name=order.buyer_name,
            total=total,
            organiser=group_buy.organiser_name,
        )
        return (
            t(in_lang, "two_sentences", first=done, second=t(in_lang, "refund_buyer_was_told"))
            if tells_buyer
            else done
        )

    said = said_in(lang)
    # a console admin's: `管理员 已为你的订单…退款` / "An admin refunded…", never the login
    by_admin = by_console_admin(ctx, order, group_buy)
    told_key = f"refund_buyer_{kind}_by_admin" if by_admin else f"refund_buyer_{kind}"
    told = t(
        buyer_lang,
        told_key,
        order=order.number,
        title=group_buy.terms.title,
        total=total,
        organiser=group_buy.organiser_name,
        by=t(buyer_lang, "paid_by_an_admin"),
    )
    parts = order.refunded_part  # 部分退款 before this whole refund: she is told the order's whole refund
    if parts:
        whole = format_money(-order.payments[-1].amount + parts, order.currency)
        told = t(
            buyer_lang,
            "refund_buyer_with_parts",
            told=told,
            total=whole,
            parts=format_money(parts, order.currency),
        )
    if reason and not is_guest(order.buyer_id):  # `/refund 12-3 wrong size`: told the buyer privately
        told = t(buyer_lang, "refund_buyer_reason", told=told, reason=reason)
    elsewhere = not ctx.is_private and order.chat_id != ctx.request.chat_id  # 帮卖: another group's buyer
    # a provider's charge id is the organiser's alone: said to her privately, never in a group
    charged = None
    if kind == "provider":
        charged = await _charge_for_organiser(ctx, group_buy, order, total, charge)
    hers = charged is not None and charged.private_to == ctx.request.user_id
    mine = await ctx.private_lang(lang)  # what she reads privately: her own language, else the group's
    extra_private: list[Reply] = []  # typed in the group: her whole answer, with the amount
    if charged is not None and hers and ctx.is_private:  # she refunded in private: her answer says it
        answer, charged = replace(charged, private_to=None), None
    elif charged is not None and hers and elsewhere:  # 帮卖: her answer is private already
        answer, charged = charged, None
    elif elsewhere:
        answer = Reply(text=said_in(mine), private_to=ctx.request.user_id, language=mine)  # never named here
        ctx.shown(said_in)  # the console's caller reads it on the page (never the charge id's, above)
    elif not ctx.is_private:  # the group reads whose, never the amount; she reads it privately
        answer = await _group_reads(ctx, order, lang, tells_buyer, part=False)
        ctx.shown(said_in)
        if ctx.page_lang is None and not hers:  # `charged` tells her the amount already
            extra_private = [Reply(text=said_in(mine), private_to=ctx.request.user_id, language=mine)]
    else:
        answer = Reply(text=said, language=lang)
        ctx.shown(said_in)
    if is_guest(order.buyer_id):  # 代报: to the organiser who added them, about the guest
        by = ctx.request.display_name
        told = guest_note(order, group_buy, "refund", by=by, lang=buyer_lang, total=total)
    # 代报: her own guest's refund, and `answer` told her so (give the money back): no second note; her
    # own order refunded by her (`退款 1-6 自己不要了`): her answer says it, never "Amy 会直接退给你" to her
    buyer = [] if hers_alone or with_hers else [Reply(text=told, private_to=to, language=buyer_lang)]
    blocked = await payouts_blocked_said(ctx.uow, order, done.commission)  # before the take-back is posted
    answer, blocked_told = _blocked_told(ctx, answer, blocked, mine)
    keys = ("refund_commission_helpseller", "refund_commission_sharer", "refund_commission_both")
    earners = await commission_taken_back(ctx, done.order, done.group_buy, done.commission, total, keys=keys)
    organiser: list[Reply] = []
    if kind != "provider" and (to != group_buy.organiser_id or with_hers):  # a provider's: `charged` told her
        key = "refund_organiser_offline" if kind == "offline" else "refund_organiser_returned"
        key = "refund_organiser_guest" if with_hers else key  # nobody else told: she gives it back
        notice = OrganiserNotice(group_buy, order, key, "refund_organiser_several", total, why=reason)
        organiser = await told_organisers(ctx, [notice])  # an admin refunded hers
    extra_private, blocked_told = _with_blocked(extra_private, blocked_told)
    extra = [*extra_private, charged] if charged is not None else extra_private
    return [answer, *blocked_told, *extra, *buyer, *organiser, *earners, card_update(group_buy)]


# a refund's refusals naming an amount (what was paid, is left, was just refunded, or asked for)
_NAMING_AN_AMOUNT = frozenset(
    {
        "refund_other_currency",
        "refund_part_over",
        "refund_part_telegram",
        "refund_part_twice",
        "refund_part_repeat",
        "refund_part_in_words",
        "refund_which_order",
        "refund_ask_over",
        "refund_ask_other_currency",
        # 只收到 ¥50 of it said (rep84 #4), and units after part refunds (`已经退过 ¥20`)
        "refund_received_over",
        "refund_received_units",
        "refund_received_units_over",
        "refund_units_over",
        "refund_units_left",
        "refund_units_left_all",
        "refund_units_none_left",
        "refund_units_over_options",
        "refund_units_which_option",
        "refund_option_units_left",
        "refund_option_units_left_all",
        "refund_option_none_left",
        "refund_option_money_left",
        # every other refusal of a refund of an order, naming what it holds or how its money stands
        # (`…只有 大盒…这单还可退 ¥15`, `…已经退过款了`): as privately as those above (rep91 #6)
        "refund_option_not_held",
        "refund_option_none",
        "refund_option_units_over",
        "refund_units_or_money",
        "refund_units_or_money_options",
        "order_already_refunded",
        "refund_not_paid",
        "refund_part_not_paid",
        "refund_amount_bad_not_paid",
        "refund_cancelled",
    }
)
# refusals of a part received (只收到) or a cancel naming the buyer's money, whatever command typed them
# (rep84 #4: `…（这单应付 ¥40）…`, `你记过只收到 ¥30…`): privately too, the group reading whose order
_ORDER_MONEY_NAMED = frozenset(
    {
        "short_typed_bad_amount",
        "short_typed_bad_amount_paid",  # its example amount is half the order's (s38)
        "short_typed_not_positive",  # `只收到 1-1 0`, `/paid 1-1 -5`: its example is half the order's (s42)
        "short_typed_other_currency",  # `只收到 1-1 RM20` of a € order: what it owes, its example half
        "short_typed_whole",
        "short_typed_adds_to_whole",
        "cancel_order_received_part",
        "unpaid_part_received",
        "unpaid_part_refunded",  # `…（已退 ¥20），付款不能再撤销…` (s38)
        "refund_cancelled_received_back",
    }
)


async def refused_privately(
    ctx: Context,
    refusal: DomainError,
    replies: list[Reply],
    lang: str,
    said_in: Callable[[str], list[Reply]] | None = None,
) -> list[Reply]:
    """A refund typed in a group refused with an amount in its answer (`刚才已给 #7-2 退过 ¥5…`, `…最多
    ¥30…`): the answer goes privately to whoever typed it, in her own language (`ctx.private_lang`;
    `said_in`: the refusal's replies in a language), the group reads one line without it (`Amy，退款
    的事已私信发给你。`), as a refund done there does (`_short_in_group`). One naming no amount stays."""
    a_refund = ctx.command.name == "refund" and refusal.code in _NAMING_AN_AMOUNT
    order_money = refusal.code in _ORDER_MONEY_NAMED and "order" in refusal.params
    if ctx.is_private or ctx.command.tap or ctx.page_lang is not None or not (a_refund or order_money):
        return replies
    mine = await ctx.private_lang(lang)
    theirs = said_in(mine) if said_in is not None and mine != lang else replies
    hers = [replace(reply, private_to=ctx.request.user_id) for reply in theirs]
    name = ctx.request.display_name
    if a_refund:
        line = t(lang, "refund_answered_privately", name=name)
    else:
        line = t(lang, "order_answered_privately", name=name, order=str(refusal.params["order"]))
    return [Reply(text=line, language=lang), *hers]


def _with_blocked(hers: list[Reply], blocked_told: list[Reply]) -> tuple[list[Reply], list[Reply]]:
    """Her private copy of a refund typed in a group and the payout it left uncovered, one message."""
    if not hers or not blocked_told:
        return hers, blocked_told
    return [replace(hers[0], text=f"{hers[0].text}\n{blocked_told[0].text}"), *hers[1:]], blocked_told[1:]


def _blocked_told(
    ctx: Context,
    answer: Reply,
    blocked: Callable[[str], str] | None,
    mine: str,
) -> tuple[Reply, list[Reply]]:
    """A refund's answer saying each earner's open payout its take-back leaves uncovered (`blocked`, rep57
    #3): in an answer read privately (in its language), else (a group's) in a private note to whoever
    refunded, in `mine` (her own language): a payout is never said in a group. The console's refund page
    warned its admin before (`uncovered_by_refund`); its answer on the page says it too (`page_blocked`),
    an organiser, never warned, included."""
    if blocked is not None and ctx.page_lang is not None:  # the console's page says it, as the chat's answer
        ctx.page_blocked = blocked(ctx.page_lang)
    if blocked is None or ctx.page_lang is not None:
        return answer, []
    if answer.private_to == ctx.request.user_id or (answer.private_to is None and ctx.is_private):
        return replace(answer, text=f"{answer.text}\n{blocked(answer.language or mine)}"), []
    return answer, [Reply(text=blocked(mine), private_to=ctx.request.user_id, language=mine)]


async def _group_reads(ctx: Context, order: Order, lang: str, tells_buyer: bool, *, part: bool) -> Reply:
    """`_short_in_group` in the group's own language (rep84 #11: `/refund 1-1 1 unit` in a Chinese group
    read `Order #1-1 of Bob is refunded in part.`), else `lang`."""
    here = (await ctx.group_language()) or lang
    return Reply(text=_short_in_group(ctx, order, here, tells_buyer, part=part), language=here)


def _short_in_group(ctx: Context, order: Order, lang: str, tells_buyer: bool, *, part: bool) -> str:
    """A refund's answer as the group reads it: whose order, never its amount (`/paid` says it there
    so too); the amount goes to the one who typed it privately (a console caller reads it on the page),
    which the group is not told: its only reader is the one who did it (rep76 #12). The buyer told
    privately is named (`已私信告诉 Xiao。`)."""
    key = "refund_part_done_here_plain" if part else "refund_done_here_plain"
    done = t(lang, key, order=order.number, name=order.buyer_name)
    if not tells_buyer:
        return done
    return t(
        lang,
        "two_sentences",
        first=done,
        second=t(lang, "refund_buyer_was_told_named", name=order.buyer_name),
    )


def _gives_it_back(ctx: Context, order: Order, group_buy: GroupBuy) -> bool:
    """Whether the chat reads her instruction to give the money back: the organiser refunding a buyer's
    order (her 代报 guest's too), never her own order (she is the buyer) nor anyone else's refund."""
    organiser = group_buy.organiser_id
    return ctx.request.user_id == organiser and order.buyer_id != organiser


async def _received_refunded(ctx: Context, done: service.Refunded, reason: str) -> list[Reply]:
    """`退款 1-3 ¥50` of an unpaid order whose organiser recorded only ¥50 received (只收到, rep81 #2):
    that money given back; the order unpaid still, owing its total less what she still holds. She
    reads what was given back, what is received and owed now and, nothing held, how to cancel it (in a
    group: whose, never the amounts; those privately); the buyer privately, with the reason."""
    order, group_buy = done.order, done.group_buy
    lang = await ctx.lang(group_buy)
    money = {
        "amount": format_money(done.received, order.currency),
        "before": format_money(order.received_amount + done.received, order.currency),
        "received": format_money(order.received_amount, order.currency),
        "owed": format_money(order.total - order.received_amount, order.currency),
    }
    key = "refund_received_done" if order.received_amount else "refund_received_done_all"
    by_admin = by_console_admin(ctx, order, group_buy)  # an admin: the organiser holds the money (rep98 #3)

    def said_in(in_lang: str) -> str:
        return t(in_lang, key, order=order.number, name=order.buyer_name, **money)

    # the console's page: its Cancel button, never `/cancel 1-3` to type (s39); an admin's: the organiser
    # gives it back, the buyer and she told so
    on_page = key if order.received_amount else "console_refund_received_done_all"
    if by_admin:
        on_page = (
            "console_refund_received_by_admin"
            if order.received_amount
            else "console_refund_received_all_by_admin"
        )
    organiser_name = group_buy.organiser_name
    ctx.shown(
        lambda in_lang: t(
            in_lang, on_page, order=order.number, name=order.buyer_name, organiser=organiser_name, **money
        )
    )
    answer = Reply(text=said_in(lang), language=lang)
    hers: list[Reply] = []
    if not ctx.is_private:  # the group reads whose, never the amount: she, privately
        # never `已部分退款`: nothing was paid; what was received went back and it is still owed (rep91 #9);
        # some of it still held: a part went back, never all of it (rep98 #3)
        here = (await ctx.group_language()) or lang
        plain_key = (
            "refund_received_done_here_some" if order.received_amount else "refund_received_done_here_plain"
        )
        plain = t(here, plain_key, order=order.number, name=order.buyer_name)
        answer = Reply(text=plain, language=here)
        if ctx.page_lang is None:
            mine = await ctx.private_lang(lang)
            hers = [Reply(text=said_in(mine), private_to=ctx.request.user_id, language=mine)]
    # someone else (an admin) gave back what she holds: she is told, as of a paid order's refund
    notice = OrganiserNotice(
        group_buy, order, "refund_received_organiser", "refund_organiser_several", money["amount"], why=reason
    )
    organiser = await told_organisers(ctx, [notice])
    to = payer_of(order.buyer_id)
    if to == ctx.request.user_id or is_guest(order.buyer_id):  # her own, or her 代报 guest's: she knows
        return [answer, *hers, *organiser, card_update(group_buy)]
    buyer_lang = await buyer_language(ctx.uow, ctx.request.platform, group_buy, order, ctx.memo, to)
    told_key = "refund_received_buyer_reason" if reason else "refund_received_buyer"
    if by_admin:  # `管理员 已为你的订单…退回：Amy 会直接退给你`, no login
        told_key += "_by_admin"
    told = t(
        buyer_lang,
        told_key,
        by=t(buyer_lang, "paid_by_an_admin"),
        organiser=group_buy.organiser_name,
        order=order.number,
        title=group_buy.terms.title,
        reason=reason,
        **money,
    )
    buyer = Reply(text=told, private_to=to, language=buyer_lang)
    return [answer, *hers, buyer, *organiser, card_update(group_buy)]


async def _part_refunded(
    ctx: Context, done: service.Refunded, reason: str, option: tuple[str, int] | None = None
) -> list[Reply]:
    """`退款 1-2 ¥78 坏了一盒` done: the chat reads it short (`订单 #1-2（Bob）退了 ¥78，已付 ¥156，
    已退 ¥78。`, her own with the instruction to give it back); the buyer privately, in her language, the
    amount, the order, the reason, what she paid and what is refunded so far; each earner the commission
    taken back (`refund_part_commission_*`); an organiser whose order someone else refunded, as for a
    whole refund."""
    order, group_buy = done.order, done.group_buy
    lang = await ctx.lang(group_buy)
    to = payer_of(order.buyer_id)
    buyer_lang = await buyer_language(ctx.uow, ctx.request.platform, group_buy, order, ctx.memo, to)
    amount = format_money(done.part, order.currency)
    paid = format_money(order.paid_in_full, order.currency)
    refunded = format_money(order.refunded_part, order.currency)
    done_key = "refund_part_done" if _gives_it_back(ctx, order, group_buy) else "refund_part_done_by_other"
    taken_back = await commission_back_said(ctx, order, done.commission, part=True)  # before it is posted
    if taken_back is not None and ctx.page_lang is not None:
        ctx.page_commission = taken_back(ctx.page_lang)

    def said_in(in_lang: str) -> str:
        said = t(
            in_lang,
            done_key,
            order=order.number,
            name=order.buyer_name,
            amount=amount,
            paid=paid,
            refunded=refunded,
        )
        if taken_back is None:
            return said
        return t(in_lang, "two_sentences", first=said, second=taken_back(in_lang))

    said = said_in(lang)
    ctx.shown(said_in)
    elsewhere = not ctx.is_private and order.chat_id != ctx.request.chat_id  # 帮卖: another group's buyer
    mine = await ctx.private_lang(lang)  # what she reads privately: in her own language
    if elsewhere:  # 帮卖: another group's buyer, her answer private
        answer = Reply(text=said_in(mine), private_to=ctx.request.user_id, language=mine)
    else:
        answer = Reply(text=said, language=lang)
    hers_in_full: list[Reply] = []
    if not ctx.is_private and not elsewhere:  # the group reads whose, never the amount: she, privately
        answer = await _group_reads(ctx, order, lang, False, part=True)
        if ctx.page_lang is None:
            hers_in_full = [Reply(text=said_in(mine), private_to=ctx.request.user_id, language=mine)]
    # what was given back, never the whole order's count (rep75 #7): `粽子 大盒 ×1` when an option was
    # named, else the title alone (`¥20` of 2 boxes may be one box, or less)
    items = group_buy.terms.title
    if option is not None:  # an option's units, or the product's (`/refund 1-1 1 unit`: option "")
        head = f"{group_buy.terms.title} {option[0]}" if option[0] else group_buy.terms.title
        items = titled(head, option[1], group_buy.terms.unit, buyer_lang)
    told_key = "refund_part_buyer_reason" if reason else "refund_part_buyer"
    if by_console_admin(ctx, order, group_buy):  # `管理员 已为你的订单…退款：Amy 会直接退给你`, no login
        told_key += "_by_admin"
    told = t(
        buyer_lang,
        told_key,
        by=t(buyer_lang, "paid_by_an_admin"),
        organiser=group_buy.organiser_name,
        amount=amount,
        order=order.number,
        items=items,
        reason=reason,
        paid=paid,
        refunded=refunded,
    )
    if is_guest(order.buyer_id):  # 代报: to the organiser who added them, about the guest
        told = guest_note(
            order, group_buy, "part_refund", by=ctx.request.display_name, lang=buyer_lang, total=amount
        )
    # her own guest's or her own order, refunded by her: her answer says it, no note to herself
    hers_alone = to == ctx.request.user_id and (is_guest(order.buyer_id) or to == group_buy.organiser_id)
    with_hers = guest_told_with_hers(ctx, order, group_buy)
    buyer = [] if hers_alone or with_hers else [Reply(text=told, private_to=to, language=buyer_lang)]
    blocked = await payouts_blocked_said(ctx.uow, order, done.commission, part=True)  # before it is posted
    answer, blocked_told = _blocked_told(ctx, answer, blocked, mine)
    keys = (
        "refund_part_commission_helpseller",
        "refund_part_commission_sharer",
        "refund_part_commission_both",
    )
    earners = await commission_taken_back(
        ctx, order, group_buy, done.commission, amount, keys=keys, part=True, kept=dict(done.kept)
    )
    organiser: list[Reply] = []
    if to != group_buy.organiser_id or with_hers:
        key = "refund_part_organiser_guest" if with_hers else "refund_part_organiser_offline"
        notice = OrganiserNotice(group_buy, order, key, "refund_organiser_several", amount, why=reason)
        organiser = await told_organisers(ctx, [notice])  # an admin refunded part of hers
    hers_in_full, blocked_told = _with_blocked(hers_in_full, blocked_told)
    return [answer, *blocked_told, *hers_in_full, *buyer, *organiser, *earners, card_update(group_buy)]


async def _charge_for_organiser(
    ctx: Context, group_buy: GroupBuy, order: Order, total: str, charge: str
) -> Reply:
    """The organiser's private instruction to complete a provider refund, with its charge id: in the
    language of her command when she refunded, else in her own (an admin refunded)."""
    organiser = group_buy.organiser_id
    lang = await ctx.lang(group_buy)
    if organiser != ctx.request.user_id:
        lang = await organiser_language(
            ctx.uow, group_buy, ctx.memo, ctx.request.platform
        )  # hers, else the group's
    text = t(
        lang,
        "refund_provider_organiser",
        order=order.number,
        name=order.buyer_name,
        title=group_buy.terms.title,
        total=total,
        charge=charge,
    )
    return Reply(text=text, private_to=organiser, language=lang)


async def _members_paid_order(ctx: Context) -> tuple[int, str]:
    """`/refund @name` (退款 @张三): the named member's paid order here, with the reason typed after the
    name (`/refund @Bob wrong size`; "" without one); one member at a time, since a Stars refund is a
    platform call that a later refusal could not take back."""
    # her help-sold buyers too, as `已收 @Kim`; in private, the buyers of her own group buys
    members = await help_sold_named(ctx, ctx.command.rest, own_buyers=True)
    if len(members) > 1:  # `/refund @Bob @Cat`: refused whole, as several numbers are
        first = await ctx.uow.members.name_of(identity(ctx.request.platform, members[0]))
        raise DomainError("refund_one_at_a_time", order=f"@{first or members[0]}")
    if not members:
        raise DomainError("refund_usage", order="12-3")
    reason = await _reason_after_name(ctx, members[0])
    if len(reason) > MAX_REFUND_REASON:
        raise DomainError("refund_reason_too_long", limit=MAX_REFUND_REASON, length=len(reason))
    request = ctx.request
    try:
        order_id = await order_service.paid_order_of_member(
            ctx.uow,
            chat_id=request.chat_id,
            buyer_id=members[0],
            actor=request.user_id,
            is_admin=request.is_admin,
            private=ctx.is_private,
        )
    except order_service.SeveralOrders as several:  # two paid orders: ask which, never guess
        raise await which_order(ctx, several, "refund") from several
    return order_id, reason


async def _reason_after_name(ctx: Context, member: str) -> str:
    """What follows the member's name in `/refund @Bob wrong size` ("wrong size"): after the longest
    of her names here that the text starts with, else after its first word (a mention the platform
    resolved: `@bob_l wrong size`); "" when nothing follows."""
    typed = ctx.command.rest.strip().lstrip("@＠")
    who = identity(ctx.request.platform, member)
    names = {await ctx.uow.members.name_in(ctx.request.chat_id, who), await ctx.uow.members.name_of(who)}
    for name in sorted((name for name in names if name), key=len, reverse=True):
        after = typed[len(name) :]
        if typed.casefold().startswith(name.casefold()) and (not after or after[0] in _REASON_GAP):
            return after.strip(_REASON_GAP)
    _, _, after = typed.partition(" ")
    return after.strip(_REASON_GAP)


# -- the platform's side -----------------------------------------------------------------------------
class Checkout:
    """What a payment platform and the scheduler call; made by `ChatApp` and exposed as `app.checkout`."""

    def __init__(
        self,
        *,
        uow_factory: UnitOfWorkFactory,
        clock: Clock,
        config: AppConfig,
        tz: ZoneInfo,
        memo: LanguageMemo,
        publish: Publish,
        outbox: Outbox,
        star_refunds: StarRefunds | None = None,
    ) -> None:
        self.uow_factory = uow_factory
        self.clock = clock
        self.config = config
        self.tz = tz
        self.memo = memo
        self.publish = publish
        self.queue, self.queued, self.queue_alone = outbox.queue, outbox.queued, outbox.queue_alone
        self.star_refunds = star_refunds

    async def pre_checkout(
        self, *, user_id: str, payload: str, currency: str, total_amount: int, language: str | None
    ) -> str | None:
        """None when the payment may go ahead; else the reason the buyer reads (nothing is charged).

        Read-only and quick: Telegram wants the answer within 10 seconds.
        """
        lang = normalize_language(language) or self.config.default_language
        try:
            async with self.uow_factory() as uow:
                await service.check_pre_checkout(
                    uow,
                    reference=payload,
                    secret=self.config.payment_secret,
                    buyer_id=user_id,
                    currency=currency,
                    amount=total_amount,
                    now=self.clock.now(),
                    pay_within=self.config.pay_within,
                )
        except DomainError as refusal:
            log.info("pre-checkout refused for %s: %s", user_id, refusal)
            if not has(refusal.code):
                return t(lang, "unexpected_error")
            return refusal_text(lang, refusal)
        except Exception:
            log.exception("pre-checkout of %r failed", payload)
            return t(lang, "unexpected_error")
        return None

    async def payment_succeeded(
        self,
        request: Request,
        *,
        payload: str,
        currency: str,
        total_amount: int,
        charge_id: str,
        provider_charge_id: str,
    ) -> list[Reply]:
        """Mark the order paid, once per charge id: a receipt to the buyer and the group's card.

        A repeat of a recorded charge changes nothing and answers nothing. A charge that cannot apply
        (the order was cancelled meanwhile, or already paid) is not lost: Stars are given back at once,
        and the buyer is told what happens to a provider payment.
        """
        buyer = request.user_id
        unapplied: DomainError | None = None
        told_in: str | None = None  # the language a payment that cannot apply is answered in
        async with self.uow_factory() as uow:
            try:
                paid = await service.record_online_payment(
                    uow,
                    reference=payload,
                    secret=self.config.payment_secret,
                    buyer_id=buyer,
                    charge_id=charge_id,
                    provider_charge_id=provider_charge_id,
                    currency=currency,
                    amount=total_amount,
                    now=self.clock.now(),
                )
            except DomainError as refusal:
                log.error("payment %s of %s could not be applied: %s", charge_id, buyer, refusal)
                paid, unapplied = None, refusal
                told_in = await self._payer_language(uow, request, payload)
            if paid is not None:
                order, group_buy = paid.order, paid.group_buy
                lang = await buyer_language(uow, request.platform, group_buy, order, self.memo, buyer)
                receipt = t(
                    lang,
                    "payment_receipt",
                    order=order.number,
                    title=group_buy.terms.title,
                    total=format_money(order.total, order.currency),
                    organiser=group_buy.organiser_name,
                )
                if order.pickup_code:  # where and when to collect, what they show at pickup (核销)
                    now = self.clock.now()
                    receipt += await pickup_said(uow, order, group_buy, lang, tz=self.tz, now=now)
                    receipt += "\n" + t(lang, "pickup_code_yours", code=order.pickup_code)
                secret = bool(order.pickup_code)  # a pickup code is never read in a group
                receipt_reply = Reply(text=receipt, private_to=buyer, language=lang, secret=secret)
                replies = [receipt_reply, card_update(group_buy)]
                replies += await bought_cards(uow, group_buy, {order.buyer_id})  # ✅ 已购买 on their notes
                hold = timedelta(days=self.config.commission_hold_days)  # who earns on it
                replies += await commission_on_payments(
                    uow, request.platform, self.memo, hold=hold, tz=self.tz
                )
                await self.queue(uow, replies, request, self.clock.now())
                await uow.commit()
                events = uow.collect_events()
        if unapplied is not None:
            replies = await self._unapplied(request, unapplied, currency, total_amount, charge_id, told_in)
            await self.queue_alone(replies, request)
            return replies
        if paid is None:
            log.info("payment %s of %s is a repeat: nothing to do", charge_id, buyer)
            return []
        self.queued()
        await self.publish(events)
        return replies

    async def _payer_language(self, uow: UnitOfWork, request: Request, payload: str) -> str | None:
        """The language a payment that could not apply is answered in: the one the payer's receipt
        would speak (`buyer_language`), when the payload names an order; None when it names none."""
        try:
            order, group_buy = await service.order_of_reference(uow, payload, self.config.payment_secret)
        except DomainError:  # forged or unknown: nothing tells the group buy's language
            return None
        return await buyer_language(uow, request.platform, group_buy, order, self.memo, request.user_id)

    async def _unapplied(
        self,
        request: Request,
        refusal: DomainError,
        currency: str,
        amount: int,
        charge_id: str,
        lang: str | None,
    ) -> list[Reply]:
        """Money was taken for an order that cannot take it: give Stars back, else say who refunds.
        An order already paid (online, or 已收 offline) is told so: this payment was the second."""
        lang = lang or normalize_language(request.language) or self.config.default_language
        total = format_money(amount, currency) if currency in EXPONENTS else f"{amount} {currency}"
        order = refusal.params.get("order")
        twice = refusal.code in ("order_already_paid", "order_paid_and_picked_up") or (
            refusal.code == "order_not_payable"
            and refusal.params.get("status") == OrderStatus.FULFILLED.value
        )
        if currency == STARS and self.star_refunds is not None:
            try:
                await self.star_refunds.refund_stars(user_id=request.user_id, charge_id=charge_id)
            except Exception:
                log.exception("automatic refund of Stars charge %s failed", charge_id)
            else:
                key = "payment_refunded_automatically" if order else "payment_unmatched_refunded"
                text = t(lang, "payment_duplicate_refunded" if twice else key, order=order, total=total)
                return [Reply(text=text, private_to=request.user_id, language=lang)]
        key = "payment_not_applied" if order else "payment_unmatched"
        key = "payment_duplicate_not_applied" if twice else key
        text = t(lang, key, order=order, total=total, charge=charge_id)
        return [Reply(text=text, private_to=request.user_id, language=lang)]

    # -- reservations (the scheduler's sweep) -------------------------------------------------------
    async def expire_unpaid(self, now: datetime) -> list[Reply]:
        """Cancel orders unpaid past their pay-by time: the buyer and the organiser are told, and the
        card shows the paid count without them."""
        async with self.uow_factory() as uow:
            cancelled = await service.lapse_unpaid(
                uow, now=now, pay_within=self.config.pay_within, currencies=online_currencies(self.config)
            )
            if not cancelled:
                return []
            replies: list[Reply] = []
            touched: dict[int, GroupBuy] = {}
            for order in cancelled:
                group_buy = touched.get(order.group_buy_id) or await service.group_buy_of(uow, order)
                touched[order.group_buy_id] = group_buy
            told = [order.buyer_id for order in cancelled]
            own = await steady_languages(uow, self.config.outbox_platform, told, "")  # "": the card's
            notice_at: dict[int, int] = {}
            for order in cancelled:
                group_buy = touched[order.group_buy_id]
                lang, organiser_lang = (  # the buyer's: else the group's she ordered in (帮卖)
                    own[order.buyer_id] or await language_in(uow, group_buy, order.chat_id, self.memo),
                    await organiser_language(
                        uow, group_buy, self.memo, self.config.outbox_platform
                    ),  # hers, else the group's
                )
                params = {
                    "order": order.number,
                    "title": group_buy.terms.title,
                    "total": format_money(order.total, order.currency),
                    "name": order.buyer_name,
                }
                replies.append(
                    Reply(text=t(lang, "order_lapsed", **params), private_to=order.buyer_id, language=lang)
                )
                notice_at[order.group_buy_id] = len(replies)  # her last notice of it: names who waited
                replies.append(
                    Reply(
                        text=t(organiser_lang, "order_lapsed_organiser", **params),
                        private_to=group_buy.organiser_id,
                        language=organiser_lang,
                    )
                )
            for group_buy_id, group_buy in touched.items():  # who waited at the close hears, once,
                freed = sum(o.quantity for o in cancelled if o.group_buy_id == group_buy_id)  # as 取消
                organiser_lang = await organiser_language(
                    uow, group_buy, self.memo, self.config.outbox_platform
                )
                waited, line = await freed_after_close(
                    uow,
                    group_buy,
                    freed,
                    organiser_lang,
                    platform=self.config.outbox_platform,
                    memo=self.memo,
                )
                replies.extend(waited)
                if line:  # the organiser's lapse notice names them, as her 取消's answer does
                    last = notice_at[group_buy_id]
                    replies[last] = replace(replies[last], text=replies[last].text + line)
            replies.extend(card_update(group_buy) for group_buy in touched.values())
            await self.queue(uow, replies, None, now)
            await uow.commit()
            events = uow.collect_events()
        self.queued()
        await self.publish(events)
        return replies

    async def remind_unpaid(self, now: datetime) -> list[Reply]:
        """Remind each buyer once, `remind_before` their order's pay-by time, with its Pay button."""
        async with self.uow_factory() as uow:
            orders = await service.unpaid_to_remind(
                uow,
                now=now,
                remind_before=self.config.remind_before,
                pay_within=self.config.pay_within,
                currencies=online_currencies(self.config),
            )
            replies: list[Reply] = []
            own = await steady_languages(uow, self.config.outbox_platform, [o.buyer_id for o in orders], "")
            for order in orders:
                group_buy = await service.group_buy_of(uow, order)
                lang = own[order.buyer_id] or await language_in(uow, group_buy, order.chat_id, self.memo)
                text = with_payment_note(  # a payment note: her own way too, as the order said (/ipaid)
                    lang,
                    "order_reminder",
                    group_buy.terms,
                    order=order.number,
                    title=group_buy.terms.title,
                    total=format_money(order.total, order.currency),
                    deadline=format_deadline(order.due_at(self.config.pay_within), self.tz, lang),
                    organiser=group_buy.organiser_name,
                )
                replies.append(
                    Reply(
                        text=text,
                        buttons=pay_buttons(order, lang),
                        private_to=order.buyer_id,
                        language=lang,
                    )
                )
            await self.queue(uow, replies, None, now)
            await uow.commit()
        self.queued()
        return replies
