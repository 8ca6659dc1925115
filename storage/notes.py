"""`commerce.ports.NoteRepository` on SQLite and PostgreSQL: `notes`, `note_likes`, `note_comments`.

A like is one `INSERT ... ON CONFLICT DO NOTHING RETURNING id` on the unique key (note, member): two
taps of the same member at once, on any number of processes, make one row, and the second is told it
changed nothing. A note is read with its counts of likes and comments (two scalar subqueries), so a
card shows what is stored, never a counter that could drift.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import datetime
from functools import cache
from typing import Any

from sqlalchemy import bindparam, delete, func, insert, select, union_all, update
from sqlalchemy.dialects import postgresql, sqlite
from sqlalchemy.ext.asyncio import AsyncConnection
from sqlalchemy.sql import Executable, Select

from commerce.domain.notes import Bought, Comment, Note
from commerce.domain.order import OrderStatus
from storage import direct
from storage.tables import group_buy_listings, group_buys, is_row_id, note_comments, note_likes, notes, orders

n, lk, cm = notes.c, note_likes.c, note_comments.c
# A chat's notes about a group buy, newest first: read through ix_notes_chat (chat, id), only when its
# price changed (handlers.notes.repriced_cards), so no index of its own.
_ABOUT = (
    select(n.id)
    .where(n.chat_id == bindparam("chat"), n.group_buy_id == bindparam("gid"))
    .order_by(n.id.desc())
    .limit(bindparam("limit"))
)
_LINK = update(notes).where(n.id == bindparam("nid")).values(group_buy_id=bindparam("gid"))
# A chat's notes about no group buy, since a time (a group buy just opened may be what they name)
_UNLINKED = (
    select(notes)
    .where(n.chat_id == bindparam("chat"), n.group_buy_id.is_(None), n.created_at >= bindparam("since"))
    .order_by(n.id)
)
_SETTLED = sorted(status.value for status in (OrderStatus.PAID, OrderStatus.FULFILLED))


@dataclass(frozen=True)
class _Statements:
    add: Executable
    get: Select[Any]
    recent_of: Select[Any]
    like: Executable
    unlike: Executable
    add_comment: Executable
    comments: Select[Any]
    bought_titles: Select[Any]
    sells: Executable
    help_sells: Executable


def with_counts(query: Select[Any]) -> Select[Any]:
    likes = select(func.count()).where(lk.note_id == n.id).scalar_subquery()
    comments = select(func.count()).where(cm.note_id == n.id).scalar_subquery()
    return query.add_columns(likes.label("likes"), comments.label("comments"))


@cache
def _statements(dialect: str) -> _Statements:
    new: Any
    if dialect == "postgresql":
        new = postgresql.insert(note_likes)
    elif dialect == "sqlite":
        new = sqlite.insert(note_likes)
    else:
        raise NotImplementedError(f"storage supports sqlite and postgresql, not {dialect}")
    return _Statements(
        add=insert(notes).returning(n.id),
        get=with_counts(select(notes)).where(n.id == bindparam("id")),
        recent_of=select(notes)
        .where(n.author_id == bindparam("author"), n.created_at >= bindparam("since"))
        .order_by(n.created_at.desc(), n.id.desc()),
        like=new.values(note_id=bindparam("nid"), member_id=bindparam("member"), created_at=bindparam("at"))
        .on_conflict_do_nothing(index_elements=[lk.note_id, lk.member_id])
        .returning(lk.id),
        unlike=delete(note_likes)
        .where(lk.note_id == bindparam("nid"), lk.member_id == bindparam("member"))
        .returning(lk.id),
        add_comment=insert(note_comments).returning(cm.id),
        comments=select(note_comments)
        .where(cm.note_id == bindparam("nid"))
        .order_by(cm.id)
        .limit(bindparam("limit")),
        bought_titles=select(group_buys.c.id, group_buys.c.title, orders.c.created_at)
        .select_from(orders.join(group_buys, group_buys.c.id == orders.c.group_buy_id))
        .where(orders.c.buyer_id == bindparam("buyer"), orders.c.status.in_(_SETTLED))
        .distinct(),
        sells=union_all(  # earns on its orders, or 帮卖: lists it in another group (before any order)
            select(orders.c.id).where(
                orders.c.group_buy_id == bindparam("gid"),
                (orders.c.sharer_id == bindparam("member"))
                | (orders.c.help_seller_id == bindparam("member")),
            ),
            select(group_buy_listings.c.id).where(
                group_buy_listings.c.group_buy_id == bindparam("gid"),
                group_buy_listings.c.seller_id == bindparam("member"),
            ),
        ),
        help_sells=union_all(  # 帮卖 only: its orders' help-seller, or lists it in another group
            select(orders.c.id).where(
                orders.c.group_buy_id == bindparam("gid"), orders.c.help_seller_id == bindparam("member")
            ),
            select(group_buy_listings.c.id).where(
                group_buy_listings.c.group_buy_id == bindparam("gid"),
                group_buy_listings.c.seller_id == bindparam("member"),
            ),
        ),
    )


def note_from_row(row: Any) -> Note:
    """A note from a row of `notes` (the counts where the query added them: `with_counts`)."""
    mapping = row._mapping
    return Note(
        id=row.id,
        chat_id=row.chat_id,
        author_id=row.author_id,
        author_name=row.author_name,
        text=row.text,
        created_at=row.created_at,
        photo=row.photo,
        group_buy_id=row.group_buy_id,
        lang=row.lang,
        signature=mapping.get("signature") or "",
        likes=int(mapping.get("likes") or 0),
        comments=int(mapping.get("comments") or 0),
    )


class SqlNoteRepository:
    def __init__(self, conn: AsyncConnection) -> None:
        self.conn = conn
        self.sql = _statements(conn.dialect.name)

    async def add(self, note: Note) -> Note:
        values = {
            "chat_id": note.chat_id,
            "author_id": note.author_id,
            "author_name": note.author_name,
            "text": note.text,
            "photo": note.photo,
            "group_buy_id": note.group_buy_id,
            "lang": note.lang,
            "created_at": note.created_at,
            "signature": note.signature,
        }
        note_id = (await self.conn.execute(self.sql.add, values)).scalar_one()
        return replace(note, id=int(note_id))

    async def get(self, note_id: int) -> Note | None:
        if not is_row_id(note_id):
            return None
        row = (await self.conn.execute(self.sql.get, {"id": note_id})).first()
        return None if row is None else note_from_row(row)

    async def recent_of(self, author_id: str, *, since: datetime) -> list[Note]:
        rows = await self.conn.execute(self.sql.recent_of, {"author": author_id, "since": since})
        return [note_from_row(row) for row in rows]

    async def like(self, note_id: int, member_id: str, *, at: datetime) -> bool:
        params = {"nid": note_id, "member": member_id, "at": at}
        return (await self.conn.execute(self.sql.like, params)).first() is not None

    async def unlike(self, note_id: int, member_id: str) -> bool:
        params = {"nid": note_id, "member": member_id}
        return (await self.conn.execute(self.sql.unlike, params)).first() is not None

    async def add_comment(self, comment: Comment) -> Comment:
        values = {
            "note_id": comment.note_id,
            "author_id": comment.author_id,
            "author_name": comment.author_name,
            "text": comment.text,
            "created_at": comment.created_at,
        }
        comment_id = (await self.conn.execute(self.sql.add_comment, values)).scalar_one()
        return replace(comment, id=int(comment_id))

    async def comments(self, note_id: int, *, limit: int) -> list[Comment]:
        rows = await self.conn.execute(self.sql.comments, {"nid": note_id, "limit": limit})
        return [
            Comment(row.id, row.note_id, row.author_id, row.author_name, row.text, row.created_at)
            for row in rows
        ]

    async def bought_titles(self, buyer_id: str) -> list[Bought]:
        rows = await self.conn.execute(self.sql.bought_titles, {"buyer": buyer_id})
        return [Bought(int(row.id), str(row.title), row.created_at) for row in rows]

    async def about(self, group_buy_id: int, chat_id: str, *, limit: int) -> list[int]:
        """The newest notes about a group buy in a chat. Read by the join that sells it out (their cards
        say so), so through storage.direct where it runs: on SQLite inside the batch's write lock, no
        trip to aiosqlite's thread."""
        params = {"chat": chat_id, "gid": group_buy_id, "limit": limit}
        driver = direct.driver_of(self.conn)
        if driver is None:
            return [int(row.id) for row in await self.conn.execute(_ABOUT, params)]
        return [int(row.id) for row in await direct.rows(self.conn, driver, _ABOUT, params)]

    async def link(self, note_id: int, group_buy_id: int) -> None:
        await self.conn.execute(_LINK, {"nid": note_id, "gid": group_buy_id})

    async def unlinked_in(self, chat_id: str, *, since: datetime) -> list[Note]:
        rows = await self.conn.execute(_UNLINKED, {"chat": chat_id, "since": since})
        return [note_from_row(row) for row in rows]

    async def sells(self, group_buy_id: int, member_id: str) -> bool:
        params = {"gid": group_buy_id, "member": member_id}
        return (await self.conn.execute(self.sql.sells, params)).first() is not None

    async def help_sells(self, group_buy_id: int, member_id: str) -> bool:
        params = {"gid": group_buy_id, "member": member_id}
        return (await self.conn.execute(self.sql.help_sells, params)).first() is not None
