"""What the organiser's `/add`, `/cancel` and `/remove` of a group buy that closed and went ahead are
told to do next (rep86 #9: only `Group buy #2 (Bubble Tea) has closed: nothing was changed.`): add to
the open one of hers here or open another round (`/copy #2`); call off nothing, cancel or refund its
orders instead (`/cancelorder 2-1`, `/refund 2-1`); take off the open one's line by naming it, or the
member's order of the closed one by cancelling or refunding it. Any other refusal: None (as it is)."""

from __future__ import annotations

from commerce.domain.errors import DomainError
from commerce.domain.group_buy import GroupBuy, GroupBuyStatus
from commerce.domain.order import OrderStatus
from handlers.context import Context

_WENT_AHEAD = frozenset({GroupBuyStatus.SUCCEEDED.value, GroupBuyStatus.FULFILLED.value})
_PAID = frozenset({OrderStatus.PAID, OrderStatus.FULFILLED})


async def _closed(ctx: Context, refusal: DomainError) -> GroupBuy | None:
    """The group buy a `group_buy_closed` refusal is about, when it went ahead (orders went out)."""
    if refusal.code != "group_buy_closed" or refusal.params.get("status") not in _WENT_AHEAD:
        return None
    group_buy_id = refusal.params.get("id")
    if not isinstance(group_buy_id, int):
        return None
    return await ctx.uow.group_buys.get(group_buy_id)


async def _open_of_hers(ctx: Context) -> GroupBuy | None:
    """Her newest group buy open in this group (None in private, or with none)."""
    if ctx.is_private:
        return None
    mine = await ctx.uow.group_buys.open_in_chat(ctx.request.chat_id, organiser=ctx.request.user_id)
    mine = [each for each in mine if each.id is not None and not each.is_past_deadline(ctx.now)]
    return max(mine, key=lambda each: each.id or 0) if mine else None


async def add(ctx: Context, refusal: DomainError, name: str, quantity: int) -> DomainError | None:
    """`/add #2 Wang 2` once #2 closed: `/add #6 Wang 2` of her open one, else another round."""
    closed = await _closed(ctx, refusal)
    if closed is None:
        return None
    number, title = closed.id, closed.terms.title
    open_one = await _open_of_hers(ctx)
    if open_one is not None:
        return DomainError(
            "group_buy_closed_add_open",
            id=number,
            title=title,
            name=name,
            quantity=quantity,
            open=open_one.id,
        )
    return DomainError("group_buy_closed_add", id=number, title=title, name=name)


async def cancel(ctx: Context, refusal: DomainError) -> DomainError | None:
    """`/cancel #2` once #2 went ahead: its orders are cancelled (unpaid) or refunded (paid) instead."""
    closed = await _closed(ctx, refusal)
    if closed is None or closed.id is None:
        return None
    orders = sorted(await ctx.uow.orders.for_group_buy(closed.id), key=lambda order: order.id or 0)
    unpaid = [o for o in orders if o.status is OrderStatus.PENDING_PAYMENT]
    paid = [o for o in orders if o.status in _PAID]
    number, title = closed.id, closed.terms.title
    # each example an order it acts on: `/cancelorder` an unpaid one, `/refund` a paid one (rep104 #9)
    if unpaid and paid:
        return DomainError(
            "group_buy_closed_cancel", id=number, title=title, order=unpaid[0].number, paid=paid[0].number
        )
    if unpaid:
        return DomainError("group_buy_closed_cancel_unpaid", id=number, title=title, order=unpaid[0].number)
    if paid:
        return DomainError("group_buy_closed_cancel_paid", id=number, title=title, order=paid[0].number)
    return DomainError("group_buy_closed_cancel_none", id=number, title=title)


async def remove(ctx: Context, refusal: DomainError, user_id: str | None, name: str) -> DomainError | None:
    """`/remove @Bob` reaching a closed group buy: Bob's order of it, cancelled or refunded; else the
    open one of hers here, named (`/remove #6 @Bob`)."""
    closed = await _closed(ctx, refusal)
    if closed is None or closed.id is None:
        return None
    number, title = closed.id, closed.terms.title
    if user_id is not None:
        his = [o for o in await ctx.uow.orders.for_group_buy(closed.id) if o.buyer_id == user_id]
        live = [o for o in his if o.status is OrderStatus.PENDING_PAYMENT or o.status in _PAID]
        if live:
            order = live[0]
            if order.status is OrderStatus.PENDING_PAYMENT:
                return DomainError(
                    "group_buy_closed_remove_unpaid", id=number, title=title, name=name, order=order.number
                )
            return DomainError(
                "group_buy_closed_remove_paid", id=number, title=title, name=name, order=order.number
            )
    open_one = await _open_of_hers(ctx)
    if open_one is not None:
        return DomainError(
            "group_buy_closed_remove_open", id=number, title=title, name=name, open=open_one.id
        )
    return None
