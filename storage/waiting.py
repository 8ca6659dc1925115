"""The waiting list repository (commerce.ports.WaitingListRepository) on SQLite and PostgreSQL.

Plain Core statements on `waiting_list`, built once per dialect. Nothing here is on the join path: a
member waits only once a group buy sold out. `take` is the guarded write that makes a move-in happen
once: it deletes the entry only while it still asks for the same quantity, so of two changes moving
the same member in at once (two leaves on PostgreSQL), one finds it gone and moves nobody. An entry is
keyed by group buy, member and option (多规格; "" without options).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from functools import cache
from typing import Any

from sqlalchemy import Integer, and_, bindparam, delete, func, insert, or_, select
from sqlalchemy.dialects import postgresql, sqlite
from sqlalchemy.ext.asyncio import AsyncConnection
from sqlalchemy.sql import Executable, Select

from commerce.domain.waiting import WaitingEntry, in_queue_order
from storage import direct
from storage.tables import waiting_left_out, waiting_list

w = waiting_list.c
lo = waiting_left_out.c
_LEFT_OUT = (
    lo.id,
    lo.group_buy_id,
    lo.user_id,
    lo.display_name,
    lo.quantity,
    lo.created_at,
    lo.option,
    lo.listing_id,
)
_COLUMNS = (w.id, w.group_buy_id, w.user_id, w.display_name, w.quantity, w.created_at, w.option, w.listing_id)


@dataclass(frozen=True)
class _Statements:
    get: Select[Any]
    put: Executable
    queue: Select[Any]
    position: Select[Any]
    counts: Select[Any]
    sizes: Select[Any]
    of_member: Select[Any]
    waiting_among: Select[Any]
    take: Executable
    restore: Executable
    remove: Executable
    remove_all: Executable
    drain: Executable
    take_left_out: Executable


@cache
def _statements(dialect: str) -> _Statements:
    theirs = and_(w.group_buy_id == bindparam("gid"), w.user_id == bindparam("uid"))
    same = and_(theirs, w.option == bindparam("opt"))
    new: Any
    if dialect == "postgresql":
        new = postgresql.insert(waiting_list)
    elif dialect == "sqlite":
        new = sqlite.insert(waiting_list)
    else:
        raise NotImplementedError(f"storage supports sqlite and postgresql, not {dialect}")
    upsert = new.values(
        group_buy_id=bindparam("gid"),
        user_id=bindparam("uid"),
        display_name=bindparam("name"),
        quantity=bindparam("quantity"),
        created_at=bindparam("created_at"),
        option=bindparam("opt"),
        listing_id=bindparam("listing", type_=Integer),
    ).on_conflict_do_update(  # waiting again: the new quantity, the place kept
        index_elements=[w.group_buy_id, w.user_id, w.option],
        set_={"quantity": new.excluded.quantity, "display_name": new.excluded.display_name},
    )
    ahead = or_(
        w.created_at < bindparam("created_at"),
        and_(w.created_at == bindparam("created_at"), w.id <= bindparam("id")),
    )
    return _Statements(
        get=select(*_COLUMNS).where(same),
        put=upsert.returning(*_COLUMNS),
        queue=select(*_COLUMNS).where(w.group_buy_id == bindparam("gid")).order_by(w.created_at, w.id),
        position=select(func.count()).where(
            w.group_buy_id == bindparam("gid"), w.option == bindparam("opt"), ahead
        ),
        counts=select(w.option, func.count()).where(w.group_buy_id == bindparam("gid")).group_by(w.option),
        sizes=select(w.option, func.count(), func.min(w.quantity))
        .where(w.group_buy_id == bindparam("gid"))
        .group_by(w.option),
        of_member=select(*_COLUMNS).where(w.user_id == bindparam("uid")).order_by(w.created_at, w.id),
        waiting_among=select(w.group_buy_id).where(
            w.group_buy_id.in_(bindparam("ids", expanding=True)), w.user_id == bindparam("uid")
        ),
        take=delete(waiting_list)
        .where(w.id == bindparam("id"), w.quantity == bindparam("quantity"))
        .returning(w.id),
        restore=insert(waiting_list),
        remove=delete(waiting_list).where(same).returning(*_COLUMNS),
        remove_all=delete(waiting_list).where(theirs).returning(*_COLUMNS),
        drain=delete(waiting_list).where(w.group_buy_id == bindparam("gid")).returning(*_COLUMNS),
        take_left_out=delete(waiting_left_out)
        .where(lo.group_buy_id == bindparam("gid"))
        .returning(*_LEFT_OUT),
    )


def _entry(row: Any) -> WaitingEntry:
    return WaitingEntry(
        group_buy_id=row.group_buy_id,
        user_id=row.user_id,
        display_name=row.display_name,
        quantity=row.quantity,
        created_at=row.created_at,
        id=row.id,
        option=row.option,
        listing_id=row.listing_id,
    )


class SqlWaitingListRepository:
    def __init__(self, conn: AsyncConnection) -> None:
        self.conn = conn
        self.sql = _statements(conn.dialect.name)

    async def get(self, group_buy_id: int, user_id: str, option: str = "") -> WaitingEntry | None:
        params = {"gid": group_buy_id, "uid": user_id, "opt": option}
        row = (await self.conn.execute(self.sql.get, params)).first()
        return None if row is None else _entry(row)

    async def put(self, entry: WaitingEntry) -> WaitingEntry:
        params = {
            "gid": entry.group_buy_id,
            "uid": entry.user_id,
            "name": entry.display_name,
            "quantity": entry.quantity,
            "created_at": entry.created_at,
            "opt": entry.option,
            "listing": entry.listing_id,
        }
        return _entry((await self.conn.execute(self.sql.put, params)).one())

    async def queue(self, group_buy_id: int) -> list[WaitingEntry]:
        rows = await self.conn.execute(self.sql.queue, {"gid": group_buy_id})
        return [_entry(row) for row in rows]

    async def position(self, entry: WaitingEntry) -> int:
        params = {
            "gid": entry.group_buy_id,
            "opt": entry.option,
            "created_at": entry.created_at,
            "id": entry.id or 0,
        }
        return int((await self.conn.execute(self.sql.position, params)).scalar_one())

    async def counts(self, group_buy_id: int) -> dict[str, int]:
        """How many wait for each option ("" none); on a join's path when little is left (a freed unit
        is the queue's), so straight to the driver where storage.direct knows it."""
        params = {"gid": group_buy_id}
        driver = direct.driver_of(self.conn)
        if driver is None:
            rows: Any = await self.conn.execute(self.sql.counts, params)
        else:
            rows = await direct.rows(self.conn, driver, self.sql.counts, params)
        return {str(option): int(count) for option, count in rows}

    async def sizes(self, group_buy_id: int) -> dict[str, tuple[int, int]]:
        """How many wait for each option ("" none) and the least any of them waits for; on a join's path
        when little is left (a freed unit is the queue's when a wait fits it), so straight to the driver
        where storage.direct knows it."""
        params = {"gid": group_buy_id}
        driver = direct.driver_of(self.conn)
        if driver is None:
            rows: Any = await self.conn.execute(self.sql.sizes, params)
        else:
            rows = await direct.rows(self.conn, driver, self.sql.sizes, params)
        return {str(option): (int(count), int(least)) for option, count, least in rows}

    async def of_member(self, user_id: str) -> list[WaitingEntry]:
        rows = await self.conn.execute(self.sql.of_member, {"uid": user_id})
        return [_entry(row) for row in rows]

    async def waiting_among(self, group_buy_ids: Sequence[int], user_id: str) -> set[int]:
        if not group_buy_ids:
            return set()
        params = {"ids": list(group_buy_ids), "uid": user_id}
        return {int(row[0]) for row in await self.conn.execute(self.sql.waiting_among, params)}

    async def take(self, entry: WaitingEntry) -> bool:
        params = {"id": entry.id, "quantity": entry.quantity}
        return (await self.conn.execute(self.sql.take, params)).first() is not None

    async def restore(self, entry: WaitingEntry) -> None:
        await self.conn.execute(self.sql.restore, {"id": entry.id, **_columns(entry)})

    async def remove(self, group_buy_id: int, user_id: str, option: str | None = "") -> list[WaitingEntry]:
        if option is None:
            rows = await self.conn.execute(self.sql.remove_all, {"gid": group_buy_id, "uid": user_id})
        else:
            rows = await self.conn.execute(
                self.sql.remove, {"gid": group_buy_id, "uid": user_id, "opt": option}
            )
        return in_queue_order(_entry(row) for row in rows)

    async def drain(self, group_buy_id: int) -> list[WaitingEntry]:
        rows = await self.conn.execute(self.sql.drain, {"gid": group_buy_id})
        return in_queue_order(_entry(row) for row in rows)

    async def keep_left_out(self, entries: Sequence[WaitingEntry]) -> None:
        if not entries:
            return
        await self.conn.execute(insert(waiting_left_out), [_columns(entry) for entry in entries])

    async def take_left_out(self, group_buy_id: int) -> list[WaitingEntry]:
        rows = await self.conn.execute(self.sql.take_left_out, {"gid": group_buy_id})
        return in_queue_order(_entry(row) for row in rows)


def _columns(entry: WaitingEntry) -> dict[str, object]:
    """A waiting entry's row but its id: the waiting list's and the left-out table's columns alike."""
    return {
        "group_buy_id": entry.group_buy_id,
        "user_id": entry.user_id,
        "display_name": entry.display_name,
        "quantity": entry.quantity,
        "created_at": entry.created_at,
        "option": entry.option,
        "listing_id": entry.listing_id,
    }
