"""`commerce.ports.PayoutRepository` on SQLite and PostgreSQL: the `payouts` table.

A request is one `INSERT ... ON CONFLICT DO NOTHING RETURNING id`: the partial unique index
`ux_payouts_open_member` (one open payout per member) turns a second open request, also a concurrent
one, into no row. A decision is one guarded `UPDATE ... WHERE status = :previous`, so of two admins
deciding at once, one moves it.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from functools import cache
from typing import Any

from sqlalchemy import bindparam, select, update
from sqlalchemy.dialects import postgresql, sqlite
from sqlalchemy.ext.asyncio import AsyncConnection
from sqlalchemy.sql import Executable, Select

from commerce.domain.payout import OPEN_STATUSES, Payout, PayoutStatus
from storage.tables import payout_destinations, payouts

c = payouts.c
kept = payout_destinations.c
_OPEN = sorted(status.value for status in OPEN_STATUSES)


@dataclass(frozen=True)
class _Statements:
    add: Executable
    get: Select[Any]
    open_of: Select[Any]
    open: Select[Any]
    of_member: Select[Any]
    save_status: Executable
    destination_of: Select[Any]
    keep_destination: Executable


@cache
def _statements(dialect: str) -> _Statements:
    new: Any
    new_destination: Any
    if dialect == "postgresql":
        new = postgresql.insert(payouts)
        new_destination = postgresql.insert(payout_destinations)
    elif dialect == "sqlite":
        new = sqlite.insert(payouts)
        new_destination = sqlite.insert(payout_destinations)
    else:
        raise NotImplementedError(f"storage supports sqlite and postgresql, not {dialect}")
    return _Statements(
        add=new.on_conflict_do_nothing().returning(c.id),
        get=select(payouts).where(c.id == bindparam("id")),
        open_of=select(payouts).where(c.member == bindparam("member"), c.status.in_(_OPEN)),
        open=select(payouts).where(c.status.in_(_OPEN)).order_by(c.id).limit(bindparam("limit")),
        of_member=select(payouts)
        .where(c.member == bindparam("member"))
        .order_by(c.id.desc())
        .limit(bindparam("limit")),
        save_status=update(payouts)
        .where(c.id == bindparam("pid"), c.status == bindparam("previous"))
        .values(status=bindparam("status"), updated_at=bindparam("at"))
        .returning(c.id),
        destination_of=select(kept.destination).where(kept.member == bindparam("member")),
        keep_destination=new_destination.on_conflict_do_update(
            index_elements=[kept.member],
            set_={
                "destination": new_destination.excluded.destination,
                "updated_at": new_destination.excluded.updated_at,
            },
        ),
    )


def _payout(row: Any) -> Payout:
    return Payout(
        id=row.id,
        member=row.member,
        member_name=row.member_name,
        currency=row.currency,
        amount=row.amount,
        requested_at=row.requested_at,
        status=PayoutStatus(row.status),
        updated_at=row.updated_at,
        destination=row.destination,
    )


class SqlPayoutRepository:
    def __init__(self, conn: AsyncConnection) -> None:
        self.conn = conn
        self.sql = _statements(conn.dialect.name)

    async def add(self, payout: Payout) -> Payout | None:
        values = {
            "member": payout.member,
            "member_name": payout.member_name,
            "currency": payout.currency,
            "amount": payout.amount,
            "status": payout.status.value,
            "requested_at": payout.requested_at,
            "updated_at": payout.updated_at,
            "destination": payout.destination,
        }
        new_id = (await self.conn.execute(self.sql.add, values)).scalar()
        if new_id is None:
            return None
        payout.id = int(new_id)
        return payout

    async def get(self, payout_id: int) -> Payout | None:
        row = (await self.conn.execute(self.sql.get, {"id": payout_id})).first()
        return _payout(row) if row is not None else None

    async def open_of(self, member: str) -> Payout | None:
        row = (await self.conn.execute(self.sql.open_of, {"member": member})).first()
        return _payout(row) if row is not None else None

    async def open(self, *, limit: int = 50) -> list[Payout]:
        return [_payout(row) for row in await self.conn.execute(self.sql.open, {"limit": limit})]

    async def of_member(self, member: str, *, limit: int) -> list[Payout]:
        params = {"member": member, "limit": limit}
        return [_payout(row) for row in await self.conn.execute(self.sql.of_member, params)]

    async def save_status(self, payout: Payout, *, previous: PayoutStatus) -> bool:
        params = {
            "pid": payout.id,
            "previous": previous.value,
            "status": payout.status.value,
            "at": payout.updated_at,
        }
        return (await self.conn.execute(self.sql.save_status, params)).first() is not None

    async def destination_of(self, member: str) -> str:
        found = (await self.conn.execute(self.sql.destination_of, {"member": member})).scalar()
        return str(found) if found is not None else ""

    async def keep_destination(self, member: str, destination: str, *, at: datetime) -> None:
        values = {"member": member, "destination": destination, "updated_at": at}
        await self.conn.execute(self.sql.keep_destination, values)
