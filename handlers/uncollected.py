"""谁还没取货 / 未取货 / `/uncollected` (`who hasn't collected`): the organiser's paid orders not picked up
yet, across her closed group buys, grouped by group buy with its pickup place and time: each buyer's
name, order number and units. Pickup codes are the buyer's secret and never shown. The list is hers:
asked in a group, it covers that group's group buys and goes to her private chat (the group is told)."""

from __future__ import annotations

from commerce.domain.errors import DomainError
from commerce.domain.group_buy import GroupBuy
from commerce.domain.listings import seen_in
from commerce.domain.order import Order, OrderStatus
from commerce.services import listings as listings_service
from commerce.services import organiser
from handlers.context import Context
from handlers.texts import t
from handlers.texts import units as unit_texts
from handlers.texts.pickup import pickup_text
from handlers.types import Reply

NAMED_EACH = 30  # orders named under one group buy (then how many more)


async def _by_pickup(
    ctx: Context, found: list[tuple[GroupBuy, list[Order]]]
) -> list[tuple[GroupBuy, list[Order]]]:
    """帮卖: a group buy's orders made in a group with its own pickup are listed apart, under that
    pickup (`listings.seen_in`); the others under the group buy's."""
    split: list[tuple[GroupBuy, list[Order]]] = []
    for group_buy, orders in found:
        own = await listings_service.own_pickups(ctx.uow, group_buy)
        rest = [order for order in orders if order.chat_id not in own]
        if rest:
            split.append((group_buy, rest))
        for chat, listing in own.items():
            there = [order for order in orders if order.chat_id == chat]
            if there:
                split.append((seen_in(group_buy, listing), there))
    return split


def _asked_the_bot(ctx: Context) -> bool:
    """Whether a group's `谁还没取货` was asked of the bot: its slash command, a mention, `问 …`."""
    typed = ctx.request.text.lstrip()
    return ctx.request.to_bot or "@" in typed or typed.startswith("/") or ctx.command.name == "ask"


async def uncollected(ctx: Context) -> list[Reply]:
    """The organiser's uncollected orders; one who runs no group buy is told that it is the organiser's
    list when she asked the bot (in private, `/uncollected`, `@tuan_bot 谁还没取货`, `问 谁还没取货`), as
    `谁还没付款` is (rep88 #13), and left alone when she said it to the group. Sent to her privately, it
    reads in her private chat's `/lang` (`private_lang`, rep94 #1), as `/mine`; the group's line in the
    group's language."""
    typed = await ctx.lang()
    lang = await ctx.private_lang(typed)  # what she reads privately: hers
    request = ctx.request
    if not await ctx.uow.views.count_group_buys_of(request.user_id):
        if not ctx.is_private and not _asked_the_bot(ctx):  # `谁还没取货？` to the group: neighbours' talk
            return []
        raise DomainError("uncollected_not_organiser")
    chat_id = None if ctx.is_private else request.chat_id
    listed = await organiser.uncollected(ctx.uow, organiser_id=request.user_id, chat_id=chat_id)
    number = ctx.command.group_buy_id
    if number is not None:  # `谁还没取货 #2`, `#2 谁还没提货`: that group buy's only (s40)
        asked = await ctx.uow.group_buys.get(number)
        if asked is None or asked.organiser_id != request.user_id or chat_id not in (None, asked.chat_id):
            if ctx.is_private:
                raise DomainError("uncollected_not_hers", id=number)
            raise DomainError("uncollected_not_hers_here", id=number)
        listed = [(group_buy, orders) for group_buy, orders in listed if group_buy.id == number]
        if not listed:
            text = t(lang, "uncollected_none_for", title=asked.terms.title, id=number)
            return await _answered(ctx, typed, lang, text)
    found = await _by_pickup(ctx, listed)
    if not found and not await organiser.went_ahead(ctx.uow, organiser_id=request.user_id, chat_id=chat_id):
        text = t(lang, "uncollected_none_went_ahead")  # all failed or called off: never "all picked up"
        mine = [o for o in await ctx.uow.orders.for_buyer(request.user_id) if o.status is OrderStatus.PAID]
        if mine:  # her own paid orders still to collect: where to see them
            text = t(
                lang, "two_sentences", first=text, second=t(lang, "uncollected_own_orders", count=len(mine))
            )
    elif not found:
        text = t(lang, "uncollected_none")
    else:
        blocks = []
        for group_buy, orders in found:
            pickup = pickup_text(group_buy.terms, ctx.tz, lang) or t(lang, "uncollected_no_pickup")
            title = group_buy.terms.title
            head = t(lang, "uncollected_group_buy", title=title, id=group_buy.id, pickup=pickup)
            unit = group_buy.terms.unit
            names = [
                t(
                    lang,
                    "uncollected_order",
                    name=order.buyer_name,
                    units=unit_texts.times(order.quantity, unit, lang),
                    order=order.number,
                )
                for order in orders[:NAMED_EACH]
            ]
            if len(orders) > NAMED_EACH:
                names.append(t(lang, "uncollected_more", count=len(orders) - NAMED_EACH))
            blocks.append("\n".join([head, *names]))
        count = sum(len(orders) for _, orders in found)
        footer = t(lang, "uncollected_footer", order=found[0][1][0].number)  # its example: one listed
        text = "\n\n".join([t(lang, "uncollected_title", count=count), *blocks, footer])
    return await _answered(ctx, typed, lang, text)


async def _answered(ctx: Context, typed: str, lang: str, text: str) -> list[Reply]:
    """The list (`text`, in `lang`): in private, here; from a group, to her privately and the group told so
    in its language."""
    request = ctx.request
    if ctx.is_private:
        return [Reply(text=text, language=lang)]
    here = await ctx.heard_by_group(typed)  # the group's line: the group's language (rep75 #8)
    note = t(here, "uncollected_sent_privately", name=request.display_name)
    return [
        Reply(text=note, language=here, says_sent_to=request.user_id),
        Reply(text=text, private_to=request.user_id, language=lang),
    ]
