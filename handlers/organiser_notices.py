"""What an admin did to an organiser's order is told to the organiser: a payment confirmed (已收), so the
money is hers to collect; a refund she must pay back (offline), or one Telegram returned; a payment
undone, so the order is hers to chase again. She runs the group buy and holds the money, so she learns it
from the bot, not from the buyer. Privately, in her own language, once (the action happens once: several
orders confirmed at once are one message), through the outbox with the buyer's notice."""

from __future__ import annotations

from collections.abc import Sequence

from commerce.domain.group_buy import GroupBuy
from commerce.domain.guests import payer_of
from commerce.domain.money import format_money
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
    text = t(
        lang,
        key,
        by=_by(ctx, group_buy, lang),
        order=order.number,
        title=group_buy.terms.title,
        id=group_buy.id,
        name=order.buyer_name,
        total=total,
    )
    return [Reply(text=text, private_to=organiser, language=lang)]


async def told_organisers_paid(ctx: Context, done: Sequence[tuple[GroupBuy, Order]]) -> list[Reply]:
    """已收 by someone else (an admin, in a chat or the console): each organiser of `done` (group buy, order
    just confirmed paid) is told once, of her orders alone: one order said as one, several listed in one
    message. None of her own confirming, nor of her own 代报 guest's order (the guest's note is hers).
    In the console's batch (`ctx.paid_told_later`), kept to be told once, after the last order."""
    if ctx.paid_told_later is not None:
        ctx.paid_told_later.extend(done)
        return []
    hers: dict[str, list[tuple[GroupBuy, Order]]] = {}
    for group_buy, order in done:
        organiser = group_buy.organiser_id
        if ctx.request.user_id == organiser or payer_of(order.buyer_id) == organiser:
            continue
        hers.setdefault(organiser, []).append((group_buy, order))
    replies = []
    for organiser, orders in hers.items():
        first = orders[0][0]
        lang = await language_of(ctx, organiser, hint=first.lang or None)
        items = [
            t(
                lang,
                "paid_organiser_note" if len(orders) == 1 else "paid_organiser_note_item",
                by=_by(ctx, group_buy, lang),
                order=order.number,
                title=group_buy.terms.title,
                id=group_buy.id,
                name=order.buyer_name,
                total=format_money(order.total, order.currency),
            )
            for group_buy, order in orders
        ]
        text = items[0]
        if len(items) > 1:
            listed = t(lang, "paid_organiser_note_separator").join(items)
            by = _by(ctx, first, lang)
            text = t(lang, "paid_organiser_note_several", by=by, count=len(items), orders=listed)
        replies.append(Reply(text=text, private_to=organiser, language=lang))
    return replies


def _by(ctx: Context, group_buy: GroupBuy, lang: str) -> str:
    """Who acted, as she is told: the sender's name; a console admin, who acts by her name in the chat,
    is "an admin" to her."""
    by = ctx.request.display_name
    return t(lang, "organiser_notice_an_admin") if by == group_buy.organiser_name else by
