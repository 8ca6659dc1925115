"""`commerce.ports.FollowRepository` on SQLite and PostgreSQL: `follows`, `follow_roundups`, and the reads
a round-up and reputation make of notes, group buys, chat members and orders.

A follow is one `INSERT ... ON CONFLICT DO NOTHING RETURNING id` on the unique key (follower,
followed): following twice, even at once, is one row. A round-up is claimed by one guarded write (an
insert that does nothing on conflict for the first, else an `UPDATE ... WHERE day = :previous`): of two
processes making the same follower's round-up, one writes it and sends.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime
from functools import cache
from typing import Any

from sqlalchemy import bindparam, delete, select, update
from sqlalchemy.dialects import postgresql, sqlite
from sqlalchemy.ext.asyncio import AsyncConnection
from sqlalchemy.sql import Executable, Select

from commerce.domain.follows import Follow, News, NewsKind
from commerce.domain.group_buy import GroupBuyStatus
from commerce.domain.order import OrderStatus
from commerce.domain.reputation import FollowerOrder
from storage.tables import chat_members, follow_roundups, follows, group_buys, notes, orders

f, fr = follows.c, follow_roundups.c
_SETTLED = sorted(status.value for status in (OrderStatus.PAID, OrderStatus.FULFILLED))
_ENDED = {GroupBuyStatus.CANCELLED.value, GroupBuyStatus.FAILED.value}


@dataclass(frozen=True)
class _Statements:
    add: Executable
    remove: Executable
    of_follower: Select[Any]
    due: Select[Any]
    last: Select[Any]
    first_roundup: Executable
    next_roundup: Executable
    chats: Select[Any]
    notes: Select[Any]
    group_buys: Select[Any]
    follower_orders: Select[Any]


@cache
def _statements(dialect: str) -> _Statements:
    new: Any
    first: Any
    if dialect == "postgresql":
        new, first = postgresql.insert(follows), postgresql.insert(follow_roundups)
    elif dialect == "sqlite":
        new, first = sqlite.insert(follows), sqlite.insert(follow_roundups)
    else:
        raise NotImplementedError(f"storage supports sqlite and postgresql, not {dialect}")
    done_today = (
        select(fr.follower_id)
        .where(fr.platform == bindparam("platform"), fr.day >= bindparam("day"))
        .scalar_subquery()
    )
    gb = group_buys.c
    return _Statements(
        add=new.values(
            platform=bindparam("platform"),
            follower_id=bindparam("follower"),
            followed_id=bindparam("followed"),
            followed_name=bindparam("name"),
            created_at=bindparam("at"),
        )
        .on_conflict_do_nothing(index_elements=[f.follower_id, f.followed_id])
        .returning(f.id),
        remove=delete(follows)
        .where(f.follower_id == bindparam("follower"), f.followed_id == bindparam("followed"))
        .returning(f.id),
        of_follower=select(follows).where(f.follower_id == bindparam("follower")).order_by(f.id),
        due=select(f.follower_id)
        .where(f.platform == bindparam("platform"), f.follower_id.not_in(done_today))
        .distinct(),
        last=select(fr.day, fr.sent_at).where(
            fr.platform == bindparam("platform"), fr.follower_id == bindparam("follower")
        ),
        first_roundup=first.values(
            platform=bindparam("platform"),
            follower_id=bindparam("follower"),
            day=bindparam("day"),
            sent_at=bindparam("at"),
        )
        .on_conflict_do_nothing(index_elements=[fr.platform, fr.follower_id])
        .returning(fr.follower_id),
        # An UPDATE's bound names must not be column names (`platform`, `day`): SQLAlchemy keeps
        # those for the SET clause and refuses to compile (on every engine and path).
        next_roundup=update(follow_roundups)
        .where(
            fr.platform == bindparam("on_platform"),
            fr.follower_id == bindparam("follower"),
            fr.day == bindparam("previous"),
        )
        .values(day=bindparam("next_day"), sent_at=bindparam("at"))
        .returning(fr.follower_id),
        chats=select(chat_members.c.chat_id).where(chat_members.c.identity == bindparam("identity")),
        notes=select(notes.c.id, notes.c.chat_id, notes.c.author_id, notes.c.author_name, notes.c.text)
        .add_columns(notes.c.created_at)
        .where(
            notes.c.author_id.in_(bindparam("authors", expanding=True)),
            notes.c.created_at >= bindparam("since"),
        ),
        group_buys=select(
            gb.id, gb.chat_id, gb.organiser_id, gb.organiser_name, gb.title, gb.created_at, gb.status
        ).where(
            gb.organiser_id.in_(bindparam("authors", expanding=True)), gb.created_at >= bindparam("since")
        ),
        follower_orders=select(
            f.follower_id,
            f.followed_id,
            f.created_at.label("followed_at"),
            orders.c.group_buy_id,
            gb.organiser_id,
            orders.c.created_at.label("ordered_at"),
        )
        .select_from(
            follows.join(orders, orders.c.buyer_id == f.follower_id).join(
                group_buys, gb.id == orders.c.group_buy_id
            )
        )
        .where(gb.chat_id == bindparam("chat"), orders.c.status.in_(_SETTLED)),
    )


def _follow(row: Any) -> Follow:
    return Follow(row.platform, row.follower_id, row.followed_id, row.followed_name, row.created_at)


class SqlFollowRepository:
    def __init__(self, conn: AsyncConnection) -> None:
        self.conn = conn
        self.sql = _statements(conn.dialect.name)

    async def add(self, follow: Follow) -> bool:
        params = {
            "platform": follow.platform,
            "follower": follow.follower_id,
            "followed": follow.followed_id,
            "name": follow.followed_name,
            "at": follow.created_at,
        }
        return (await self.conn.execute(self.sql.add, params)).first() is not None

    async def remove(self, follower_id: str, followed_id: str) -> bool:
        params = {"follower": follower_id, "followed": followed_id}
        return (await self.conn.execute(self.sql.remove, params)).first() is not None

    async def of_follower(self, follower_id: str) -> list[Follow]:
        rows = await self.conn.execute(self.sql.of_follower, {"follower": follower_id})
        return [_follow(row) for row in rows]

    async def due(self, platform: str, day: str) -> list[str]:
        rows = await self.conn.execute(self.sql.due, {"platform": platform, "day": day})
        return sorted(str(row.follower_id) for row in rows)

    async def last_roundup(self, platform: str, follower_id: str) -> tuple[str, datetime] | None:
        row = (
            await self.conn.execute(self.sql.last, {"platform": platform, "follower": follower_id})
        ).first()
        return None if row is None else (str(row.day), row.sent_at)

    async def claim_roundup(
        self, platform: str, follower_id: str, *, day: str, at: datetime, previous: str | None
    ) -> bool:
        if previous is None:
            params = {"platform": platform, "follower": follower_id, "day": day, "at": at}
            return (await self.conn.execute(self.sql.first_roundup, params)).first() is not None
        params = {
            "on_platform": platform,
            "follower": follower_id,
            "previous": previous,
            "next_day": day,
            "at": at,
        }
        return (await self.conn.execute(self.sql.next_roundup, params)).first() is not None

    async def member_chats(self, identity: str) -> set[str]:
        rows = await self.conn.execute(self.sql.chats, {"identity": identity})
        return {str(row.chat_id) for row in rows}

    async def news_by(self, authors: Sequence[str], *, since: datetime) -> list[News]:
        if not authors:
            return []
        params = {"authors": list(authors), "since": since}
        found = [
            News(
                NewsKind.NOTE,
                int(row.id),
                row.chat_id,
                row.author_id,
                row.author_name,
                row.text,
                row.created_at,
            )
            for row in await self.conn.execute(self.sql.notes, params)
        ]
        found += [
            News(
                NewsKind.GROUP_BUY,
                int(row.id),
                row.chat_id,
                row.organiser_id,
                row.organiser_name,
                row.title,
                row.created_at,
                ended=row.status in _ENDED,
            )
            for row in await self.conn.execute(self.sql.group_buys, params)
        ]
        return found

    async def follower_orders(self, chat_id: str) -> list[FollowerOrder]:
        rows = await self.conn.execute(self.sql.follower_orders, {"chat": chat_id})
        return [
            FollowerOrder(
                row.follower_id,
                row.followed_id,
                row.followed_at,
                int(row.group_buy_id),
                row.organiser_id,
                row.ordered_at,
            )
            for row in rows
        ]
