"""Group chats' names (`commerce.ports.ChatNameRepository`) in the `chats` table.

A name is written with a member's sighting (handlers.members), so it must cost a command nothing: on
the direct route (storage.direct) its upsert is held back and rides with the unit of work's next write,
as the sighting's own upserts do (on SQLite in the same trip, on PostgreSQL as a CTE of that
statement). The upsert changes the stored row only when the name differs and was seen no earlier than
the stored one, so a chat nobody renamed is never rewritten and a late request never undoes a rename.
"""

from __future__ import annotations

from collections.abc import Collection
from datetime import datetime
from functools import cache
from typing import Any, cast

from sqlalchemy import and_, bindparam, select, true
from sqlalchemy.dialects import postgresql, sqlite
from sqlalchemy.ext.asyncio import AsyncConnection
from sqlalchemy.sql import Executable, FromClause

from commerce.domain.chats import ChatName
from storage import direct
from storage.carried import Write
from storage.tables import chat_members, chats

BINDS = ("chat_id", "title", "seen_at")
TITLES_BATCH = 1000  # chat ids in one IN list: within every driver's parameter limit


def upsert_title(dialect: str, prefix: str = "", source: FromClause | None = None) -> Executable:
    """The chat's name upserted (binds `prefix + chat_id`, `title`, `seen_at`); with a `source`
    (storage.carried), written only if `source` has a row."""
    named = {name: bindparam(prefix + name, type_=chats.c[name].type) for name in BINDS}
    if dialect == "postgresql":
        insert: Any = postgresql.insert(chats)
    elif dialect == "sqlite":
        insert = sqlite.insert(chats)
    else:
        raise NotImplementedError(f"storage supports sqlite and postgresql, not {dialect}")
    if source is None:
        insert = insert.values(named)
    else:  # `WHERE true`: PostgreSQL would read an `ON` right after `FROM source` as a join's condition
        row = select(*(named[name].label(name) for name in BINDS)).select_from(source).where(true())
        insert = insert.from_select(list(BINDS), row)
    new = insert.excluded
    upsert = insert.on_conflict_do_update(
        index_elements=[chats.c.chat_id],
        set_={"title": new.title, "seen_at": new.seen_at},
        where=and_(chats.c.title != new.title, chats.c.seen_at <= new.seen_at),
    )
    return cast(Executable, upsert)


@cache
def _upsert(dialect: str) -> Executable:
    return upsert_title(dialect)


_TITLES = select(chats.c.chat_id, chats.c.title).where(
    chats.c.chat_id.in_(bindparam("chat_ids", expanding=True))
)
_OF_MEMBER = (
    select(chat_members.c.chat_id, chats.c.title)
    .select_from(chat_members.outerjoin(chats, chats.c.chat_id == chat_members.c.chat_id))
    .where(chat_members.c.identity == bindparam("identity"))
    .order_by(chat_members.c.last_seen.desc(), chat_members.c.chat_id)
    .limit(bindparam("limit"))
)


class SqlChatNameRepository:
    def __init__(self, conn: AsyncConnection) -> None:
        self.conn = conn
        self._driver = direct.driver_of(conn)

    async def name(self, chat_id: str, title: str, at: datetime) -> None:
        params = {"chat_id": chat_id, "title": title, "seen_at": at}
        if self._driver is not None:
            await direct.defer(self.conn, self._driver, Write("chat_name", upsert_title, params, row=chat_id))
            return
        await self.conn.execute(_upsert(self.conn.dialect.name), params)

    async def titles(self, chat_ids: Collection[str]) -> dict[str, str]:
        wanted = list(dict.fromkeys(chat_ids))
        found: dict[str, str] = {}
        for start in range(0, len(wanted), TITLES_BATCH):
            rows = await self.conn.execute(_TITLES, {"chat_ids": wanted[start : start + TITLES_BATCH]})
            found.update({row.chat_id: row.title for row in rows})
        return found

    async def of_member(self, identity: str, *, limit: int) -> list[ChatName]:
        rows = await self.conn.execute(_OF_MEMBER, {"identity": identity, "limit": limit})
        return [ChatName(row.chat_id, row.title) for row in rows]
