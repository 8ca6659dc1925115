"""`commerce.ports.NoteShareRepository` on SQLite and PostgreSQL: `note_shares`, one row per note and
member who took their share code for it (an `INSERT ... ON CONFLICT DO NOTHING` on the unique key), and
the count a note card shows."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from functools import cache
from typing import Any

from sqlalchemy import bindparam, func, select
from sqlalchemy.dialects import postgresql, sqlite
from sqlalchemy.ext.asyncio import AsyncConnection
from sqlalchemy.sql import Executable, Select

from storage.tables import note_shares

ns = note_shares.c


@dataclass(frozen=True)
class _Statements:
    add: Executable
    count: Select[Any]


@cache
def _statements(dialect: str) -> _Statements:
    new: Any
    if dialect == "postgresql":
        new = postgresql.insert(note_shares)
    elif dialect == "sqlite":
        new = sqlite.insert(note_shares)
    else:
        raise NotImplementedError(f"storage supports sqlite and postgresql, not {dialect}")
    return _Statements(
        add=new.values(note_id=bindparam("nid"), member_id=bindparam("member"), created_at=bindparam("at"))
        .on_conflict_do_nothing(index_elements=[ns.note_id, ns.member_id])
        .returning(ns.id),
        count=select(func.count()).where(ns.note_id == bindparam("nid")),
    )


class SqlNoteShareRepository:
    def __init__(self, conn: AsyncConnection) -> None:
        self.conn = conn
        self.sql = _statements(conn.dialect.name)

    async def add(self, note_id: int, member_id: str, *, at: datetime) -> bool:
        params = {"nid": note_id, "member": member_id, "at": at}
        return (await self.conn.execute(self.sql.add, params)).first() is not None

    async def count(self, note_id: int) -> int:
        return int((await self.conn.execute(self.sql.count, {"nid": note_id})).scalar_one())
