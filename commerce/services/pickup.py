"""Use cases of pickup (核销): a paid order's code, handing goods over by it, and pickup helpers.

`give_code` runs wherever an order becomes paid (the organiser's 已收, a Telegram or Stars payment).
`verify` is `核销 4827` by the organiser, an admin of the chat, or a helper of the group buy: it finds
the order among the group buys the sender may verify from where they typed it (that chat's, or in a
private chat their own and those they help with), and hands it over through the order's own
transition (`hand_over`), one guarded write: of two helpers taking the same code at once, one counts.
A sender who may verify nothing here is told so whatever the code, so nobody learns which codes exist.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime, timedelta

from commerce.domain.errors import DomainError, NotFound
from commerce.domain.group_buy import GroupBuy
from commerce.domain.ledger import HOLDING_PERIOD, HeldAgain
from commerce.domain.order import Order, OrderStatus
from commerce.domain.pickup import EXAMPLE_CODES, code_candidates, collection, may_verify
from commerce.domain.reach import Where
from commerce.ports import UnitOfWork
from commerce.services.group_buys import find
from commerce.services.ledger import hold_again


@dataclass(frozen=True)
class Collected:
    """An order just handed over by its code, with its group buy (for the answer and the card)."""

    order: Order
    group_buy: GroupBuy


@dataclass(frozen=True)
class PickupUndone:
    """An order whose pickup was undone (撤销已取), with its group buy, and what that did to the
    commission the pickup had released early (`held.moved`: pending again; `held.kept`: paid out)."""

    order: Order
    group_buy: GroupBuy
    held: HeldAgain


class AlreadyCollected(DomainError):
    """The code's order was handed over before: `at` when and `by` whom (a user id; the chat layer
    names them)."""

    def __init__(self, *, order: Order, group_buy: GroupBuy, at: datetime, by: str) -> None:
        super().__init__("pickup_code_used", order=order.number)
        self.order, self.group_buy, self.at, self.by = order, group_buy, at, by


class SeveralCoded(DomainError):
    """`核销 4827` when orders of several group buys the sender verifies hold 4827: nothing is guessed."""

    def __init__(self, *, code: str, choices: Sequence[Collected]) -> None:
        super().__init__("pickup_code_which", digits=code, n=len(choices))
        self.choices = tuple(choices)


async def give_code(uow: UnitOfWork, order: Order) -> str:
    """The paid order's pickup code: its own if it has one, else random draws until one is free among
    its group buy's orders (`commerce.domain.pickup.code_candidates`)."""
    assert order.id is not None
    if order.pickup_code is not None:
        return order.pickup_code
    for candidate in code_candidates():
        given = await uow.pickups.assign_code(order.id, order.group_buy_id, candidate)
        if given is not None:
            order.pickup_code = given
            return given
    raise DomainError("busy_try_again")  # twenty draws all taken: not in this universe, but say so


async def hand_over(uow: UnitOfWork, order: Order, *, actor: str, now: datetime) -> None:
    """已取货: the order is collected (`Order.fulfil`), written only if it is still as it was read, so
    a concurrent hand-over of the same order leaves this one refused as already collected."""
    previous = order.status.value
    order.fulfil(actor=actor, now=now)
    if not await uow.orders.save_status(order, previous=previous):
        raise DomainError("order_already_picked_up", order=order.number)


async def verify(
    uow: UnitOfWork,
    *,
    code: str,
    actor: str,
    helper: str,
    is_admin: bool,
    where: Where,
    now: datetime | None,
    group_buy_id: int | None = None,
) -> Collected:
    """核销 4827 (`#12` narrows it to one group buy): the order holding the code, handed over at `now`.
    `now` None: only checked, nothing changed (核销 4827 5028 checks every code before any order is
    handed over; `handed_over` then hands each over), refused as the hand-over would refuse it
    (`order_not_paid_yet`, `order_not_pickable` as `Order.fulfil`).

    `actor` is the sender's user id (organisers are stored by it), `helper` their member identity
    (helpers are). Refused with `pickup_not_helper` (the sender verifies nothing here),
    `pickup_code_unknown`, `SeveralCoded`, `AlreadyCollected`, or the order's own refusal (refunded).
    """
    done = await _coded(
        uow, code=code, actor=actor, helper=helper, is_admin=is_admin, where=where, group_buy_id=group_buy_id
    )
    order = done.order
    if now is not None:
        await handed_over(uow, done, actor=actor, now=now)
    elif order.status is OrderStatus.PENDING_PAYMENT:
        raise DomainError("order_not_paid_yet", order=order.number)
    elif order.status is not OrderStatus.PAID:
        raise DomainError("order_not_pickable", order=order.number, status=order.status.value)
    return done


async def _coded(
    uow: UnitOfWork,
    *,
    code: str,
    actor: str,
    helper: str,
    is_admin: bool,
    where: Where,
    group_buy_id: int | None,
) -> Collected:
    """The order holding `code` that the sender may verify from `where`, not collected yet."""
    chat = None if where.private else where.chat_id
    admin = is_admin and not where.private
    ids = await uow.pickups.coded(code, chat_id=chat, actor=actor, helper=helper, admin=admin)
    found: list[Collected] = []
    for order_id in ids:
        order = await uow.orders.get(order_id)
        group_buy = None if order is None else await uow.group_buys.get(order.group_buy_id)
        if order is None or group_buy is None or group_buy_id not in (None, group_buy.id):
            continue
        helps = group_buy.id is not None and await uow.pickups.is_helper(group_buy.id, helper)
        if may_verify(group_buy, actor, is_admin=admin, is_helper=helps):  # what `coded` asked, checked
            found.append(Collected(order, group_buy))
    if not found:
        if not admin and not await uow.pickups.verifies_any(chat_id=chat, actor=actor, helper=helper):
            raise DomainError("pickup_not_helper")
        if code in EXAMPLE_CODES:  # `/pickupcode 4827` typed as `/help` shows it
            raise NotFound("pickup_code_example", digits=code)
        raise NotFound("pickup_code_unknown", digits=code)
    if len(found) > 1:
        raise SeveralCoded(code=code, choices=found)
    done = found[0]
    _refuse_if_collected(done.order, done.group_buy)
    return done


async def handed_over(uow: UnitOfWork, done: Collected, *, actor: str, now: datetime) -> None:
    """The order of a code (`verify`) handed over; collected by someone else since it was read: said as
    a code used before (`AlreadyCollected`)."""
    try:
        await hand_over(uow, done.order, actor=actor, now=now)
    except DomainError as refusal:  # collected by someone else since it was read
        if refusal.code != "order_already_picked_up" or done.order.id is None:
            raise
        fresh = await uow.orders.get(done.order.id)
        if fresh is not None:
            _refuse_if_collected(fresh, done.group_buy)
        raise


def _refuse_if_collected(order: Order, group_buy: GroupBuy) -> None:
    handed = collection(order)
    if handed is not None:
        raise AlreadyCollected(order=order, group_buy=group_buy, at=handed.at, by=handed.actor)


async def set_helper(
    uow: UnitOfWork,
    *,
    chat_id: str,
    group_buy_id: int | None,
    actor: str,
    helper: str,
    name: str,
    add: bool,
    now: datetime,
    private: bool = False,
) -> GroupBuy:
    """设置帮手 @Cat / 取消帮手 @Cat: the organiser names (or drops) a pickup helper of their group buy
    in this chat (`#12`, else the one `find` gives the organiser; in private `#12`, one of hers).
    `helper` is the member's identity, `name` how the answers call them."""
    group_buy = await helped_group_buy(
        uow, chat_id=chat_id, group_buy_id=group_buy_id, actor=actor, private=private
    )
    assert group_buy.id is not None
    title = group_buy.terms.title
    if add and not await uow.pickups.add_helper(group_buy.id, helper, by=actor, at=now):
        raise DomainError("helper_already", name=name, id=group_buy.id, title=title)
    if not add and not await uow.pickups.remove_helper(group_buy.id, helper):
        raise DomainError("helper_not_found", name=name, id=group_buy.id, title=title)
    return group_buy


async def helped_group_buy(
    uow: UnitOfWork, *, chat_id: str, group_buy_id: int | None, actor: str, private: bool = False
) -> GroupBuy:
    """The group buy whose helpers the organiser manages from this chat; only its organiser may. In
    private: `#12`, when she organises it (anyone else's is answered as one that does not exist)."""
    if private:
        if group_buy_id is None:
            raise DomainError("helper_usage")
        found = await uow.group_buys.get(group_buy_id)
        if found is None or not Where(chat_id, private=True).organiser_reaches(found, actor):
            raise NotFound("group_buy_not_found", id=group_buy_id)
        return found
    group_buy = await find(uow, chat_id=chat_id, group_buy_id=group_buy_id, organiser=actor)
    if not group_buy.may_manage(actor, is_admin=False):
        raise DomainError("not_organiser", organiser=group_buy.organiser_name)
    return group_buy


async def undo_hand_over(
    uow: UnitOfWork,
    *,
    order_id: int,
    actor: str,
    helper: str,
    is_admin: bool,
    now: datetime,
    where: Where,
    hold: timedelta = HOLDING_PERIOD,
) -> PickupUndone:
    """撤销已取 3-5: a hand-over marked by mistake undone, by the organiser (an admin of its chat, in it)
    or by the pickup helper who marked it; the order goes back to paid, not picked up (`Order.unfulfil`,
    one guarded write), and the commission its pickup released before the `hold` is pending again, as
    if never picked up, unless asked for in a payout or paid out (`ledger.hold_again`). An order `where`
    does not reach is answered as one that does not exist."""
    order = await uow.orders.get(order_id)
    group_buy = None if order is None else await uow.group_buys.get(order.group_buy_id)
    if order is None or group_buy is None or group_buy.id is None:
        raise NotFound("order_not_found", order=order_id if order is None else order.number)
    manages = where.finds_managed(order, group_buy, actor) and group_buy.may_manage(
        actor, is_admin=is_admin and where.admin_counts(group_buy)
    )
    marked = order.handed_over_by == actor and await uow.pickups.is_helper(group_buy.id, helper)
    if not manages and not marked:
        if not where.finds_managed(order, group_buy, actor):
            raise NotFound("order_not_found", order=order.number)
        raise DomainError("unpickup_not_allowed", organiser=group_buy.organiser_name)
    previous = order.status.value
    order.unfulfil(actor=actor, now=now)
    if not await uow.orders.save_status(order, previous=previous):  # undone or refunded meanwhile
        raise DomainError("busy_try_again")
    return PickupUndone(order, group_buy, await hold_again(uow, order_id, at=now, hold=hold))
