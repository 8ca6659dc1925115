"""A buyer asking for a refund: `退款 2-1 压坏了两盒`, `我要退款 2-1 …`, `/refund 2-1 …` from the buyer of
that order (not its organiser, nor an admin of its chat) changes nothing and is passed to the organiser
privately, with the command that would refund it; the buyer is told so. An amount right after the number
(`退款 2-1 30 坏了一个`, `/refund 2-1 ¥30 one was bad`) is read as the organiser's is: above what is left to
refund (or 0, negative, too many decimals) it is refused naming what is left, nothing passed on; else the
organiser's notice names it (`申请退 ¥30`). Someone else's order: "这不是你的订单". A buyer's bare `退款`
names her paid orders and the form (`handlers.app`, for `refund_usage`)."""

from __future__ import annotations

from datetime import timedelta

from commerce.domain.errors import DomainError
from commerce.domain.group_buy import GroupBuy
from commerce.domain.money import format_money, names_another_currency, parse_money
from commerce.domain.order import Order, OrderStatus
from commerce.domain.reach import Where
from commerce.services.collecting import organises_here
from commerce.services.payments import amount_of, plain_amount
from commerce.state import Json
from handlers.context import Context
from handlers.order_numbers import typed_order
from handlers.parsing.refunds import amount_typed
from handlers.parsing.typed import as_typed
from handlers.recipients import buyer_language, organiser_language
from handlers.texts import t
from handlers.texts.units import times, titled
from handlers.types import Reply

BUYERS_ORDERS_NAMED = 5  # a buyer's bare 退款 names her newest paid orders, at most these
_REFUNDABLE = (OrderStatus.PAID, OrderStatus.FULFILLED)


def _held(order: Order) -> int:
    """The money the organiser holds of `order` that a refund could give back: what is left of its payment,
    or of an unpaid one what she recorded received (只收到 ¥50 of ¥96, rep81 #2); 0: none."""
    if order.status in _REFUNDABLE:
        return order.paid_amount
    if order.status is OrderStatus.PENDING_PAYMENT and 0 < order.received_amount < order.total:
        return order.received_amount
    return 0


async def _manages_here(ctx: Context) -> bool:
    """The sender organises a group buy here (in private: any), or is an admin of this group."""
    request = ctx.request
    where = Where(request.chat_id, private=ctx.is_private)
    return (request.is_admin and not ctx.is_private) or await organises_here(ctx.uow, request.user_id, where)


async def _has_paid_orders(ctx: Context, chat_id: str | None) -> bool:
    """Whether a group buy the sender organises (of `chat_id` only, when given) holds money paid: else her
    bare 退款 is a buyer's (her own group buys failed or took nothing: no `退款 @名字` to offer)."""
    mine = await ctx.uow.views.group_buys_of(ctx.request.user_id, limit=200)
    return any(g.collected > 0 and chat_id in (None, g.chat_id) for g in mine)


async def _numbered_here(ctx: Context) -> Order | None:
    """The order `12-3` names, whoever's (for "not yours"), when the number is full and it exists: in a
    group, one made in it; in private, one of a group buy the sender has an order of too."""
    number = ctx.command.order
    if number is None or number.group_buy_id is None:
        return None
    orders = await ctx.uow.orders.for_group_buy(number.group_buy_id)
    mine = any(order.buyer_id == ctx.request.user_id for order in orders)
    for order in orders:
        if order.seq == number.seq and (order.chat_id == ctx.request.chat_id or (ctx.is_private and mine)):
            return order
    return None


async def asked_by_buyer(ctx: Context) -> list[Reply] | None:
    """`退款 2-1 压坏了两盒` from the buyer of #2-1: passed on to its organiser, nothing changed; None for
    the organiser's or an admin's refund (done as before)."""
    request = ctx.request
    if ctx.command.order is None or ctx.command.order_id is not None:
        return None
    if request.is_admin and not ctx.is_private:
        return None
    try:
        order_id: int | None = await typed_order(ctx, ctx.command.order, as_buyer=True)
    except DomainError:
        order_id = None
    order = await ctx.uow.orders.get(order_id) if order_id is not None else None
    if order is None or order.buyer_id != request.user_id:
        if await _manages_here(ctx):
            return None
        other = await _numbered_here(ctx)
        if other is None or other.buyer_id == request.user_id:
            return None
        listing = await ctx.uow.listings.in_chat(other.group_buy_id, other.chat_id)
        if listing is not None and listing.seller_id == request.user_id:  # 帮卖: her group's, as before
            return None
        raise DomainError("refund_ask_not_yours", order=other.number)
    group_buy = await ctx.uow.group_buys.get(order.group_buy_id)
    if group_buy is None:
        return None
    where = Where(request.chat_id, private=ctx.is_private)
    if group_buy.may_manage(request.user_id, is_admin=request.is_admin and where.admin_counts(group_buy)):
        return None  # her own group buy's order: the organiser's refund
    if order.status is OrderStatus.REFUNDED:
        raise DomainError("order_already_refunded", order=order.number)
    if not _held(order) and order.received_refunded:  # 只收到 ¥50, given back since (rep84 #1): said so
        raise DomainError(
            "refund_ask_received_refunded",
            order=order.number,
            amount=format_money(order.received_refunded, order.currency),
            organiser=group_buy.organiser_name,
        )
    if not _held(order):  # unpaid (nothing received) or cancelled: no money to give back
        raise DomainError("refund_ask_not_paid", order=order.number, organiser=group_buy.organiser_name)
    reason = as_typed(request.text, ctx.command.note) if ctx.command.note else ""
    amount, reason = _amount_asked(order, reason)
    to_lang = await organiser_language(ctx.uow, group_buy, ctx.memo, ctx.request.platform)
    asked = t(
        to_lang,
        _key("refund_ask_organiser", reason, amount),
        **_asked(order, group_buy, reason, to_lang, amount),
    )
    if await _asked_already(ctx, order, amount):  # the same request again (rep84 #7): passed on once
        raise DomainError("refund_ask_sent_already", order=order.number, organiser=group_buy.organiser_name)
    lang = await ctx.lang(group_buy)
    said = t(lang, "refund_ask_passed_on", organiser=group_buy.organiser_name)
    return [
        Reply(text=said, language=lang),
        Reply(text=asked, private_to=group_buy.organiser_id, language=to_lang),
        *await _to_help_seller(ctx, order, group_buy, reason, amount),
    ]


ASKED_AGAIN_WITHIN = timedelta(hours=6)  # the same request again this soon: told it was passed on already


async def _asked_already(ctx: Context, order: Order, amount: int | None) -> bool:
    """Whether she asked the refund of `order` (the same amount, or the whole) within `ASKED_AGAIN_WITHIN`
    (`退款 2-1 压坏了`, then `/refund 2-1 crushed`: one request, whatever its reason); remembered once this
    one is committed otherwise (its notice queued: a unit of work run again after a `Contention` is
    never told it asked already). Nothing kept (no shared state): never."""
    values = ctx.values
    if values is None or order.id is None:
        return False
    key = f"refund_asked:{ctx.request.platform}:{ctx.request.user_id}:{order.id}"
    asked: Json = {"amount": amount or 0}
    if await values.get(key) == asked:
        return True
    ctx.after_commit.append(lambda: values.set(key, asked, ttl=ASKED_AGAIN_WITHIN.total_seconds()))
    return False


def _amount_asked(order: Order, said: str) -> tuple[int | None, str]:
    """(the amount asked for in minor units, the reason after it) when `said` starts with an amount, as
    the organiser's `退款 1-2 30 坏了一个` does; (None, `said`) when it does not (`坏了一个`, `2 boxes were
    bad`). An amount that cannot be refunded (above what is left, 0 or less, too many decimals) is refused
    naming what is left (`refund_ask_over`), nothing passed on."""
    split = amount_typed(said) if said else None
    if split is None or not split[0]:
        return None, said
    typed, reason = split
    left = _held(order)
    over = DomainError("refund_ask_over", order=order.number, left=format_money(left, order.currency))
    try:
        minor = amount_of(typed, order) if order.status in _REFUNDABLE else _of_received(typed, order)
    except DomainError as refused:
        if refused.code == "refund_other_currency":  # `退款 1-1 5 usd` of a ¥ order: said so, never ¥5
            was = refused.params
            raise DomainError(
                "refund_ask_other_currency",
                typed=was["typed"],
                order=was["order"],
                symbol=was["symbol"],
                currency=was["currency"],
                left=was["left"],
                example=was["example"],
            ) from None
        raise over from refused
    if not 0 < minor <= left:
        raise over
    return minor, reason


def _of_received(typed: str, order: Order) -> int:
    """An amount asked back of an unpaid order's part received (checked against it by the caller); one
    in another currency refused as `amount_of` refuses it."""
    if names_another_currency(typed, order.currency):
        return amount_of(typed, order)  # raises `refund_other_currency`
    if typed.strip().lstrip("¥￥$ ").startswith(("-", "−", "－")):
        return 0
    return parse_money(typed, order.currency).minor


def order_items(order: Order, group_buy: GroupBuy, lang: str) -> str:
    """What an order holds, as a refund request names it: `Bubble Tea ×2`; with options each option it
    holds and its units (rep80 #12b): `Bubble Tea large ×1`, `Bubble Tea small ×2、large ×1`."""
    title, unit = group_buy.terms.title, group_buy.terms.unit
    held: dict[str, int] = {}
    for line in order.lines:
        option = next(
            (
                o.name
                for o in group_buy.terms.options
                if line.description == f"{title} {o.name}"
                or line.description.startswith((f"{title} {o.name} (", f"{title} {o.name} — "))
            ),
            None,
        )
        if option is None:
            return titled(title, order.quantity, unit, lang)
        held[option] = held.get(option, 0) + line.quantity
    if not held:
        return titled(title, order.quantity, unit, lang)
    said = [f"{option} {times(count, unit, lang)}" for option, count in held.items()]
    return f"{title} {t(lang, 'list_separator').join(said)}"


def paid_left(order: Order, lang: str) -> str:
    """What a refund request says of an order's money: what was paid (`¥66`); once part refunds gave some
    back, the order's amount, what went back and what is left to refund (`订单 ¥66，已退 ¥63，还可退 ¥3`;
    it said `¥3` alone, read as the order's amount, rep81 #11)."""
    left = format_money(_held(order), order.currency)  # of one part received (只收到): that part
    if order.status is OrderStatus.PENDING_PAYMENT:  # 只收到: said so, never read as the order's (rep84 #7)
        return t(
            lang, "refund_ask_total_received", total=format_money(order.total, order.currency), received=left
        )
    if not order.refunded_part:
        return left
    paid = format_money(order.paid_in_full or order.total, order.currency)
    refunded = format_money(order.refunded_part, order.currency)
    return t(lang, "refund_ask_total_part", paid=paid, refunded=refunded, left=left)


def _key(base: str, reason: str, amount: int | None) -> str:
    """The request's text: with the amount asked for when one was (`…_amount`), with its reason when one
    was given (`…_reason`)."""
    return f"{base}{'_amount' if amount is not None else ''}{'_reason' if reason else ''}"


def _asked(
    order: Order, group_buy: GroupBuy, reason: str, lang: str, amount: int | None = None
) -> dict[str, str]:
    """What a refund request names, in `lang`: who, which order, what it holds, what was paid, why, and
    the amount asked for (`¥30`, typed `30` in the command to send) when one was."""
    said = {
        "name": order.buyer_name,
        "order": order.number,
        "items": order_items(order, group_buy, lang),
        "total": paid_left(order, lang),
        "reason": reason,
    }
    if amount is not None:
        said["amount"] = format_money(amount, order.currency)
        said["typed"] = plain_amount(amount, order.currency)
    return said


async def _to_help_seller(
    ctx: Context, order: Order, group_buy: GroupBuy, reason: str, amount: int | None
) -> list[Reply]:
    """帮卖: the help-seller of the group the order was made in (she sold it) hears the request too,
    privately, in her language: the same request as the organiser's, and that the organiser decides and
    refunds it (she cannot: no command to send). None in the organiser's own group or her own listing."""
    listing = await ctx.uow.listings.in_chat(order.group_buy_id, order.chat_id)
    seller = None if listing is None else listing.seller_id
    if seller is None or seller in (group_buy.organiser_id, order.buyer_id):
        return []
    lang = await buyer_language(ctx.uow, ctx.request.platform, group_buy, order, ctx.memo, seller)
    key = _key("refund_ask_seller", reason, amount)
    text = t(lang, key, organiser=group_buy.organiser_name, **_asked(order, group_buy, reason, lang, amount))
    return [Reply(text=text, private_to=seller, language=lang)]


async def to_a_buyer(ctx: Context, lang: str) -> DomainError | None:
    """A bare 退款 (`/refund`) from a buyer, not the organiser's form: her paid orders (here; in private,
    all) and how to ask. None for an organiser or an admin here, or one with no order here at all."""
    here = None if ctx.is_private else ctx.request.chat_id
    if await _manages_here(ctx) and (ctx.request.is_admin or await _has_paid_orders(ctx, here)):
        return None  # the organiser's form: one of her group buys here has money she could give back
    hers = [
        order
        for order in await ctx.uow.orders.for_buyer(ctx.request.user_id)
        if here in (None, order.chat_id)
    ]
    if not hers:  # no buyer here: the command's own form
        return None
    paid = [order for order in hers if _held(order)][:BUYERS_ORDERS_NAMED]
    lines = []
    for order in paid:
        group_buy = await ctx.uow.group_buys.get(order.group_buy_id)
        if group_buy is None:
            continue
        items = order_items(order, group_buy, lang)
        total = paid_left(order, lang)
        key = "refund_ask_line" if ctx.is_private else "refund_ask_line_here"  # a group reads no amount
        lines.append(t(lang, key, order=order.number, items=items, total=total))
    if not lines:
        return DomainError("refund_ask_none")
    number = paid[0].number
    return DomainError("refund_ask_orders", orders=t(lang, "list_separator").join(lines), order=number)
