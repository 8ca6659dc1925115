"""Domain events: facts that happened, collected by aggregates and handed out after commit."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Event:
    """Base of all domain events."""


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
