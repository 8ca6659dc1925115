"""撤销已收 (`/unpaid 12-3`, the console's 撤销已收): a payment confirmed by mistake taken back.

The order goes back to awaiting payment through its transition table (`Order.unpay`, one guarded
write: of two undos at once one counts); its `OrderUnpaid` event reaches the ledger in the same unit
of work (`commerce.services.ledger`: the reverse of what the payment posted, commission included);
a payment report (我已付款) on it is cleared, so 催款 and the card count it as owed again. The pickup
code stays the order's: unusable while unpaid (核销 refuses an unpaid order), the same once paid again.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from commerce.domain.errors import DomainError, NotFound
from commerce.domain.group_buy import GroupBuy
from commerce.domain.ledger import COMMISSION_KINDS, commission_held, holdings
from commerce.domain.order import Order, OrderStatus
from commerce.domain.reach import Where
from commerce.domain.unpaying import check_not_paid_out, check_undoable, commission_available
from commerce.ports import UnitOfWork
from commerce.services.orders import SeveralOrders, members_newest  # 已收 @张三's own rule
from commerce.services.own_orders import is_own

PAID = OrderStatus.PAID.value


class PickedUpAlready(DomainError):
    """撤销已收 @张三 whose paid order here is picked up already (核销): it stays paid, so that order is
    named, as `撤销已收 12-3` of it is answered (`unpaid_picked_up`); `order_id` for where it may be said
    (another group's buyer, 帮卖: privately)."""

    def __init__(self, *, name: str, order: Order) -> None:
        super().__init__("unpaid_member_picked_up", name=name, order=order.number)
        self.order_id = order.id


@dataclass(frozen=True)
class Undone:
    """An order whose confirmed payment was just taken back, its group buy, and the commission that
    payment had credited (to a sharer or help-seller), taken back with it."""

    order: Order
    group_buy: GroupBuy
    commission: int = 0
    # the same by earner, (member, amount): a help-seller's (帮卖) or a sharer's, each told it went back
    earned: tuple[tuple[str, int], ...] = ()


async def undo_paid(
    uow: UnitOfWork, *, order_id: int, actor: str, is_admin: bool, now: datetime, where: Where
) -> Undone:
    """Take back the confirmed payment of order `order_id`, by whoever may confirm it (the organiser,
    or an admin of its chat); an order `where` does not reach is answered as one that does not exist."""
    order = await uow.orders.get(order_id)
    group_buy = None if order is None else await uow.group_buys.get(order.group_buy_id)
    if order is None or group_buy is None or not where.finds_managed(order, group_buy, actor):
        raise NotFound("order_not_found", order=order_id if order is None else order.number)
    if not group_buy.may_manage(actor, is_admin=is_admin and where.admin_counts(group_buy)):
        raise DomainError("not_organiser", organiser=group_buy.organiser_name)
    check_undoable(order, own=is_own(order, group_buy))
    held = holdings(await uow.ledger.of_order(order_id))
    owed = commission_available(held)
    balances = {key: await uow.ledger.balance(*key) for key in owed}
    check_not_paid_out(order, owed, balances)
    order.unpay(actor=actor, now=now, reason=f"undone by {actor}")
    if not await uow.orders.save_status(order, previous=PAID):  # undone, picked up or refunded meanwhile
        raise DomainError("busy_try_again")
    if order.reported_paid_at is not None:  # 我已付款 before the 已收: owed again, so chased again
        await uow.collecting.withdraw_report(order_id)
        order.reported_paid_at = None
    commission = sum(amount for (account, _), amount in held.items() if account.kind in COMMISSION_KINDS)
    return Undone(order, group_buy, commission, commission_held(held, order.currency))


async def commission_earned(uow: UnitOfWork, order: Order) -> tuple[tuple[str, int], ...]:
    """The commission `order`'s payment credited (pending or available), by earner (a sharer's or a
    help-seller's, (member, amount)): what an undo of it takes back (the console's 撤销已收 says it)."""
    assert order.id is not None
    return commission_held(holdings(await uow.ledger.of_order(order.id)), order.currency)


async def paid_order_of_member(
    uow: UnitOfWork, *, chat_id: str, buyer_id: str, actor: str, is_admin: bool, private: bool = False
) -> int:
    """撤销已收 @张三: the id of the member's one paid order here that `actor` runs; refused with
    `member_no_order`, `PickedUpAlready` (none paid but one picked up: it cannot be un-paid),
    `unpaid_member_none` (none paid), `not_organiser`, or `SeveralOrders`.
    `private`: in her private chat, of the group buys she organises (`members_newest`)."""
    order_id, name = await members_newest(
        uow, chat_id, buyer_id, actor, is_admin, OrderStatus.PAID, private=private
    )
    if order_id is not None:
        return order_id
    try:  # picked up: paid, but no longer undoable; the newest such order is the one she meant
        picked_id, _ = await members_newest(
            uow, chat_id, buyer_id, actor, is_admin, OrderStatus.FULFILLED, private=private
        )
    except SeveralOrders as several:
        picked_id = several.choices[-1].order.id
    except DomainError:  # none she runs: nothing of hers to undo
        picked_id = None
    picked = None if picked_id is None else await uow.orders.get(picked_id)
    if picked is not None:
        raise PickedUpAlready(name=name, order=picked)
    raise DomainError("unpaid_member_none", name=name)
