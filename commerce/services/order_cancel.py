"""取消订单 (`/cancel 12-3`, `/cancel @Eve`, the console's Cancel): the organiser drops an unpaid order
(a buyer who backs out after the close).

The order moves `pending_payment --cancel--> cancelled` through its transition table, as a reservation
that lapses unpaid does (`Order.cancel`, one guarded write: of two at once, or a payment landing first,
one counts), so everything that counts what is owed (催款, /list, /mine, /orders, exports, the console)
leaves it out as it leaves a lapsed one out. An order whose buyer reported paying (我已付款, not
confirmed) is refused, changing nothing, unless the cancel is confirmed (`取消订单 1-4 确认`); its report is
then withdrawn with it.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta

from commerce.domain.errors import DomainError, NotFound
from commerce.domain.group_buy import GroupBuy, GroupBuyStatus, option_key
from commerce.domain.guests import is_guest
from commerce.domain.money import format_money
from commerce.domain.order import Order, OrderStatus
from commerce.domain.payments import order_payable_online
from commerce.domain.reach import Where
from commerce.ports import UnitOfWork
from commerce.services.orders import members_newest, restorable  # 已收 @张三's own rule

PENDING = OrderStatus.PENDING_PAYMENT.value


@dataclass(frozen=True)
class Dropped:
    """An unpaid order just cancelled by its organiser, and its group buy."""

    order: Order
    group_buy: GroupBuy
    reported: bool = False  # its buyer had reported paying (我已付款), never confirmed
    pay_by: datetime | None = None  # 恢复订单 past its pay-by time (lapsed): the fresh one it was given


async def _reached_order(
    uow: UnitOfWork, order_id: int, *, actor: str, where: Where
) -> tuple[Order, GroupBuy]:
    """The order and its group buy, as `where` reaches them: one it does not reach is answered as one
    that does not exist, except to its own buyer (who is then refused as not its organiser)."""
    order = await uow.orders.get(order_id)
    group_buy = None if order is None else await uow.group_buys.get(order.group_buy_id)
    if order is None or group_buy is None:
        raise NotFound("order_not_found", order=order_id if order is None else order.number)
    if not where.finds_managed(order, group_buy, actor) and order.buyer_id != actor:
        raise NotFound("order_not_found", order=order.number)
    return order, group_buy


async def cancel_unpaid(
    uow: UnitOfWork,
    *,
    order_id: int,
    actor: str,
    is_admin: bool,
    now: datetime,
    where: Where,
    confirmed: bool = False,
) -> Dropped:
    """Cancel the unpaid order `order_id`, by whoever may confirm its payment (the organiser, or an
    admin of its chat); an order `where` does not reach is answered as one that does not exist, but
    its own buyer's (in private too) is told only the organiser cancels it (naming her), and another
    member's reached (in the group) that it is not hers (`report_not_yours`). A paid
    (or picked up) one is refused with how to give the money back; a cancelled or refunded one says so.
    One its buyer reported paying is refused (naming the amount, and how to cancel it or confirm the
    money) unless `confirmed`."""
    order, group_buy = await _reached_order(uow, order_id, actor=actor, where=where)
    if not group_buy.may_manage(actor, is_admin=is_admin and where.admin_counts(group_buy)):
        if order.buyer_id != actor:  # another member's order: not hers, never "tell the organiser"
            raise DomainError("report_not_yours", order=order.number)
        raise DomainError("cancel_order_not_organiser", organiser=group_buy.organiser_name)
    check_cancellable(order)
    received = order.received_amount if 0 < order.received_amount < order.total else 0
    if (
        received
    ):  # 只收到 ¥50 of it: that money would go unrecorded (rep81 #1): refunded first, confirmed or not
        raise DomainError(
            "cancel_order_received_part",
            order=order.number,
            name=order.buyer_name,
            received=format_money(received, order.currency),
        )
    reported = order.reported_paid_at is not None
    if reported and not confirmed:  # he says he sent the money: never dropped unasked
        # what she said she paid (`我已付款 1-2 10元`: ¥10), else the order's total
        total = format_money(order.reported_amount or order.total, order.currency)
        raise DomainError(
            "cancel_order_reported_paid",
            order=order.number,
            name=order.buyer_name,
            total=total,
            paid_via=order.reported_via,  # `Hal 报过已付款 ¥78（微信）`
        )
    if reported:  # 我已付款 on it: nothing is owed any more (withdrawn while it still waits for payment:
        await uow.collecting.withdraw_report(order_id)  # the write is guarded so; a refusal undoes it)
        order.reported_paid_at = None
    order.cancel(actor=actor, now=now, reason=f"cancelled by {actor}")
    if not await uow.orders.save_status(order, previous=PENDING):  # paid or cancelled meanwhile
        raise DomainError("busy_try_again")
    return Dropped(order, group_buy, reported=reported)


async def restore_cancelled(
    uow: UnitOfWork,
    *,
    order_id: int,
    actor: str,
    is_admin: bool,
    now: datetime,
    where: Where,
    pay_within: timedelta,
    online: bool,
) -> Dropped:
    """恢复订单 12-3: an order cancelled unpaid (取消未付款, 取消订单, or lapsed past its pay-by time) waits
    for payment again with its units, by whoever may cancel it; refused, changing nothing, when it is not
    cancelled (a repeat of the same message restores once), refunded, its group buy did not go ahead, or
    the units it held are no longer to be had (its stock, an option's, its per-person limit: as a join).
    One paid online (`online`: a provider is set) whose pay-by time passed gets a fresh one, `pay_within`
    from now as a new order's, so it does not lapse again at once."""
    order, group_buy = await _reached_order(uow, order_id, actor=actor, where=where)
    if not group_buy.may_manage(actor, is_admin=is_admin and where.admin_counts(group_buy)):
        raise DomainError("restore_order_not_organiser", organiser=group_buy.organiser_name)
    if order.status is OrderStatus.REFUNDED:
        raise DomainError("restore_order_refunded", order=order.number)
    if order.status is not OrderStatus.CANCELLED:
        raise DomainError("restore_order_not_cancelled", order=order.number)
    if not restorable(group_buy):
        raise DomainError("restore_order_group_buy_over", order=order.number, title=group_buy.terms.title)
    await _check_units(uow, order, group_buy)
    order.restore(actor=actor, now=now)
    if not await uow.orders.save_status(order, previous=OrderStatus.CANCELLED.value):
        raise DomainError("busy_try_again")
    reserved = order_payable_online(order.total, order.currency, provider=online) and not is_guest(
        order.buyer_id
    )
    if not reserved or now < order.due_at(pay_within):
        return Dropped(order, group_buy)
    assert order.id is not None
    order.pay_by, order.reminded_at = now + pay_within, None  # as a new order's: reminded again before it
    await uow.orders.set_pay_by(order.id, order.pay_by)
    return Dropped(order, group_buy, pay_by=order.pay_by)


def may_restore(order: Order, group_buy: GroupBuy) -> bool:
    """Whether the organiser's 恢复订单 could bring `order` back as far as its history goes: cancelled
    (by hand or lapsed past its pay-by time), of a group buy that went ahead (its units aside)."""
    return order.status is OrderStatus.CANCELLED and restorable(group_buy)


async def _check_units(uow: UnitOfWork, order: Order, group_buy: GroupBuy) -> None:
    """The units `order` held still to be had, as a join's: within the stock and her per-person limit
    with every order not dropped (cancelled, refunded); refused naming what is left."""
    assert group_buy.id is not None
    held = [
        other
        for other in await uow.orders.for_group_buy(group_buy.id)
        if other.id != order.id and other.status not in (OrderStatus.CANCELLED, OrderStatus.REFUNDED)
    ]
    cap = group_buy.terms.stock_cap
    taken = sum(other.quantity for other in held)
    if cap is not None and taken + order.quantity > cap:
        left = max(cap - taken, 0)
        raise DomainError("restore_order_no_stock", order=order.number, count=order.quantity, left=left)
    if group_buy.terms.options:
        await _check_options(uow, order, group_buy, {other.buyer_id for other in held})
    limit = group_buy.terms.per_person_limit
    hers = sum(other.quantity for other in held if other.buyer_id == order.buyer_id)
    if limit is not None and hers + order.quantity > limit:
        left = max(limit - hers, 0)
        raise DomainError("restore_order_over_limit", order=order.number, limit=limit, left=left)


async def _check_options(uow: UnitOfWork, order: Order, group_buy: GroupBuy, holders: set[str]) -> None:
    """多规格: each option `order` held still to be had within that option's own stock, with the lines of
    the orders not dropped (`holders`' lines); refused naming the option and what is left of it."""
    assert group_buy.id is not None
    lines = await uow.group_buys.participants(group_buy.id)
    for option in group_buy.terms.options:
        if option.stock is None:
            continue
        of_it = [line for line in lines if line.option and option_key(line.option) == option_key(option.name)]
        count = sum(line.quantity for line in of_it if line.user_id == order.buyer_id)
        taken = sum(line.quantity for line in of_it if line.user_id in holders)
        if count and taken + count > option.stock:
            left = max(option.stock - taken, 0)
            raise DomainError(
                "restore_order_option_no_stock",
                order=order.number,
                option=option.name,
                count=count,
                left=left,
                id=group_buy.id,
            )


def check_cancellable(order: Order) -> None:
    """Only an order waiting for payment is dropped: a paid one needs its money back first (退款)."""
    status = order.status
    if status in (OrderStatus.PAID, OrderStatus.FULFILLED):
        raise DomainError("cancel_order_paid", order=order.number)
    if status is OrderStatus.CANCELLED:
        raise DomainError("cancel_order_cancelled_already", order=order.number)
    if status is OrderStatus.REFUNDED:
        raise DomainError("cancel_order_refunded", order=order.number)


async def unpaid_order_of_member(
    uow: UnitOfWork, *, chat_id: str, buyer_id: str, actor: str, is_admin: bool
) -> int:
    """取消订单 @张三: the id of the member's one unpaid order here that `actor` runs; refused with
    `member_no_order`, `cancel_order_member_none` (none unpaid), `not_organiser`, or `SeveralOrders`."""
    waiting = OrderStatus.PENDING_PAYMENT
    order_id, name = await members_newest(uow, chat_id, buyer_id, actor, is_admin, waiting)
    if order_id is None:
        raise DomainError("cancel_order_member_none", name=name)
    return order_id


@dataclass(frozen=True)
class Unpaid:
    """取消未付款 #12: a closed group buy's unpaid orders, those to cancel (nobody said they paid) and
    those left (their buyers reported paying: 我已付款, not confirmed), and those left as part of their
    money is recorded received (只收到 ¥50: refunded first, as 取消订单 of one says)."""

    group_buy: GroupBuy
    to_cancel: list[Order]
    reported: list[Order]
    part_received: list[Order]


async def unpaid_of(
    uow: UnitOfWork, *, chat_id: str, group_buy_id: int | None, actor: str, is_admin: bool, where: Where
) -> Unpaid:
    """The unpaid orders of the group buy named (in a group: of that group; in private: one `actor`
    organises), else of `actor`'s one group buy of this group with unpaid orders; only whoever may cancel
    an order of it (its organiser, an admin of its group) is answered with them."""
    admin = is_admin and not where.private
    if group_buy_id is not None:
        group_buy = await uow.group_buys.get(group_buy_id)
        if group_buy is None or not where.organiser_reaches(group_buy, actor):
            raise NotFound("group_buy_not_found", id=group_buy_id)
    elif where.private:
        raise DomainError("cancel_unpaid_usage")
    else:
        with_unpaid = await uow.collecting.with_unpaid(chat_id)
        candidates = [g for g in [await uow.group_buys.get(i) for i in with_unpaid] if g is not None]
        mine = [g for g in candidates if g.may_manage(actor, is_admin=admin)]
        if len(mine) > 1:
            choices = " · ".join(f"#{g.id} {g.terms.title}" for g in mine)  # reads in zh and en
            raise DomainError("cancel_unpaid_which", count=len(mine), choices=choices, example=mine[0].id)
        if not mine and candidates:  # somebody else's: only its organiser cancels its orders
            raise DomainError("cancel_unpaid_not_organiser", organiser=candidates[0].organiser_name)
        if not mine:
            raise DomainError("cancel_unpaid_none_here")
        group_buy = mine[0]
    assert group_buy.id is not None
    if not group_buy.may_manage(actor, is_admin=admin and where.admin_counts(group_buy)):
        raise DomainError("cancel_unpaid_not_organiser", organiser=group_buy.organiser_name)
    if group_buy.status is GroupBuyStatus.OPEN:  # no orders yet: lines are taken off with 踢出
        raise DomainError("cancel_unpaid_open", id=group_buy.id, title=group_buy.terms.title)
    # one she recorded part received of (只收到 ¥50) is kept: its money is refunded first (rep81 #1)
    pending = [
        o for o in await uow.orders.for_group_buy(group_buy.id) if o.status is OrderStatus.PENDING_PAYMENT
    ]
    part = [order for order in pending if 0 < order.received_amount < order.total]
    unpaid = [order for order in pending if order not in part]
    to_cancel = [order for order in unpaid if order.reported_paid_at is None]
    reported = [order for order in unpaid if order.reported_paid_at is not None]
    return Unpaid(group_buy, to_cancel, reported, part)
