"""`commerce.ports.AttributionRepository`: share codes (`share_codes`), the visits attribution reads at
the close (`share_visits`), and a group buy's sharer rate (`group_buys.sharer_rate_bp`).

A code is added by one `INSERT … ON CONFLICT DO NOTHING`: the member's primary key and the unique
(group buy, code) index both stand behind it, so two `/share` at once store one code and a collision
with another member's code stores nothing (the caller derives the next one). The close reads a batch's
buyers' visits with one `IN` query on `ix_share_visits_visitor`, whatever the batch's size.
"""

from __future__ import annotations

from collections.abc import Collection
from dataclasses import dataclass
from datetime import datetime
from functools import cache
from typing import Any

from sqlalchemy import bindparam, func, or_, select, update
from sqlalchemy.dialects import postgresql, sqlite
from sqlalchemy.ext.asyncio import AsyncConnection
from sqlalchemy.sql import Executable, Select

from commerce.domain.group_buy import GroupBuyStatus
from commerce.domain.order import OrderStatus
from commerce.domain.sharing import ShareVisit
from storage import mappers
from storage.tables import (
    UtcDateTime,
    group_buy_listings,
    group_buys,
    orders,
    participants,
    share_codes,
    share_visits,
)


@dataclass(frozen=True)
class _Statements:
    code_of: Select[Any]
    add_code: Executable
    member_of_code: Select[Any]
    visits_of: Select[Any]
    set_sharer_rate: Executable
    brought_without_rate: Select[Any]
    brought_before_close: Select[Any]
    brought_open: Select[Any]


@cache
def _statements(dialect: str) -> _Statements:
    c, v = share_codes.c, share_visits.c
    visited = (  # each visitor of her shares once, however often they opened it
        select(v.group_buy_id, v.visitor_id).where(v.sharer_id == bindparam("member")).distinct().subquery()
    )
    if dialect == "postgresql":
        insert: Any = postgresql.insert(share_codes)
    elif dialect == "sqlite":
        insert = sqlite.insert(share_codes)
    else:
        raise NotImplementedError(f"storage supports sqlite and postgresql, not {dialect}")
    return _Statements(
        code_of=select(c.code).where(c.group_buy_id == bindparam("gid"), c.member_id == bindparam("member")),
        add_code=insert.values(
            group_buy_id=bindparam("gid"),
            member_id=bindparam("member"),
            code=bindparam("code"),
            created_at=bindparam("at", type_=UtcDateTime()),
        )
        .on_conflict_do_nothing()
        .returning(c.code),
        member_of_code=select(c.member_id).where(
            c.group_buy_id == bindparam("gid"), c.code == bindparam("code")
        ),
        visits_of=select(share_visits)
        .where(v.group_buy_id == bindparam("gid"), v.visitor_id.in_(bindparam("visitors", expanding=True)))
        .order_by(v.id),
        set_sharer_rate=update(group_buys)
        .where(group_buys.c.id == bindparam("gid"))
        .values(sharer_rate_bp=bindparam("rate")),
        brought_without_rate=select(group_buys.c.id)
        .join(orders, orders.c.group_buy_id == group_buys.c.id)
        .where(
            orders.c.sharer_id == bindparam("member"),
            group_buys.c.sharer_rate_bp <= 0,
            group_buys.c.organiser_id != bindparam("member"),
            # 帮卖: her own group's line earns her the help-sell rate, not nothing
            or_(orders.c.help_seller_id.is_(None), orders.c.help_seller_id != bindparam("member")),
            orders.c.status.not_in([OrderStatus.CANCELLED.value, OrderStatus.REFUNDED.value]),
        )
        .group_by(group_buys.c.id)
        .order_by(group_buys.c.id.desc())
        .limit(bindparam("limit")),
        # before the close no order says who brought it: a visitor of her share on its list
        brought_before_close=select(group_buys.c.id)
        .join(share_visits, v.group_buy_id == group_buys.c.id)
        .join(
            participants,
            (participants.c.group_buy_id == group_buys.c.id) & (participants.c.user_id == v.visitor_id),
        )
        .where(
            v.sharer_id == bindparam("member"),
            participants.c.quantity > 0,
            group_buys.c.status == GroupBuyStatus.OPEN.value,
            group_buys.c.sharer_rate_bp <= 0,
            group_buys.c.organiser_id != bindparam("member"),
            or_(  # 帮卖: a line listed in her own chat earns her the help-sell rate
                participants.c.listing_id.is_(None),
                participants.c.listing_id.not_in(
                    select(group_buy_listings.c.id).where(
                        group_buy_listings.c.seller_id == bindparam("member")
                    )
                ),
            ),
        )
        .group_by(group_buys.c.id)
        .order_by(group_buys.c.id.desc())
        .limit(bindparam("limit")),
        # a sharer rate, still open: who her share brought onto its list (commission comes at the close)
        brought_open=select(
            group_buys.c.id,
            participants.c.user_id,
            func.min(participants.c.display_name).label("name"),
            func.sum(participants.c.quantity).label("units"),
        )
        .join(visited, visited.c.group_buy_id == group_buys.c.id)
        .join(
            participants,
            (participants.c.group_buy_id == group_buys.c.id)
            & (participants.c.user_id == visited.c.visitor_id),
        )
        .where(
            participants.c.quantity > 0,
            participants.c.user_id != bindparam("member"),
            group_buys.c.status == GroupBuyStatus.OPEN.value,
            group_buys.c.sharer_rate_bp > 0,
            group_buys.c.organiser_id != bindparam("member"),
        )
        .group_by(group_buys.c.id, participants.c.user_id)
        .order_by(group_buys.c.id.desc(), participants.c.user_id)
        .limit(bindparam("limit")),
    )


class SqlAttributionRepository:
    def __init__(self, conn: AsyncConnection) -> None:
        self.conn = conn
        self.sql = _statements(conn.dialect.name)

    async def _run(self, statement: Executable, params: dict[str, Any]) -> Any:
        return await self.conn.execute(statement, params)

    async def code_of(self, group_buy_id: int, member_id: str) -> str | None:
        found = (await self._run(self.sql.code_of, {"gid": group_buy_id, "member": member_id})).scalar()
        return None if found is None else str(found)

    async def add_code(self, group_buy_id: int, member_id: str, code: str, *, at: datetime) -> bool:
        params = {"gid": group_buy_id, "member": member_id, "code": code, "at": at}
        return (await self._run(self.sql.add_code, params)).first() is not None

    async def member_of_code(self, group_buy_id: int, code: str) -> str | None:
        found = (await self._run(self.sql.member_of_code, {"gid": group_buy_id, "code": code})).scalar()
        return None if found is None else str(found)

    async def visits_of(self, group_buy_id: int, visitor_ids: Collection[str]) -> list[ShareVisit]:
        if not visitor_ids:
            return []
        params = {"gid": group_buy_id, "visitors": list(visitor_ids)}
        return [mappers.share_visit_from_row(row) for row in await self._run(self.sql.visits_of, params)]

    async def set_sharer_rate(self, group_buy_id: int, rate_bp: int) -> None:
        await self._run(self.sql.set_sharer_rate, {"gid": group_buy_id, "rate": rate_bp})

    async def brought_without_rate(self, member_id: str, *, limit: int) -> list[int]:
        params = {"member": member_id, "limit": limit}
        found = {int(row.id) for row in await self._run(self.sql.brought_without_rate, params)}
        found |= {int(row.id) for row in await self._run(self.sql.brought_before_close, params)}
        return sorted(found, reverse=True)[:limit]

    async def brought_open(self, member_id: str, *, limit: int) -> list[tuple[int, str, str, int]]:
        params = {"member": member_id, "limit": limit}
        rows = await self._run(self.sql.brought_open, params)
        return [(int(row.id), str(row.user_id), str(row.name), int(row.units)) for row in rows]
