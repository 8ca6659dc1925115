"""The private notice to each help-seller (帮卖) or sharer whose commission a refund (退款) or an undone
payment (撤销已收) takes back: which order of which group buy, and how much, in her own language (else
the language of the group the order was made in, as its buyer is told). Once: the refund or undo happens
once (a second is refused), and the notice goes out with it through the outbox, sent after the commit."""

from __future__ import annotations

from collections.abc import Iterable

from commerce.domain.group_buy import GroupBuy
from commerce.domain.money import format_money
from commerce.domain.order import Order
from handlers.context import Context
from handlers.recipients import buyer_language
from handlers.texts import t
from handlers.types import Reply


async def commission_taken_back(
    ctx: Context,
    order: Order,
    group_buy: GroupBuy,
    earned: Iterable[tuple[str, int]],
    total: str,
    *,
    keys: tuple[str, str],
    told_already: str | None = None,
) -> list[Reply]:
    """One notice per earner (`keys`: the catalog's texts for a help-seller and for a sharer), none to
    `told_already` (the one whose own answer says it)."""
    replies = []
    for earner, amount in earned:
        if earner == told_already:
            continue
        lang = await buyer_language(ctx.uow, ctx.request.platform, group_buy, order, ctx.memo, earner)
        text = t(
            lang,
            keys[0] if earner == order.help_seller_id else keys[1],
            order=order.number,
            title=group_buy.terms.title,
            id=group_buy.id,
            total=total,
            amount=format_money(amount, order.currency),
        )
        replies.append(Reply(text=text, private_to=earner, language=lang))
    return replies
