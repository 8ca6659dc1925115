"""What an admin did to an organiser's order is told to the organiser: a refund she must pay back
(offline), or one Telegram returned; a payment undone, so the order is hers to chase again. She runs the
group buy and holds the money, so she learns it from the bot, not from the buyer. Privately, in her own
language, once (the action happens once), through the outbox with the buyer's notice."""

from __future__ import annotations

from commerce.domain.group_buy import GroupBuy
from commerce.domain.order import Order
from handlers.context import Context
from handlers.recipients import language_of
from handlers.texts import t
from handlers.types import Reply


async def told_organiser(
    ctx: Context, group_buy: GroupBuy, order: Order, key: str, total: str
) -> list[Reply]:
    """The organiser's notice `key` (its order, title, buyer, amount and who acted), when someone else
    (an admin, in a chat or the console) acted on her order; none when she did it herself."""
    organiser = group_buy.organiser_id
    if ctx.request.user_id == organiser:
        return []
    lang = await language_of(ctx, organiser, hint=group_buy.lang or None)
    by = ctx.request.display_name
    if by == group_buy.organiser_name:  # the console's admin acts by her name in the chat: not to her
        by = t(lang, "organiser_notice_an_admin")
    text = t(
        lang,
        key,
        by=by,
        order=order.number,
        title=group_buy.terms.title,
        id=group_buy.id,
        name=order.buyer_name,
        total=total,
    )
    return [Reply(text=text, private_to=organiser, language=lang)]
