"""撤销退款 1-2 / `/unrefund 1-2` / `undo refund 1-2` (rep74 #1): a refund is never undone by the bot (the
money may be sent back already, and an order has no move out of refunded), so it is said, in one line,
nothing changed: tell the buyer, who can join again or be added (代报). Never silence, never "我没看懂"."""

from __future__ import annotations

from commerce.domain.errors import DomainError
from commerce.domain.order import OrderStatus
from handlers.context import Context
from handlers.order_numbers import typed_order
from handlers.parsing.numbers import order_number
from handlers.texts import t
from handlers.types import Reply


async def unrefund(ctx: Context) -> list[Reply]:
    """The one line, naming the order and its buyer when the number names a refunded order here."""
    lang = await ctx.lang()
    typed = ctx.command.rest.strip().lstrip("#＃")
    text = t(lang, "refund_undo_none_bare")
    if typed:
        try:
            order_id = await typed_order(ctx, order_number(typed), waiting=OrderStatus.REFUNDED)
        except (DomainError, ValueError):
            order_id = None
        order = await ctx.uow.orders.get(order_id) if order_id is not None else None
        if order is not None and (order.status is OrderStatus.REFUNDED or order.refunded_part):  # a part too
            if order.buyer_id == ctx.request.user_id:  # her own order: no 代报 of herself (rep75 #9)
                text = t(lang, "refund_undo_none_own", order=order.number)
            else:
                text = t(lang, "refund_undo_none", order=order.number, buyer=order.buyer_name)
    return [Reply(text=text, language=lang)]
