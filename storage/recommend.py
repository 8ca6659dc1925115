"""`commerce.ports.RecommendRepository` on SQLite and PostgreSQL: the order history of a member's chats
(orders and the lines of group buys still collecting), notes about group buys, and `foryou_off`.

Turning it off is one `INSERT ... ON CONFLICT DO NOTHING RETURNING`, on again one `DELETE ... RETURNING`:
a second tap, even at once, changes nothing and says so.
"""

from __future__ import annotations

from collections.abc import Collection
from dataclasses import dataclass
from datetime import datetime
from functools import cache
from typing import Any

from sqlalchemy import bindparam, delete, literal, or_, select, union
from sqlalchemy.dialects import postgresql, sqlite
from sqlalchemy.ext.asyncio import AsyncConnection
from sqlalchemy.sql import Executable, Select

from commerce.domain import titles
from commerce.domain.group_buy import GroupBuyStatus
from commerce.domain.notes import Note
from commerce.domain.order import OrderStatus
from commerce.domain.recommend import Purchase
from storage.notes import note_from_row
from storage.tables import foryou_off, group_buy_listings, group_buys, notes, orders, participants

_GONE = sorted(status.value for status in (OrderStatus.CANCELLED, OrderStatus.REFUNDED))


@dataclass(frozen=True)
class _Statements:
    purchases: Select[Any]
    notes: Select[Any]
    is_off: Select[Any]
    off: Executable
    on: Executable


@cache
def _statements(dialect: str) -> _Statements:
    new: Any
    if dialect == "postgresql":
        new = postgresql.insert(foryou_off)
    elif dialect == "sqlite":
        new = sqlite.insert(foryou_off)
    else:
        raise NotImplementedError(f"storage supports sqlite and postgresql, not {dialect}")
    gb, o, p, n = group_buys.c, orders.c, participants.c, notes.c
    chats: Any = bindparam("chats", expanding=True)
    # 帮卖: a group buy another chat opened counts in the chats that list it
    listed_there = select(group_buy_listings.c.group_buy_id).where(group_buy_listings.c.chat_id.in_(chats))
    ordered = (
        select(
            o.buyer_id.label("buyer_id"),
            gb.id.label("group_buy_id"),
            gb.title.label("title"),
            literal(1).label("ordered"),
        )
        .select_from(orders.join(group_buys, gb.id == o.group_buy_id))
        .where(or_(gb.chat_id.in_(chats), o.chat_id.in_(chats)), o.status.not_in(_GONE))
    )
    listed = (
        select(
            p.user_id.label("buyer_id"),
            gb.id.label("group_buy_id"),
            gb.title.label("title"),
            literal(0).label("ordered"),
        )
        .select_from(participants.join(group_buys, gb.id == p.group_buy_id))
        .where(
            or_(gb.chat_id.in_(chats), gb.id.in_(listed_there)),
            gb.status == GroupBuyStatus.OPEN.value,
        )  # a member whose only line is a friend's (`王阿姨 +2`: 帮 王阿姨) is on the list too (rep70 #8)
    )
    bought = union(ordered, listed).subquery()
    return _Statements(
        purchases=select(bought.c.buyer_id, bought.c.group_buy_id, bought.c.title, bought.c.ordered).order_by(
            bought.c.group_buy_id, bought.c.buyer_id
        ),
        notes=select(notes, gb.title.label("about"))
        .select_from(notes.join(group_buys, gb.id == n.group_buy_id))
        .where(n.chat_id.in_(chats))
        .order_by(n.id.desc())
        .limit(bindparam("limit")),
        is_off=select(foryou_off.c.identity).where(foryou_off.c.identity == bindparam("identity")),
        off=new.values(identity=bindparam("identity"), at=bindparam("at"))
        .on_conflict_do_nothing(index_elements=[foryou_off.c.identity])
        .returning(foryou_off.c.identity),
        on=delete(foryou_off)
        .where(foryou_off.c.identity == bindparam("identity"))
        .returning(foryou_off.c.identity),
    )


class SqlRecommendRepository:
    def __init__(self, conn: AsyncConnection) -> None:
        self.conn = conn
        self.sql = _statements(conn.dialect.name)

    async def purchases(self, chats: Collection[str]) -> list[Purchase]:
        if not chats:
            return []
        rows = await self.conn.execute(self.sql.purchases, {"chats": sorted(chats)})
        return [
            Purchase(row.buyer_id, int(row.group_buy_id), titles.product(row.title), bool(row.ordered))
            for row in rows
        ]

    async def notes_about(self, chats: Collection[str], *, limit: int) -> list[tuple[Note, str]]:
        if not chats:
            return []
        rows = await self.conn.execute(self.sql.notes, {"chats": sorted(chats), "limit": limit})
        return [(note_from_row(row), str(row.about)) for row in rows]

    async def is_off(self, identity: str) -> bool:
        return (await self.conn.execute(self.sql.is_off, {"identity": identity})).first() is not None

    async def turn(self, identity: str, *, off: bool, at: datetime) -> bool:
        if off:
            params = {"identity": identity, "at": at}
            return (await self.conn.execute(self.sql.off, params)).first() is not None
        return (await self.conn.execute(self.sql.on, {"identity": identity})).first() is not None
