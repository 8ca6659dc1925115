"""`commerce.state.KeyValues` in the database (`shared_values`, migration 0058): what several workers
without Redis must agree on, at the price of a round trip to the database.

Used for what a Telegram worker learns of a group (the bot removed from it, its upgrade to a supergroup:
bot/telegram/run.py `group_values`) when no Redis is configured and the database is PostgreSQL, which
several workers share. One statement per call, each its own transaction, so what one worker writes the
next read of any other sees. Values are JSON text, as Redis stores them; a time to live is real time:
`expires_at` (ISO-8601 UTC text, NULL: kept until deleted). An expired row is never read: `set_if_absent`
and `set_if_unchanged` take its key as absent (the row replaced in the same statement), and `prune`
(a scheduler chore) deletes the rest, at most once an hour.
"""

from __future__ import annotations

import json
import logging
from collections.abc import Callable, Mapping, Sequence
from datetime import UTC, datetime, timedelta
from typing import Any

import sqlalchemy as sa
from sqlalchemy.dialects import postgresql, sqlite
from sqlalchemy.ext.asyncio import AsyncEngine

from commerce.state import DEFAULT_PREFIX, Json
from storage.adapter_tables import shared_values as table

log = logging.getLogger(__name__)

PRUNE_EVERY = timedelta(hours=1)


def _real_now() -> datetime:
    return datetime.now(UTC)


def _stamp(moment: datetime) -> str:
    return moment.astimezone(UTC).isoformat(timespec="milliseconds")


def _encode(value: Json) -> str:
    return json.dumps(value, ensure_ascii=False)


def _seconds(ttl: float | None) -> float | None:
    if ttl is not None and ttl <= 0:
        raise ValueError(f"a time to live must be positive, not {ttl!r}")
    return ttl


class DatabaseKeyValues:
    """`KeyValues` over `engine`'s `shared_values` table (SQLite or PostgreSQL); `now` (aware, real time)
    drives expiry, so tests can make time pass."""

    def __init__(
        self,
        engine: AsyncEngine,
        *,
        prefix: str = DEFAULT_PREFIX,
        now: Callable[[], datetime] = _real_now,
        prune_every: timedelta = PRUNE_EVERY,
    ) -> None:
        self.engine = engine
        self._prefix = prefix
        self._now = now
        self._prune_every = prune_every
        self._pruned_at: datetime | None = None

    def _live(self, now: str) -> sa.ColumnElement[bool]:
        return sa.or_(table.c.expires_at.is_(None), table.c.expires_at > now)

    def _expiry(self, ttl: float | None) -> str | None:
        seconds = _seconds(ttl)
        return None if seconds is None else _stamp(self._now() + timedelta(seconds=seconds))

    def _upsert(self, rows: list[dict[str, Any]], *, only_expired: bool) -> Any:
        """INSERT, or on a key already there UPDATE it (`only_expired`: only a row that expired)."""
        dialect = postgresql if self.engine.dialect.name == "postgresql" else sqlite
        insert = dialect.insert(table).values(rows)
        where = None
        if only_expired:
            now = _stamp(self._now())
            where = sa.and_(table.c.expires_at.is_not(None), table.c.expires_at <= now)
        return insert.on_conflict_do_update(
            index_elements=[table.c.key],
            set_={"value": insert.excluded.value, "expires_at": insert.excluded.expires_at},
            where=where,
        )

    async def get(self, key: str) -> Json | None:
        return (await self.get_many([key]))[0]

    async def get_many(self, keys: Sequence[str]) -> list[Json | None]:
        if not keys:
            return []
        names = [self._prefix + key for key in keys]
        query = sa.select(table.c.key, table.c.value).where(
            table.c.key.in_(set(names)), self._live(_stamp(self._now()))
        )
        async with self.engine.connect() as conn:
            found = {str(key): str(value) for key, value in await conn.execute(query)}
        return [None if name not in found else json.loads(found[name]) for name in names]

    async def set(self, key: str, value: Json, *, ttl: float | None = None) -> None:
        await self.set_many({key: value}, ttl=ttl)

    async def set_many(self, values: Mapping[str, Json], *, ttl: float | None = None) -> None:
        expires = self._expiry(ttl)  # a bad time to live stores none of them
        if not values:
            return
        rows = [
            {"key": self._prefix + key, "value": _encode(value), "expires_at": expires}
            for key, value in values.items()
        ]
        async with self.engine.begin() as conn:
            await conn.execute(self._upsert(rows, only_expired=False))

    async def set_if_absent(self, key: str, value: Json, *, ttl: float | None = None) -> bool:
        """One statement: inserted, or an expired row of the key replaced; a live one left as it is."""
        row = {"key": self._prefix + key, "value": _encode(value), "expires_at": self._expiry(ttl)}
        async with self.engine.begin() as conn:
            done = await conn.execute(self._upsert([row], only_expired=True))
        return bool(done.rowcount)

    async def set_if_unchanged(
        self, key: str, expected: Json | None, value: Json, *, ttl: float | None = None
    ) -> bool:
        if expected is None:
            return await self.set_if_absent(key, value, ttl=ttl)
        expires = self._expiry(ttl)
        change = (
            sa.update(table)
            .where(
                table.c.key == self._prefix + key,
                table.c.value == _encode(expected),  # as `get` decoded it, encoded again: the same text
                self._live(_stamp(self._now())),
            )
            .values(value=_encode(value), expires_at=expires)
        )
        async with self.engine.begin() as conn:
            done = await conn.execute(change)
        return bool(done.rowcount)

    async def delete(self, key: str) -> bool:
        """Forget `key` (an expired row too); True if it was there and live."""
        name = self._prefix + key
        async with self.engine.begin() as conn:
            live = await conn.execute(
                sa.delete(table).where(table.c.key == name, self._live(_stamp(self._now())))
            )
            if live.rowcount:
                return True
            await conn.execute(sa.delete(table).where(table.c.key == name))
        return False

    async def forget_expired(self) -> int:
        """Delete every expired row (of every prefix); how many."""
        async with self.engine.begin() as conn:
            done = await conn.execute(sa.delete(table).where(table.c.expires_at <= _stamp(self._now())))
        return int(done.rowcount or 0)

    async def prune(self) -> int | None:
        """`forget_expired` at most once per `prune_every` (a scheduler chore: call it as often as you
        like); None when it was too soon. Several workers pruning is harmless: one DELETE each."""
        now = self._now()
        if self._pruned_at is not None and now - self._pruned_at < self._prune_every:
            return None
        self._pruned_at = now
        forgotten = await self.forget_expired()
        if forgotten:
            log.info("forgot %d expired shared values", forgotten)
        return forgotten
