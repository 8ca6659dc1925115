"""Rows <-> domain objects. Pure functions: no database access, so they are trivial to test and reuse.

Rows come in as SQLAlchemy `Row`s (Core results; anything with the column names as attributes works);
values go out as plain dicts for Core `insert()`/`update()`.
"""

from __future__ import annotations

import json
from collections.abc import Iterable
from enum import StrEnum
from functools import lru_cache
from typing import Any, TypeVar

from commerce.domain.group_buy import GroupBuy, GroupBuyStatus, Participant, PriceTier, ProductOption, Terms
from commerce.domain.order import Order, OrderLine, OrderStatus, PaymentEvent
from commerce.domain.sharing import ShareVisit
from commerce.domain.transitions import StatusChange

S = TypeVar("S", bound=StrEnum)


def _dumps(value: Any) -> str:
    return json.dumps(value, ensure_ascii=False, separators=(",", ":"))


# -- group buys --------------------------------------------------------------------------------------
def tiers_to_json(tiers: Iterable[PriceTier]) -> str:
    return _dumps([[t.min_quantity, t.unit_price] for t in tiers])


@lru_cache(maxsize=1024)
def tiers_from_json(text: str) -> tuple[PriceTier, ...]:
    """Cached by its text: every `+1` maps each open group buy of its chat, and the tiers (frozen, in a
    tuple) of one text are always the same."""
    return tuple(PriceTier(int(q), int(p)) for q, p in json.loads(text or "[]"))


def options_to_json(options: Iterable[ProductOption]) -> str:
    return _dumps([[o.name, o.unit_price, o.stock] for o in options])


@lru_cache(maxsize=1024)
def options_from_json(text: str) -> tuple[ProductOption, ...]:
    """Cached by its text, as `tiers_from_json`."""
    return tuple(
        ProductOption(str(name), int(price), None if stock is None else int(stock))
        for name, price, stock in json.loads(text or "[]")
    )


def group_buy_values(group_buy: GroupBuy) -> dict[str, Any]:
    """Every column of `group_buys` except `id`."""
    terms = group_buy.terms
    return {
        "chat_id": group_buy.chat_id,
        "organiser_id": group_buy.organiser_id,
        "organiser_name": group_buy.organiser_name,
        "title": terms.title,
        "currency": terms.currency,
        "unit_price": terms.unit_price,
        "tiers": tiers_to_json(terms.tiers),
        "options": options_to_json(terms.options),
        "target": terms.target,
        "stock": terms.stock,
        "per_person_limit": terms.per_person_limit,
        "deadline": group_buy.deadline,
        "pickup": terms.pickup,
        "payment_note": terms.payment_note,
        "unit": terms.unit,
        "status": group_buy.status.value,
        "sold": group_buy.sold,
        "lang": group_buy.lang,
        "created_at": group_buy.created_at,
        "closed_at": group_buy.closed_at,
        "final_unit_price": group_buy.final_unit_price,
        "photo": group_buy.photo,
        "sharer_rate_bp": group_buy.sharer_rate_bp,
        "help_sell_rate_bp": group_buy.help_sell_rate_bp,
    }


def group_buy_from_row(row: Any, history: list[StatusChange[GroupBuyStatus]] | None = None) -> GroupBuy:
    terms = Terms(
        title=row.title,
        unit_price=row.unit_price,
        currency=row.currency,
        tiers=tiers_from_json(row.tiers),
        options=options_from_json(row.options),
        target=row.target,
        stock=row.stock,
        per_person_limit=row.per_person_limit,
        deadline=row.deadline,
        pickup=row.pickup,
        payment_note=row.payment_note,
        unit=row.unit,
        pickup_at=row.pickup_at,  # written only by `SqlCollectionRepository.set_pickup_at`
    )
    return GroupBuy(
        id=row.id,
        chat_id=row.chat_id,
        organiser_id=row.organiser_id,
        organiser_name=row.organiser_name,
        terms=terms,
        created_at=row.created_at,
        status=GroupBuyStatus(row.status),
        sold=row.sold,
        lang=row.lang,
        closed_at=row.closed_at,
        final_unit_price=row.final_unit_price,
        photo=row.photo,
        sharer_rate_bp=row.sharer_rate_bp,
        help_sell_rate_bp=row.help_sell_rate_bp,
        listings=row.listings,
        history=list(history or []),
    )


# -- participants ------------------------------------------------------------------------------------
def participant_from_row(row: Any) -> Participant:
    return Participant(
        user_id=row.user_id,
        display_name=row.display_name,
        quantity=row.quantity,
        joined_at=row.joined_at,
        friend=row.friend,
        note=row.note,
        option=row.option,
        listing_id=row.listing_id,
        note_private=bool(row.note_private),
        added_by=row.added_by,
    )


def participant_values(group_buy_id: int, line: Participant, quantity: int) -> dict[str, Any]:
    return {
        "group_buy_id": group_buy_id,
        "user_id": line.user_id,
        "display_name": line.display_name,
        "quantity": quantity,
        "joined_at": line.joined_at,
        "friend": line.friend,
        "note": line.note,
        "option": line.option,
        "listing_id": line.listing_id,
        "note_private": line.note_private,
        "added_by": line.added_by,
    }


# -- status history ----------------------------------------------------------------------------------
def status_change_values(owner: str, owner_id: int, seq: int, change: StatusChange[Any]) -> dict[str, Any]:
    """A history row; `owner` is the foreign key column (`group_buy_id` or `order_id`)."""
    return {
        owner: owner_id,
        "seq": seq,
        "from_status": change.from_status.value,
        "to_status": change.to_status.value,
        "action": change.action,
        "actor": change.actor,
        "at": change.at,
        "reason": change.reason,
    }


def status_change_from_row(row: Any, status: type[S]) -> StatusChange[S]:
    return StatusChange(
        from_status=status(row.from_status),
        to_status=status(row.to_status),
        action=row.action,
        actor=row.actor,
        at=row.at,
        reason=row.reason,
    )


# -- orders ------------------------------------------------------------------------------------------
def order_values(order: Order) -> dict[str, Any]:
    """Every column of `orders` except `id`."""
    return {
        "group_buy_id": order.group_buy_id,
        "chat_id": order.chat_id,
        "buyer_id": order.buyer_id,
        "buyer_name": order.buyer_name,
        "currency": order.currency,
        "status": order.status.value,
        "created_at": order.created_at,
        "total": order.total,
        "pay_by": order.pay_by,
        "reminded_at": order.reminded_at,
        "reported_paid_at": order.reported_paid_at,
        "reported_via": order.reported_via,
        "reported_amount": order.reported_amount,
        "received_amount": order.received_amount or None,
        "denied_amount": order.denied_amount or None,
        "reported_added": order.reported_added,
        "seq": order.seq,
        "sharer_id": order.sharer_id,
        "help_seller_id": order.help_seller_id,
    }


def order_line_values(order_id: int, seq: int, line: OrderLine) -> dict[str, Any]:
    return {
        "order_id": order_id,
        "seq": seq,
        "description": line.description,
        "quantity": line.quantity,
        "unit_price": line.unit_price,
    }


def payment_values(order_id: int, seq: int, payment: PaymentEvent) -> dict[str, Any]:
    return {
        "order_id": order_id,
        "seq": seq,
        "kind": payment.kind,
        "amount": payment.amount,
        "method": payment.method,
        "reference": payment.reference,
        "actor": payment.actor,
        "at": payment.at,
        "provider_reference": payment.provider_reference,
        "refunded_option": payment.option,
        "refunded_units": payment.units,
    }


def order_line_from_row(row: Any) -> OrderLine:
    return OrderLine(description=row.description, quantity=row.quantity, unit_price=row.unit_price)


def payment_from_row(row: Any) -> PaymentEvent:
    return PaymentEvent(
        kind=row.kind,
        amount=row.amount,
        method=row.method,
        reference=row.reference,
        actor=row.actor,
        at=row.at,
        provider_reference=row.provider_reference,
        option=row.refunded_option or "",
        units=int(row.refunded_units or 0),
    )


def order_from_rows(row: Any, lines: Iterable[Any], history: Iterable[Any], payments: Iterable[Any]) -> Order:
    """An order from its row and its child rows (each already in `seq` order)."""
    return Order(
        id=row.id,
        group_buy_id=row.group_buy_id,
        chat_id=row.chat_id,
        buyer_id=row.buyer_id,
        buyer_name=row.buyer_name,
        currency=row.currency,
        lines=[order_line_from_row(r) for r in lines],
        created_at=row.created_at,
        status=OrderStatus(row.status),
        history=[status_change_from_row(r, OrderStatus) for r in history],
        payments=[payment_from_row(r) for r in payments],
        pay_by=row.pay_by,
        reminded_at=row.reminded_at,
        pickup_code=row.pickup_code,
        reported_paid_at=row.reported_paid_at,
        reported_via=row.reported_via or "",
        reported_amount=row.reported_amount or 0,
        received_amount=row.received_amount or 0,
        denied_amount=row.denied_amount or 0,
        reported_added=row.reported_added or 0,
        seq=row.seq,
        sharer_id=row.sharer_id,
        help_seller_id=row.help_seller_id,
    )


# -- share visits ------------------------------------------------------------------------------------
def share_visit_values(visit: ShareVisit) -> dict[str, Any]:
    return {
        "group_buy_id": visit.group_buy_id,
        "sharer_id": visit.sharer_id,
        "visitor_id": visit.visitor_id,
        "at": visit.at,
    }


def share_visit_from_row(row: Any) -> ShareVisit:
    return ShareVisit(
        group_buy_id=row.group_buy_id, sharer_id=row.sharer_id, visitor_id=row.visitor_id, at=row.at
    )
