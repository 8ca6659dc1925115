"""`commerce.ports.TrustRepository` on SQLite and PostgreSQL: what a chat's members did with its notes
(three reads over `notes` by `ix_notes_chat`: likes, comments, joins of a note's group buy through the
note after it was posted: its Join button, or its author's share code or link, as `share_visits`
records) and `member_trust`, written as one upsert of the members whose trust moved."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from functools import cache
from typing import Any

from sqlalchemy import bindparam, select
from sqlalchemy.dialects import postgresql, sqlite
from sqlalchemy.ext.asyncio import AsyncConnection
from sqlalchemy.sql import Executable, Select

from commerce.domain.notes import Bought
from commerce.domain.order import OrderStatus
from commerce.domain.reputation import Act, Kind, NoteFacts
from storage.tables import (
    group_buys,
    member_trust,
    note_comments,
    note_likes,
    notes,
    orders,
    participants,
    share_visits,
)

n, mt = notes.c, member_trust.c
_SETTLED = sorted(status.value for status in (OrderStatus.PAID, OrderStatus.FULFILLED))


@dataclass(frozen=True)
class _Statements:
    notes: Select[Any]
    likes: Select[Any]
    comments: Select[Any]
    joins: Select[Any]
    bought: Select[Any]
    stored: Select[Any]
    trust_of: Select[Any]
    save: Executable


@cache
def _statements(dialect: str) -> _Statements:
    new: Any
    if dialect == "postgresql":
        new = postgresql.insert(member_trust)
    elif dialect == "sqlite":
        new = sqlite.insert(member_trust)
    else:
        raise NotImplementedError(f"storage supports sqlite and postgresql, not {dialect}")
    in_chat = n.chat_id == bindparam("chat")
    return _Statements(
        notes=select(n.id, n.author_id, n.group_buy_id, group_buys.c.title, n.created_at, n.text)
        .select_from(notes.outerjoin(group_buys, group_buys.c.id == n.group_buy_id))
        .where(in_chat),
        likes=select(n.id, note_likes.c.member_id)
        .select_from(notes.join(note_likes, note_likes.c.note_id == n.id))
        .where(in_chat),
        comments=select(n.id, note_comments.c.author_id)
        .select_from(notes.join(note_comments, note_comments.c.note_id == n.id))
        .where(in_chat)
        .distinct(),
        joins=select(n.id, participants.c.user_id)  # through the note: its Join, its author's code or link
        .select_from(
            notes.join(
                share_visits,
                (share_visits.c.group_buy_id == n.group_buy_id)
                & (share_visits.c.sharer_id == n.author_id)
                & (share_visits.c.at >= n.created_at),
            ).join(
                participants,
                (participants.c.group_buy_id == n.group_buy_id)
                & (participants.c.user_id == share_visits.c.visitor_id)
                & (participants.c.joined_at >= share_visits.c.at),
            )
        )
        .where(in_chat)
        .distinct(),
        bought=select(orders.c.buyer_id, group_buys.c.id, group_buys.c.title, orders.c.created_at)
        .select_from(orders.join(group_buys, group_buys.c.id == orders.c.group_buy_id))
        .where(orders.c.buyer_id.in_(bindparam("members", expanding=True)), orders.c.status.in_(_SETTLED))
        .distinct(),
        stored=select(mt.member_id, mt.trust).where(mt.chat_id == bindparam("chat")),
        trust_of=select(mt.trust).where(mt.chat_id == bindparam("chat"), mt.member_id == bindparam("member")),
        save=new.values(
            chat_id=bindparam("chat"), member_id=bindparam("member"), trust=bindparam("trust")
        ).on_conflict_do_update(
            index_elements=[mt.chat_id, mt.member_id], set_={"trust": new.excluded.trust}
        ),
    )


class SqlTrustRepository:
    def __init__(self, conn: AsyncConnection) -> None:
        self.conn = conn
        self.sql = _statements(conn.dialect.name)
        self.relevelled: set[int] = set()

    async def activity(self, chat_id: str) -> tuple[list[NoteFacts], list[Act]]:
        chat = {"chat": chat_id}
        facts = [
            NoteFacts(int(row.id), row.author_id, row.group_buy_id, row.title or "", row.created_at, row.text)
            for row in await self.conn.execute(self.sql.notes, chat)
        ]
        acts: list[Act] = []
        for statement, kind in (
            (self.sql.likes, Kind.LIKE),
            (self.sql.comments, Kind.COMMENT),
            (self.sql.joins, Kind.PURCHASE),
        ):
            acts += [Act(int(row[0]), str(row[1]), kind) for row in await self.conn.execute(statement, chat)]
        return facts, acts

    async def bought_titles_of(self, members: Sequence[str]) -> dict[str, list[Bought]]:
        if not members:
            return {}
        found: dict[str, list[Bought]] = {}
        for row in await self.conn.execute(self.sql.bought, {"members": list(members)}):
            found.setdefault(row.buyer_id, []).append(Bought(int(row.id), str(row.title), row.created_at))
        return found

    async def stored(self, chat_id: str) -> dict[str, float]:
        rows = await self.conn.execute(self.sql.stored, {"chat": chat_id})
        return {row.member_id: float(row.trust) for row in rows}

    async def save(self, chat_id: str, trust: Mapping[str, float]) -> None:
        if trust:
            rows = [{"chat": chat_id, "member": member, "trust": value} for member, value in trust.items()]
            await self.conn.execute(self.sql.save, rows)

    async def trust_of(self, chat_id: str, member_id: str) -> float:
        found = (await self.conn.execute(self.sql.trust_of, {"chat": chat_id, "member": member_id})).scalar()
        return 1.0 if found is None else float(found)
