"""An organiser's usage in her private chat names what the command could act on there: an order of one
of her group buys (`退款`: `退款 3-1`, a paid one; `已收`: `已收款 3-2`, an unpaid one), or her own group buy
(`帮卖`: `帮卖 #3 开 10%`), never a made-up number that may be someone else's (`12-3`, `#12`). With none,
a placeholder nobody takes for a real one (`N-M`, `#N`); the placeholder typed back is told it names
nothing, with a real example when there is one now (nothing changed)."""

from __future__ import annotations

import re

from commerce.domain.errors import DomainError
from commerce.domain.order import OrderStatus
from handlers.context import Context
from handlers.orders import ACTS_ON, example_order
from handlers.texts import t
from handlers.which import NO_NUMBER, example_number, groups_example_number, own_example_number

ORDER_PLACEHOLDER = "N-M"  # an order number where she has none to name (`退款 N-M`)
# each usage by order number: the command whose orders it names (`ACTS_ON`), its parameter
_ORDER_USAGES = {
    "paid_usage": ("paid", "order"),
    "picked_up_usage": ("picked_up", "order"),
    "refund_usage": ("refund", "order"),
    "cancel_order_usage": ("cancel_order", "example_order"),
}
_ORDER_PLACEHOLDER_TYPED = re.compile(r"(?<![\w-])N\s*-\s*M(?![\w-])", re.IGNORECASE)
_NUMBER_PLACEHOLDER_TYPED = re.compile(r"[#＃]\s*N(?![\w])", re.IGNORECASE)
_PICKUP_WORDS = frozenset({"自提", "自提点"})  # alone from one running no group buy: a question
MINE_ASKED = 20  # her newest group buys looked through for an order to name


async def own_order(ctx: Context, statuses: tuple[OrderStatus, ...]) -> str:
    """The first order (`3-1`) in one of `statuses` of the sender's newest group buy that has one; none:
    `N-M`."""
    hers = await ctx.uow.views.group_buys_of(ctx.request.user_id, limit=MINE_ASKED)
    for summary in sorted(hers, key=lambda summary: summary.id, reverse=True):
        made = [
            order
            for order in await ctx.uow.orders.for_group_buy(summary.id)
            if order.seq and (not statuses or order.status in statuses)
        ]
        if made:
            return min(made, key=lambda order: order.seq or 0).number
    return ORDER_PLACEHOLDER


async def her_number(ctx: Context) -> int | str:
    """The group buy an organiser's usage names: in her private chat her newest (none: `N`), in a group
    one of hers here (`example_number`)."""
    if ctx.is_private:
        return await own_example_number(ctx.uow, ctx.request.user_id)
    return await example_number(ctx.uow, ctx.request.chat_id, organiser=ctx.request.user_id)


async def with_own_examples(ctx: Context, refusal: DomainError, lang: str) -> DomainError:
    """`refusal` with the example it names in the sender's private chat: one of hers, else a
    placeholder; its placeholder copied back (`退款 N-M`, `帮卖 #N`) said to name nothing."""
    typed = ctx.request.text or ""
    if refusal.code in _ORDER_USAGES:
        name, param = _ORDER_USAGES[refusal.code]
        acts_on = ACTS_ON[name]
        if ctx.is_private:
            order = await own_order(ctx, acts_on)
            refusal = type(refusal)(refusal.code, **{**refusal.params, param: order})
        elif name == "refund":  # in a group: an order of hers here it could refund, else as ever
            order = await example_order(ctx, statuses=acts_on, manageable=True, usual="12-3")
            refusal = type(refusal)(refusal.code, **{**refusal.params, param: order})
        if _ORDER_PLACEHOLDER_TYPED.search(typed):
            order = str(refusal.params.get(param, ORDER_PLACEHOLDER))
            if order in (ORDER_PLACEHOLDER, "12-3", ""):
                return DomainError("order_placeholder_copied")
            example = t(lang, f"order_example_{name}", order=order)
            return DomainError("order_placeholder_copied_for", example=example)
    if refusal.code == "pickup_usage" and ctx.is_private:  # `自提` alone: `自提 #3 小区南门 明天下午5点`
        hers = await own_example_number(ctx.uow, ctx.request.user_id)
        if hers == NO_NUMBER and typed.strip() in _PICKUP_WORDS:  # a buyer's `自提`: asked, as ever
            asked = await groups_example_number(ctx.uow, ctx.request.platform, ctx.request.user_id)
            example = t(lang, "ask_example_pickup", id=asked)
            return DomainError("ask_which_private_example", example=example)
        return type(refusal)("pickup_usage_numbered", **{**refusal.params, "example_id": hers})
    if refusal.code == "helpsell_usage":
        number = await her_number(ctx)
        found = _NUMBER_PLACEHOLDER_TYPED.search(typed)
        if found is not None:  # `帮卖 #N 开 10%` copied: no group buy named
            value = found.group(0)
            return DomainError("group_buy_number_unreadable", value=value, of="helpsell", example_id=number)
        code = "helpsell_usage_private" if ctx.is_private else refusal.code
        return type(refusal)(code, **{**refusal.params, "example_id": number})
    return refusal
