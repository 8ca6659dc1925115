"""Order commands: a member's orders (我的订单, shown in private), and the organiser's confirmations:
已收款 / 已收 @张三 (paid offline) and 已取货 / 已取 @张三 (collected at pickup, 核销)."""

from __future__ import annotations

import re
from collections.abc import Awaitable, Callable
from dataclasses import dataclass

from commerce.domain.errors import DomainError
from commerce.domain.guests import is_guest, payer_of
from commerce.domain.money import format_money
from commerce.domain.order import Order, OrderStatus
from commerce.domain.reach import Where
from commerce.domain.roster import reported_paid
from commerce.services import open_joins
from commerce.services import orders as service
from commerce.services.open_joins import OpenJoin
from commerce.services.orders import Confirmed, SeveralOrders
from handlers import chat_names, guests
from handlers.cards import card_update
from handlers.context import Context, card_language
from handlers.members import mentioned
from handlers.order_numbers import typed_order
from handlers.parsing.numbers import ORDER, order_number
from handlers.texts import status_text, t
from handlers.types import Reply

MAX_LISTED = 20
_ORDER_ID = re.compile(rf"^(?:no\.?|#)?\s*({ORDER})(?=\s|$)", re.IGNORECASE)  # a number first: the order


async def my_orders(ctx: Context) -> list[Reply]:
    """In a private chat the list itself; in a group a short note, and the list sent privately. Joins
    of group buys not closed yet are listed after the orders, marked so (no order until the close)."""
    lang = await ctx.lang()
    orders = (await service.orders_of(ctx.uow, buyer_id=ctx.request.user_id))[:MAX_LISTED]
    joins = await open_joins.open_joins_of(ctx.uow, member_id=ctx.request.user_id)
    organisers = await _organisers(ctx, orders)
    in_chats = [order.chat_id for order in orders] + [join.chat_id for join in joins]
    chats = await chat_names.titles(ctx.uow, in_chats)
    text = _listing(orders, lang, organisers, chats)
    if joins:
        listed = [text] if orders else []
        text = "\n".join([*listed, _joins(joins, lang, chats)])
    if ctx.is_private:
        return [Reply(text=text, language=lang)]
    note = t(lang, "orders_sent_privately", name=ctx.request.display_name)
    return [Reply(text=note, language=lang), Reply(text=text, private_to=ctx.request.user_id, language=lang)]


async def _organisers(ctx: Context, orders: list[Order]) -> dict[int, str]:
    """The organiser of each order's group buy, by group buy: orders of several chats tell apart by the
    chat's name (where known), the group buy's number and who runs it."""
    found: dict[int, str] = {}
    for group_buy_id in dict.fromkeys(order.group_buy_id for order in orders):
        group_buy = await ctx.uow.group_buys.get(group_buy_id)
        found[group_buy_id] = group_buy.organiser_name if group_buy is not None else ""
    return found


def _joins(joins: list[OpenJoin], lang: str, chats: dict[str, str]) -> str:
    """The joins not closed yet: what each costs now, and where a price tier is still ahead, what a
    unit costs there."""
    items = []
    for join in joins:
        group_buy, currency = join.group_buy, join.group_buy.terms.currency
        now = [(line.quantity, join.unit_price(line)) for line in join.lines]
        item = t(
            lang,
            "orders_open_sum_in_chat" if join.chat_id in chats else "orders_open_sum",
            chat=chats.get(join.chat_id, ""),  # 帮卖: the help-seller's chat the line was joined in
            id=group_buy.id,
            organiser=group_buy.organiser_name,
            title=join.description,
            amount=amount_text(now, currency, lang),
            total=format_money(join.total, currency),
        )
        ahead = join.next_price()
        if ahead is not None:
            units = ahead[0]
            there = price_parts([(line.quantity, join.unit_price(line, at=units)) for line in join.lines])
            item = t(  # one price: a unit's there; several (多规格): what the lines would cost there
                lang,
                "orders_open_tier" if len(there) == 1 else "orders_open_tier_total",
                item=item,
                units=t(lang, "units_count", count=units),
                price=format_money(there[0][1], currency),
                total=format_money(sum(quantity * price for quantity, price in there), currency),
            )
        items.append(item)
    return "\n".join([t(lang, "orders_open_header"), *items])


def _listing(orders: list[Order], lang: str, organisers: dict[int, str], chats: dict[str, str]) -> str:
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
            title=", ".join(line.description for line in order.lines),
            amount=amount_text(
                [(line.quantity, line.unit_price) for line in order.lines], order.currency, lang
            ),
            total=format_money(order.total, order.currency),
            status=_order_status(order, lang),
        )
        for order in orders
    ]
    return "\n".join([t(lang, "orders_header"), *items])


def _order_status(order: Order, lang: str) -> str:
    """Where the order stands for its buyer: reported paid (我已付款) until the organiser confirms it,
    as the organiser's list and the card show it, else its status."""
    return t(lang, "orders_status_reported") if reported_paid(order) else status_text(lang, order.status)


def price_parts(lines: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """(quantity, unit price) of `lines` added up per unit price, in the order the prices first come:
    多规格 lines of several prices stay apart (`2 × ¥53 + 2 × ¥95`), a friend's line at the same price
    joins the member's."""
    parts: dict[int, int] = {}
    for quantity, price in lines:
        parts[price] = parts.get(price, 0) + quantity
    return [(quantity, price) for price, quantity in parts.items()]


def amount_text(lines: list[tuple[int, int]], currency: str, lang: str) -> str:
    """`3 × ¥88`, or with several prices `2 × ¥53 + 2 × ¥95`: arithmetic that adds up to the total."""
    return t(lang, "amount_plus").join(
        t(lang, "amount_part", quantity=quantity, price=format_money(price, currency))
        for quantity, price in price_parts(lines)
    )


async def paid(ctx: Context) -> list[Reply]:
    """`/paid 12`, `已收款 #12`, or `已收 @张三` (each mentioned member's unpaid order in this chat).

    A number reaches the orders of this chat's group buys (in a private chat: of the sender's own group
    buys); any other is answered as a number that does not exist, and nothing is said or sent elsewhere.
    """
    return await _confirm(ctx, _PAID)


async def picked_up(ctx: Context) -> list[Reply]:
    """`/pickedup 12`, `已取货 12`, or `已取 @张三` (核销: each mentioned member's paid order collected)."""
    return await _confirm(ctx, _PICKED_UP)


@dataclass(frozen=True)
class _Confirmation:
    """One kind of organiser confirmation: the use cases it runs and what each side is told."""

    by_order: Callable[..., Awaitable[Confirmed]]
    by_member: Callable[..., Awaitable[Confirmed]]
    usage: Callable[[], DomainError]
    done: str
    buyer_note: str
    command: str  # the registry's name: which order to say when `@name` could mean several
    waiting: OrderStatus  # of two orders with a bare number's `#3`, the one in this status is meant


_PAID = _Confirmation(
    service.confirm_paid,
    service.mark_paid_for_member,
    lambda: DomainError("paid_usage"),
    "paid_confirmed",
    "paid_buyer_note",
    "paid",
    OrderStatus.PENDING_PAYMENT,
)
_PICKED_UP = _Confirmation(
    service.confirm_picked_up,
    service.mark_picked_up_for_member,
    lambda: DomainError("picked_up_usage"),
    "picked_up_confirmed",
    "picked_up_buyer_note",
    "picked_up",
    OrderStatus.PAID,
)


async def _confirm(ctx: Context, kind: _Confirmation) -> list[Reply]:
    request = ctx.request
    who = {"actor": request.user_id, "is_admin": request.is_admin, "now": ctx.now}
    confirmed: list[Confirmed] = []
    # An order number typed first wins over a mention later in the message: `/paid 255 (thanks @ben)` is
    # order 255, not Ben's.
    where = Where(request.chat_id, private=ctx.is_private)  # this chat's orders, or the sender's own
    order_id = ctx.command.order_id  # a button's (the report's Received)
    match = _ORDER_ID.match(ctx.command.rest.strip())
    if order_id is None and match is not None:
        number = order_number(match.group(1))
        order_id = await typed_order(ctx, number, waiting=kind.waiting)
    if order_id is not None:
        confirmed.append(await kind.by_order(ctx.uow, order_id=order_id, where=where, **who))
    else:
        members = await mentioned(ctx.uow, request, ctx.command.rest)  # the adapter's, else by name here
        if not members:
            raise kind.usage()
        for member in members:
            try:
                found = await kind.by_member(ctx.uow, chat_id=request.chat_id, buyer_id=member, **who)
            except SeveralOrders as several:  # `/paid @dan` with two unpaid: ask, never guess
                raise which_order(several, await ctx.lang(), kind.command) from several
            confirmed.append(found)
    lang = await ctx.lang()
    replies: list[Reply] = []
    for done in confirmed:
        replies.extend(await _confirmation(ctx, done, lang, kind))
    return replies


def which_order(several: SeveralOrders, lang: str, command: str) -> DomainError:
    """The answer to `/paid @dan` (`已取 @dan`, `/refund @dan`) when Dan has several orders it could
    mean: "Dan has 2 unpaid orders here: #4 Mangoes ¥30, #7 Plums ¥12. Say which: /paid 4"."""
    choices = t(lang, "list_separator").join(
        t(
            lang,
            "order_choice",
            order=choice.order.number,
            title=choice.group_buy.terms.title,
            total=format_money(choice.order.total, choice.order.currency),
        )
        for choice in several.choices
    )
    name, n, first = several.params["name"], len(several.choices), several.choices[0].order.number
    if command == "paid":
        return DomainError("paid_which_order", name=name, n=n, orders=choices, order=first)
    if command == "picked_up":
        return DomainError("picked_up_which_order", name=name, n=n, orders=choices, order=first)
    return DomainError("refund_which_order", name=name, n=n, orders=choices, order=first)


async def _confirmation(ctx: Context, done: Confirmed, lang: str, kind: _Confirmation) -> list[Reply]:
    order, group_buy = done.order, done.group_buy
    total = format_money(order.total, order.currency)
    buyer_lang = await card_language(ctx.uow, group_buy, ctx.memo)
    note = t(
        buyer_lang,
        kind.buyer_note,
        organiser=ctx.request.display_name,
        total=total,
        order=order.number,
        title=group_buy.terms.title,
    )
    if kind.command == "paid" and order.pickup_code:  # what they show at pickup (核销)
        note += "\n" + t(buyer_lang, "pickup_code_yours", code=order.pickup_code)
    if is_guest(order.buyer_id):  # 代报: to the organiser who added them, about the guest
        note = guests.guest_note(order, group_buy, kind.command, by=ctx.request.display_name, lang=buyer_lang)
    done_text = t(lang, kind.done, order=order.number, name=order.buyer_name, total=total)
    if not ctx.is_private and order.chat_id != ctx.request.chat_id:  # 帮卖: another group's buyer
        said = Reply(text=done_text, private_to=ctx.request.user_id, language=lang)  # never named here
    else:  # it concerns the buyer: where mentions exist (WeChat), the buyer is mentioned
        said = Reply(text=done_text, language=lang, mention=(order.buyer_id,))
    to = payer_of(order.buyer_id)  # a guest's: the organiser who added them
    return [said, Reply(text=note, private_to=to, language=buyer_lang), card_update(group_buy)]
