"""Domain events: facts that happened, collected by aggregates and handed out after commit.

Every event is a frozen dataclass of plain values (ints, strings), so it can be written to the outbox
as JSON (`dumps`) and read back (`loads`) by another process: a handler that must not miss an event
(a ledger posting, a notification) is retried from there. Each class registers itself by name.
"""

from __future__ import annotations

import json
from dataclasses import asdict, dataclass
from typing import Any, ClassVar


@dataclass(frozen=True)
class Event:
    """Base of all domain events."""

    registry: ClassVar[dict[str, type[Event]]] = {}

    def __init_subclass__(cls, **kwargs: Any) -> None:
        super().__init_subclass__(**kwargs)
        Event.registry[cls.__name__] = cls

    @property
    def name(self) -> str:
        return type(self).__name__


def dumps(event: Event) -> str:
    """`{"type": "OrderPaid", "data": {...}}` as compact JSON."""
    return json.dumps({"type": event.name, "data": asdict(event)}, ensure_ascii=False, separators=(",", ":"))


def loads(text: str) -> Event:
    """The event `dumps` wrote; `KeyError` for a type this version does not know."""
    item = json.loads(text)
    return Event.registry[item["type"]](**item["data"])


# -- group buys ----------------------------------------------------------------------------------------
@dataclass(frozen=True)
class GroupBuyOpened(Event):
    group_buy_id: int
    chat_id: str
    deadline_iso: str


@dataclass(frozen=True)
class Joined(Event):
    group_buy_id: int
    user_id: str
    quantity: int
    total_for_user: int


@dataclass(frozen=True)
class Left(Event):
    group_buy_id: int
    user_id: str
    quantity: int
    total_for_user: int


@dataclass(frozen=True)
class Succeeded(Event):
    group_buy_id: int
    chat_id: str


@dataclass(frozen=True)
class Failed(Event):
    group_buy_id: int
    chat_id: str
    reason: str


@dataclass(frozen=True)
class Cancelled(Event):
    group_buy_id: int
    chat_id: str


@dataclass(frozen=True)
class GroupBuyFulfilled(Event):
    group_buy_id: int
    chat_id: str


@dataclass(frozen=True)
class GroupBuyEdited(Event):
    """The organiser changed the terms of an open group buy (/edit): its deadline as it now stands, so
    the scheduler moves the job (commerce.domain.edits)."""

    group_buy_id: int
    chat_id: str
    deadline_iso: str


# -- orders --------------------------------------------------------------------------------------------
@dataclass(frozen=True)
class OrderCreated(Event):
    order_id: int
    group_buy_id: int
    buyer_id: str
    total_minor: int
    currency: str


@dataclass(frozen=True)
class OrderPaid(Event):
    order_id: int
    group_buy_id: int
    buyer_id: str
    amount_minor: int = 0
    currency: str = ""
    method: str = ""


@dataclass(frozen=True)
class OrderCancelled(Event):
    """Cancelled before payment: by the system when its reservation lapsed, or by a person."""

    order_id: int
    group_buy_id: int
    buyer_id: str
    actor: str
    reason: str


@dataclass(frozen=True)
class OrderRefunded(Event):
    order_id: int
    group_buy_id: int
    buyer_id: str
    amount_minor: int
    currency: str
    method: str


@dataclass(frozen=True)
class OrderPartRefunded(Event):
    """部分退款: `amount_minor` of a paid (or picked-up) order given back; the order stays paid. `payment`:
    the refund's place among the order's payments (1st, 2nd, ...), its ledger key."""

    order_id: int
    group_buy_id: int
    buyer_id: str
    amount_minor: int
    currency: str
    method: str
    payment: int


@dataclass(frozen=True)
class OrderUnpaid(Event):
    """撤销已收: a payment confirmed by mistake was taken back; the order waits for payment again."""

    order_id: int
    group_buy_id: int
    buyer_id: str
    amount_minor: int
    currency: str
    actor: str


@dataclass(frozen=True)
class OrderFulfilled(Event):
    """Picked up (核销): the goods were handed over."""

    order_id: int
    group_buy_id: int
    buyer_id: str
