"""取消未付款 #12 (`取消所有未付款`, `/cancelunpaid 12`; in a group where one closed group buy of hers has
unpaid orders, without its number): the organiser releases every unpaid order of a closed group buy at
once. First it asks, naming how many and whose (those whose buyers reported paying are kept, named);
`取消未付款 #12 确认` then cancels each through the same service as 取消订单 (`handlers.order_cancel`):
each buyer told privately as there, one line in the group summing it up, the card edited once. Run again
(or the same message delivered twice), nothing is left to cancel and it says so."""

from __future__ import annotations

from collections.abc import Sequence

from commerce.domain.errors import DomainError
from commerce.domain.group_buy import GroupBuy
from commerce.domain.order import Order
from commerce.domain.reach import Where
from commerce.services import order_cancel as service
from handlers import waiting
from handlers.cards import card_update
from handlers.context import Context
from handlers.named_few import cut, names_of
from handlers.order_cancel import buyer_told, notice_of
from handlers.organiser_notices import told_organisers
from handlers.texts import t
from handlers.types import Reply


async def cancel_unpaid(ctx: Context) -> list[Reply]:
    request = ctx.request
    where = Where(request.chat_id, private=ctx.is_private)
    found = await service.unpaid_of(
        ctx.uow,
        chat_id=request.chat_id,
        group_buy_id=ctx.command.group_buy_id,
        actor=request.user_id,
        is_admin=request.is_admin,
        where=where,
    )
    group_buy = found.group_buy
    lang = await ctx.lang(group_buy)
    if not found.to_cancel:
        raise _nothing_left(lang, group_buy, found.reported)
    if not ctx.command.confirmed:  # asked first: how many, whose, and the one command that does it
        names = [order.buyer_name for order in found.to_cancel]
        text = t(
            lang,
            "cancel_unpaid_ask",
            count=len(found.to_cancel),
            title=group_buy.terms.title,
            id=group_buy.id,
            names=names_of(lang, names, public=not ctx.is_private),
            reported=_reported(lang, found.reported, public=not ctx.is_private),
        )
        return [Reply(text=text, language=lang), *_full_list(ctx, lang, group_buy, found.to_cancel)]
    dropped: list[service.Dropped] = []
    for order in found.to_cancel:
        assert order.id is not None
        try:  # one paid, reported or cancelled since it was listed (refused before any change) is left
            done = await service.cancel_unpaid(
                ctx.uow,
                order_id=order.id,
                actor=request.user_id,
                is_admin=request.is_admin,
                now=ctx.now,
                where=where,
            )
        except DomainError as refusal:
            if refusal.code == "busy_try_again":  # changed while cancelling: nothing half done, say again
                raise
            continue
        dropped.append(done)
    if not dropped:
        raise _nothing_left(lang, group_buy, found.reported)
    orders = [done.order for done in dropped]
    text = t(
        lang,
        "cancel_unpaid_done",
        count=len(orders),
        title=group_buy.terms.title,
        id=group_buy.id,
        names=names_of(lang, [order.buyer_name for order in orders], public=not ctx.is_private),
        reported=_reported(lang, found.reported, public=not ctx.is_private),
        hint=t(lang, "cancel_unpaid_reported_hint", order=found.reported[0].number) if found.reported else "",
    )
    freed = sum(order.quantity for order in orders)  # who waited at the close hears it, once
    waited, line = await waiting.freed_after_close(
        ctx.uow, group_buy, freed, lang, platform=request.platform, memo=ctx.memo
    )
    text += line
    told = [reply for done in dropped for reply in await buyer_told(ctx, done)]
    organiser = await told_organisers(ctx, [notice_of(done) for done in dropped])  # an admin's: hers
    return [
        Reply(text=text, language=lang),
        *_full_list(ctx, lang, group_buy, orders),
        *told,
        *waited,
        *organiser,
        card_update(group_buy),
    ]


def _nothing_left(lang: str, group_buy: GroupBuy, reported: Sequence[Order]) -> DomainError:
    """`#2 没有未付款的订单了`; with orders whose buyers said they paid, those named with what to send."""
    if not reported:
        return DomainError("cancel_unpaid_none", id=group_buy.id, title=group_buy.terms.title)
    return DomainError(
        "cancel_unpaid_none_reported",
        count=len(reported),
        id=group_buy.id,
        title=group_buy.terms.title,
        names=names_of(lang, [order.buyer_name for order in reported], public=False),
        order=reported[0].number,
    )


def _reported(lang: str, reported: Sequence[Order], *, public: bool) -> str:
    """`（报过已付款的 2 个不取消：Bob、Cat）`, or "" when nobody reported paying."""
    if not reported:
        return ""
    names = names_of(lang, [order.buyer_name for order in reported], public=public)
    return t(lang, "cancel_unpaid_reported_kept", count=len(reported), names=names)


def _full_list(ctx: Context, lang: str, group_buy: GroupBuy, orders: Sequence[Order]) -> list[Reply]:
    """The organiser's full list, privately, when the group read only the first names."""
    if ctx.is_private or not cut([order.buyer_name for order in orders]):
        return []
    listed = t(lang, "list_separator").join(f"#{order.number} {order.buyer_name}" for order in orders)
    text = t(lang, "cancel_unpaid_full_list", count=len(orders), title=group_buy.terms.title, id=group_buy.id)
    return [Reply(text=f"{text}{listed}", private_to=ctx.request.user_id, language=lang)]
