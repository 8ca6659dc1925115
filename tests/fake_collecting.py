"""The in-memory `commerce.ports.CollectionRepository`, keeping storage.collecting's contract: each
guarded write succeeds for one caller only (`tests.fakes` wires it into the fake unit of work)."""

from __future__ import annotations

from dataclasses import dataclass, field, replace
from datetime import datetime
from typing import TYPE_CHECKING

from commerce.domain.collecting import Owing
from commerce.domain.group_buy import GroupBuyStatus
from commerce.domain.order import OrderStatus

if TYPE_CHECKING:
    from tests.fakes import MemoryState


@dataclass
class Reminders:
    """What storage keeps on `group_buys` for getting paid, by group buy id."""

    payment_reminded_at: dict[int, datetime] = field(default_factory=dict)
    listing_reminded_at: dict[tuple[int, str], datetime] = field(default_factory=dict)  # 帮卖 sellers'
    pickup_at: dict[int, datetime] = field(default_factory=dict)
    pickup_reminded_at: dict[int, datetime] = field(default_factory=dict)
    listing_pickup_reminded_at: dict[int, datetime] = field(default_factory=dict)  # 帮卖: by listing id


class FakeCollecting:
    def __init__(self, state: MemoryState) -> None:
        self.s = state
        self.r = state.reminders

    async def report_paid(
        self, order_id: int, at: datetime, via: str = "", amount: int = 0, added: int = 0
    ) -> bool:
        order = self.s.orders.get(order_id)
        if order is None or order.status is not OrderStatus.PENDING_PAYMENT or order.reported_paid_at:
            return False
        order.reported_paid_at, order.reported_via, order.reported_amount = at, via, amount
        order.reported_added, order.denied_amount = added, 0
        return True

    async def top_up_report(self, order_id: int, was: int, amount: int, added: int, at: datetime) -> bool:
        order = self.s.orders.get(order_id)
        if order is None or order.status is not OrderStatus.PENDING_PAYMENT or not order.reported_paid_at:
            return False
        if order.reported_amount != was:
            return False
        order.reported_amount, order.reported_added, order.reported_paid_at = amount, added, at
        return True

    async def withdraw_report(self, order_id: int, kept: int = 0, denied: int = 0) -> bool:
        order = self.s.orders.get(order_id)
        if order is None or order.status is not OrderStatus.PENDING_PAYMENT or not order.reported_paid_at:
            return False
        order.reported_paid_at, order.reported_amount, order.received_amount = None, 0, kept
        order.reported_added, order.denied_amount = 0, denied
        return True

    async def receive_part(self, order_id: int, kept: int, *, reported: bool = False) -> bool:
        order = self.s.orders.get(order_id)
        if order is None or order.status is not OrderStatus.PENDING_PAYMENT:
            return False
        if (order.reported_paid_at is not None) is not reported:
            return False
        order.received_amount = kept
        if not reported:
            order.denied_amount = 0
        return True

    def _pending(self, group_buy_id: int) -> list[Owing]:
        return [
            Owing(
                o.id or 0,
                o.number,
                o.buyer_id,
                o.buyer_name,
                o.total,
                o.currency,
                o.reported_paid_at is not None,
                o.received_part,
            )
            for o in sorted(self.s.orders.values(), key=lambda o: o.id or 0)
            if o.group_buy_id == group_buy_id and o.status is OrderStatus.PENDING_PAYMENT
        ]

    async def reported_buyers(self, group_buy_id: int) -> set[str]:
        return {owing.buyer_id for owing in self._pending(group_buy_id) if owing.reported}

    async def owing(self, group_buy_id: int) -> list[Owing]:
        return self._pending(group_buy_id)

    async def with_unpaid(self, chat_id: str) -> list[int]:
        return sorted(
            {
                o.group_buy_id
                for o in self.s.orders.values()
                if o.chat_id == chat_id and o.status is OrderStatus.PENDING_PAYMENT
            }
        )

    async def last_reminded(self, group_buy_id: int, *, chat_id: str | None = None) -> datetime | None:
        if chat_id is not None:
            return self.r.listing_reminded_at.get((group_buy_id, chat_id))
        return self.r.payment_reminded_at.get(group_buy_id)

    async def claim_reminder(
        self, group_buy_id: int, *, now: datetime, since: datetime, chat_id: str | None = None
    ) -> bool:
        if chat_id is not None:
            last = self.r.listing_reminded_at.get((group_buy_id, chat_id))
            if last is not None and last > since:
                return False
            self.r.listing_reminded_at[(group_buy_id, chat_id)] = now
            return True
        last = self.r.payment_reminded_at.get(group_buy_id)
        if last is not None and last > since:
            return False
        self.r.payment_reminded_at[group_buy_id] = now
        return True

    async def set_pickup_at(
        self, group_buy_id: int, at: datetime | None, *, keep_reminder: bool = False
    ) -> bool:
        kept = keep_reminder and group_buy_id in self.r.pickup_reminded_at
        if not keep_reminder and (self.r.pickup_at.get(group_buy_id) != at or at is None):
            self.r.pickup_reminded_at.pop(group_buy_id, None)
        if at is None:
            self.r.pickup_at.pop(group_buy_id, None)
        else:
            self.r.pickup_at[group_buy_id] = at
        stored = self.s.group_buys.get(group_buy_id)
        if stored is not None:  # like storage: the same column the group buy is read back with
            stored.terms = replace(stored.terms, pickup_at=at)
        return kept

    async def pickups_between(self, starts: datetime, ends: datetime) -> list[int]:
        return sorted(
            gid
            for gid, at in self.r.pickup_at.items()
            if starts <= at < ends
            and gid not in self.r.pickup_reminded_at
            and self.s.group_buys[gid].status is GroupBuyStatus.SUCCEEDED
        )

    async def claim_pickup_reminder(self, group_buy_id: int, at: datetime) -> bool:
        if group_buy_id in self.r.pickup_reminded_at:
            return False
        self.r.pickup_reminded_at[group_buy_id] = at  # its own slot: not the organiser's 催款
        return True

    async def listing_pickups_between(self, starts: datetime, ends: datetime) -> list[int]:
        return sorted(
            listing.id
            for listing in self.s.listings
            if listing.id is not None
            and listing.pickup_at is not None
            and starts <= listing.pickup_at < ends
            and listing.id not in self.r.listing_pickup_reminded_at
            and self.s.group_buys[listing.group_buy_id].status is GroupBuyStatus.SUCCEEDED
        )

    async def claim_listing_pickup_reminder(self, listing_id: int, at: datetime) -> bool:
        if listing_id in self.r.listing_pickup_reminded_at:
            return False
        self.r.listing_pickup_reminded_at[listing_id] = at
        return True
