"""撤销已取 / 撤销已取货 / `/unpickup 3-5`: a hand-over (已取, 核销) marked by mistake undone by the
organiser, or by the pickup helper who marked it. The order is paid and not picked up again (its code works
again); the card drops its 📦. The buyer is not messaged: nothing changed for her, the goods are still
hers to collect (README)."""

from __future__ import annotations

from commerce.domain.errors import DomainError
from commerce.domain.member import identity
from commerce.domain.order import OrderStatus
from commerce.domain.reach import Where
from commerce.services import pickup as service
from handlers.cards import card_update
from handlers.context import Context
from handlers.order_numbers import refused_where_due, typed_order
from handlers.parsing.numbers import order_number
from handlers.texts import t
from handlers.types import Reply
from handlers.unpaying import order_numbers


async def unpicked_up(ctx: Context) -> list[Reply]:
    """`撤销已取 3-5`: one order at a time, by its number (an undo never half done)."""
    request = ctx.request
    typed = order_numbers(ctx.command.rest)
    if len(typed) != 1:
        raise DomainError("unpickup_usage", order=typed[0] if typed else "12-3")
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
        ),
    )
    order, group_buy = done.order, done.group_buy
    lang = await ctx.lang(group_buy)
    said = t(lang, "unpickup_done", order=order.number, name=order.buyer_name, title=group_buy.terms.title)
    return [Reply(text=said, language=lang), card_update(group_buy)]
