"""`已取` / `已提货` / `已收` from a member who organises nothing: an organiser's command (she marks a
pickup, confirms a payment) typed by a buyer in his private chat with the bot. The organiser's form
(`请这样写：已取货 12-3…`) says nothing he can use: he is told that only the organiser does it, and what
he can do: show his pickup code at pickup (his paid orders' codes, else that `我的订单` shows it once
paid), or tell the organiser he paid (`我已付款 1-2`)."""

from __future__ import annotations

from commerce.domain.errors import DomainError
from commerce.domain.member import identity
from commerce.domain.order import OrderStatus
from handlers.context import Context

_USAGE = frozenset({"picked_up_usage", "paid_usage"})
_MARKS = frozenset({"picked_up", "paid"})


async def instead(ctx: Context, refusal: DomainError) -> DomainError | None:
    """What a buyer's `已取` / `已收` in private is told instead of the organiser's form or "no order
    #1-1 here" (None: the sender organises or helps with a group buy, is an admin, or it is another
    refusal: as it is)."""
    request, command = ctx.request, ctx.command
    picked_up = refusal.code == "picked_up_usage" or command.name == "picked_up"
    if not ctx.is_private or request.is_admin or request.user_id in ctx.config.payout_admins:
        return None
    if refusal.code not in _USAGE and not (command.name in _MARKS and refusal.code == "order_not_found"):
        return None
    helper = identity(request.platform, request.user_id)
    if await ctx.uow.pickups.verifies_any(chat_id=None, actor=request.user_id, helper=helper):
        return None
    orders = await ctx.uow.orders.for_buyer(request.user_id)
    if picked_up:
        codes = [(o.number, o.pickup_code_shown) for o in orders if o.pickup_code_shown]
        if not codes:
            return DomainError("buyer_marks_pickup_none")
        return DomainError("buyer_marks_pickup_code", codes=" · ".join(f"#{n} {c}" for n, c in codes))
    unpaid = [o.number for o in orders if o.status is OrderStatus.PENDING_PAYMENT]
    if len(unpaid) == 1:
        return DomainError("buyer_marks_paid_order", order=unpaid[0])
    if unpaid:  # each order she may report paying, as she would send it (never a `<order>` to fill in)
        listed = " · ".join(f"#{number}" for number in unpaid)
        return DomainError("buyer_marks_paid_orders", order=unpaid[0], orders=listed)
    return DomainError("buyer_marks_paid")
