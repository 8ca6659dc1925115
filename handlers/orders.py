"""Order commands: a member's orders (我的订单, shown in private), and the organiser's confirmations:
已收款 / 已收 @张三 (paid offline) and 已取货 / 已取 @张三 (collected at pickup, 核销)."""

from __future__ import annotations

import re
from collections.abc import Awaitable, Callable, Sequence
from dataclasses import dataclass, replace
from datetime import datetime
from zoneinfo import ZoneInfo

from commerce.domain.collecting import rest_unreported
from commerce.domain.errors import DomainError
from commerce.domain.group_buy import MAX_CLOSED_LISTED, GroupBuy, GroupBuyStatus
from commerce.domain.guests import is_guest, payer_of
from commerce.domain.listings import seen_in
from commerce.domain.member import identity
from commerce.domain.money import (
    SYMBOLS,
    Money,
    decimal_point,
    format_money,
    names_another_currency,
    parse_money,
)
from commerce.domain.order import Order, OrderStatus, describe_line
from commerce.domain.order_numbers import order_label
from commerce.domain.reach import Where
from commerce.domain.roster import reported_paid
from commerce.ports import UnitOfWork
from commerce.services import listings as listings_service
from commerce.services import open_joins
from commerce.services import orders as service
from commerce.services.open_joins import OpenJoin
from commerce.services.orders import Confirmed, SeveralOrders
from handlers import chat_names, guests, line_names, pickup_codes
from handlers.cards import card_update, format_deadline
from handlers.commission_notices import commission_said_on_paid, commission_said_on_several
from handlers.context import Context
from handlers.members import mentioned, names_in
from handlers.note_cards import bought_cards
from handlers.order_numbers import said_where_due, typed_order
from handlers.organiser_notices import (
    OrganiserNotice,
    guest_told_with_hers,
    paid_notices,
    picked_up_notices,
    told_organisers,
)
from handlers.parsing.collecting import without_thanks
from handlers.parsing.joins import is_courtesy
from handlers.parsing.numbers import ORDER, order_number
from handlers.recipients import buyer_language, done_by
from handlers.texts import MAX_QUOTED, has, normalize_language, refusal_text, status_text, t
from handlers.texts import units as unit_texts
from handlers.texts.paying import paid_said
from handlers.texts.pickup import pickup_text
from handlers.types import AnsweredPrivately, Reply
from handlers.which import in_private

MAX_LISTED = 20
# `已收 1-1 1-2`, `/paid 1-1，1-2 @Dan`: each number of a list, then the mentions right after it
_LISTED = re.compile(rf"^(?:no\.?|#)?\s*({ORDER})(?=[\s,，、;；@]|$)", re.IGNORECASE)
_BETWEEN = re.compile(r"^[\s,，、;；]+")
# `/paid 3-1 6,50`: one order, then an amount with a decimal comma (rep100 #7): said how to write it
_DECIMAL_COMMA = re.compile(
    r"^(?:no\.?|#)?\s*(?P<order>\d+\s*[-–—]\s*\d+)\s+[¥￥$]?(?P<typed>\d+,\d{1,2})(?![\d,，、-])"
    r"\s*(?:元|块)?\s*(?P<only>only)?\s*$",
    re.IGNORECASE,
)


async def my_orders(ctx: Context) -> list[Reply]:
    """In a private chat the list itself; in a group a short note, and the list sent privately. Joins
    of group buys not closed yet are listed after the orders, marked so (no order until the close)."""
    lang = await ctx.lang()
    orders = (await service.orders_of(ctx.uow, buyer_id=ctx.request.user_id))[:MAX_LISTED]
    joins = await open_joins.open_joins_of(ctx.uow, member_id=ctx.request.user_id)
    named, head = ctx.command.order, ""
    if named is not None:  # `订单 1-3`: that order of hers, else all of hers under a line saying so
        chosen = [o for o in orders if o.seq == named.seq and o.group_buy_id == named.group_buy_id]
        if chosen:
            orders, joins = chosen, []
        else:
            head = t(lang, "orders_named_not_hers", order=str(named))
    organisers, units, titles = await _organisers(ctx, orders)
    in_chats = [order.chat_id for order in orders] + [join.chat_id for join in joins]
    chats = await chat_names.titles(ctx.uow, in_chats)
    text = _listing(orders, lang, organisers, chats, units, titles)
    passed = await _pickups_passed(ctx, orders, lang)  # where a paid order is collected, or that it passed
    passed += await _how_to_pay(ctx, orders, lang, organisers)  # an unpaid one: how to pay, what to send
    if passed:
        text = "\n".join([text, *passed])
    if head:
        text = f"{head}\n{text}"
    if joins:
        listed = [text] if orders else [head] if head else []  # `订单 1-2` not hers: said before her joins
        text = "\n".join([*listed, _joins(joins, lang, chats, ctx.now)])
    waits = [] if named is not None else await _waits(ctx, lang)
    if waits:  # rep96 #5: where she waits, else shown nowhere
        text = "\n".join([text, t(lang, "orders_waiting_header"), *waits])
    if ctx.is_private:
        return [Reply(text=text, language=lang)]
    here = await ctx.heard_by_group(lang)  # the group's line: the group's language (rep75 #8)
    note = t(here, "orders_sent_privately", name=ctx.request.display_name)
    me = ctx.request.user_id
    codes = any(order.pickup_code_shown for order in orders)  # a pickup code is never read in a group
    return [
        Reply(text=note, language=here, says_sent_to=me),
        Reply(text=text, private_to=me, language=lang, secret=codes),
    ]


async def _waits(ctx: Context, lang: str) -> list[str]:
    """A line per wait (候补) of the member on a group buy still open: its title (and option), the
    quantity and her place in its queue."""
    said = []
    for entry in (await ctx.uow.waiting.of_member(ctx.request.user_id))[:MAX_LISTED]:
        group_buy = await ctx.uow.group_buys.get(entry.group_buy_id)
        if group_buy is None or not group_buy.is_open:
            continue
        title = group_buy.terms.title + (f" {entry.option}" if entry.option else "")
        said.append(
            t(
                lang,
                "orders_waiting_item",
                title=title,
                id=group_buy.id,
                organiser=group_buy.organiser_name,
                quantity=unit_texts.more(lang, entry.quantity, group_buy.terms.unit),
                position=await ctx.uow.waiting.position(entry),
            )
        )
    return said


async def _organisers(
    ctx: Context, orders: list[Order]
) -> tuple[dict[int, str], dict[int, str], dict[int, str]]:
    """The organiser of each order's group buy, by group buy: orders of several chats tell apart by the
    chat's name (where known), the group buy's number and who runs it; the unit each is sold in
    (`2斤 × ¥15`: `""` by the 份); and its title (a friend's line read apart from it: `荔枝（帮 妈妈）`)."""
    found: dict[int, str] = {}
    units: dict[int, str] = {}
    titles: dict[int, str] = {}
    for group_buy_id in dict.fromkeys(order.group_buy_id for order in orders):
        group_buy = await ctx.uow.group_buys.get(group_buy_id)
        found[group_buy_id] = group_buy.organiser_name if group_buy is not None else ""
        units[group_buy_id] = group_buy.terms.unit if group_buy is not None else ""
        titles[group_buy_id] = group_buy.terms.title if group_buy is not None else ""
    return found, units, titles


async def pickup_said(
    uow: UnitOfWork, order: Order, group_buy: GroupBuy, lang: str, *, tz: ZoneInfo, now: datetime
) -> str:
    """`\n自提：会所 · 12月4日 周五 18:00` for a paid order: the pickup of the group it was made in (帮卖:
    that group's own), as the close's order says it; its time gone by, that it was then, has passed, and
    to ask the organiser (named) when to collect it; "" when none is set."""
    seen = seen_in(group_buy, await listings_service.reaches(uow, group_buy, order.chat_id))
    at = seen.terms.pickup_at
    if not (seen.terms.pickup or at is not None):
        return ""
    pickup = pickup_text(seen.terms, tz, lang)
    if at is not None and at <= now:
        return "\n" + t(lang, "paid_pickup_passed", pickup=pickup, organiser=group_buy.organiser_name)
    return "\n" + t(lang, "order_pickup", pickup=pickup)


async def _how_to_pay(ctx: Context, orders: list[Order], lang: str, organisers: dict[int, str]) -> list[str]:
    """A line per order still to pay that she has not reported paid: whom to pay and what to send once
    paid, as the close's order says it (`💰 订单 #1-1 待付款：请付款给团长 Li（现金或转账），付完发“我已付款
    1-1”告诉团长。`), with the organiser's own way to pay when she set one (`/payment`); s39: `/orders`
    showed `待付款` with no next step."""
    said: list[str] = []
    for order in orders:
        if order.status is not OrderStatus.PENDING_PAYMENT or reported_paid(order):
            continue  # paid, picked up, cancelled; or reported paid: the organiser's turn
        group_buy = await ctx.uow.group_buys.get(order.group_buy_id)
        note = group_buy.terms.payment_note if group_buy is not None else ""
        organiser = organisers.get(order.group_buy_id, "")
        if note:
            said.append(
                t(lang, "orders_unpaid_how_noted", order=order.number, organiser=organiser, note=note)
            )
        else:
            said.append(t(lang, "orders_unpaid_how", order=order.number, organiser=organiser))
    return said


async def _pickups_passed(ctx: Context, orders: list[Order], lang: str) -> list[str]:
    """A line per paid order not picked up with a pickup set (帮卖: its group's own): where and when to
    collect it, or, its time gone by, that it passed and whom to ask (its organiser) to collect it."""
    said = []
    for order in orders:
        if not order.pickup_code_shown:
            continue
        group_buy = await ctx.uow.group_buys.get(order.group_buy_id)
        if group_buy is not None:  # 帮卖: the pickup of the group it was made in
            group_buy = seen_in(group_buy, await listings_service.reaches(ctx.uow, group_buy, order.chat_id))
        at = group_buy.terms.pickup_at if group_buy is not None else None
        if group_buy is None:
            continue
        if (at is None and group_buy.terms.pickup) or (at is not None and at > ctx.now):  # still ahead
            pickup = pickup_text(group_buy.terms, ctx.tz, lang)
            said.append(t(lang, "orders_pickup_ahead", order=order.number, pickup=pickup))
            continue
        if at is None:
            continue
        when = format_deadline(at, ctx.tz, lang)
        said.append(
            t(lang, "orders_pickup_passed", order=order.number, when=when, organiser=group_buy.organiser_name)
        )
    return said


def _joins(joins: list[OpenJoin], lang: str, chats: dict[str, str], at: datetime) -> str:
    """The joins not closed yet: what each costs now, and where a price tier is still ahead, what a
    unit costs there. One past its deadline whose close has not run yet is said to be closing, as its
    card says (no tier ahead: nobody joins any more)."""
    items = []
    for join in joins:
        group_buy, currency = join.group_buy, join.group_buy.terms.currency
        closing = group_buy.is_past_deadline(at)
        now = [(line.quantity, join.unit_price(line)) for line in join.lines]
        unit = group_buy.terms.unit  # sold per 斤: `2斤 × ¥15`
        key = "orders_closing_sum" if closing else "orders_open_sum"
        item = t(
            lang,
            f"{key}_in_chat" if join.chat_id in chats else key,
            chat=chats.get(join.chat_id, ""),  # 帮卖: the help-seller's chat the line was joined in
            id=group_buy.id,
            organiser=group_buy.organiser_name,
            title=line_names.summary(  # `荔枝 — 自己 4斤 · 帮 妈妈 2斤`
                group_buy.terms.title,
                [(describe_line(group_buy.terms.title, line), line.quantity) for line in join.lines],
                unit,
                lang,
            ),
            amount=amount_text(now, currency, lang, unit),
            total=format_money(join.total, currency),
        )
        ahead = None if closing else join.next_price()
        if ahead is not None:
            units = ahead[0]
            there = price_parts([(line.quantity, join.unit_price(line, at=units)) for line in join.lines])
            one = "orders_open_tier_in_unit" if unit else "orders_open_tier"  # `满 10斤 ¥13/斤`, not 每份
            item = t(  # one price: a unit's there; several (多规格): what the lines would cost there
                lang,
                one if len(there) == 1 else "orders_open_tier_total",
                item=item,
                units=unit_texts.units(lang, units, unit),
                price=unit_texts.priced(lang, format_money(there[0][1], currency), unit),
                total=format_money(sum(quantity * price for quantity, price in there), currency),
            )
        items.append(item)
    return "\n".join([t(lang, "orders_open_header"), *items])


def _listing(
    orders: list[Order],
    lang: str,
    organisers: dict[int, str],
    chats: dict[str, str],
    units: dict[int, str] | None = None,
    titles: dict[int, str] | None = None,
) -> str:
    if not orders:
        return t(lang, "orders_none")
    items = [
        t(
            lang,
            "orders_sum_in_chat" if order.chat_id in chats else "orders_sum",  # the chat's name, if known
            chat=chats.get(order.chat_id, ""),
            order=order.number,
            id=order.group_buy_id,
            organiser=organisers.get(order.group_buy_id, ""),
            title=line_names.summary(  # `荔枝 — 自己 4斤 · 帮 妈妈 2斤`, not `荔枝, 荔枝 (妈妈)`
                (titles or {}).get(order.group_buy_id, "\0"),  # unknown: each line as stored
                [(line.description, line.quantity) for line in order.lines],
                (units or {}).get(order.group_buy_id, ""),
                lang,
            ),
            amount=amount_text(  # sold per 斤: `2斤 × ¥15`
                [(line.quantity, line.unit_price) for line in order.lines],
                order.currency,
                lang,
                (units or {}).get(order.group_buy_id, ""),
            ),
            total=paid_said(lang, order, units=True),  # `¥156（已退 ¥78）`: part refunded (部分退款)
            status=_order_status(order, lang),
        )
        for order in orders
    ]
    return "\n".join([t(lang, "orders_header"), *items])


def _order_status(order: Order, lang: str) -> str:
    """Where the order stands for its buyer: reported paid (我已付款) until the organiser confirms it,
    as the organiser's list and the card show it, else its status; a paid order not picked up yet with
    the pickup code its buyer shows (核销)."""
    if reported_paid(order):
        return reported_status(order, lang)
    if order.pickup_code_shown:
        return t(
            lang, "orders_status_code", status=status_text(lang, order.status), code=order.pickup_code_shown
        )
    if order.received_part:  # 只收到 ¥20: `待付款（已收 ¥20，还差 ¥136）`, as 催款 says it
        return t(
            lang,
            "orders_status_part_received",
            status=status_text(lang, order.status),
            received=format_money(order.received_part, order.currency),
            gap=format_money(order.total - order.received_part, order.currency),
        )
    if order.received_refunded and order.status in (OrderStatus.CANCELLED, OrderStatus.PENDING_PAYMENT):
        # 只收到 ¥50, given back since (rep84 #2: `已取消` alone, no word of it): `（收到的 ¥50 已退回）`
        return t(
            lang,
            "orders_status_received_refunded",
            status=status_text(lang, order.status),
            amount=format_money(order.received_refunded, order.currency),
        )
    return status_text(lang, order.status)


def reported_status(order: Order, lang: str) -> str:
    """An order reported paid (我已付款), not confirmed yet: `已报付款，等待团长确认`; reported short
    (`我已付款 1-4 20元` owing ¥156): with the amount and the gap, `已报付款 ¥20，还差 ¥136，等待团长确认`."""
    rest = rest_unreported(order)
    if rest:  # `我付了` of ¥63, then 只收到 ¥30, no report since: what came, what she said, what is left
        return t(
            lang,
            "orders_status_part_of_report",
            received=format_money(order.received_amount, order.currency),
            reported=format_money(order.total, order.currency),
            gap=format_money(rest, order.currency),
            order=order.number,
        )
    if not order.reported_short:
        kept = order.received_amount  # 只收到 ¥20, then `我已付款` of the rest: the two said apart
        if 0 < kept < order.total:
            return t(
                lang,
                "orders_status_received_reported",
                received=format_money(kept, order.currency),
                amount=format_money(max(order.reported_amount, order.total) - kept, order.currency),
            )
        return t(lang, "orders_status_reported")
    received = order.received_in_report  # 只收到 ¥20 before her report of ¥30: said apart
    if received:
        return t(
            lang,
            "orders_status_received_reported_short",
            received=format_money(received, order.currency),
            amount=format_money(order.reported_amount - received, order.currency),
            gap=format_money(order.reported_short, order.currency),
        )
    return t(
        lang,
        "orders_status_reported_short",
        amount=format_money(order.reported_amount, order.currency),
        gap=format_money(order.reported_short, order.currency),
    )


def price_parts(lines: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """(quantity, unit price) of `lines` added up per unit price, in the order the prices first come:
    多规格 lines of several prices stay apart (`2 × ¥53 + 2 × ¥95`), a friend's line at the same price
    joins the member's."""
    parts: dict[int, int] = {}
    for quantity, price in lines:
        parts[price] = parts.get(price, 0) + quantity
    return [(quantity, price) for price, quantity in parts.items()]


def amount_text(lines: list[tuple[int, int]], currency: str, lang: str, unit: str = "") -> str:
    """`3 × ¥88`, or with several prices `2 × ¥53 + 2 × ¥95`: arithmetic that adds up to the total (a
    group buy sold per 斤, its `unit`: `2斤 × ¥15`)."""
    return t(lang, "amount_plus").join(
        t(
            lang,
            "amount_part",
            quantity=unit_texts.quantity(quantity, unit, lang),
            price=format_money(price, currency),
        )
        for quantity, price in price_parts(lines)
    )


async def paid(ctx: Context) -> list[Reply]:
    """`/paid 12`, `已收款 #12`, or `已收 @张三` (each mentioned member's unpaid order in this chat).

    A number reaches the orders of this chat's group buys (in a private chat: of the sender's own group
    buys); any other is answered as a number that does not exist, and nothing is said or sent elsewhere.
    """
    return await _confirm(ctx, _PAID)


# `/paid #1`, `已收 ＃1`: a group buy's number alone
_GROUP_BUY_ALONE = re.compile(r"^[#＃]\s*(?P<id>\d{1,9})$")


async def _group_buy_not_order(ctx: Context, group_buy_id: int, *, picked_up: bool = False) -> DomainError:
    """`/paid #1`: #1 names group buy #1, not an order: how to name an order of it (`/paid 1-2`, its
    first unpaid order's number when it is reached from here) or its buyer (`/paid @Bob`); nothing changed.
    `/pickedup #1` alike, its example a paid order, one still to collect."""
    group_buy = await ctx.uow.group_buys.get(group_buy_id)
    reached = group_buy is not None and (
        group_buy.chat_id == ctx.request.chat_id
        or (ctx.is_private and group_buy.organiser_id == ctx.request.user_id)
    )
    orders = await ctx.uow.orders.for_group_buy(group_buy_id) if reached else []
    waiting = OrderStatus.PAID if picked_up else OrderStatus.PENDING_PAYMENT
    unpaid = [order for order in orders if order.status is waiting] or orders
    order = unpaid[0] if unpaid else None
    example = order.number if order is not None else f"{group_buy_id}-1"
    named = order.buyer_name if order is not None and order.buyer_name.split() == [order.buyer_name] else ""
    who = f"@{named or 'name'}"
    if picked_up:
        return DomainError("picked_up_group_buy_not_order", id=group_buy_id, order=example, who=who)
    return DomainError("paid_group_buy_not_order", id=group_buy_id, order=example, who=who)


async def picked_up(ctx: Context) -> list[Reply]:
    """`/pickedup 12`, `已取货 12`, or `已取 @张三` (核销: each mentioned member's paid order collected)."""
    return await _confirm(ctx, _PICKED_UP)


@dataclass(frozen=True)
class _Confirmation:
    """One kind of organiser confirmation: the use cases it runs and what each side is told."""

    by_order: Callable[..., Awaitable[Confirmed]]
    by_member: Callable[..., Awaitable[Confirmed]]
    usage: Callable[[str], DomainError]  # the form, with an order number of this chat as its example
    done: str
    buyer_note: str
    command: str  # the registry's name: which order to say when `@name` could mean several
    waiting: OrderStatus  # of two orders with a bare number's `#3`, the one in this status is meant
    # several at once (`已收 1-1 1-2`): each order checked first, done already (True) or to do (False)
    checked: Callable[..., Awaitable[tuple[Confirmed, bool]]]
    several_done: str  # and the answer's parts: those done now, done before, names with none to do
    several_already: str
    several_none: str
    several_not_done: str  # in private, a name of several not confirmed: which, and why


_PAID = _Confirmation(
    service.confirm_paid,
    service.mark_paid_for_member,
    lambda order: DomainError("paid_usage", order=order),
    "paid_confirmed",
    "paid_buyer_note",
    "paid",
    OrderStatus.PENDING_PAYMENT,
    service.paid_or_payable,
    "paid_several_confirmed",
    "paid_several_already",
    "paid_several_none_unpaid",
    "paid_several_not_done",
)
_PICKED_UP = _Confirmation(
    service.confirm_picked_up,
    service.mark_picked_up_for_member,
    lambda order: DomainError("picked_up_usage", order=order),
    "picked_up_confirmed",
    "picked_up_buyer_note",
    "picked_up",
    OrderStatus.PAID,
    service.collected_or_collectable,
    "picked_up_several_confirmed",
    "picked_up_several_already",
    "picked_up_several_none_due",
    "picked_up_several_not_done",
)


async def _confirm(ctx: Context, kind: _Confirmation) -> list[Reply]:
    request = ctx.request
    who = {"actor": request.user_id, "is_admin": request.is_admin, "now": ctx.now}
    confirmed: list[Confirmed] = []
    # An order number typed first wins over a mention later in the message: `/paid 255 (thanks @ben)` is
    # order 255, not Ben's.
    where = Where(request.chat_id, private=ctx.is_private)  # this chat's orders, or the sender's own
    order_id = ctx.command.order_id  # a button's (the report's Received)
    typed: re.Match[str] | None = None  # `已收 6-2 10元`: the amount written
    if kind is _PAID and order_id is None and _EVERY_REPORTED.match(without_thanks(ctx.command.rest)):
        return await _every_reported(ctx)
    comma = _DECIMAL_COMMA.match(ctx.command.rest.strip()) if kind is _PAID and order_id is None else None
    if comma is not None:  # `/paid 3-1 6,50`: ¥6.50 written with a decimal comma, never orders 6 and 50
        raise await _decimal_comma(ctx, comma)
    alone = _GROUP_BUY_ALONE.match(ctx.command.rest.strip()) if order_id is None else None
    if alone is not None:  # `/paid #1`, `/pickedup #1`: #1 is a group buy, never an order #1 of some group
        # buy (rep100 #12)
        raise await _group_buy_not_order(ctx, int(alone.group("id")), picked_up=kind is _PICKED_UP)
    numbers, after = _listed(ctx.command.rest) if order_id is None else ([], "")
    if order_id is None and not numbers:  # `已收 @Bob 13-1`: the name says whose the order is
        numbers, after = _named_then_listed(ctx.command.rest)
    if numbers:  # `已收 1-1 1-2`, `已取 1-1、1-2 @Dan`: each one, in one answer
        if after.startswith("@"):
            await _organisers_only(ctx, kind)
        mentions = after.startswith("@")  # in private: among the buyers of her group buys, as `/paid @Wu`
        members = await help_sold_named(ctx, after, own_buyers=ctx.is_private) if mentions else ()
        if kind is _PAID and len(numbers) == 2 and not members:  # `已收 6-2 30`: #6-30, or ¥30 received?
            numbers, after = await number_or_amount(ctx, numbers, after)
        if len(numbers) > 1 or members:
            return await _several(ctx, kind, numbers, members)
        try:
            order_id = await typed_order(ctx, order_number(numbers[0]), waiting=kind.waiting)
        except DomainError as refusal:
            said = await _while_closing(ctx, refusal, number=numbers[0])
            if kind is _PICKED_UP and said is refusal and _code_typed(ctx, refusal, numbers[0], after):
                return await _as_pickup_code(ctx, numbers[0])  # `/pickedup 8128`: a code, as `核销 8128`
            raise said from refusal
        if kind is _PAID and _NOT_POSITIVE.match(
            after.strip()
        ):  # `/paid 1-1 -5`, `已收 1-1 0`: not paid (s42)
            await _not_positive(ctx, order_id, after.strip())
        typed = _AN_AMOUNT.match(after)
        if kind is _PAID and typed is None and _unread_after(after):  # `/paid 1-1 abc`: nothing marked
            await _word_unread(ctx, order_id, numbers[0], after.strip())
        if kind is _PAID and typed is not None:  # `已收 6-2 10元`: marked only when it is what is owed
            differs = await amount_differs(ctx, order_id, typed.group("amount"), typed.group(0))
            if differs:
                return differs
        elif kind is _PAID:  # a bare `已收 1-2` of a short report (`/ipaid 1-2 15`): asked first
            from handlers.short_reports import asked_first  # it imports handlers.collecting, which imports us

            asked = await asked_first(ctx, order_id)
            if asked:
                return asked
    rests = ""  # 只收到 ¥50 of ¥75 before: what marking it paid records, as `/paid 1-1 1-3` names it
    if order_id is not None:
        typed_too = kind is _PAID and typed is not None  # the rest of a part received, written: the sum said
        rests = await _rests_received(ctx, kind, [order_id], await ctx.lang(), typed=typed_too)
        try:
            confirmed.append(await kind.by_order(ctx.uow, order_id=order_id, where=where, **who))
        except DomainError as refusal:  # 帮卖: about another group's buyer, said privately
            await _buyers_own(ctx, kind, order_id, refusal)
            named = await _paid_already_named(ctx, kind, order_id, refusal)  # whose, how to undo it
            said = await said_where_due(ctx, order_id, _not_theirs(named, kind))
            if said is refusal:
                raise
            raise said from refusal
    else:
        await _organisers_only(ctx, kind)  # whoever is named: a member who runs none here is told so first
        rest = ctx.command.rest.strip()
        paid_amount = _NAME_THEN_AMOUNT.match(rest) if kind is _PAID else None  # `已收 @Bob 10元`
        if paid_amount is not None:
            rest = paid_amount.group("name").strip()
        # `已收 王阿姨`, `/paid Wang`: a name without its @ (a 代报 guest cannot be @-mentioned), as
        # `未收到 Cat`; a name nobody here has (`已收 abc`) gets the form by number
        bare = bool(rest) and "@" not in rest and "＠" not in rest and not request.mentions
        if ctx.is_private and not bare and len(request.mentions or names_in(rest)) > 1:
            return await _each_named_privately(ctx, kind, rest)  # `/paid @Wu @Li`: each on its own
        if not ctx.is_private and not bare and not request.mentions and len(names_in(rest)) > 1:
            return await _each_named_here(ctx, kind, rest)  # `已收 @Cat @Kim`: two called Kim, Cat's done
        # the adapter's, else by name here (in private: among the buyers of her own group buys)
        try:
            members = await help_sold_named(ctx, f"@{rest}" if bare else rest, own_buyers=True)
        except DomainError as unknown:
            if bare and unknown.code in ("member_unknown", "member_unknown_private", "own_buyer_unknown"):
                raise kind.usage(await acted_on_example(ctx, name=rest)) from unknown
            raise
        if not members:
            raise kind.usage(await acted_on_example(ctx))
        if len(members) > 1:  # `已收 @Bob @Cat`: as several numbers
            return await _several(ctx, kind, [], members)
        for member in members:
            if paid_amount is not None:  # `已收 @Bob 10元`: marked only when it is what is owed
                differs = await _member_amount_differs(ctx, member, paid_amount)
                if differs:
                    return differs
            elif kind is _PAID:  # a bare `已收 @Leo` of a short report: asked first, as `已收 1-2` is
                asked = await _member_asked_first(ctx, member)
                if asked:
                    return asked
            if kind is _PAID:  # `已收 @Dan` of one whose order was received in part: as `已收 1-2`
                one = await _members_one_unpaid(ctx, member)
                typed_too = paid_amount is not None  # `已收 周叔 40`: the sum said, as `已收 3-2 40`
                lang = await ctx.lang()
                rests = "" if one is None else await _rests_received(ctx, kind, [one], lang, typed=typed_too)
            try:
                found = await kind.by_member(
                    ctx.uow, chat_id=request.chat_id, buyer_id=member, private=ctx.is_private, **who
                )
            except SeveralOrders as several:  # `/paid @dan` with two unpaid: ask, never guess
                raise await which_order(ctx, several, kind.command) from several
            except DomainError as refusal:
                if refusal.code == "member_already_picked_up":  # when and by whom, as a used code's
                    raise await pickup_codes.handed_over(ctx, refusal, await ctx.lang()) from refusal
                said = _not_theirs(await _while_closing(ctx, refusal, member=member), kind)
                if said is refusal:
                    raise
                raise said from refusal
            confirmed.append(found)
    lang = await ctx.lang()
    replies: list[Reply] = []
    for done in confirmed:
        replies.extend(await _confirmation(ctx, done, lang, kind))
    if rests and confirmed:
        replies = _with_rests(ctx, replies, rests, lang)
    if kind is _PAID:  # an admin's 已收: the organiser, who holds the money, is told
        replies += await told_organisers(ctx, paid_notices(confirmed))
    else:  # an admin's 已取货: so is she of her goods handed over
        replies += await told_organisers(ctx, picked_up_notices(_not_her_guests(ctx, confirmed)))
    return replies


async def _decimal_comma(ctx: Context, comma: re.Match[str]) -> DomainError:
    """`/paid 3-1 6,50`: the amount to write with a point, in the command that records it (rep102 #7):
    below what the order still owes (or `only` typed), the part received (`/paid 3-1 6.50 only`,
    `只收到 3-1 6.50`), as `/paid 3-1 6.50` would be refused as short; else `/paid 3-1 6.50`."""
    typed, order = _as_she_typed(ctx, comma.group("typed")), comma.group("order").replace(" ", "")
    example = comma.group("typed").replace(",", ".")
    if comma.group("only") or await _below_owed(ctx, order, example):
        return DomainError("paid_decimal_comma_part", typed=typed, order=order, example=example)
    return DomainError("paid_decimal_comma", typed=typed, order=order, example=example)


def _as_she_typed(ctx: Context, read: str) -> str:
    """An amount read with an ASCII comma (`6,50`) as her message has it (`6，50`, rep102 #7)."""
    typed = ctx.request.text or ""
    wide = read.replace(",", "，")
    return wide if read not in typed and wide in typed else read


# What may follow one order's number in `/paid 1-1 …` besides an amount: `only`, `仅` (as typed after an
# amount), a way to pay (`/paid 1-1 cash`, `已收 1-1 微信`); a courtesy, a mention or a bracket aside.
_KNOWN_AFTER = re.compile(
    r"^(?:only|仅|只|cash|paynow|paylah|paypal|wechat(?:\s*pay)?|alipay|venmo|zelle|(?:bank\s+)?transfer|bank"
    r"|现金|微信|微信支付|支付宝|转账|银行转账|银行卡|红包|微信红包)[\s,，。.!！~～]*$",
    re.IGNORECASE,
)
_WORDS = re.compile(r"[^\W_]", re.UNICODE)  # a letter, digit or character: `✅`, `👍`, `。` have none


def _unread_after(after: str) -> bool:
    """Whether `after` (what follows one order's number, no amount) is a word `/paid` cannot read:
    not empty, a courtesy (`谢谢`), a mention (`@Bob`), a bracket (`(thanks @ben)`), emoji or
    punctuation, nor a word it knows (`_KNOWN_AFTER`)."""
    said = without_thanks(after).strip()
    if not said or said[0] in "@＠(（[【" or not _WORDS.search(said):
        return False
    return _KNOWN_AFTER.match(said) is None and not is_courtesy(said)


async def _word_unread(ctx: Context, order_id: int, number: str, word: str) -> None:
    """`/paid 1-1 abc` from its organiser (or an admin): raised, what was wrong and the forms that work,
    `/paid 1-1` and with what it still owes (`/paid 1-1 10`); nothing marked. Anyone else: return, told
    as ever that only the organiser confirms payments (never what the order owes)."""
    order = await ctx.uow.orders.get(order_id)
    group_buy = None if order is None else await ctx.uow.group_buys.get(order.group_buy_id)
    if order is None or group_buy is None or order.status is not OrderStatus.PENDING_PAYMENT:
        return  # paid already, refunded: its own answer, as a bare `/paid 1-1`
    if group_buy.organiser_id != ctx.request.user_id and not ctx.request.is_admin:
        return
    owed = max(order.total - order.received_unpaid, 0)
    amount = f"{owed // 100}" if owed % 100 == 0 else f"{owed / 100:.2f}"
    raise DomainError("paid_word_unread", word=word, order=number, amount=amount)


async def _below_owed(ctx: Context, number: str, amount: str) -> bool:
    """Whether `amount` is less than order `number` here still owes (False when it names no such order
    waiting for payment, or is no amount)."""
    try:
        order_id = await typed_order(ctx, order_number(number), waiting=OrderStatus.PENDING_PAYMENT)
    except DomainError:
        return False
    order = await ctx.uow.orders.get(order_id)
    if order is None or order.status is not OrderStatus.PENDING_PAYMENT:
        return False
    try:
        said = parse_money(amount, order.currency)
    except DomainError:
        return False
    return said.minor < order.total - order.received_unpaid


def _not_her_guests(ctx: Context, confirmed: list[Confirmed]) -> list[Confirmed]:
    """Of orders someone else marked picked up, those not of the organiser's own 代报 guests: a guest's
    note goes to her already (`王阿姨 的订单 #1-2（芒果）已由 管理员 标记为已取货。`), once."""
    return [done for done in confirmed if not guest_told_with_hers(ctx, done.order, done.group_buy)]


def _with_rests(ctx: Context, replies: list[Reply], rests: str, lang: str) -> list[Reply]:
    """The answer to her confirm with the rest of a part received (`_rests_received`) said: on the answer
    she reads, in her private chat (or the 帮卖 answer sent her privately); else told her privately, as a
    group never hears a buyer's amount."""
    me = ctx.request.user_id
    for i, reply in enumerate(replies):
        if reply.text and (reply.private_to == me or (ctx.is_private and not reply.private_to)):
            return [*replies[:i], replace(reply, text=f"{reply.text}\n{rests}"), *replies[i + 1 :]]
    return [*replies, Reply(text=rests, private_to=me, language=lang)]


# `已收 @Bob 10元`, `/paid @Bob ¥10`, `已收 王阿姨 10.5`: a name, then an amount a sign, a currency word or a
# decimal part tells from an order's number; `已收 周叔 45` too (rep77 #2): a bare number after a name is
# what she received (a number of the order is written with its dash, `已收 @Bob 13-1`), never ignored
_NAME_THEN_AMOUNT = re.compile(
    r"^(?P<name>\S.*?)\s+(?P<typed>(?:[¥￥$]|s\$|rmb|cny|sgd|usd)\s*(?P<signed>\d+(?:\.\d{1,2})?)"
    r"|(?P<worded>\d+(?:\.\d{1,2})?)\s*(?:元|块钱|块|rmb|cny|sgd|usd)|(?P<decimal>\d+\.\d{1,2})|(?P<bare>\d{1,7}))"
    r"[\s,，。.!！~～]*$",
    re.IGNORECASE,
)


async def _members_one_unpaid(ctx: Context, member: str) -> int | None:
    """The one order here of the member named that waits for payment; None when the name resolves to no
    one order (several unpaid: asked which, none here, not hers: the answer without it says why)."""
    request = ctx.request
    try:
        order_id, _ = await service.members_newest(
            ctx.uow,
            request.chat_id,
            member,
            request.user_id,
            request.is_admin,
            OrderStatus.PENDING_PAYMENT,
            private=ctx.is_private,
        )
    except DomainError:
        return None
    return order_id


async def _member_amount_differs(ctx: Context, member: str, typed: re.Match[str]) -> list[Reply]:
    """`已收 @Bob 10元` naming one whose one order here waits for payment: the amount checked as `已收 6-2
    10元` checks it (`amount_differs`); [] when it is what is owed, or the name resolves to no one order
    (the answer without the amount says why, or asks which)."""
    order_id = await _members_one_unpaid(ctx, member)
    if order_id is None:
        return []
    amount = typed.group("signed") or typed.group("worded") or typed.group("decimal") or typed.group("bare")
    return await amount_differs(ctx, order_id, amount, typed.group("typed"))


async def _member_asked_first(ctx: Context, member: str) -> list[Reply]:
    """`已收 @Leo`, `已收 Leo`, `/paid @Leo` naming one whose one order here waits for payment, reported
    short (`/ipaid 1-2 15`, ¥18 owed): the question `已收 1-2` gets (`short_reports.asked_first`); []
    otherwise (the answer without it marks it, says why not, or asks which)."""
    order_id = await _members_one_unpaid(ctx, member)
    if order_id is None:
        return []
    from handlers.short_reports import asked_first  # it imports handlers.collecting, which imports us

    return await asked_first(ctx, order_id)


# `已收 6-2 30`, `/paid 2-1 5`, `已收 3 30`: an order's number (with its dash or bare, as `已收 3` reads
# it), then a bare number (no `#`, no dash, no sign)
_ORDER_THEN_NUMBER = re.compile(r"^(?:#\s*)?\d+(?:\s*-\s*\d+)?\s+(?P<number>\d{1,7})[\s.!。！~～]*$")


async def number_or_amount(ctx: Context, numbers: Sequence[str], after: str) -> tuple[list[str], str]:
    """The organiser's confirm (`已收`, `/paid`, her `已付款`) with an order's number, then a bare number
    (`已收 6-2 30`, `已收 3 30`, `/paid 4-1 10`): the reading that names an order here is taken. No order
    #6-30 of that group buy: ¥30 received of #6-2, as `已收 6-2 30元` (the numbers returned are the first
    alone, the amount after it: checked against what is owed); both #6-30 and #6-2 orders: asked which
    (`paid_number_or_amount`, both commands to send), nothing changed. The numbers (and what follows them)
    as they are when the rest is no such pair or the first is no order (refused for it, as before)."""
    rest = without_thanks(ctx.command.rest).strip()
    found = _ORDER_THEN_NUMBER.match(rest)
    if found is None or len(numbers) != 2:
        return list(numbers), after
    number = found.group("number")
    try:
        order_id = await typed_order(ctx, order_number(numbers[0]), waiting=OrderStatus.PENDING_PAYMENT)
    except DomainError:
        return list(numbers), after  # the first is no order: refused for it, as before
    order = await ctx.uow.orders.get(order_id)
    if order is None:
        return list(numbers), after
    of_buy = order_label(order.group_buy_id, int(number))
    try:
        await typed_order(ctx, order_number(of_buy), waiting=OrderStatus.PENDING_PAYMENT)
    except DomainError as refusal:
        if refusal.code == "order_not_found":  # only the amount's reading names an order here
            return [numbers[0]], number
    lang = await ctx.lang()
    chinese = lang == "zh" and order.currency == "CNY"
    amount = f"{number}元" if chinese else parse_money(number, order.currency).format()
    text, typed_after = (ctx.request.text or "").strip(), ctx.command.rest.strip()
    typed = text[: len(text) - len(typed_after)].strip() if typed_after and text.endswith(typed_after) else ""
    word = typed or ("已收" if lang == "zh" else "/paid")
    raise DomainError(
        "paid_number_or_amount",
        number=number,
        order=order.number,
        other=of_buy,
        amount=parse_money(number, order.currency).format(),
        both=f"{word} {order.number} {of_buy}",
        example=f"{word} {order.number} {amount}",
    )


# an amount after an order's number (`已收 6-2 10元`, `/paid 6-2 ¥10`, `¥10.50`): a sign, a currency
# word or a decimal part tells it from another order's number (`已收 6-2 30` reads as order #30)
_AN_AMOUNT = re.compile(
    r"^(?:[¥￥$]|s\$|rmb|cny|sgd|usd)?\s*(?P<amount>\d+(?:\.\d{1,2})?)\s*(?:元|块钱|块|rmb|cny|sgd|usd)?"
    r"(?=[\s,，。.!！]|$)",
    re.IGNORECASE,
)


async def _short_received(ctx: Context, order: Order, received: int) -> list[Reply]:
    """`已收 1-2 ¥100` with exactly the amount the buyer reported short (`我已付款 1-2 100` owing ¥176):
    what her notice's Only ¥100 received button does (rep68 #2): the order stays unpaid, the buyer told
    what is left. In a group, the amounts go to her privately, the group told only that it was."""
    from handlers.collecting import short_paid  # it imports handlers.orders

    assert order.id is not None
    command = replace(ctx.command, order_id=order.id, rest=str(received))
    replies = [reply for reply in await short_paid(replace(ctx, command=command)) if not reply.toast]
    if ctx.page_lang is not None and not ctx.is_private:  # the console's: her page says it (rep98 #2)
        return [*replies[1:], *await _part_told_organiser(ctx, order, received)]
    if ctx.is_private:
        return replies
    me = ctx.request.user_id
    [told, *rest] = replies
    lang = told.language or await ctx.lang()
    line = t(lang, "report_short_in_group", name=ctx.request.display_name, order=order.number)
    return [Reply(text=line, language=lang, says_sent_to=me), replace(told, private_to=me), *rest]


async def _part_told_organiser(ctx: Context, order: Order, received: int) -> list[Reply]:
    """A part received recorded from the console (its 只收到): no line in the group (nobody typed there,
    and nothing is sent to anyone "privately" that it could point to); an admin's tells the organiser
    privately, once, as his Mark paid does (rep98 #2). The buyer's notice goes as from the chat."""
    group_buy = await ctx.uow.group_buys.get(order.group_buy_id)
    if group_buy is None:
        return []
    amount = format_money(received, order.currency)
    notice = OrganiserNotice(
        group_buy, order, "part_received_organiser", "part_received_organiser_several", amount
    )
    return await told_organisers(ctx, [notice])  # none of her own acting


async def short_typed(ctx: Context) -> list[Reply]:
    """`只收到 1-2 100`, `1-2 只收到 ¥100`, `/paid 1-2 ¥100 only` typed by the organiser (rep73 #9): what the
    report's Only ¥100 received button does, with any amount below the order's total (`_short_received`);
    at or above it: said so, with the `已收 1-2` that marks it paid, nothing changed."""
    if ctx.command.word.startswith("@"):  # `只收到 @Cat 50`: her one order here waiting for payment
        order_id = await _named_short(ctx, ctx.command.word)
    else:
        order_id = await typed_order(ctx, order_number(ctx.command.word), waiting=OrderStatus.PENDING_PAYMENT)
    order = await ctx.uow.orders.get(order_id)
    if order is None:
        raise DomainError("order_not_found", order=ctx.command.word)
    received = _received_typed(ctx.command.rest, order)
    # 只收到 ¥20 before (beside her report of the whole too, s36 #4): this adds to it
    before = order.received_unpaid  # inside a short report of hers too (¥50, then `付了 30`: ¥50)
    if before and before + received.minor >= order.total:  # ¥20 + ¥30 of ¥50: all of it, as 已收 says
        raise DomainError(
            "short_typed_adds_to_whole",
            order=order.number,
            name=order.buyer_name,
            received=format_money(before, order.currency),
            amount=received.format(),
            sum=format_money(before + received.minor, order.currency),
            total=format_money(order.total, order.currency),
        )
    if received.minor >= order.total:
        raise DomainError(
            "short_typed_whole",
            order=order.number,
            name=order.buyer_name,
            amount=received.format(),
            total=format_money(order.total, order.currency),
        )
    return await _short_received(ctx, order, received.minor)


async def _not_positive(ctx: Context, order_id: int, typed: str) -> None:
    """`/paid 1-1 -5`, `已收 1-1 0`: refused as `只收到 1-1 -5` is, never marked paid (s42); an order paid
    already is left to the answer without it (it says so)."""
    order = await ctx.uow.orders.get(order_id)
    if order is not None and order.status is OrderStatus.PENDING_PAYMENT:
        _received_typed(typed, order)


# `0`, `-5`, `¥-5`, `-¥5`, `0.00元`: an amount, but none above zero (`_received_typed`)
_NOT_POSITIVE = re.compile(
    r"^(?:[¥￥$]\s*)?(?:[-−–]\s*(?:[¥￥$]\s*)?\d+(?:[.,]\d+)?|0+(?:\.0+)?)\s*(?:元|块钱|块)?$"
)


async def _named_short(ctx: Context, named: str) -> int:
    """The order of `只收到 @Cat 50`: the one of the member named waiting for payment here (as `已收 @Cat`
    finds it); several: which, by number (`只收到 1-2 50`), nothing changed; none: why, as `已收 @Cat`."""
    await _organisers_only(ctx, _PAID)
    members = await help_sold_named(ctx, named, own_buyers=True)
    if len(members) != 1:
        raise DomainError("short_typed_named_usage", amount=ctx.command.rest)
    request = ctx.request
    try:
        order_id, _ = await service.members_newest(
            ctx.uow,
            request.chat_id,
            members[0],
            request.user_id,
            request.is_admin,
            OrderStatus.PENDING_PAYMENT,
            private=ctx.is_private,
        )
    except SeveralOrders as several:
        numbers = [choice.order.number for choice in several.choices]
        raise DomainError(
            "short_typed_named_several",
            name=several.params.get("name", named),
            n=len(numbers),
            orders=t(await ctx.lang(), "list_separator").join(numbers),
            order=numbers[-1],
            amount=ctx.command.rest,
        ) from several
    if order_id is None:  # no order of hers to name: as `已收 @Cat` would say it
        raise DomainError("member_no_order", member=members[0])
    return order_id


def _received_typed(typed: str, order: Order) -> Money:
    """The amount of `只收到 1-2 100` (`¥100`, `100元`, `€100` of a € order); what is none (`0`, `abc`, `-5`)
    refused with the form to send (rep81 #10), never a group buy's price error; one in another currency
    than the order's (`RM20`, `$5` of a ¥ order) refused naming the order's, as a payment report's is."""
    paid = order.status in (OrderStatus.PAID, OrderStatus.FULFILLED)
    if not paid and names_another_currency(typed, order.currency):
        raise DomainError(
            "short_typed_other_currency",
            typed=typed,
            order=order.number,
            symbol=SYMBOLS.get(order.currency, order.currency),
            currency=order.currency,
            total=format_money(order.total, order.currency),
            example=format_money(max(order.total // 2, 1), order.currency),
        )
    try:
        received = (
            None if names_another_currency(typed, order.currency) else parse_money(typed, order.currency)
        )
    except DomainError as unread:
        if unread.code == "price_comma":  # `只收到 1-1 6,50`: its decimals with a point (rep102 #7)
            raise DomainError(
                "paid_decimal_comma_part", typed=typed, order=order.number, example=decimal_point(typed)
            ) from unread
        received = None
    if received is None and not paid and _NOT_POSITIVE.match(typed):  # `只收到 1-1 0`, `-5` (s42)
        raise DomainError(
            "short_typed_not_positive",
            order=order.number,
            typed=typed,
            zero=format_money(0, order.currency),
            total=format_money(order.total, order.currency),
            example=format_money(max(order.total // 2, 1), order.currency),
        )
    if (received is None or received.minor <= 0) and paid:
        raise DomainError(  # paid already: 已收 would change nothing, so never offered; a refund is (s38)
            "short_typed_bad_amount_paid",
            order=order.number,
            typed=typed,
            example=format_money(max(order.total // 2, 1), order.currency),
        )
    if received is None or received.minor <= 0:
        raise DomainError(
            "short_typed_bad_amount",
            order=order.number,
            typed=typed,
            total=format_money(order.total, order.currency),
            example=format_money(max(order.total // 2, 1), order.currency),
        )
    return received


async def amount_differs(ctx: Context, order_id: int, amount: str, typed: str) -> list[Reply]:
    """`已收 6-2 10元` (`已付款 6-2 10元`) by the organiser: the order's number and an amount. The amount
    other than what the order comes to: never marked paid silently; she is told, privately (the group
    reads only that it was not marked, never the amount), what is owed and how to mark it, nothing
    changed. [] when it is what is owed (marked as `已收 6-2`), unreadable, or the order no longer
    waits for payment (the confirmation says what it is)."""
    order = await ctx.uow.orders.get(order_id)
    if order is None or order.status is not OrderStatus.PENDING_PAYMENT:
        return []
    group_buy = await ctx.uow.group_buys.get(order.group_buy_id)
    if group_buy is None:
        return []
    other = names_another_currency(typed, order.currency)
    try:
        said = parse_money(amount, order.currency)
    except DomainError:
        return []
    if not other and said.minor == order.total:
        return []
    # 只收到 ¥50 recorded (beside her report of the whole too, s36 #4): this amount adds to it (rep78 #1)
    before = order.received_unpaid
    if not other and before and said.minor == order.total - before:  # ¥50 + ¥40 of ¥90: paid
        return []
    if not other and before and said.minor > 0:
        return await _part_added(ctx, order, group_buy.terms.title, said, before)
    if not other and reported_paid(order) and 0 < said.minor == order.reported_amount < order.total:
        return await _short_received(ctx, order, said.minor)
    lang = await ctx.lang()
    about = {"order": order.number, "name": order.buyer_name, "title": group_buy.terms.title}
    total = format_money(order.total, order.currency)
    if other or said.minor <= 0:  # `$10` of a ¥ order: never read as ¥10
        text = t(lang, "paid_amount_other", amount=typed.strip(), total=total, **about)
    elif said.minor < order.total:
        gap = format_money(order.total - said.minor, order.currency)
        text = t(lang, "paid_amount_short", amount=said.format(), total=total, gap=gap, **about)
    else:
        gap = format_money(said.minor - order.total, order.currency)
        text = t(lang, "paid_amount_over", amount=said.format(), total=total, gap=gap, **about)
    if ctx.is_private:
        return [Reply(text=text, language=lang)]
    me = ctx.request.user_id
    line = t(lang, "paid_amount_differs_in_group", order=order.number, name=ctx.request.display_name)
    return [Reply(text=line, language=lang, says_sent_to=me), Reply(text=text, private_to=me, language=lang)]


async def _part_added(ctx: Context, order: Order, title: str, said: Money, before: int) -> list[Reply]:
    """`已收 4-1 20` on a ¥50 order of which ¥10 was recorded (只收到): the ¥20 added to the ¥10 is not
    what it comes to: she is told what was recorded before, this amount, the sum and what is left (or
    over), and how to add it, never to replace it; nothing changed (the group reads only that)."""
    lang = await ctx.lang()
    added = before + said.minor
    about = {
        "order": order.number,
        "name": order.buyer_name,
        "title": title,
        "total": format_money(order.total, order.currency),
        "received": format_money(before, order.currency),
        "amount": said.format(),
        "sum": format_money(added, order.currency),
    }
    if added < order.total:
        gap = format_money(order.total - added, order.currency)
        text = t(lang, "paid_amount_short_after_part", gap=gap, **about)
    else:
        gap = format_money(added - order.total, order.currency)
        rest = format_money(order.total - before, order.currency)
        text = t(lang, "paid_amount_over_after_part", gap=gap, rest=rest, **about)
    if ctx.is_private:
        return [Reply(text=text, language=lang)]
    me = ctx.request.user_id
    line = t(lang, "paid_amount_differs_in_group", order=order.number, name=ctx.request.display_name)
    return [Reply(text=line, language=lang, says_sent_to=me), Reply(text=text, private_to=me, language=lang)]


# `已收 全部`, `/paid all`: every payment reported (💸) and not confirmed yet, never an unreported one
_EVERY_REPORTED = re.compile(r"^(?:全部|所有|都收到了|全收了|all)[\s.!。！~～]*$", re.IGNORECASE)
_EVERY_REPORTED_GROUP_BUYS = 50  # in private: her newest group buys looked at


async def _every_reported(ctx: Context) -> list[Reply]:
    """`已收 全部` (`/paid all`): each order of her group buys here (in private: hers anywhere) whose buyer
    reported paying (我已付款, 💸) confirmed at once, as `已收 1-1 1-2` naming them all would be (listed,
    each buyer told privately); none reported: said so, nothing changed. An unpaid order nobody reported
    is never marked by it."""
    request = ctx.request
    await _organisers_only(ctx, _PAID)
    if ctx.is_private:
        mine = await ctx.uow.views.group_buys_of(request.user_id, limit=_EVERY_REPORTED_GROUP_BUYS)
        ids = [summary.id for summary in mine if summary.status is GroupBuyStatus.SUCCEEDED]
    else:
        ids = await ctx.uow.collecting.with_unpaid(request.chat_id)
    here = Where(request.chat_id, private=ctx.is_private)
    numbers: list[str] = []
    unreported: list[str] = []  # the example of one to confirm by its number: a real one
    for group_buy_id in ids:
        group_buy = await ctx.uow.group_buys.get(group_buy_id)
        admin = request.is_admin and here.admin_counts(group_buy) if group_buy is not None else False
        if group_buy is None or not group_buy.may_manage(request.user_id, is_admin=admin):
            continue
        numbers += [
            order.number
            for order in await ctx.uow.orders.for_group_buy(group_buy_id)
            if order.status is OrderStatus.PENDING_PAYMENT and order.reported_paid_at is not None
        ]
        unreported += [
            order.number
            for order in await ctx.uow.orders.for_group_buy(group_buy_id)
            if order.status is OrderStatus.PENDING_PAYMENT and order.reported_paid_at is None
        ]
    if not numbers and unreported:
        raise DomainError("paid_all_none_reported", example=unreported[0])
    if not numbers:  # none: unless one of hers here is past its deadline, its orders about to be made
        raise await _while_closing(ctx, DomainError("paid_all_none_unpaid"), every=True)
    return await _several(ctx, _PAID, numbers, ())


async def _each_named_privately(ctx: Context, kind: _Confirmation, rest: str) -> list[Reply]:
    """`/paid @Wu @Li` (`/pickedup @Wu @Li`) in the organiser's private chat: each name is looked for
    among the buyers of her own group buys and confirmed as `/paid @Wu` alone would be (each buyer told
    privately). A name that is unknown, means several buyers or has nothing to confirm is answered as it
    would be alone, and the others are still confirmed: one answer says which were marked and which
    were not (in a group one such name refuses them all: there the chat shows who was named)."""
    request = ctx.request
    lang = await ctx.lang()
    who = {"actor": request.user_id, "is_admin": request.is_admin, "now": ctx.now}
    named: list[tuple[str, str | None, DomainError | None]] = []  # (as typed, member, why not)
    if request.mentions:  # the adapter's: each a member already
        for mentioned_id in dict.fromkeys(request.mentions):
            shown = await ctx.uow.members.name_of(identity(request.platform, mentioned_id)) or mentioned_id
            named.append((f"@{shown}", mentioned_id, None))
    else:
        for name in dict.fromkeys(names_in(rest)):
            try:
                found = await help_sold_named(ctx, f"@{name}", own_buyers=True)
            except DomainError as refusal:
                named.append((f"@{name}", None, refusal))
                continue
            named.extend((f"@{name}", each, None) for each in found)
    confirmed: list[Confirmed] = []
    not_done: list[str] = []
    seen: set[str] = set()
    for typed, member, why in named:
        if member is not None and member in seen:
            continue  # two names of one buyer: confirmed once
        if member is not None:
            seen.add(member)
            try:
                confirmed.append(
                    await kind.by_member(
                        ctx.uow, chat_id=request.chat_id, buyer_id=member, private=True, **who
                    )
                )
                continue
            except SeveralOrders as several:  # `/paid @dan` with two unpaid: ask, never guess
                why = await which_order(ctx, several, kind.command)
            except DomainError as refusal:
                why = _not_theirs(refusal, kind)
                if why.code == "member_no_order":  # named as typed: `Dan 在你的团里没有订单`
                    why = DomainError("member_no_order", member=member, name=typed.removeprefix("@"))
        assert why is not None
        reason = refusal_text(lang, in_private(why))  # her group buys, not "here"
        not_done.append(t(lang, kind.several_not_done, name=typed, reason=reason))
    return await _several_replies(ctx, lang, kind, confirmed, [], [], not_done=not_done)


async def _each_named_here(ctx: Context, kind: _Confirmation, rest: str) -> list[Reply]:
    """`已收 @Cat @Kim` in a group, the names typed (no platform mentions): each looked up on its own, as
    `已收 @Kim` alone would be; one naming several members here is said so (`没有标记 @Kim：…`) and the
    others still confirmed (`_several`). A name nobody here has refuses them all, naming it, as before."""
    lang = await ctx.lang()
    members: list[str] = []
    unread: list[str] = []
    for name in dict.fromkeys(names_in(rest)):
        try:
            members.extend(await help_sold_named(ctx, f"@{name}", own_buyers=True))
        except DomainError as refusal:
            if refusal.code != "member_ambiguous":
                raise
            unread.append(t(lang, kind.several_not_done, name=f"@{name}", reason=refusal_text(lang, refusal)))
    return await _several(ctx, kind, [], list(dict.fromkeys(members)), unread)


async def _organisers_only(ctx: Context, kind: _Confirmation) -> None:
    """`已收 @Kim` (`已取 @Kim`) in a group from someone who runs none of its group buys (its own, or
    those it help-sells: 帮卖): only the organiser (by name: the newest closed one's) may, whoever is
    named, so the answer never depends on whether the name is known here."""
    if ctx.is_private:
        return
    request = ctx.request
    here = Where(request.chat_id)
    group_buys = [
        *await ctx.uow.group_buys.closed_in_chat(request.chat_id),  # newest first
        *await ctx.uow.group_buys.open_in_chat(request.chat_id),
    ]
    if not group_buys:
        return
    admin = request.is_admin
    if any(g.may_manage(request.user_id, is_admin=admin and here.admin_counts(g)) for g in group_buys):
        return
    raise _not_theirs(DomainError("not_organiser", organiser=group_buys[0].organiser_name), kind)


async def help_sold_named(ctx: Context, text: str, *, own_buyers: bool = False) -> tuple[str, ...]:
    """The members `text` names (`handlers.members.mentioned`); in a group, a name nobody here has is
    looked for on the lists of the sender's group buys of this group (by the name the card shows: a
    buyer who joined by a share code in her private chat) and among the buyers of her help-sold orders
    (帮卖: made in another group from her group buy of this group), as `12-3` typed here reaches them.
    Nobody else of those groups is found, so a name there that bought nothing of hers is answered as
    unknown here, with the command's form by order number (`已收 1-2`: `handlers.which`). In private,
    with `own_buyers` (`/paid @Wu`, `/pickedup @Wu`, `/refund @Wu`), a name is looked for among the
    buyers of the sender's own group buys (`_own_buyer`)."""
    try:
        return await _help_sold_named(ctx, text, own_buyers=own_buyers)
    except DomainError as refusal:
        name = refusal.params.get("name")
        if refusal.code == "member_unknown_private" and own_buyers:  # `/paid @Nobody` in private
            lang = await ctx.lang()
            command = ctx.command.name if has(f"order_example_{ctx.command.name}") else "paid"
            example = t(lang, f"order_example_{command}", order="12-3")
            raise DomainError("own_buyer_unknown", name=name, example=example) from refusal
        # the example: an order this command by her could act on (已收: an unpaid one of hers), else none
        if refusal.code == "member_unknown":  # 小王, a friend's line: her payer's
            example = await acted_on_example(ctx, name=str(name or ""), usual="")
            raise DomainError("member_unknown", name=name, order=example) from refusal
        if refusal.code == "member_ambiguous":  # two 小美: each one's own orders, never another's
            theirs = await _orders_of_named(ctx, str(name or ""))
            if theirs:
                lang = await ctx.lang()
                listed = t(lang, "list_separator").join(
                    t(
                        lang,
                        "member_ambiguous_order_item",
                        order=o.number,
                        total=format_money(o.total, o.currency),
                    )
                    for o in theirs
                )
                raise DomainError(
                    "member_ambiguous", name=name, order=theirs[0].number, orders=listed
                ) from refusal
            example = await acted_on_example(ctx, usual="")
            raise DomainError("member_ambiguous", name=name, order=example) from refusal
        raise


async def _orders_of_named(ctx: Context, name: str) -> list[Order]:
    """The orders of the members here called `name` that the command by the sender acts on (`已收`: an
    unpaid one of a group buy of hers), by number."""
    statuses = ACTS_ON.get(ctx.command.name, ())
    here = Where(ctx.request.chat_id, private=ctx.is_private)
    buyers = {member.user_id for member in await ctx.uow.members.find_in_chat(ctx.request.chat_id, name)}
    found: list[Order] = []
    for group_buy in await ctx.uow.group_buys.closed_in_chat(ctx.request.chat_id):
        admin = ctx.request.is_admin and here.admin_counts(group_buy)
        if not group_buy.may_manage(ctx.request.user_id, is_admin=admin):
            continue
        for order in await ctx.uow.orders.for_group_buy(group_buy.id or 0):
            if order.buyer_id in buyers and order.seq and (not statuses or order.status in statuses):
                found.append(order)
    return sorted(found, key=lambda order: (order.group_buy_id, order.seq or 0))


# The orders each command by number acts on (`已收 1-2`: an unpaid one): its example is one of them.
ACTS_ON: dict[str, tuple[OrderStatus, ...]] = {
    "paid": (OrderStatus.PENDING_PAYMENT,),
    "notpaid": (OrderStatus.PENDING_PAYMENT,),
    "cancel_order": (OrderStatus.PENDING_PAYMENT,),
    "restore_order": (OrderStatus.CANCELLED,),
    "unpaid": (OrderStatus.PAID,),
    "picked_up": (OrderStatus.PAID,),
    "unpicked_up": (OrderStatus.FULFILLED,),
    "refund": (OrderStatus.PAID, OrderStatus.FULFILLED),
}


async def example_order(
    ctx: Context,
    *,
    name: str = "",
    usual: str = "12-3",
    statuses: tuple[OrderStatus, ...] = (),
    manageable: bool = False,
    typed: str = "",
) -> str:
    """An order number to show in the form by number: with `name` a friend's line here (`已收 @小王`,
    signed up as `+1 帮 小王`), the order that pays for it; else the first order of this chat's newest
    closed group buy that has orders (`1-2`), else the `usual` example (`12-3`; "": none). With
    `statuses`, only an order in one of them (`ACTS_ON`: an unpaid one for 已收, never a refunded one);
    `manageable`, only one of a group buy the sender may manage (hers; any here for the chat's admin),
    never another organiser's. `typed` (`5-9`, an order not found): an order of that group buy first
    (rep79 #6: `退款 5-9` answers `退款 5-1`); in private, where no group buy runs, one of her own group
    buys' anywhere, newest first, before `usual`."""
    here = Where(ctx.request.chat_id, private=ctx.is_private)

    def may(group_buy: GroupBuy) -> bool:
        admin = ctx.request.is_admin and here.admin_counts(group_buy)
        return not manageable or group_buy.may_manage(ctx.request.user_id, is_admin=admin)

    def fits(order: Order) -> bool:
        return bool(order.seq) and (not statuses or order.status in statuses)

    closed = [
        group_buy
        for group_buy in await ctx.uow.group_buys.closed_in_chat(ctx.request.chat_id)
        if may(group_buy)
    ]
    wanted = name.lstrip("@＠").strip().casefold()
    for group_buy in closed if wanted else ():
        lines = await ctx.uow.group_buys.participants(group_buy.id or 0)
        payers = {line.user_id for line in lines if line.friend and line.friend.casefold() == wanted}
        made = [o for o in await ctx.uow.orders.for_group_buy(group_buy.id or 0) if o.buyer_id in payers]
        if any(fits(order) for order in made):
            return min((order for order in made if fits(order)), key=lambda order: order.seq or 0).number
    if ctx.is_private and manageable and not closed:  # no group buy runs in private: hers, anywhere
        closed = await _closed_of_organiser(ctx)
    number = typed.lstrip("#＃").split("-", 1)[0]
    named = [g for g in closed if number.isdigit() and g.id == int(number)]
    for group_buy in [*named, *(g for g in closed if g not in named)]:
        made = [order for order in await ctx.uow.orders.for_group_buy(group_buy.id or 0) if fits(order)]
        if made:
            return min(made, key=lambda order: order.seq or 0).number
    return usual


async def _closed_of_organiser(ctx: Context) -> list[GroupBuy]:
    """The sender's own closed group buys, wherever they ran, newest first (a few: an example's)."""
    found = []
    for summary in await ctx.uow.views.group_buys_of(ctx.request.user_id, limit=MAX_CLOSED_LISTED):
        if summary.status is GroupBuyStatus.OPEN:
            continue
        group_buy = await ctx.uow.group_buys.get(summary.id)
        if group_buy is not None:
            found.append(group_buy)
    return found


async def acted_on_example(ctx: Context, *, name: str = "", usual: str = "12-3") -> str:
    """The form's example number: an order of this chat the command by the sender acts on (`已收`: an
    unpaid one of hers, never a refunded one nor another organiser's), else `usual` ("": none)."""
    statuses = ACTS_ON.get(ctx.command.name, ())
    return await example_order(ctx, name=name, statuses=statuses, manageable=True, usual=usual)


async def _help_sold_named(ctx: Context, text: str, *, own_buyers: bool = False) -> tuple[str, ...]:
    request = ctx.request
    if ctx.is_private:
        return await mentioned(ctx.uow, request, text, also=_own_buyer(ctx) if own_buyers else None)
    listed: dict[str, set[int]] | None = None

    async def also(name: str) -> list[str]:
        nonlocal listed
        on_lists = await service.listed_buyers(  # joined by a share code privately: on the card here
            ctx.uow, organiser_id=request.user_id, chat_id=request.chat_id, name=name
        )
        if listed is None:  # looked up once, only when a name is not found here
            listed = await service.help_sold_chats(
                ctx.uow, organiser_id=request.user_id, chat_id=request.chat_id
            )
        if not listed:
            return on_lists
        sold = await service.help_sold_buyers(ctx.uow, listed=listed, name=name, platform=request.platform)
        return list(dict.fromkeys([*on_lists, *sold]))

    return await mentioned(ctx.uow, request, text, also=also)


def _own_buyer(ctx: Context) -> Callable[[str], Awaitable[Sequence[str]]]:
    """Whom a name means in the organiser's private chat: the one buyer of her own group buys whose
    orders bear it (`/paid @Wu`, Wu a help-sold buyer on her `/list #1`); several: each listed with
    their order numbers, to name one by number (nothing is guessed)."""

    async def buyer(name: str) -> list[str]:
        found = await service.own_buyers_named(ctx.uow, organiser_id=ctx.request.user_id, name=name)
        if not found:  # a member of her groups with no order of hers: said to have none, not unknown
            members = await service.members_of_own_chats(
                ctx.uow, organiser_id=ctx.request.user_id, name=name, platform=ctx.request.platform
            )
            if len(members) > 1:  # none of them has an order of hers: never which one
                raise DomainError("member_no_order", name=name)
            return members
        if len(found) == 1:
            return list(found)
        lang = await ctx.lang()
        orders = [[order.number for order in made] for made in found.values()]
        listed = t(lang, "list_separator").join(
            t(
                lang,
                "member_choice",
                name=made[0].buyer_name,
                orders=t(lang, "list_separator").join(f"#{number}" for number in numbers),
            )
            for made, numbers in zip(found.values(), orders, strict=True)
        )
        command = ctx.command.name if has(f"order_example_{ctx.command.name}") else "paid"
        example = t(lang, f"order_example_{command}", order=orders[0][0])
        raise DomainError("member_several_private", name=name, members=listed, example=example)

    return buyer


_CODE_ONLY = re.compile(r"\d{4,6}")  # a pickup code as typed (commerce.domain.pickup)


def _code_typed(ctx: Context, refusal: DomainError, number: str, after: str) -> bool:
    """`/pickedup 8128` naming no order here: a buyer's pickup code (4 to 6 digits, no `-`), read off
    her phone at the pickup point, so taken as `核销 8128` rather than refused as an order number."""
    return refusal.code == "order_not_found" and not after and bool(_CODE_ONLY.fullmatch(number))


async def _as_pickup_code(ctx: Context, code: str) -> list[Reply]:
    ctx.command = replace(ctx.command, name="pickup_code", rest=code, order=None)
    return await pickup_codes.verify_code(ctx)


def _listed(rest: str) -> tuple[list[str], str]:
    """The order numbers `rest` starts with, as typed (`1-1 1-2` → two; `3 谢谢` → one), and the text
    after them (`@Dan`: mentioned too; `(thanks @ben)`: talk, as for one number)."""
    found: list[str] = []
    rest = rest.strip()
    while (match := _LISTED.match(rest)) is not None:
        found.append(match.group(1).replace(" ", ""))
        rest = _BETWEEN.sub("", rest[match.end() :])
    return found, rest


def _named_then_listed(rest: str) -> tuple[list[str], str]:
    """`@Bob 13-1`, `@Bob @Cat 13-1 13-2`: the names first, then order numbers written with their group
    buy's (`13-1`: a bare `2` after a name may be part of it): the numbers, and the names before them;
    ([], rest) when the text is not so."""
    found = _NAMED_THEN_LISTED.match(rest.strip())
    if found is None:
        return [], rest
    numbers, _ = _listed(found.group("numbers").lstrip(" ,，、;；"))
    return numbers, found.group("names").strip()


_NAMED_THEN_LISTED = re.compile(
    r"^(?P<names>[@＠].*?)(?P<numbers>(?:[\s,，、;；]+(?:no\.?|#)?\s*\d+\s*[-–—]\s*\d+)+)\s*$", re.IGNORECASE
)


async def _several(
    ctx: Context,
    kind: _Confirmation,
    numbers: Sequence[str],
    members: Sequence[str],
    unread: Sequence[str] = (),
) -> list[Reply]:
    """`已收 1-1 1-2` (`/paid 1-1 1-2`, `已收 @Bob @Cat`, `/paid 1-1 @Cat`; `已取 1-1 1-2` alike): every
    order is checked first, and one that cannot be confirmed refuses the whole command, naming it
    (nothing changed). Those done already are said so and left as they are (a repeat changes nothing);
    the others are confirmed as one `/paid` (`/pickedup`) each would be (each buyer told privately), in
    one answer: this chat's orders in the chat, another group's (帮卖) privately to the sender, as for
    one. A name whose order is among the numbers only says whose it is (`已收 @Bob 13-1`: #13-1 alone);
    a name with several orders due is asked which, one with no order here (`member_no_order`) or, typed
    without the platform's mention, meaning several members here (`unread`: each said, `没有标记 @Kim：…`)
    is said so, the others still confirmed. An order whose buyer reported less than it comes to is left
    unconfirmed and asked about as a bare `已收 1-2` of it is (`short_reports.asked_first`), the others
    still confirmed."""
    request = ctx.request
    own = await ctx.lang()  # what the sender alone reads (another group's orders, 帮卖)
    lang = await ctx.room_lang(await _typed_group_buy(ctx, numbers), own)  # the group's: `/paid 2-2 2-3`
    actor, is_admin = request.user_id, request.is_admin
    typed_here = Where(request.chat_id, private=ctx.is_private)
    to_confirm: dict[int, Where] = {}
    already: dict[int, Confirmed] = {}
    none_due: list[str] = []  # members named with nothing to confirm here (`member_all_paid`)
    numbered: set[str] = set()  # the buyers of the orders named by number
    for typed in numbers:
        order_id = None
        try:
            order_id = await typed_order(ctx, order_number(typed), waiting=kind.waiting)
            found, done = await kind.checked(
                ctx.uow, order_id=order_id, actor=actor, is_admin=is_admin, where=typed_here
            )
        except DomainError as refusal:  # not the sender's to confirm: said alone, for every order
            closing = await _while_closing(ctx, refusal, number=typed)
            if closing is not refusal:
                raise closing from refusal
            said = _not_theirs(refusal, kind)
            said = _several_refused(refusal, f"#{typed}", own, kind) if said is refusal else said
            if order_id is not None:  # 帮卖: about another group's buyer, said privately
                said = await said_where_due(ctx, order_id, said)
            if said is refusal:
                raise
            raise said from refusal
        numbered.add(found.order.buyer_id)
        if done:
            already[order_id] = found
        else:
            to_confirm[order_id] = typed_here
    not_done = list(unread)  # names with several orders due: each asked which, the others still done
    newest: list[str] = []  # the example each of those was given: the newest order (`已收 5-3 5-5`)
    no_order: list[str] = []  # names with no order here at all (`member_no_order`): the others still done
    for member in members:
        if member in numbered:  # `已收 @Bob 13-1`: the name of the numbered order's buyer
            continue
        name = await ctx.uow.members.name_of(identity(request.platform, member)) or member
        try:
            due, name = await service.members_newest(
                ctx.uow, request.chat_id, member, actor, is_admin, kind.waiting, private=ctx.is_private
            )
        except SeveralOrders as several:  # `已收 @dan` with two unpaid: ask, never guess
            why = await which_order(ctx, several, kind.command)
            if isinstance(why, AnsweredPrivately):  # another group's orders: never said here
                raise why from several
            reason = refusal_text(lang, why)
            not_done.append(t(lang, kind.several_not_done, name=f"@{name}", reason=reason))
            newest.append(str(why.params["order"]))
            continue
        except DomainError as refusal:
            closing = await _while_closing(ctx, refusal, member=member)
            if closing is not refusal:
                raise closing from refusal
            if refusal.code == "member_no_order":  # `已收 @Cat @Dan`, Dan never ordered: Cat's still done
                no_order.append(name)
                continue
            said = _not_theirs(refusal, kind)
            said = _several_refused(refusal, f"@{name}", own, kind) if said is refusal else said
            raise said from refusal
        if due is None:
            none_due.append(name)
        else:
            to_confirm.setdefault(due, Where(request.chat_id))  # as `已收 @name` reaches it
    if len(newest) > 1 and kind.command in _TAKE_SEVERAL:  # the newest of each, in one line
        word = typed_word(request.text or "", kind.command, lang)
        not_done.append(t(lang, f"{kind.command}_which_newest", word=word, orders=" ".join(newest)))
    asked: list[Reply] = []  # a short report among them (`/ipaid 1-2 15`, ¥18 owed): asked, as for one
    if kind is _PAID:
        from handlers.short_reports import asked_first  # it imports handlers.collecting, which imports us

        for order_id in list(to_confirm):
            question = await asked_first(ctx, order_id)
            if question:
                del to_confirm[order_id]
                asked += question
    rests = await _rests_received(ctx, kind, list(to_confirm), own)  # 只收到 ¥50 of ¥75 before: ¥25 now
    confirmed = [
        await kind.by_order(
            ctx.uow, order_id=order_id, actor=actor, is_admin=is_admin, now=ctx.now, where=where
        )
        for order_id, where in to_confirm.items()
    ]
    replies = await _several_replies(
        ctx,
        lang,
        kind,
        confirmed,
        list(already.values()),
        none_due,
        not_done=not_done,
        no_order=no_order,
        own=own,
    )
    if rests and ctx.is_private:  # her own chat: on the answer's line
        first = next((i for i, reply in enumerate(replies) if reply.text and not reply.private_to), None)
        if first is not None:
            replies[first] = replace(replies[first], text=f"{replies[first].text}\n{rests}")
            rests = ""
    if rests:  # in a group, which never hears a buyer's amount: told to her privately
        replies.append(Reply(text=rests, private_to=request.user_id, language=own))
    return replies + asked


async def _rests_received(
    ctx: Context, kind: _Confirmation, order_ids: Sequence[int], lang: str, *, typed: bool = False
) -> str:
    """Of the orders about to be marked paid, each of which the organiser had received only a part
    (只收到 ¥50 of ¥75), what marking it paid says: the rest (¥25) received, as one line each; "" none.
    `typed`: she wrote the amount (`已收 3-2 40`, the rest of ¥90 after ¥50): the sum said (rep78 #1)."""
    if kind is not _PAID:
        return ""
    lines = []
    for order_id in order_ids:
        order = await ctx.uow.orders.get(order_id)
        if order is None or order.status is not OrderStatus.PENDING_PAYMENT:
            continue
        if order.received_refunded:  # 只收到 ¥50, ¥20 of it given back: both said, and what stayed
            lines.append(_rest_after_refund(order, lang, typed=typed))
            continue
        if not order.received_part:
            continue
        lines.append(
            t(
                lang,
                "paid_rest_typed_settles" if typed else "paid_several_rest_received",
                total=format_money(order.total, order.currency),
                order=order.number,
                name=order.buyer_name,
                received=format_money(order.received_part, order.currency),
                rest=format_money(order.total - order.received_part, order.currency),
            )
        )
    return "\n".join(lines)


def _received_before(order: Order) -> tuple[int, int, int]:
    """Of money received while the order was unpaid (只收到 ¥50) and part given back since (退款 ¥20):
    what came (5000), what was given back (2000) and what stayed (3000)."""
    back = order.received_refunded
    kept = order.received_amount if 0 < order.received_amount < order.total else 0
    return kept + back, back, kept


def _rest_after_refund(order: Order, lang: str, *, typed: bool) -> str:
    """已收 of an order whose 只收到 money was given back, all or part (s38): what came
    before, what went back, and the rest this payment is."""
    came, back, kept = _received_before(order)

    def money(minor: int) -> str:
        return format_money(minor, order.currency)

    if not kept:
        key = "paid_rest_after_all_refunded"
    else:
        key = "paid_rest_typed_after_refund" if typed else "paid_rest_after_refund"
    return t(
        lang,
        key,
        order=order.number,
        name=order.buyer_name,
        came=money(came),
        back=money(back),
        received=money(kept),
        rest=money(order.total - kept),
        total=money(order.total),
    )


async def _typed_group_buy(ctx: Context, numbers: Sequence[str]) -> GroupBuy | None:
    """The group buy of the first order typed with its group buy's number (`/paid 2-2 2-3`: #2), else the
    chat's latest open one; None: none known."""
    for typed in numbers:
        try:
            group_buy_id = order_number(typed).group_buy_id
        except DomainError:
            continue
        if group_buy_id is not None:
            return await ctx.uow.group_buys.get(group_buy_id)
    return await ctx.uow.group_buys.latest_open_in_chat(ctx.request.chat_id)


async def _buyers_own(ctx: Context, kind: _Confirmation, order_id: int, refusal: DomainError) -> None:
    """`/paid 1-1` typed by the buyer of order 1-1 (here or in private), who may not confirm it: told
    that only the organiser confirms, and how to tell them of the payment (`/ipaid 1-1`)."""
    typed = ctx.command.order_id is None  # a button's (the report's Received) is no buyer's typing
    if kind is not _PAID or not typed or refusal.code not in ("not_organiser", "order_not_found"):
        return
    order = await ctx.uow.orders.get(order_id)
    if order is None or order.buyer_id != ctx.request.user_id:
        return
    group_buy = await ctx.uow.group_buys.get(order.group_buy_id)
    organiser = group_buy.organiser_name if group_buy is not None else ""
    raise DomainError("paid_by_its_buyer", order=order.number, organiser=organiser) from refusal


_CLOSING_MAY_EXPLAIN = frozenset(
    ("member_no_order", "order_not_found", "order_before_close", "paid_all_none_unpaid")
)


async def _while_closing(
    ctx: Context,
    refusal: DomainError,
    *,
    number: str | None = None,
    member: str | None = None,
    every: bool = False,
) -> DomainError:
    """`已收 @Bob` / `已收 1-1` finding no order while the group buy it is about is past its deadline and
    its close has not run yet (the card says it is closing): its orders are about to be made, so the
    sender is told so and to send it again in a minute (`confirm_while_closing`), not that there is no
    such order. The group buy: one of this chat (in private: the number's) still open past its deadline
    that the sender manages, the number's, or one the member named is on (`order_before_close`, an open
    one's number: closing, not waiting for 截单, once past its deadline). `every`: `已收 全部` finding no
    order to confirm (`paid_all_none_unpaid`), any of hers with someone on it (in private: of her newest,
    anywhere) as `/paid @Bob` says it. Any other refusal as it is."""
    if refusal.code not in _CLOSING_MAY_EXPLAIN:
        return refusal
    request = ctx.request
    if every:
        if ctx.is_private:
            mine = await ctx.uow.views.group_buys_of(request.user_id, limit=_EVERY_REPORTED_GROUP_BUYS)
            found_all = [await ctx.uow.group_buys.get(s.id) for s in mine if s.status is GroupBuyStatus.OPEN]
            candidates = [found for found in found_all if found is not None]
        else:
            candidates = await ctx.uow.group_buys.open_in_chat(request.chat_id)
    elif number is not None:
        try:
            named = order_number(number).group_buy_id
        except DomainError:
            return refusal
        found = None if named is None else await ctx.uow.group_buys.get(named)
        candidates = [] if found is None else [found]
        if named is None and not ctx.is_private:
            candidates = await ctx.uow.group_buys.open_in_chat(request.chat_id)
    elif ctx.is_private:
        return refusal
    else:
        candidates = await ctx.uow.group_buys.open_in_chat(request.chat_id)
    for group_buy in candidates:
        if (
            not group_buy.is_open
            or not group_buy.is_past_deadline(ctx.now)
            or not group_buy.may_manage(request.user_id, is_admin=request.is_admin, in_chat=request.chat_id)
            or (not ctx.is_private and group_buy.chat_id != request.chat_id)
        ):
            continue
        assert group_buy.id is not None
        if member is not None and not await ctx.uow.group_buys.lines_of(group_buy.id, member):
            continue
        if every and not await ctx.uow.group_buys.participants(group_buy.id):
            continue  # nobody on it: no order to be made
        typed = request.text.strip()
        if len(typed) > MAX_QUOTED:  # what she typed, to send again: cut short when too long to read
            typed = typed[: MAX_QUOTED - 1] + "…"
        return DomainError("confirm_while_closing", id=group_buy.id, typed=typed)
    return refusal


async def _paid_already_named(
    ctx: Context, kind: _Confirmation, order_id: int, refusal: DomainError
) -> DomainError:
    """`已收 1-5` of an order marked paid already (rep97 #7): whose, and how to undo it, as `已收 @Eve`
    says it (`Eve 的订单 #1-5 已经标记为已付款，没有任何改动。如果记错了，发 撤销已收 1-5`); part refunded
    since, no undo (`unpaid_part_refunded`); any other refusal as it is."""
    typed = ctx.command.order_id is None and ctx.page_lang is None
    if kind is not _PAID or refusal.code != "order_already_paid" or not typed:
        return refusal  # a tap's, the console's: no command to send there
    order = await ctx.uow.orders.get(order_id)
    if order is None or order.status is not OrderStatus.PAID:
        return refusal
    if order.refunded_part:
        return DomainError("member_already_paid_kept", name=order.buyer_name, order=order.number)
    return DomainError("member_already_paid", name=order.buyer_name, order=order.number)


def _not_theirs(refusal: DomainError, kind: _Confirmation) -> DomainError:
    """`not_organiser` said as what it refuses: only the organiser confirms payments (marks orders picked
    up), whichever order was named; any other refusal as it is."""
    if refusal.code != "not_organiser":
        return refusal
    if kind is _PAID:
        return DomainError("paid_not_organiser", organiser=refusal.params["organiser"])
    return DomainError("picked_up_not_organiser", organiser=refusal.params["organiser"])


def _several_refused(refusal: DomainError, item: str, lang: str, kind: _Confirmation) -> DomainError:
    """The refusal of one order of several, said with it: none of them was confirmed."""
    if not has(refusal.code):
        return refusal
    reason = refusal_text(lang, refusal)
    if kind is _PAID:
        return DomainError("paid_several_refused", reason=reason, item=item)
    return DomainError("picked_up_several_refused", reason=reason, item=item)


async def _several_replies(
    ctx: Context,
    lang: str,
    kind: _Confirmation,
    confirmed: list[Confirmed],
    already: list[Confirmed],
    none_due: list[str],
    *,
    not_done: Sequence[str] = (),
    no_order: Sequence[str] = (),
    own: str | None = None,
) -> list[Reply]:
    """The answer to several at once, the chat's part in `lang`; `not_done`: the names not confirmed,
    each with why; `no_order`: those with no order here at all; `own`: the sender's language, for what
    she alone reads (another group's orders, 帮卖), `lang` when not given."""
    request = ctx.request
    chat_lang = lang

    def here(done: Confirmed) -> bool:
        return ctx.is_private or done.order.chat_id == request.chat_id  # 帮卖: another group's buyer

    replies: list[Reply] = []
    for in_chat in (True, False):
        lang = chat_lang if in_chat else own or chat_lang
        done = [each for each in confirmed if here(each) is in_chat]
        repeated = [each for each in already if here(each) is in_chat]
        parts = []
        in_group = in_chat and not ctx.is_private  # the group never hears a buyer's amount
        if done:
            said = t(lang, kind.several_done, orders=_items(done, lang, in_group=in_group))
            if kind is _PAID and not in_group:  # 帮卖 / a share: the commission credited, as for one
                orders = [each.order for each in done]
                said += await commission_said_on_several(ctx.uow, request.platform, orders, lang)
            parts.append(said)
        if repeated:
            said = t(lang, kind.several_already, orders=_items(repeated, lang, in_group=in_group))
            undoable = [each.order.number for each in repeated if _undoable(each.order)]
            if kind is _PAID and undoable:  # rep97 #7: how to undo one marked by mistake
                said += t(lang, "paid_several_already_undo", order=undoable[0])
            parts.append(said)
        if in_chat and none_due:  # `已收 @Bob @Cat`, Cat owing nothing here: as `已收 @Cat` says
            names = t(lang, "list_separator").join(none_due)
            parts.append(t(lang, kind.several_none, names=names))
        if in_chat and no_order:  # `已收 @Cat @Dan`, Dan never ordered here
            parts.append(t(lang, "several_no_order", names=t(lang, "list_separator").join(no_order)))
        if in_chat:
            parts.extend(not_done)
        if not parts:
            continue
        text = "\n".join(parts)
        if in_chat:  # it concerns the buyers: where mentions exist (WeChat), they are mentioned
            buyers = await _members_here(ctx, [each.order.buyer_id for each in done])
            replies.append(Reply(text=text, language=lang, mention=buyers))
        else:  # never named here
            replies.append(Reply(text=text, private_to=request.user_id, language=lang))
    for each in confirmed:
        if kind is _PAID and guest_told_with_hers(ctx, each.order, each.group_buy):
            continue  # an admin's 已收 of her 代报 guest's: in her one notice below, with the code
        told = await _told(ctx, each, kind)
        buyer = each.order.buyer_id  # 代报: her own guest's, told her above: only a pickup code to pass on
        if is_guest(buyer) and payer_of(buyer) == request.user_id:
            if not told.secret:
                continue
            told = replace(told, text=told.text.partition("\n")[2])  # as for one (`_confirmation`)
        replies.append(told)
    if kind is _PAID:  # an admin's 已收: each organiser told once, her orders listed in one message
        replies += await told_organisers(ctx, paid_notices(confirmed))
    else:  # an admin's 已取货 alike
        replies += await told_organisers(ctx, picked_up_notices(_not_her_guests(ctx, confirmed)))
    cards = {each.group_buy.id: each.group_buy for each in confirmed}
    replies.extend(card_update(group_buy) for group_buy in cards.values())
    if kind is _PAID:  # the buyers' notes about them: ✅ 已购买 by the name
        for group_buy in cards.values():
            paid_by = {each.order.buyer_id for each in confirmed if each.group_buy.id == group_buy.id}
            replies += await bought_cards(ctx.uow, group_buy, paid_by)
    return replies


def _undoable(order: Order) -> bool:
    """Whether `撤销已收` can undo the order's payment: paid, not picked up nor part refunded."""
    return order.status is OrderStatus.PAID and not order.refunded_part


def _items(orders: Sequence[Confirmed], lang: str, *, in_group: bool = False) -> str:
    """`#1-1 Bob (¥10), #1-2 Cat (¥20)`; said in a group, no buyer's amount: `#1-1 Bob, #1-2 Cat`."""
    return t(lang, "list_separator").join(
        t(
            lang,
            "paid_several_item_here" if in_group else "paid_several_item",
            order=each.order.number,
            name=each.order.buyer_name,
            total=format_money(each.order.total, each.order.currency),
        )
        for each in orders
    )


async def which_order(ctx: Context, several: SeveralOrders, command: str) -> DomainError:
    """The answer to `/paid @dan` (`已取 @dan`, `/refund @dan`, `/unpaid @dan`) when Dan has several orders
    it could mean: "Dan has 2 unpaid orders here: #4 Mangoes ¥30, #7 Plums ¥12. Say which: /paid 7", the
    example the newest (of the group buy that closed last: the one she is most likely ticking off), in the
    command word she typed (`已收 7`, not `已收款 7`); a command that takes several (已收, 已取) also says
    the one line for all of them (`已收 4 7`).
    Typed in a group about orders all made in other groups (帮卖): said to its sender privately, where
    "here" would mean nothing, naming the groups they were made in; in her private chat, of her group
    buys (`Bob 在你的团里有 2 个待付款订单`), as "here" means no group there."""
    lang = await ctx.lang()
    word = typed_word(ctx.request.text or "", command, lang)
    made_in = list(dict.fromkeys(choice.order.chat_id for choice in several.choices))
    if ctx.is_private:
        return _which_order(several, lang, command, word, t(lang, "which_order_own_group_buys"))
    if ctx.request.chat_id in made_in:
        return _which_order(several, lang, command, word)
    names = [await chat_names.title_of(ctx.uow, chat_id) for chat_id in made_in]
    chats = t(lang, "list_separator").join(
        dict.fromkeys(
            t(lang, "which_order_chat", chat=name) if name else t(lang, "which_order_other_chat")
            for name in names
        )
    )
    return AnsweredPrivately.of(_which_order(several, lang, command, word, chats))


# The command word an example is written with when none was typed (a button): as people write it.
_USUAL_WORDS = {
    ("paid", "zh"): "已收",
    ("picked_up", "zh"): "已取货",
    ("refund", "zh"): "退款",
    ("unpaid", "zh"): "撤销已收",
    ("unpicked_up", "zh"): "撤销已取",
    ("notpaid", "zh"): "未收到",
    ("cancel_order", "zh"): "取消订单",
    ("paid", "en"): "/paid",
    ("picked_up", "en"): "/pickedup",
    ("refund", "en"): "/refund",
    ("unpaid", "en"): "/unpaid",
    ("unpicked_up", "en"): "/unpickup",
    ("notpaid", "en"): "/notpaid",
    ("cancel_order", "en"): "/cancel",
}
# Commands that take several orders in one line (`已收 1-1 1-2`, `已取 1-1 1-2`): their question says it.
_TAKE_SEVERAL = frozenset({"paid", "picked_up"})
_SLASH_WORD = re.compile(r"^/(?P<word>[^\s@/]+)")


def typed_word(text: str, command: str, lang: str) -> str:
    """The word `command` was typed with (`已收`, `已收款`, `/paid`), for an example she can copy as she
    writes it; else the usual one in `lang`."""
    from handlers.registry import VOCABULARY  # the registry imports this module

    text = text.strip()
    slash = _SLASH_WORD.match(text)
    if slash is not None:
        found = VOCABULARY.slash.get(slash.group("word").lower())
        if found is not None and found[0] == command:
            return f"/{slash.group('word')}"
    else:
        for word, name in VOCABULARY.bare:  # longest first: `已收款` before `已收`
            if name == command and text.startswith(word):
                return word
    return _USUAL_WORDS.get((command, normalize_language(lang) or "en"), _USUAL_WORDS[(command, "en")])


def _which_order(
    several: SeveralOrders, lang: str, command: str, word: str, chats: str | None = None
) -> DomainError:
    """The question itself; `chats` (said privately): the groups the orders were made in, for "here".
    `/paid @dan`: an order Dan reported paying (💸) comes first, marked, and is the one suggested (the
    newest of those); else the newest order (`several.choices` runs oldest first)."""
    listed = list(several.choices)
    if command == "paid":
        listed.sort(key=lambda choice: choice.order.reported_paid_at is None)
    choices = t(lang, "list_separator").join(
        t(
            lang,
            "order_choice_reported"
            if command == "paid" and choice.order.reported_paid_at
            else "order_choice",
            order=choice.order.number,
            title=choice.group_buy.terms.title,
            total=format_money(choice.order.total, choice.order.currency),
        )
        for choice in listed
    )
    reported = [c for c in several.choices if command == "paid" and c.order.reported_paid_at]
    order = (reported or list(several.choices))[-1].order.number
    name, n = several.params["name"], len(listed)
    every = ""
    if command in _TAKE_SEVERAL:  # `（几单都收了就一起发：已收 1-3 4-1 5-3）`
        numbers = " ".join(choice.order.number for choice in several.choices)
        every = t(lang, f"{command}_which_order_all", word=word, orders=numbers)
    if chats is None:
        if command == "paid":
            return DomainError(
                "paid_which_order", name=name, n=n, orders=choices, order=order, word=word, all=every
            )
        if command == "picked_up":
            return DomainError(
                "picked_up_which_order", name=name, n=n, orders=choices, order=order, word=word, all=every
            )
        if command == "unpaid":
            return DomainError(
                "unpaid_which_order", name=name, n=n, orders=choices, order=order, word=word, all=every
            )
        if command == "notpaid":
            return DomainError(
                "notpaid_which_order", name=name, n=n, orders=choices, order=order, word=word, all=every
            )
        if command == "cancel_order":
            return DomainError(
                "cancel_order_which_order", name=name, n=n, orders=choices, order=order, word=word, all=every
            )
        if command == "unpicked_up":
            return DomainError(
                "unpicked_up_which_order", name=name, n=n, orders=choices, order=order, word=word, all=every
            )
        return DomainError(
            "refund_which_order", name=name, n=n, orders=choices, order=order, word=word, all=every
        )
    if command == "paid":
        return DomainError(
            "paid_which_order_in",
            name=name,
            n=n,
            orders=choices,
            order=order,
            word=word,
            all=every,
            chats=chats,
        )
    if command == "picked_up":
        return DomainError(
            "picked_up_which_order_in",
            name=name,
            n=n,
            orders=choices,
            order=order,
            word=word,
            all=every,
            chats=chats,
        )
    if command == "unpaid":
        return DomainError(
            "unpaid_which_order_in",
            name=name,
            n=n,
            orders=choices,
            order=order,
            word=word,
            all=every,
            chats=chats,
        )
    if command == "cancel_order":
        return DomainError(
            "cancel_order_which_order_in",
            name=name, n=n, orders=choices, order=order, word=word, all=every, chats=chats,
        )  # fmt: skip
    if command == "unpicked_up":
        return DomainError(
            "unpicked_up_which_order_in",
            name=name, n=n, orders=choices, order=order, word=word, all=every, chats=chats,
        )  # fmt: skip
    if command == "notpaid":
        return DomainError(
            "notpaid_which_order_in",
            name=name,
            n=n,
            orders=choices,
            order=order,
            word=word,
            all=every,
            chats=chats,
        )
    return DomainError(
        "refund_which_order_in",
        name=name,
        n=n,
        orders=choices,
        order=order,
        word=word,
        all=every,
        chats=chats,
    )


async def _confirmation(ctx: Context, done: Confirmed, lang: str, kind: _Confirmation) -> list[Reply]:
    order = done.order
    total = format_money(order.total, order.currency)

    credited = {  # 帮卖 / a share: the commission 已收 credited, whose, told privately
        in_lang: await commission_said_on_paid(ctx.uow, ctx.request.platform, order, in_lang)
        if kind is _PAID
        else ""
        for in_lang in {lang, ctx.page_lang or lang}
    }

    def done_in(in_lang: str) -> str:
        said = t(in_lang, kind.done, order=order.number, name=order.buyer_name, total=total)
        return said + credited.get(in_lang, "")

    done_text = done_in(lang)
    ctx.shown(done_in)  # the console API's caller reads it in their own language
    if not ctx.is_private and order.chat_id != ctx.request.chat_id:  # 帮卖: another group's buyer, never
        # named here: the group reads one line, that it is done and the rest went to her privately (the
        # console's page says it instead, the line left out: `bot.console.actions.on_the_page`)
        me = ctx.request.user_id
        said = Reply(text=done_text, private_to=me, language=lang)
        here = Reply(
            text=t(lang, f"{kind.done}_elsewhere", order=order.number, name=ctx.request.display_name),
            language=lang,
            says_sent_to=me,
        )  # `Amy，订单 #1-3 已付款…`: the group reads whose "you" it is
        said, *told = await _confirmation_told(ctx, done, kind, said)
        return [said, here, *told]
    elif not ctx.is_private:  # the group hears who, never the buyer's amount (the organiser's `/list` has it)
        room = await ctx.room_lang(done.group_buy, lang)  # `/paid 2-2`: in the group's language
        short = t(room, f"{kind.done}_here", order=order.number, name=order.buyer_name)
        said = Reply(text=short, language=room, mention=await _members_here(ctx, [order.buyer_id]))
    else:  # it concerns the buyer: where mentions exist (WeChat), the buyer is mentioned
        said = Reply(text=done_text, language=lang, mention=(order.buyer_id,))
    return await _confirmation_told(ctx, done, kind, said)


async def _confirmation_told(ctx: Context, done: Confirmed, kind: _Confirmation, said: Reply) -> list[Reply]:
    """The confirmation's answer `said`, then the buyer told (with her code), the card and her notes."""
    order, group_buy = done.order, done.group_buy
    told: Reply | None = await _told(ctx, done, kind)
    if kind is _PAID and guest_told_with_hers(ctx, order, group_buy):
        # an admin's 已收 of her 代报 guest's: in her notice of it (told_organisers), with the code
        told = None
    if told is not None and is_guest(order.buyer_id) and payer_of(order.buyer_id) == ctx.request.user_id:
        # 代报: she confirmed her own guest's order, and `said` told her so: privately only the pickup
        # code to pass on (in private, in the same message), else nothing more
        code = told.text.partition("\n")[2] if told.secret else ""
        if code and ctx.is_private:
            said = replace(said, text=f"{said.text}\n{code}", secret=True, extra=told.extra)
        told = replace(told, text=code) if code and not ctx.is_private else None
    replies = [said, *([told] if told is not None else []), card_update(group_buy)]
    if kind is _PAID:  # the buyer's notes about it: ✅ 已购买 by the name
        replies += await bought_cards(ctx.uow, group_buy, {order.buyer_id})
    return replies


async def _members_here(ctx: Context, buyers: Sequence[str]) -> tuple[str, ...]:
    """Of these buyers, those seen in this chat: a buyer who joined in private (a share link) and is no
    member of the group is named in plain text there, never mentioned (Telegram's `text_mention`)."""
    if ctx.is_private:
        return tuple(dict.fromkeys(buyers))
    platform, chat = ctx.request.platform, ctx.request.chat_id
    seen = await ctx.uow.edits.members_of(chat, [identity(platform, buyer) for buyer in buyers])
    return tuple(buyer for buyer in dict.fromkeys(buyers) if identity(platform, buyer) in seen)


async def _told(ctx: Context, done: Confirmed, kind: _Confirmation) -> Reply:
    """What the buyer is told privately (a 代报 guest's organiser, about the guest), in their own language
    (as their order came: `handlers.recipients.buyer_language`), else the group's they ordered in (帮卖:
    the help-selling group's); never the organiser's command's."""
    order, group_buy = done.order, done.group_buy
    total = format_money(order.total, order.currency)
    to = payer_of(order.buyer_id)  # a guest's: the organiser who added them
    buyer_lang = await buyer_language(ctx.uow, ctx.request.platform, group_buy, order, ctx.memo, to)
    # 王五 of the group, not the private chat's `Wang Wu`; a console admin acts by her name, but she did
    # not do it, and a console login is never told to a buyer: `管理员 已确认…` / "An admin confirmed…"
    by = await done_by(ctx, order, group_buy, buyer_lang)
    note = t(
        buyer_lang,
        kind.buyer_note,
        organiser=by,
        total=total,
        order=order.number,
        title=group_buy.terms.title,
    )
    if kind.command == "paid" and order.received_refunded:  # 只收到 ¥50, ¥20 of it given back: said
        came, back, kept = _received_before(order)
        note += t(
            buyer_lang,
            "paid_buyer_note_after_refund" if kept else "paid_buyer_note_after_all_refunded",
            came=format_money(came, order.currency),
            back=format_money(back, order.currency),
            rest=format_money(order.total - kept, order.currency),
        )
    if kind.command == "paid" and order.pickup_code:  # where and when to collect, what they show (核销)
        note += await pickup_said(ctx.uow, order, group_buy, buyer_lang, tz=ctx.tz, now=ctx.now)
        note += "\n" + t(buyer_lang, "pickup_code_yours", code=order.pickup_code)
    if is_guest(order.buyer_id):  # 代报: to the organiser who added them, about the guest
        if by == group_buy.organiser_name and guest_told_with_hers(ctx, order, group_buy):
            by = t(buyer_lang, "guest_note_an_admin")  # a console admin acts by her name: never "by Amy"
        note = guests.guest_note(order, group_buy, kind.command, by=by, lang=buyer_lang)
    secret = kind.command == "paid" and bool(order.pickup_code)
    extra = guests.guest_code_of(order) if secret and is_guest(order.buyer_id) else {}  # whose code it is
    return Reply(text=note, private_to=to, language=buyer_lang, secret=secret, extra=extra)
