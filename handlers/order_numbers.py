"""An order typed by its number (`/paid 12-3`, `付款 3`): found from where it was typed, and a bare number
that orders of several group buys here could mean answered with those orders, in the asker's language."""

from __future__ import annotations

from collections.abc import Awaitable
from typing import TypeVar

from commerce.domain.errors import DomainError, NotFound
from commerce.domain.order import OrderStatus
from commerce.domain.order_numbers import OrderNumber
from commerce.domain.reach import Where
from commerce.services import orders as service
from commerce.services.orders import SeveralNumbered
from handlers.context import Context
from handlers.texts import t
from handlers.types import AnsweredPrivately

T = TypeVar("T")


async def typed_order(
    ctx: Context, number: OrderNumber, *, as_buyer: bool = False, waiting: OrderStatus | None = None
) -> int:
    """The id of the order `number` names for the sender (`as_buyer`: among their own orders); of two
    alike, the one `waiting` in that status (`commerce.services.orders.resolve`)."""
    try:
        return await service.resolve(
            ctx.uow,
            number,
            where=Where(ctx.request.chat_id, private=ctx.is_private),
            actor=ctx.request.user_id,
            as_buyer=as_buyer,
            waiting=waiting,
        )
    except SeveralNumbered as several:
        lang = await ctx.lang()
        listed = t(lang, "list_separator").join(
            t(lang, "order_number_choice", order=order.number, title=title, name=order.buyer_name)
            for order, title in several.choices
        )
        typed, example = several.params["order"], several.params["example"]
        raise DomainError("order_number_which", order=typed, orders=listed, example=example) from several


async def said_where_due(ctx: Context, order_id: int, refusal: DomainError) -> DomainError:
    """A refusal about order `order_id`, said where it may be: about an order made in another group (帮卖)
    to its sender privately (`AnsweredPrivately`), so this group never reads about that group's buyer;
    one that does not exist (or is not reached from here) as it is."""
    if ctx.is_private or isinstance(refusal, NotFound | AnsweredPrivately):
        return refusal
    order = await ctx.uow.orders.get(order_id)
    if order is None or order.chat_id == ctx.request.chat_id:
        return refusal
    return AnsweredPrivately.of(refusal)


async def refused_where_due(ctx: Context, order_id: int, action: Awaitable[T]) -> T:
    """`action`'s result; a refusal it raises about order `order_id` raised where it may be said
    (`said_where_due`): a change typed here about another group's buyer (帮卖) is refused in private."""
    try:
        return await action
    except DomainError as refusal:
        said = await said_where_due(ctx, order_id, refusal)
        if said is refusal:
            raise
        raise said from refusal
