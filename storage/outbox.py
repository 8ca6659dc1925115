"""The outbox repository (commerce.ports.OutboxRepository) on SQLite and PostgreSQL: plain Core
statements on the `outbox` table; the relay in bot/outbox_relay.py is its only reader.

Several workers share the outbox through chat leases (`outbox_leases`): a relay first takes or renews,
in one guarded upsert (`lease_chats`), the leases of chats with due rows that no other worker holds,
then reads only the rows of the chats that statement gave it (`due(chats=...)`; not of an older lease
of its own, which it may give up in this very transaction), so a chat's rows go out through one
worker at a time, in id order. The upsert's conflict check is atomic on PostgreSQL (a worker inserting
the same chat waits for the other's short transaction, then finds the lease held) and the leases it
wrote stay locked until the commit, so while a lease holds no other worker reads that chat's rows;
SQLite runs one process and takes the same path. Leases are inserted in chat order, so workers
acquiring at once lock them in one order. A lease is deleted with the marks of the rows it covered
(`release_chats`, in the same transaction); a dead worker's lapses at `leased_until`.

`add` runs with every reply of every change (a join's answer and card), so on the direct route its
rows are held back (storage.direct.defer) and ride with the transaction's next write, usually the
update claim that ends a join (on SQLite in the same trip as it and the COMMIT, on PostgreSQL as a CTE
of it): they still commit or roll back with the change.
"""

from __future__ import annotations

import contextlib
import itertools
from collections.abc import Callable, Collection, Mapping, Sequence
from datetime import datetime
from typing import Any

import sqlalchemy as sa
from sqlalchemy.dialects.postgresql import insert as postgresql_insert
from sqlalchemy.dialects.sqlite import insert as sqlite_insert
from sqlalchemy.ext.asyncio import AsyncConnection
from sqlalchemy.sql import Executable, FromClause

from commerce.domain.outbox import OutboxBacklog, OutboxItem
from storage import direct
from storage.carried import Write
from storage.small import small_statements
from storage.tables import UtcDateTime, outbox, outbox_leases

ERROR_LIMIT = 500
HELD_ROWS = 8  # rows one held-back INSERT takes (a change's replies are one to three); more go at once
SMALL_ROWS = (
    256  # rows written at once on SQLite's event loop thread (a join batch's answers; a close's: not)
)
BOUND = ("topic", "chat_id", "payload", "created_at", "due_at")  # a new row is never tried
_ZERO: Any = sa.literal_column("0")
_EMPTY: Any = sa.literal_column("''")


def insert_rows(count: int) -> Callable[[str, str, FromClause | None], Executable]:
    """storage.carried's builder of one INSERT of `count` new rows, binds named `prefix + column + _i`;
    with a `source`, the rows are written only if it has a row."""

    def build(_dialect: str, prefix: str, source: FromClause | None) -> Executable:
        rows = []
        for i in range(count):
            row = {name: sa.bindparam(f"{prefix}{name}_{i}", type_=outbox.c[name].type) for name in BOUND}
            rows.append({**row, "attempts": _ZERO, "last_error": _EMPTY})
        if source is None:
            return sa.insert(outbox).values(rows)
        selects = [
            sa.select(*(value.label(name) for name, value in row.items())).select_from(source) for row in rows
        ]
        return sa.insert(outbox).from_select(
            list(rows[0]), sa.union_all(*selects) if count > 1 else selects[0]
        )

    return build


_INSERTS = {count: insert_rows(count) for count in range(1, HELD_ROWS + 1)}
_ROWS = itertools.count()  # each held insert's own row (storage.carried.Write.row)


def _unsent() -> sa.ColumnElement[bool]:
    """A row still to send: neither sent nor given up (`give_up`)."""
    return sa.and_(outbox.c.sent_at.is_(None), outbox.c.gave_up_at.is_(None))


def chat_key() -> sa.ColumnElement[str]:
    """What a row's lease is keyed on: its chat, or its topic when it has none (`event:` rows). No bind
    parameter in it, so its SQL in a SELECT list and in a GROUP BY is the same to PostgreSQL."""
    return sa.case((outbox.c.chat_id == _EMPTY, outbox.c.topic), else_=outbox.c.chat_id)


class SqlOutboxRepository:
    def __init__(self, conn: AsyncConnection) -> None:
        self.conn = conn
        self._driver = direct.driver_of(conn)

    async def add(self, items: Sequence[OutboxItem]) -> None:
        if not items:
            return
        if self._driver is not None and len(items) <= HELD_ROWS:
            params: dict[str, object] = {}
            for i, item in enumerate(items):
                params[f"topic_{i}"] = item.topic
                params[f"chat_id_{i}"] = item.chat_id
                params[f"payload_{i}"] = item.payload
                params[f"created_at_{i}"] = item.created_at
                params[f"due_at_{i}"] = item.due_at or item.created_at  # due when made, unless held
            # rows of their own (new ids): they may share a statement with any other outbox rows
            write = Write(("outbox", len(items)), _INSERTS[len(items)], params, row=next(_ROWS))
            await direct.defer(self.conn, self._driver, write)
            return
        # more rows (a close's order messages): one executemany, one trip to either driver
        rows = [
            {
                "topic": item.topic,
                "chat_id": item.chat_id,
                "payload": item.payload,
                "created_at": item.created_at,
                "due_at": item.due_at or item.created_at,
                "attempts": 0,
                "last_error": "",
            }
            for item in items
        ]
        small = contextlib.nullcontext() if len(rows) > SMALL_ROWS else small_statements()
        with small:  # a join batch's answers: on SQLite's event loop thread, no trip (storage.sqlite_driver)
            if self._driver is None:
                await self.conn.execute(sa.insert(outbox), rows)
            else:  # without SQLAlchemy's work for each row
                await direct.inserted(self.conn, self._driver, outbox, rows)

    async def due(
        self,
        topic_prefix: str,
        *,
        now: datetime,
        limit: int,
        skip: Collection[int] = (),
        chats: Collection[str] | None = None,
    ) -> list[OutboxItem]:
        query = (
            sa.select(outbox.c.id, outbox.c.topic, outbox.c.chat_id, outbox.c.payload, outbox.c.created_at)
            .add_columns(outbox.c.attempts)
            .where(_unsent(), outbox.c.topic.startswith(topic_prefix, autoescape=True))
            .where(outbox.c.due_at <= now)
            .order_by(outbox.c.id)
            .limit(limit + len(skip))
        )
        if chats is not None:
            query = query.where(chat_key().in_(list(chats)))
        found = []
        for row in await self.conn.execute(query):
            if row.id in skip:
                continue
            found.append(
                OutboxItem(row.topic, row.payload, row.created_at, row.chat_id, row.id, row.attempts)
            )
        return found[:limit]

    async def lease_chats(
        self,
        topic_prefix: str,
        *,
        owner: str,
        now: datetime,
        until: datetime,
        limit: int,
        due_by: datetime | None = None,
    ) -> list[str]:
        if limit <= 0:
            return []
        lease = outbox_leases.c
        key = chat_key().label("chat_id")
        waiting = (
            sa.select(key, sa.func.min(outbox.c.id).label("first"))
            .where(_unsent(), outbox.c.topic.startswith(topic_prefix, autoescape=True))
            .where(outbox.c.due_at <= (now if due_by is None else due_by))
            .group_by(chat_key())
            .subquery("waiting")
        )
        free = sa.or_(lease.owner.is_(None), lease.owner == owner, lease.leased_until < now)
        picked = (
            sa.select(waiting.c.chat_id)
            .select_from(
                waiting.outerjoin(
                    outbox_leases, sa.and_(lease.family == topic_prefix, lease.chat_id == waiting.c.chat_id)
                )
            )
            .where(free)
            .order_by(sa.case((lease.owner == owner, 0), else_=1), waiting.c.first)
            .limit(limit)
            .subquery("picked")
        )
        rows = (
            sa.select(
                sa.literal(topic_prefix, outbox_leases.c.family.type).label("family"),
                picked.c.chat_id,
                sa.literal(owner, outbox_leases.c.owner.type).label("owner"),
                sa.literal(until, UtcDateTime()).label("leased_until"),
            )
            .where(sa.true())  # SQLite: an upsert's SELECT needs a WHERE to parse unambiguously
            .order_by(picked.c.chat_id)  # one locking order for every worker: no deadlock between them
        )
        insert = (sqlite_insert if self.conn.dialect.name == "sqlite" else postgresql_insert)(outbox_leases)
        upsert = insert.from_select(["family", "chat_id", "owner", "leased_until"], rows)
        guarded = upsert.on_conflict_do_update(
            index_elements=[lease.family, lease.chat_id],
            set_={"owner": upsert.excluded.owner, "leased_until": upsert.excluded.leased_until},
            where=sa.or_(lease.owner == owner, lease.leased_until < now),
        )
        return list((await self.conn.execute(guarded.returning(lease.chat_id))).scalars())

    async def release_chats(self, topic_prefix: str, *, owner: str, keep: Collection[str] = ()) -> None:
        lease = outbox_leases.c
        query = sa.delete(outbox_leases).where(lease.family == topic_prefix, lease.owner == owner)
        if keep:
            query = query.where(lease.chat_id.not_in(list(keep)))
        await self.conn.execute(query)

    async def lease_owners(self, topic_prefix: str) -> list[str]:
        lease = outbox_leases.c
        query = sa.select(lease.owner).where(lease.family == topic_prefix).distinct()
        return list((await self.conn.execute(query)).scalars())

    async def mark_sent(self, ids: Collection[int], *, at: datetime) -> None:
        if ids:
            await self.conn.execute(
                sa.update(outbox).where(outbox.c.id.in_(list(ids)), _unsent()).values(sent_at=at)
            )

    async def give_up(self, reasons: Mapping[int, str], *, at: datetime) -> None:
        for item_id, why in reasons.items():
            await self.conn.execute(
                sa.update(outbox)
                .where(outbox.c.id == item_id, _unsent())
                .values(attempts=outbox.c.attempts + 1, gave_up_at=at, last_error=why[:ERROR_LIMIT])
            )

    async def retry_later(self, item_id: int, *, due_at: datetime, error: str) -> None:
        await self.conn.execute(
            sa.update(outbox)
            .where(outbox.c.id == item_id)
            .values(attempts=outbox.c.attempts + 1, due_at=due_at, last_error=error[:ERROR_LIMIT])
        )

    async def withdraw(self, chat_id: str, payloads: Collection[str], *, now: datetime) -> int:
        if not payloads:
            return 0
        result = await self.conn.execute(
            sa.delete(outbox)
            .where(outbox.c.chat_id == chat_id, _unsent(), outbox.c.due_at > now)
            .where(outbox.c.payload.in_(list(payloads)))
        )
        return int(result.rowcount)

    async def bring_forward(self, chat_id: str, payloads: Collection[str], *, due_at: datetime) -> None:
        if payloads:
            await self.conn.execute(
                sa.update(outbox)
                .where(outbox.c.chat_id == chat_id, _unsent())
                .where(outbox.c.payload.in_(list(payloads)), outbox.c.due_at > due_at)
                .values(due_at=due_at)
            )

    async def postpone(self, item_id: int, *, due_at: datetime) -> None:
        await self.conn.execute(sa.update(outbox).where(outbox.c.id == item_id).values(due_at=due_at))

    async def prune_sent(self, before: datetime) -> int:
        done = sa.or_(outbox.c.sent_at < before, outbox.c.gave_up_at < before)
        result = await self.conn.execute(sa.delete(outbox).where(done))
        return int(result.rowcount)

    async def pending(self, topic_prefix: str = "") -> int:
        query = sa.select(sa.func.count()).where(
            _unsent(), outbox.c.topic.startswith(topic_prefix, autoescape=True)
        )
        return int((await self.conn.execute(query)).scalar_one())

    async def backlog(self, *, now: datetime, topic_prefix: str = "") -> OutboxBacklog:
        # a row that failed has waited since it was made, its back-off included (the platform down);
        # one never tried, since it became due (NULL: not due yet, a WeChat card waiting for its window)
        due_at = sa.case(
            (outbox.c.attempts > _ZERO, outbox.c.created_at), (outbox.c.due_at <= now, outbox.c.due_at)
        )
        query = sa.select(sa.func.count(), sa.func.min(due_at)).where(
            _unsent(), outbox.c.topic.startswith(topic_prefix, autoescape=True)
        )
        unsent, oldest = (await self.conn.execute(query)).one()
        return OutboxBacklog(int(unsent), oldest)
