"""`commerce.ports.DigestRepository` on SQLite and PostgreSQL: `chat_digests` (a chat's digest mode and
the day its digest was last sent) and the reads a digest is made of.

The evening's claim is one upsert whose update is guarded (`sent_on` is not that day already) and
returns the row only when it wrote: of any number of sweeps or processes, one sends the chat's digest
of a day, in the transaction that writes the message's outbox row.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime
from functools import cache
from typing import Any

from sqlalchemy import bindparam, func, select
from sqlalchemy.dialects import postgresql, sqlite
from sqlalchemy.ext.asyncio import AsyncConnection
from sqlalchemy.sql import Executable, Select

from commerce.domain.digest import Engaged
from storage.notes import note_from_row, with_counts
from storage.tables import chat_digests, chat_members, note_comments, note_likes, notes

n, cd = notes.c, chat_digests.c


@dataclass(frozen=True)
class _Statements:
    mode: Select[Any]
    set_mode: Executable
    members: Select[Any]
    notes: Select[Any]
    likes: Select[Any]
    comments: Select[Any]
    chats: Select[Any]
    claim: Executable


@cache
def _statements(dialect: str) -> _Statements:
    new: Any
    if dialect == "postgresql":
        new = postgresql.insert(chat_digests)
    elif dialect == "sqlite":
        new = sqlite.insert(chat_digests)
    else:
        raise NotImplementedError(f"storage supports sqlite and postgresql, not {dialect}")
    posted = (n.chat_id == bindparam("chat")) & (n.created_at >= bindparam("since"))
    posted &= n.created_at < bindparam("until")
    claim = new.values(chat_id=bindparam("chat"), sent_on=bindparam("day"))
    return _Statements(
        mode=select(cd.mode).where(cd.chat_id == bindparam("chat")),
        set_mode=new.values(chat_id=bindparam("chat"), mode=bindparam("mode")).on_conflict_do_update(
            index_elements=[cd.chat_id], set_={"mode": new.excluded.mode}
        ),
        members=select(func.count()).where(chat_members.c.chat_id == bindparam("chat")),
        notes=with_counts(select(notes)).where(posted).order_by(n.id),
        likes=select(note_likes.c.note_id, note_likes.c.member_id)
        .select_from(notes.join(note_likes, note_likes.c.note_id == n.id))
        .where(posted),
        comments=select(note_comments.c.note_id, note_comments.c.author_id)
        .select_from(notes.join(note_comments, note_comments.c.note_id == n.id))
        .where(posted)
        .distinct(),
        chats=select(n.chat_id)
        .where(n.created_at >= bindparam("since"), n.created_at < bindparam("until"))
        .distinct()
        .order_by(n.chat_id),
        claim=claim.on_conflict_do_update(
            index_elements=[cd.chat_id],
            set_={"sent_on": claim.excluded.sent_on},
            where=cd.sent_on.is_(None) | (cd.sent_on < claim.excluded.sent_on),  # ISO dates
        ).returning(cd.chat_id),
    )


class SqlDigestRepository:
    def __init__(self, conn: AsyncConnection) -> None:
        self.conn = conn
        self.sql = _statements(conn.dialect.name)

    async def mode(self, chat_id: str) -> bool | None:
        found = (await self.conn.execute(self.sql.mode, {"chat": chat_id})).scalar()
        return None if found is None else bool(found)

    async def set_mode(self, chat_id: str, on: bool) -> None:
        await self.conn.execute(self.sql.set_mode, {"chat": chat_id, "mode": on})

    async def members(self, chat_id: str) -> int:
        return int((await self.conn.execute(self.sql.members, {"chat": chat_id})).scalar_one())

    async def engaged(self, chat_id: str, *, since: datetime, until: datetime) -> list[Engaged]:
        params = {"chat": chat_id, "since": since, "until": until}
        found = [note_from_row(row) for row in await self.conn.execute(self.sql.notes, params)]
        if not found:
            return []
        likers: dict[int, set[str]] = {}
        commenters: dict[int, set[str]] = {}
        for row in await self.conn.execute(self.sql.likes, params):
            likers.setdefault(int(row.note_id), set()).add(str(row.member_id))
        for row in await self.conn.execute(self.sql.comments, params):
            commenters.setdefault(int(row.note_id), set()).add(str(row.author_id))
        return [
            Engaged(
                note, frozenset(likers.get(note.id or 0, ())), frozenset(commenters.get(note.id or 0, ()))
            )
            for note in found
        ]

    async def chats_with_notes(self, *, since: datetime, until: datetime) -> list[str]:
        rows = await self.conn.execute(self.sql.chats, {"since": since, "until": until})
        return [str(row.chat_id) for row in rows]

    async def claim(self, chat_id: str, day: date) -> bool:
        params = {"chat": chat_id, "day": day.isoformat()}
        return (await self.conn.execute(self.sql.claim, params)).first() is not None
