"""`commerce.ports.ForYouWeekRepository` on SQLite and PostgreSQL: `foryou_weeks`, each member's last
weekly For you message, and who is due one.

A week is claimed by one guarded upsert (`INSERT ... ON CONFLICT DO UPDATE ... WHERE week < new week
RETURNING`): of two processes claiming the same member's week at once, PostgreSQL makes the second wait
for the first's commit and then finds the week taken, SQLite writes one at a time; one gets a row back.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import datetime
from functools import cache
from typing import Any

from sqlalchemy import bindparam, exists, select
from sqlalchemy.dialects import postgresql, sqlite
from sqlalchemy.ext.asyncio import AsyncConnection
from sqlalchemy.sql import Executable, Select

from storage.tables import chat_members, foryou_off, foryou_weeks

cm, fw = chat_members.c, foryou_weeks.c


@dataclass(frozen=True)
class _Statements:
    due: Select[Any]
    claim: Executable


@cache
def _statements(dialect: str) -> _Statements:
    new: Any
    if dialect == "postgresql":
        new = postgresql.insert(foryou_weeks)
    elif dialect == "sqlite":
        new = sqlite.insert(foryou_weeks)
    else:
        raise NotImplementedError(f"storage supports sqlite and postgresql, not {dialect}")
    off = exists().where(foryou_off.c.identity == cm.identity)
    done = exists().where(fw.identity == cm.identity, fw.week >= bindparam("week"))  # ISO dates
    claim = new.values(identity=bindparam("identity"), week=bindparam("week"), sent_at=bindparam("at"))
    return _Statements(
        due=select(cm.identity)
        .where(cm.identity.like(bindparam("pattern"), escape="\\"), ~off, ~done)
        .distinct()
        .order_by(cm.identity),
        claim=claim.on_conflict_do_update(
            index_elements=[fw.identity],
            set_={"week": claim.excluded.week, "sent_at": claim.excluded.sent_at},
            where=fw.week < claim.excluded.week,
        ).returning(fw.identity),
    )


class SqlForYouWeekRepository:
    def __init__(self, conn: AsyncConnection) -> None:
        self.conn = conn
        self.sql = _statements(conn.dialect.name)

    async def due(self, platform: str, week: str) -> list[str]:
        prefix = f"{platform}:"  # identities are `platform:user`
        pattern = re.sub(r"([\\%_])", r"\\\1", prefix) + "%"
        params = {"pattern": pattern, "week": week}
        rows = await self.conn.execute(self.sql.due, params)
        return [str(row.identity)[len(prefix) :] for row in rows]

    async def claim(self, identity: str, *, week: str, at: datetime) -> bool:
        params = {"identity": identity, "week": week, "at": at}
        return (await self.conn.execute(self.sql.claim, params)).first() is not None
