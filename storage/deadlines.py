"""`commerce.ports.DeadlineClaims` on SQLite and PostgreSQL: which worker closes which due group buy.

A claim is one UPDATE that stamps `group_buys.deadline_claimed_until` on the due rows nobody holds
and returns their ids, committed before the worker closes them. On PostgreSQL the rows are picked by
`SELECT ... FOR UPDATE SKIP LOCKED`: a worker never waits for another's claim (or for a join holding
the row) and never takes a row another is claiming; a row claimed and committed meanwhile is re-read
and fails the lease test. SQLite runs one write transaction at a time (BEGIN IMMEDIATE), so the same
UPDATE ... RETURNING (SQLite 3.35+) is atomic there as it is.

The times are Tuan's clock (it may carry the playground's offset), bound by the caller: the database's
own clock knows nothing of that offset.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from functools import cache
from typing import Any

from sqlalchemy import Integer, bindparam, case, func, or_, select, update
from sqlalchemy.ext.asyncio import AsyncConnection
from sqlalchemy.sql import Executable, Select

from commerce.domain.group_buy import GroupBuyStatus
from storage.tables import group_buys

gb = group_buys.c
OPEN = GroupBuyStatus.OPEN.value


@dataclass(frozen=True)
class _Statements:
    claim: Executable
    next_due: Select[Any]
    hold: Executable


@cache
def _statements(dialect: str) -> _Statements:
    now = bindparam("now", type_=gb.deadline.type)
    pending = gb.orders_upto.is_not(None)  # a close whose orders are still being written: due at once
    due = or_((gb.status == OPEN) & (gb.deadline <= now), pending)
    free = or_(gb.deadline_claimed_until.is_(None), gb.deadline_claimed_until <= now)
    pick = select(gb.id).where(due, free).order_by(gb.deadline).limit(bindparam("n", type_=Integer))
    if dialect == "postgresql":
        pick = pick.with_for_update(skip_locked=True)
    elif dialect != "sqlite":
        raise NotImplementedError(f"storage supports sqlite and postgresql, not {dialect}")
    at = case((pending, func.coalesce(gb.closed_at, gb.deadline)), else_=gb.deadline)
    ready = case((gb.deadline_claimed_until > at, gb.deadline_claimed_until), else_=at)
    return _Statements(
        claim=update(group_buys)
        .where(gb.id.in_(pick.scalar_subquery()))
        .values(deadline_claimed_until=bindparam("until", type_=gb.deadline.type))
        .returning(gb.id),
        next_due=select(func.min(ready).label("at")).where(or_(gb.status == OPEN, pending)),
        hold=update(group_buys)
        .where(gb.id == bindparam("gid"))
        .values(deadline_claimed_until=bindparam("until", type_=gb.deadline.type)),
    )


class SqlDeadlineClaims:
    def __init__(self, conn: AsyncConnection) -> None:
        self.conn = conn
        self.sql = _statements(conn.dialect.name)

    async def claim_due(self, *, now: datetime, until: datetime, limit: int) -> list[int]:
        rows = await self.conn.execute(self.sql.claim, {"now": now, "until": until, "n": limit})
        return [int(row.id) for row in rows]

    async def next_due(self) -> datetime | None:
        found: datetime | None = (await self.conn.execute(self.sql.next_due)).scalar_one()
        return found

    async def hold(self, group_buy_id: int, *, until: datetime) -> None:
        await self.conn.execute(self.sql.hold, {"gid": group_buy_id, "until": until})
