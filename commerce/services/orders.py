"""Use cases of orders: a member's list, and the organiser's offline confirmation (已收).

An order number reaches only what `commerce.domain.reach.Where` allows from the chat it was typed in.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import datetime

from commerce.domain.errors import DomainError, NotFound
from commerce.domain.group_buy import GroupBuy, GroupBuyStatus
from commerce.domain.order import Order, OrderStatus
from commerce.domain.order_numbers import OrderNumber
from commerce.domain.reach import Where
from commerce.ports import UnitOfWork
from commerce.services.pickup import give_code, hand_over


@dataclass(frozen=True)
class Confirmed:
    """An order just marked as paid, and the group buy it belongs to (for the card and the messages)."""

    order: Order
    group_buy: GroupBuy


_RECENT_GROUP_BUYS = 20  # an organiser's newest group buys whose help-sold buyers `已收 @name` finds


class SeveralOrders(DomainError):
    """`已收 @张三` when 张三 has more than one order here that it could mean: nothing is guessed, the
    organiser says which by number. `choices` are those orders with their group buys, oldest first."""

    def __init__(self, *, name: str, choices: Sequence[Confirmed]) -> None:
        super().__init__("member_several_orders", name=name, n=len(choices))
        self.choices = tuple(choices)


class SeveralNumbered(DomainError):
    """A bare `3` that orders of several group buys here could mean: nothing is guessed. `choices` are
    those orders with their group buys' titles, oldest first (the handler lists them)."""

    def __init__(self, *, typed: str, choices: Sequence[tuple[Order, str]]) -> None:
        super().__init__("order_number_several", order=typed, example=choices[-1][0].number)
        self.choices = tuple(choices)


async def resolve(
    uow: UnitOfWork,
    number: OrderNumber,
    *,
    where: Where,
    actor: str,
    as_buyer: bool = False,
    waiting: OrderStatus | None = None,
) -> int:
    """The id of the order a typed number names: `12-3` is one order wherever it is typed (whether it
    may be acted on from here is the use case's `Where` check); a bare `3` is order 3 of this chat's
    group buys (in private: of the sender's own group buys, or as a buyer their own orders). Several:
    those `waiting` in that status, if that leaves one; otherwise nothing is guessed, the sender is
    asked which (`SeveralNumbered`). None: answered as a number that does not exist."""
    if number.group_buy_id is not None:
        found = await uow.orders.by_number(number.group_buy_id, number.seq)
        if found is None:
            await _not_closed_yet(uow, number, where=where, actor=actor)
            raise NotFound("order_not_found", order=str(number))
        return found
    buyer = actor if as_buyer else None
    if not where.private:
        listed = await uow.orders.numbered(number.seq, chat_id=where.chat_id, buyer_id=buyer)
        # Orders made in this group; another group's (帮卖) only when it is the one order 3 here: a
        # group never reads the names of another group's buyers (`12-3` reaches those, answered privately).
        candidates = [order for order in listed if order.chat_id == where.chat_id]
        if not candidates and len(listed) == 1:
            candidates = listed
    elif as_buyer:
        candidates = await uow.orders.numbered(number.seq, buyer_id=actor)
    else:
        candidates = await uow.orders.numbered(number.seq, organiser_id=actor)
    if len(candidates) > 1 and waiting is not None:
        candidates = [o for o in candidates if o.status is waiting] or candidates
    if not candidates:
        raise NotFound("order_not_found", order=str(number))
    if len(candidates) > 1:
        choices = []
        for order in reversed(candidates):  # oldest first
            group_buy = await uow.group_buys.get(order.group_buy_id)
            choices.append((order, group_buy.terms.title if group_buy is not None else ""))
        raise SeveralNumbered(typed=str(number), choices=choices)
    found_id = candidates[0].id
    assert found_id is not None
    return found_id


async def _not_closed_yet(uow: UnitOfWork, number: OrderNumber, *, where: Where, actor: str) -> None:
    """`已收 9-1` while #9 is still open (of this chat, or typed in private by its organiser): refused as
    having no orders yet, since they are made at the close (`order_before_close`), not as a number that
    does not exist; to one who does not run it (`/ipaid 9-1` from a buyer), without how its organiser
    closes it (`order_before_close_member`, rep68 #9); anything else returns, and is answered as one
    that does not exist."""
    assert number.group_buy_id is not None
    group_buy = await uow.group_buys.get(number.group_buy_id)
    if group_buy is None or group_buy.status is not GroupBuyStatus.OPEN:
        return
    if group_buy.chat_id != where.chat_id and group_buy.organiser_id != actor:  # another group's: unsaid
        return
    if group_buy.organiser_id != actor:  # a buyer's `/ipaid 2-1`: no instruction meant for its organiser
        raise DomainError(
            "order_before_close_member", order=str(number), id=group_buy.id, title=group_buy.terms.title
        )
    raise DomainError("order_before_close", order=str(number), id=group_buy.id, title=group_buy.terms.title)


async def orders_of(uow: UnitOfWork, *, buyer_id: str) -> list[Order]:
    return await uow.orders.for_buyer(buyer_id)


async def _managed(uow: UnitOfWork, *, order_id: int, actor: str, is_admin: bool, where: Where) -> Confirmed:
    """The order and its group buy, if `where` reaches it and `actor` runs that group buy (or is an admin
    of its chat). An order `where` does not reach is answered exactly as a number that does not exist."""
    order = await uow.orders.get(order_id)
    group_buy = None if order is None else await uow.group_buys.get(order.group_buy_id)
    if order is None or group_buy is None or not where.finds_managed(order, group_buy, actor):
        raise NotFound("order_not_found", order=order_id if order is None else order.number)
    if not group_buy.may_manage(actor, is_admin=is_admin and where.admin_counts(group_buy)):
        raise DomainError("not_organiser", organiser=group_buy.organiser_name)
    return Confirmed(order, group_buy)


async def confirm_paid(
    uow: UnitOfWork, *, order_id: int, actor: str, is_admin: bool, now: datetime, where: Where
) -> Confirmed:
    """已收款 12: the organiser confirms cash, a transfer or payment at pickup."""
    done = await _managed(uow, order_id=order_id, actor=actor, is_admin=is_admin, where=where)
    _ensure_confirmable(done.order, done.group_buy)
    done.order.mark_paid(actor=actor, method="offline", reference="", amount=done.order.total, now=now)
    await uow.orders.save(done.order)
    await give_code(uow, done.order)  # the buyer's pickup code (核销), in the note they get
    return done


async def paid_or_payable(
    uow: UnitOfWork, *, order_id: int, actor: str, is_admin: bool, where: Where
) -> tuple[Confirmed, bool]:
    """已收 1-1 1-2 checks every order before any is confirmed: reached and managed as `confirm_paid`
    wants, then payable (False) or paid already (True, picked up or not: a repeat changes nothing). Any
    other status is refused as `Order.mark_paid` refuses it (`order_not_payable`)."""
    done = await _managed(uow, order_id=order_id, actor=actor, is_admin=is_admin, where=where)
    status = done.order.status
    if status in (OrderStatus.PAID, OrderStatus.FULFILLED):
        return done, True
    _ensure_confirmable(done.order, done.group_buy)
    if status is not OrderStatus.PENDING_PAYMENT:
        raise DomainError("order_not_payable", order=done.order.number, status=status.value)
    return done, False


def _ensure_confirmable(order: Order, group_buy: GroupBuy) -> None:
    """已收 of a refunded or cancelled order: refused as the organiser's confirmation, not as a payment
    ("cannot be marked paid: it was refunded", never "cannot be paid now"); one cancelled unpaid that
    can be brought back says how first (`恢复订单 1-10`)."""
    if order.status is OrderStatus.CANCELLED and restorable(group_buy):
        raise DomainError("order_cancelled_restore_first", order=order.number)
    if order.status in (OrderStatus.REFUNDED, OrderStatus.CANCELLED):
        raise DomainError("order_not_confirmable", order=order.number, status=order.status.value)


def restorable(group_buy: GroupBuy) -> bool:
    """Whether a cancelled unpaid order of `group_buy` can be brought back (恢复订单): it went ahead
    (succeeded, or every order collected), not failed or called off."""
    return group_buy.status in (GroupBuyStatus.SUCCEEDED, GroupBuyStatus.FULFILLED)


async def collected_or_collectable(
    uow: UnitOfWork, *, order_id: int, actor: str, is_admin: bool, where: Where
) -> tuple[Confirmed, bool]:
    """已取 1-1 1-2 checks every order before any is handed over, as `paid_or_payable` does: paid and
    waiting for pickup (False) or picked up already (True: a repeat changes nothing); any other status
    is refused as `Order.fulfil` refuses it (`order_not_paid_yet`, `order_not_pickable`)."""
    done = await _managed(uow, order_id=order_id, actor=actor, is_admin=is_admin, where=where)
    status = done.order.status
    if status is OrderStatus.FULFILLED:
        return done, True
    if status is OrderStatus.PENDING_PAYMENT:
        raise DomainError("order_not_paid_yet", order=done.order.number)
    if status is not OrderStatus.PAID:
        raise DomainError("order_not_pickable", order=done.order.number, status=status.value)
    return done, False


async def help_sold_chats(uow: UnitOfWork, *, organiser_id: str, chat_id: str) -> dict[str, set[int]]:
    """The other groups (帮卖) where `organiser_id`'s newest group buys of `chat_id` are listed, each with
    those group buys' ids: where her `已收 @Kim` in her own group looks for a buyer nobody here is."""
    listed: dict[str, set[int]] = {}
    for summary in await uow.views.group_buys_of(organiser_id, limit=_RECENT_GROUP_BUYS):
        if summary.chat_id != chat_id:
            continue
        for listing in await uow.listings.of_group_buy(summary.id):
            if listing.chat_id != chat_id:
                listed.setdefault(listing.chat_id, set()).add(summary.id)
    return listed


async def listed_buyers(uow: UnitOfWork, *, organiser_id: str, chat_id: str, name: str) -> list[str]:
    """Buyers on the lists of `organiser_id`'s newest group buys of `chat_id` whose own line (not a
    friend's, not one made in another group) bears `name`, as the card there shows it: whom her
    `已收 @Cat` means when Cat joined by a share code in her private chat and is no member of the group
    on record. Only names those cards show in this chat are found."""
    wanted = name.casefold()
    found: dict[str, None] = {}
    for summary in await uow.views.group_buys_of(organiser_id, limit=_RECENT_GROUP_BUYS):
        if summary.chat_id != chat_id:
            continue
        for line in await uow.group_buys.participants(summary.id):
            if not line.friend and line.listing_id is None and line.display_name.casefold() == wanted:
                found[line.user_id] = None
    return list(found)


async def own_buyers_named(uow: UnitOfWork, *, organiser_id: str, name: str) -> dict[str, list[Order]]:
    """The buyers called `name` (as their orders name them) of `organiser_id`'s newest group buys, each
    with those orders, newest first: whom her `/paid @Wu` in private means (no chat to look in)."""
    wanted = name.casefold()
    found: dict[str, list[Order]] = {}
    for summary in await uow.views.group_buys_of(organiser_id, limit=_RECENT_GROUP_BUYS):
        for order in await uow.orders.for_group_buy(summary.id):
            if order.buyer_name.casefold() == wanted and order.seq:
                found.setdefault(order.buyer_id, []).append(order)
    return found


async def members_of_own_chats(uow: UnitOfWork, *, organiser_id: str, name: str, platform: str) -> list[str]:
    """The members called `name` in the chats of `organiser_id`'s newest group buys (one she is in):
    whom her `/paid @Bob` in private means when no order of hers bears the name (Bob joined, or is in
    her group, with no order yet), so the answer says Bob has none, not that nobody is called so."""
    found: dict[str, None] = {}
    chats = [
        summary.chat_id for summary in await uow.views.group_buys_of(organiser_id, limit=_RECENT_GROUP_BUYS)
    ]
    for chat_id in dict.fromkeys(chats):
        for member in await uow.members.find_in_chat(chat_id, name):
            if member.platform == platform and member.user_id != organiser_id:
                found[member.user_id] = None
    return list(found)


async def help_sold_buyers(
    uow: UnitOfWork, *, listed: dict[str, set[int]], name: str, platform: str
) -> list[str]:
    """Members called `name` in the groups of `listed` (`help_sold_chats`) who bought there from one of
    its group buys: their user ids. Nobody else of those groups is found (no name leaks from them)."""
    found: dict[str, None] = {}
    for chat_id, group_buy_ids in listed.items():
        for member in await uow.members.find_in_chat(chat_id, name):
            if member.platform != platform or member.user_id in found:
                continue
            orders = await uow.orders.for_buyer(member.user_id)
            if any(o.chat_id == chat_id and o.group_buy_id in group_buy_ids for o in orders):
                found[member.user_id] = None
    return list(found)


async def confirm_picked_up(
    uow: UnitOfWork, *, order_id: int, actor: str, is_admin: bool, now: datetime, where: Where
) -> Confirmed:
    """已取货 12: the organiser handed the goods over (核销); the order is fulfilled (a guarded write:
    of two at once, one counts)."""
    done = await _managed(uow, order_id=order_id, actor=actor, is_admin=is_admin, where=where)
    await hand_over(uow, done.order, actor=actor, now=now)
    return done


async def mark_paid_for_member(
    uow: UnitOfWork,
    *,
    chat_id: str,
    buyer_id: str,
    actor: str,
    is_admin: bool,
    now: datetime,
    private: bool = False,
) -> Confirmed:
    """已收 @张三: the member's unpaid order from a group buy of this chat that `actor` runs.

    Refused with `member_no_order` (no order here), `member_all_paid` (all paid), `not_organiser`, or
    `SeveralOrders` (more than one unpaid: which one is not guessed).
    """
    order_id, name = await members_newest(
        uow, chat_id, buyer_id, actor, is_admin, OrderStatus.PENDING_PAYMENT, private=private
    )
    if order_id is None:
        raise await _paid_already(uow, chat_id, buyer_id, actor, is_admin, name, private=private)
    here = Where(chat_id, private=private)
    return await confirm_paid(uow, order_id=order_id, actor=actor, is_admin=is_admin, now=now, where=here)


async def _paid_already(
    uow: UnitOfWork, chat_id: str, buyer_id: str, actor: str, is_admin: bool, name: str, *, private: bool
) -> DomainError:
    """`已收 @Kim` with no unpaid order of Kim's: her order `actor` may confirm marked paid already, said
    by its number (s39: once "no unpaid order"), with how to undo it where `撤销已收` can
    (`member_already_paid`); picked up, or part refunded: said so, no undo; several: each named; none
    paid (cancelled, refunded): `member_all_paid` as before."""
    done = (OrderStatus.PAID, OrderStatus.FULFILLED)
    try:
        order_id, _ = await members_newest(uow, chat_id, buyer_id, actor, is_admin, done, private=private)
    except SeveralOrders as several:
        orders = " ".join(f"#{each.order.number}" for each in several.choices)
        return DomainError("member_already_paid_several", name=name, orders=orders)
    except DomainError:  # none she may confirm
        order_id = None
    order = None if order_id is None else await uow.orders.get(order_id)
    if order is None:
        return DomainError("member_all_paid", name=name)
    if order.status is OrderStatus.FULFILLED:
        return DomainError("member_already_picked_up", name=name, order=order.number)
    if order.refunded_part:  # its payment can no longer be undone (`unpaid_part_refunded`)
        return DomainError("member_already_paid_kept", name=name, order=order.number)
    return DomainError("member_already_paid", name=name, order=order.number)


async def mark_picked_up_for_member(
    uow: UnitOfWork,
    *,
    chat_id: str,
    buyer_id: str,
    actor: str,
    is_admin: bool,
    now: datetime,
    private: bool = False,
) -> Confirmed:
    """已取 @张三: the member's paid, not yet collected order from a group buy `actor` runs (refused as
    `mark_paid_for_member` is)."""
    order_id, name = await members_newest(
        uow, chat_id, buyer_id, actor, is_admin, OrderStatus.PAID, private=private
    )
    if order_id is None:
        await _why_none_to_pick_up(uow, chat_id, buyer_id, actor, private=private)
        raise DomainError("member_none_to_pick_up", name=name)
    here = Where(chat_id, private=private)
    return await confirm_picked_up(
        uow, order_id=order_id, actor=actor, is_admin=is_admin, now=now, where=here
    )


async def _why_none_to_pick_up(
    uow: UnitOfWork, chat_id: str, buyer_id: str, actor: str, *, private: bool
) -> None:
    """已提货 @老陈 with no paid order of his to hand over (rep94 #7): his newest order here said, as its
    number would be: unpaid (`member_pickup_not_paid`: confirm the payment first) or picked up already
    (`member_already_picked_up`, its `order_id` for the chat layer to say when and by whom)."""
    here = Where(chat_id, private=private)
    for order in await uow.orders.for_buyer(buyer_id):  # newest first
        group_buy = await uow.group_buys.get(order.group_buy_id)
        if group_buy is None or not (order.chat_id == chat_id or here.organiser_reaches(group_buy, actor)):
            continue
        if order.status is OrderStatus.PENDING_PAYMENT:
            raise DomainError("member_pickup_not_paid", name=order.buyer_name, order=order.number)
        if order.status is OrderStatus.FULFILLED:
            raise DomainError(
                "member_already_picked_up", name=order.buyer_name, order=order.number, order_id=order.id
            )


async def paid_order_of_member(
    uow: UnitOfWork, *, chat_id: str, buyer_id: str, actor: str, is_admin: bool, private: bool = False
) -> int:
    """退款 @张三: the id of the member's refundable order (paid, or picked up: goods collected and found
    bad, or unpaid with part of it received: 只收到 1-2 50, taken as `退款 1-2` takes it) from a group buy
    of this chat that `actor` runs; refused like `mark_paid_for_member` (more than one refundable:
    `SeveralOrders`, which one is not guessed), or `member_none_to_refund`."""
    refundable = (OrderStatus.PAID, OrderStatus.FULFILLED)  # more than one of either: ask which
    order_id, name = await members_newest(
        uow, chat_id, buyer_id, actor, is_admin, refundable, private=private, also=_part_received
    )
    if order_id is None:
        raise DomainError("member_none_to_refund", name=name)
    return order_id


def _part_received(order: Order) -> bool:
    """An unpaid order the organiser received part of (只收到 1-2 50 of ¥113), reported since or not:
    its money is refundable, as `退款 1-2` refunds it."""
    return order.status is OrderStatus.PENDING_PAYMENT and 0 < order.received_amount < order.total


async def members_newest(
    uow: UnitOfWork,
    chat_id: str,
    buyer_id: str,
    actor: str,
    is_admin: bool,
    waiting: OrderStatus | tuple[OrderStatus, ...],
    *,
    private: bool = False,
    also: Callable[[Order], bool] | None = None,
) -> tuple[int | None, str]:
    """The id of the member's one order that is `waiting`, that `actor` may manage and that `12-3` typed
    here reaches (`Where.organiser_reaches`: of this chat's group buys, 帮卖 orders of other groups
    included), None when no order of theirs here is `waiting`, and the member's name for the answer;
    with more than one such order, `SeveralOrders`. Orders made in this chat come first: one made in
    another group (帮卖) only when none made here is `waiting` for `actor`. Their order made here of
    another chat's group buy is its organiser's here, as `已收 1-6` typed here is (`Where.finds_managed`),
    a help-seller's `not_organiser`. `private`: `chat_id` is the actor's private chat, which reaches the
    orders of the group buys she organises (in private, `/paid @Wu`). `also`: an order it holds true of
    is `waiting` too, whatever its status (退款 @Dan: his unpaid order part received, 只收到 1-2 50)."""
    here = Where(chat_id, private=private)
    mine: list[Confirmed] = []
    for order in await uow.orders.for_buyer(buyer_id):  # newest first
        group_buy = await uow.group_buys.get(order.group_buy_id)
        if group_buy is not None and (order.chat_id == chat_id or here.organiser_reaches(group_buy, actor)):
            mine.append(Confirmed(order, group_buy))
    if not mine:
        raise DomainError("member_no_order", member=buyer_id)  # the answer names her (handlers.app)
    statuses = waiting if isinstance(waiting, tuple) else (waiting,)
    candidates = [
        found for found in mine if found.order.status in statuses or (also is not None and also(found.order))
    ]
    if not candidates:
        return None, mine[0].order.buyer_name
    organisers: list[str] = []
    managed: list[Confirmed] = []
    for found in candidates:  # reached as its number is (`Where.finds_managed`): 帮卖 orders made here too
        assert found.order.id is not None
        admin = is_admin and here.admin_counts(found.group_buy)  # an admin of its own group only
        if found.group_buy.may_manage(actor, is_admin=admin):
            managed.append(found)
        else:
            organisers.append(found.group_buy.organiser_name)
    # Those made here first: one made in another group (帮卖) only when none made here is waiting, as a
    # bare `3` reaches one, so `@Cat` never lists nor takes Cat's order of another group instead.
    managed = [found for found in managed if found.order.chat_id == chat_id] or managed
    if len(managed) > 1:
        raise SeveralOrders(name=managed[0].order.buyer_name, choices=managed[::-1])
    if managed:
        assert managed[0].order.id is not None
        return managed[0].order.id, managed[0].order.buyer_name
    raise DomainError("not_organiser", organiser=organisers[0])
