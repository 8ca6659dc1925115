"""`commerce.ports.CollectionRepository`: payment reports on `orders`, reminder times on `group_buys`.

Each write is one guarded UPDATE ... RETURNING, so of two processes (or two taps) doing the same thing
only one gets a row back: a payment is reported once, a group is reminded once in six hours, the evening
before a pickup is reminded once (its own slot, `pickup_reminded_at`: not a 催款 of the six hours).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from functools import cache
from typing import Any

from sqlalchemy import bindparam, case, or_, select, update
from sqlalchemy.ext.asyncio import AsyncConnection
from sqlalchemy.sql import Executable, Select

from commerce.domain.collecting import Owing
from commerce.domain.group_buy import GroupBuyStatus
from commerce.domain.order import OrderStatus
from commerce.domain.order_numbers import order_label
from storage.tables import UtcDateTime, group_buy_listings, group_buys, is_row_id, orders

PENDING = OrderStatus.PENDING_PAYMENT.value


@dataclass(frozen=True)
class _Statements:
    report: Executable
    withdraw: Executable
    receive_part: Executable
    receive_in_report: Executable
    top_up: Executable
    reported: Select[Any]
    owing: Select[Any]
    with_unpaid: Select[Any]
    last_reminded: Select[Any]
    claim_reminder: Executable
    last_reminded_in: Select[Any]
    claim_reminder_in: Executable
    set_pickup_at: Executable
    keep_pickup_at: Executable
    pickups_between: Select[Any]
    claim_pickup: Executable
    listing_pickups_between: Select[Any]
    claim_listing_pickup: Executable


@cache
def _statements() -> _Statements:
    o, g, li = orders.c, group_buys.c, group_buy_listings.c
    listing = (li.group_buy_id == bindparam("gid"), li.chat_id == bindparam("chat"))
    pending_of = (o.group_buy_id == bindparam("gid"), o.status == PENDING)
    pickup_at = bindparam("pickup_time", type_=UtcDateTime())
    return _Statements(
        report=update(orders)
        .where(o.id == bindparam("oid"), o.status == PENDING, o.reported_paid_at.is_(None))
        .values(
            reported_paid_at=bindparam("at", type_=UtcDateTime()),
            reported_via=bindparam("via"),
            reported_amount=bindparam("amount"),
            reported_added=bindparam("added"),
            denied_amount=None,
        )
        .returning(o.id),
        withdraw=update(orders)
        .where(o.id == bindparam("oid"), o.status == PENDING, o.reported_paid_at.is_not(None))
        .values(
            reported_paid_at=None,
            reported_amount=0,
            reported_added=0,
            received_amount=bindparam("kept"),
            denied_amount=bindparam("denied"),
        )
        .returning(o.id),
        receive_part=update(orders)
        .where(o.id == bindparam("oid"), o.status == PENDING, o.reported_paid_at.is_(None))
        .values(received_amount=bindparam("kept"), denied_amount=None)
        .returning(o.id),
        receive_in_report=update(orders)
        .where(o.id == bindparam("oid"), o.status == PENDING, o.reported_paid_at.is_not(None))
        .values(received_amount=bindparam("kept"))
        .returning(o.id),
        top_up=update(orders)
        .where(
            o.id == bindparam("oid"),
            o.status == PENDING,
            o.reported_paid_at.is_not(None),
            o.reported_amount == bindparam("was"),
        )
        .values(
            reported_amount=bindparam("amount"),
            reported_added=bindparam("added"),
            reported_paid_at=bindparam("at", type_=UtcDateTime()),
        )
        .returning(o.id),
        reported=select(o.buyer_id).where(*pending_of, o.reported_paid_at.is_not(None)),
        owing=select(
            o.id, o.seq, o.buyer_id, o.buyer_name, o.total, o.currency, o.reported_paid_at, o.received_amount
        )
        .where(*pending_of)
        .order_by(o.id),
        with_unpaid=select(o.group_buy_id)
        .where(o.chat_id == bindparam("chat"), o.status == PENDING)
        .distinct()
        .order_by(o.group_buy_id),
        last_reminded=select(g.payment_reminded_at).where(g.id == bindparam("gid")),
        claim_reminder=update(group_buys)
        .where(
            g.id == bindparam("gid"),
            or_(
                g.payment_reminded_at.is_(None),
                g.payment_reminded_at <= bindparam("since", type_=UtcDateTime()),
            ),
        )
        .values(payment_reminded_at=bindparam("at", type_=UtcDateTime()))
        .returning(g.id),
        last_reminded_in=select(li.payment_reminded_at).where(*listing),
        claim_reminder_in=update(group_buy_listings)
        .where(
            *listing,
            or_(
                li.payment_reminded_at.is_(None),
                li.payment_reminded_at <= bindparam("since", type_=UtcDateTime()),
            ),
        )
        .values(payment_reminded_at=bindparam("at", type_=UtcDateTime()))
        .returning(li.id),
        # SET reads the row as it was: the reminder is kept only when the time did not change
        set_pickup_at=update(group_buys)
        .where(g.id == bindparam("gid"))
        .values(
            pickup_at=pickup_at,
            pickup_reminded_at=case((g.pickup_at == pickup_at, g.pickup_reminded_at), else_=None),
        ),
        # a time moved within the day the evening reminder was for: that reminder stands
        keep_pickup_at=update(group_buys)
        .where(g.id == bindparam("gid"))
        .values(pickup_at=pickup_at)
        .returning(g.pickup_reminded_at),
        pickups_between=select(g.id)
        .where(
            g.pickup_reminded_at.is_(None),
            g.pickup_at >= bindparam("starts", type_=UtcDateTime()),
            g.pickup_at < bindparam("ends", type_=UtcDateTime()),
            g.status == GroupBuyStatus.SUCCEEDED.value,
        )
        .order_by(g.id),
        # 帮卖: the groups whose own pickup (`自提` sent there) falls in the evening's window
        listing_pickups_between=select(li.id)
        .select_from(group_buy_listings.join(group_buys, g.id == li.group_buy_id))
        .where(
            li.pickup_reminded_at.is_(None),
            li.pickup_at >= bindparam("starts", type_=UtcDateTime()),
            li.pickup_at < bindparam("ends", type_=UtcDateTime()),
            g.status == GroupBuyStatus.SUCCEEDED.value,
        )
        .order_by(li.id),
        claim_listing_pickup=update(group_buy_listings)
        .where(li.id == bindparam("lid"), li.pickup_reminded_at.is_(None))
        .values(pickup_reminded_at=bindparam("at", type_=UtcDateTime()))
        .returning(li.id),
        claim_pickup=update(group_buys)
        .where(g.id == bindparam("gid"), g.pickup_reminded_at.is_(None))
        # its own slot: the evening reminder never holds back the organiser's 催款 (nor counts as one)
        .values(pickup_reminded_at=bindparam("at", type_=UtcDateTime()))
        .returning(g.id),
    )


class SqlCollectionRepository:
    def __init__(self, conn: AsyncConnection) -> None:
        self.conn = conn
        self.sql = _statements()

    async def _one(self, statement: Executable, params: dict[str, Any]) -> bool:
        return (await self.conn.execute(statement, params)).first() is not None

    async def report_paid(
        self, order_id: int, at: datetime, via: str = "", amount: int = 0, added: int = 0
    ) -> bool:
        return is_row_id(order_id) and await self._one(
            self.sql.report, {"oid": order_id, "at": at, "via": via, "amount": amount, "added": added}
        )

    async def top_up_report(self, order_id: int, was: int, amount: int, added: int, at: datetime) -> bool:
        return is_row_id(order_id) and await self._one(
            self.sql.top_up, {"oid": order_id, "was": was, "amount": amount, "added": added, "at": at}
        )

    async def withdraw_report(self, order_id: int, kept: int = 0, denied: int = 0) -> bool:
        return is_row_id(order_id) and await self._one(
            self.sql.withdraw, {"oid": order_id, "kept": kept or None, "denied": denied or None}
        )

    async def receive_part(self, order_id: int, kept: int, *, reported: bool = False) -> bool:
        sql = self.sql.receive_in_report if reported else self.sql.receive_part
        return is_row_id(order_id) and await self._one(sql, {"oid": order_id, "kept": kept})

    async def reported_buyers(self, group_buy_id: int) -> set[str]:
        rows = await self.conn.execute(self.sql.reported, {"gid": group_buy_id})
        return {row.buyer_id for row in rows}

    async def owing(self, group_buy_id: int) -> list[Owing]:
        rows = await self.conn.execute(self.sql.owing, {"gid": group_buy_id})
        return [
            Owing(
                order_id=int(row.id),
                number=order_label(group_buy_id, int(row.seq)),
                buyer_id=row.buyer_id,
                buyer_name=row.buyer_name,
                total=int(row.total),
                currency=row.currency,
                reported=row.reported_paid_at is not None,
                received=_received(row),
            )
            for row in rows
        ]

    async def with_unpaid(self, chat_id: str) -> list[int]:
        rows = await self.conn.execute(self.sql.with_unpaid, {"chat": chat_id})
        return [int(row.group_buy_id) for row in rows]

    async def last_reminded(self, group_buy_id: int, *, chat_id: str | None = None) -> datetime | None:
        params: dict[str, Any]
        if chat_id is None:
            statement, params = self.sql.last_reminded, {"gid": group_buy_id}
        else:
            statement, params = self.sql.last_reminded_in, {"gid": group_buy_id, "chat": chat_id}
        found: datetime | None = (await self.conn.execute(statement, params)).scalar_one_or_none()
        return found

    async def claim_reminder(
        self, group_buy_id: int, *, now: datetime, since: datetime, chat_id: str | None = None
    ) -> bool:
        params: dict[str, Any] = {"gid": group_buy_id, "at": now, "since": since}
        if chat_id is None:
            return await self._one(self.sql.claim_reminder, params)
        return await self._one(self.sql.claim_reminder_in, {**params, "chat": chat_id})

    async def set_pickup_at(
        self, group_buy_id: int, at: datetime | None, *, keep_reminder: bool = False
    ) -> bool:
        params = {"gid": group_buy_id, "pickup_time": at}
        if not keep_reminder:
            await self.conn.execute(self.sql.set_pickup_at, params)
            return False
        row = (await self.conn.execute(self.sql.keep_pickup_at, params)).first()
        return row is not None and row.pickup_reminded_at is not None

    async def pickups_between(self, starts: datetime, ends: datetime) -> list[int]:
        rows = await self.conn.execute(self.sql.pickups_between, {"starts": starts, "ends": ends})
        return [int(row.id) for row in rows]

    async def claim_pickup_reminder(self, group_buy_id: int, at: datetime) -> bool:
        return await self._one(self.sql.claim_pickup, {"gid": group_buy_id, "at": at})

    async def listing_pickups_between(self, starts: datetime, ends: datetime) -> list[int]:
        rows = await self.conn.execute(self.sql.listing_pickups_between, {"starts": starts, "ends": ends})
        return [int(row.id) for row in rows]

    async def claim_listing_pickup_reminder(self, listing_id: int, at: datetime) -> bool:
        return is_row_id(listing_id) and await self._one(
            self.sql.claim_listing_pickup, {"lid": listing_id, "at": at}
        )


def _received(row: Any) -> int:
    """What the organiser received of an unpaid order not reported now (只收到 ¥20), as
    `Order.received_part` reads it; 0: none."""
    part = int(row.received_amount or 0)
    return part if row.reported_paid_at is None and 0 < part < int(row.total) else 0
