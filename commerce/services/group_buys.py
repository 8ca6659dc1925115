"""Use cases of group buys. Each takes an open unit of work; the caller commits (one per update)."""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import datetime

from commerce.domain.errors import DomainError, NotFound
from commerce.domain.events import Event, Joined
from commerce.domain.group_buy import GroupBuy, GroupBuyStatus, Participant, Terms, cleaned_payment_note
from commerce.domain.order import Order
from commerce.ports import UnitOfWork


@dataclass(frozen=True)
class Participation:
    """The outcome of a join or leave: the group buy after it and the member's line."""

    group_buy: GroupBuy
    line: Participant
    delta: int


@dataclass(frozen=True)
class Closing:
    """A group buy that closed, and the orders it produced (none unless it succeeded)."""

    group_buy: GroupBuy
    orders: list[Order]


@dataclass(frozen=True)
class CardView:
    """All a card needs: the group buy and its 接龙 list in join order."""

    group_buy: GroupBuy
    participants: list[Participant]


async def open_group_buy(
    uow: UnitOfWork,
    *,
    chat_id: str,
    organiser_id: str,
    organiser_name: str,
    terms: Terms,
    now: datetime,
    lang: str,
) -> GroupBuy:
    group_buy = GroupBuy.open(
        chat_id=chat_id,
        organiser_id=organiser_id,
        organiser_name=organiser_name,
        terms=terms,
        now=now,
        lang=lang,
    )
    return await uow.group_buys.add(group_buy)


async def find(uow: UnitOfWork, *, chat_id: str, group_buy_id: int | None) -> GroupBuy:
    """The group buy named by `#id` in this chat, or the newest open one here."""
    if group_buy_id is None:
        found = await uow.group_buys.latest_open_in_chat(chat_id)
        if found is None:
            raise NotFound("no_open_group_buy")
        return found
    found = await uow.group_buys.get(group_buy_id)
    if found is None or found.chat_id != chat_id:
        raise NotFound("group_buy_not_found", id=group_buy_id)
    return found


async def join(
    uow: UnitOfWork,
    *,
    chat_id: str,
    group_buy_id: int | None,
    user_id: str,
    display_name: str,
    quantity: int,
    now: datetime,
    friend: str = "",
) -> Participation:
    """跟团: add `quantity` units for a member (a second +1 adds one more), maybe for a friend.

    The member's line is read only when the decision or the new line depends on it (a per-person
    limit, a friend's name to add, no display name to write); otherwise the guarded write adds to
    whatever is stored and reports the line as stored, which saves a query on the busiest path.
    """
    group_buy = await find(uow, chat_id=chat_id, group_buy_id=group_buy_id)
    assert group_buy.id is not None
    needs_line = group_buy.terms.per_person_limit is not None or bool(friend.strip()) or not display_name
    current = await uow.group_buys.participant(group_buy.id, user_id) if needs_line else None
    line = group_buy.join(
        current, user_id=user_id, display_name=display_name, quantity=quantity, now=now, friend=friend
    )
    await _write(uow, group_buy, line, quantity, now=now, user_id=user_id)
    return Participation(group_buy, line, quantity)


async def leave(
    uow: UnitOfWork,
    *,
    chat_id: str,
    group_buy_id: int | None,
    user_id: str,
    quantity: int | None,
    now: datetime,
) -> Participation:
    """退出: remove `quantity` units, or the whole line when None."""
    group_buy = await find(uow, chat_id=chat_id, group_buy_id=group_buy_id)
    assert group_buy.id is not None
    current = await uow.group_buys.participant(group_buy.id, user_id)
    before = current.quantity if current else 0
    line = group_buy.leave(current, quantity=quantity, now=now)
    delta = line.quantity - before
    await _write(uow, group_buy, line, delta, now=now, user_id=user_id)
    return Participation(group_buy, line, delta)


async def _write(
    uow: UnitOfWork, group_buy: GroupBuy, line: Participant, delta: int, *, now: datetime, user_id: str
) -> None:
    """The guarded write; if a concurrent change made it fail, explain why from a fresh read."""
    if await uow.group_buys.change_participation(group_buy, line, delta, now=now):
        group_buy.events = _as_stored(group_buy.events, line)
        return
    assert group_buy.id is not None
    fresh = await uow.group_buys.get(group_buy.id)
    assert fresh is not None
    current = await uow.group_buys.participant(group_buy.id, user_id)
    if delta > 0:
        fresh.join(current, user_id=user_id, display_name=line.display_name, quantity=delta, now=now)
    else:
        fresh.leave(current, quantity=-delta, now=now)
    raise DomainError("busy_try_again")


def _as_stored(events: list[Event], line: Participant) -> list[Event]:
    """The member's total in `Joined` as the write stored it (the line may not have been read)."""
    return [
        replace(event, total_for_user=line.quantity) if isinstance(event, Joined) else event
        for event in events
    ]


async def close(
    uow: UnitOfWork, *, chat_id: str, group_buy_id: int | None, actor: str, is_admin: bool, now: datetime
) -> Closing:
    """截单: the organiser closes early once the target is reached; orders follow."""
    group_buy = await find(uow, chat_id=chat_id, group_buy_id=group_buy_id)
    previous = group_buy.status.value
    group_buy.close(actor=actor, is_admin=is_admin, now=now)
    return await _finish(uow, group_buy, previous, now=now)


async def cancel(
    uow: UnitOfWork, *, chat_id: str, group_buy_id: int | None, actor: str, is_admin: bool, now: datetime
) -> Closing:
    """取消: nobody is charged."""
    group_buy = await find(uow, chat_id=chat_id, group_buy_id=group_buy_id)
    previous = group_buy.status.value
    group_buy.cancel(actor=actor, is_admin=is_admin, now=now)
    return await _finish(uow, group_buy, previous, now=now)


async def expire(uow: UnitOfWork, *, group_buy_id: int, now: datetime) -> Closing | None:
    """At the deadline: succeed or fail. None when it is not due or already closed (idempotent)."""
    group_buy = await uow.group_buys.get(group_buy_id)
    if group_buy is None:
        return None
    previous = group_buy.status.value
    if not group_buy.expire(now=now):
        return None
    return await _finish(uow, group_buy, previous, now=now)


async def _finish(uow: UnitOfWork, group_buy: GroupBuy, previous: str, *, now: datetime) -> Closing:
    if not await uow.group_buys.save_status(group_buy, previous=previous):
        raise DomainError("group_buy_closed", id=group_buy.id, title=group_buy.terms.title)
    orders: list[Order] = []
    if group_buy.final_unit_price is not None and group_buy.id is not None:
        for participant in await uow.group_buys.participants(group_buy.id):
            orders.append(await uow.orders.add(Order.for_participant(group_buy, participant, now=now)))
    return Closing(group_buy, orders)


async def set_details(
    uow: UnitOfWork,
    *,
    chat_id: str,
    group_buy_id: int | None,
    actor: str,
    is_admin: bool,
    pickup: str | None = None,
    payment_note: str | None = None,
) -> GroupBuy:
    """自提 / 收款方式: the organiser names (or changes) where buyers collect and how they pay, after
    opening and even after success, unless the group buy was called off. None leaves a detail as it is."""
    group_buy = await find(uow, chat_id=chat_id, group_buy_id=group_buy_id)
    if not group_buy.may_manage(actor, is_admin=is_admin):
        raise DomainError("not_organiser", organiser=group_buy.organiser_name)
    if group_buy.status in (GroupBuyStatus.FAILED, GroupBuyStatus.CANCELLED):
        raise DomainError("group_buy_closed", id=group_buy.id, title=group_buy.terms.title)
    assert group_buy.id is not None
    terms = group_buy.terms
    group_buy.terms = replace(
        terms,
        pickup=terms.pickup if pickup is None else pickup,
        payment_note=terms.payment_note if payment_note is None else cleaned_payment_note(payment_note),
    )
    await uow.group_buys.save_details(
        group_buy.id, pickup=group_buy.terms.pickup, payment_note=group_buy.terms.payment_note
    )
    return group_buy


async def card(uow: UnitOfWork, *, group_buy_id: int) -> CardView:
    group_buy = await uow.group_buys.get(group_buy_id)
    if group_buy is None:
        raise NotFound("group_buy_not_found", id=group_buy_id)
    return CardView(group_buy, await uow.group_buys.participants(group_buy_id))
