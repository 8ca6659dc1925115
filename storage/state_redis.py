"""Shared state for many processes: one Redis (`commerce.state`'s Redis backend).

- Values: JSON strings; `SET ... PX` for a time to live, `SET ... NX` for set-if-absent, a Lua
  compare-and-set for set-if-unchanged; several read with one `MGET`, written with one Lua script.
- Counters: `INCRBY`, then `PEXPIRE` only if the key has no expiry yet, in one Lua script (atomic: a
  process dying between the two cannot leave a counter that never expires).
- Locks: `SET key token NX PX lease`, released by a Lua compare-and-delete, so a holder whose lease ran
  out never deletes its successor's lock. A process's own callers first queue on a local asyncio lock
  (they keep their order, and only one of them polls Redis per key).

Every command goes through one `TurnPipeline` (storage.redis_batch): those issued in the same turn of
the event loop, by any caller, share one round trip.
"""

from __future__ import annotations

import asyncio
import json
import logging
import math
import secrets
import time
from collections.abc import AsyncIterator, Mapping, Sequence
from contextlib import asynccontextmanager
from typing import Any

from redis.asyncio import Redis

from commerce.state import DEFAULT_LEASE_SECONDS, DEFAULT_PREFIX, Json, LockTimeout, moved_key
from storage.redis_batch import TurnPipeline
from storage.state_memory import MemoryLocks

log = logging.getLogger(__name__)

_INCR = """
local value = redis.call('INCRBY', KEYS[1], ARGV[1])
if redis.call('PTTL', KEYS[1]) < 0 then
    redis.call('PEXPIRE', KEYS[1], ARGV[2])
end
return value
"""
_RELEASE = """
if redis.call('GET', KEYS[1]) == ARGV[1] then
    return redis.call('DEL', KEYS[1])
end
return 0
"""
_SET_MANY = """
for i, key in ipairs(KEYS) do
    if ARGV[1] == '' then
        redis.call('SET', key, ARGV[i + 1])
    else
        redis.call('SET', key, ARGV[i + 1], 'PX', ARGV[1])
    end
end
return #KEYS
"""
_SET_IF_UNCHANGED = """
local current = redis.call('GET', KEYS[1])
if (ARGV[1] == '0' and current == false) or (ARGV[1] == '1' and current == ARGV[2]) then
    if ARGV[4] == '' then
        redis.call('SET', KEYS[1], ARGV[3])
    else
        redis.call('SET', KEYS[1], ARGV[3], 'PX', ARGV[4])
    end
    return 1
end
return 0
"""
POLL_FIRST_SECONDS = 0.005
POLL_MAX_SECONDS = 0.1


def _set(key: str, raw: str, *, px: int | None = None, nx: bool = False) -> tuple[Any, ...]:
    """`SET`'s arguments, as `Redis.set` writes them."""
    return ("SET", key, raw, *(("PX", px) if px is not None else ()), *(("NX",) if nx else ()))


def _glob(text: str) -> str:
    """`text` matched literally in a `SCAN ... MATCH` pattern."""
    return "".join(f"\\{c}" if c in "*?[]\\" else c for c in text)


def _ms(seconds: float) -> int:
    if seconds <= 0:
        raise ValueError(f"a time to live must be positive, not {seconds!r}")
    return max(1, math.ceil(seconds * 1000))


class RedisKeyValues:
    def __init__(self, client: Redis, prefix: str, batch: TurnPipeline) -> None:
        self._batch = batch
        self._prefix = prefix
        self._set_if_unchanged = client.register_script(_SET_IF_UNCHANGED)
        self._set_many = client.register_script(_SET_MANY)

    async def get(self, key: str) -> Json | None:
        raw = await self._batch.command("GET", self._prefix + key)
        return None if raw is None else json.loads(raw)

    async def get_many(self, keys: Sequence[str]) -> list[Json | None]:
        """One `MGET`."""
        if not keys:
            return []
        raws = await self._batch.command("MGET", *[self._prefix + key for key in keys])
        return [None if raw is None else json.loads(raw) for raw in raws]

    async def set(self, key: str, value: Json, *, ttl: float | None = None) -> None:
        raw = json.dumps(value, ensure_ascii=False)
        await self._batch.command(*_set(self._prefix + key, raw, px=None if ttl is None else _ms(ttl)))

    async def set_many(self, values: Mapping[str, Json], *, ttl: float | None = None) -> None:
        """One Lua script (`MSET` takes no time to live): a command where a `SET` each would cost as
        much again in the client."""
        px = "" if ttl is None else str(_ms(ttl))
        if not values:
            return
        raws = [json.dumps(value, ensure_ascii=False) for value in values.values()]
        await self._batch.script(self._set_many, [self._prefix + key for key in values], [px, *raws])

    async def set_if_absent(self, key: str, value: Json, *, ttl: float | None = None) -> bool:
        raw = json.dumps(value, ensure_ascii=False)
        px = None if ttl is None else _ms(ttl)
        return bool(await self._batch.command(*_set(self._prefix + key, raw, px=px, nx=True)))

    async def set_if_unchanged(
        self, key: str, expected: Json | None, value: Json, *, ttl: float | None = None
    ) -> bool:
        """One Lua script: compare what is stored with `expected` as written (`json.dumps` of what `get`
        decoded gives back the stored text), then set."""
        held = "0" if expected is None else "1"
        was = "" if expected is None else json.dumps(expected, ensure_ascii=False)
        raw = json.dumps(value, ensure_ascii=False)
        px = "" if ttl is None else str(_ms(ttl))
        args = [held, was, raw, px]
        return bool(await self._batch.script(self._set_if_unchanged, [self._prefix + key], args))

    async def delete(self, key: str) -> bool:
        return bool(await self._batch.command("DEL", self._prefix + key))


class RedisCounters:
    def __init__(self, client: Redis, prefix: str, batch: TurnPipeline) -> None:
        self._prefix = prefix
        self._batch = batch
        self._incr = client.register_script(_INCR)

    async def incr(self, key: str, by: int = 1, *, ttl: float) -> int:
        return int(await self._batch.script(self._incr, [self._prefix + key], [by, _ms(ttl)]))

    async def value(self, key: str) -> int:
        raw = await self._batch.command("GET", self._prefix + key)
        return 0 if raw is None else int(raw)


class RedisLocks:
    def __init__(self, client: Redis, prefix: str, batch: TurnPipeline) -> None:
        self._batch = batch
        self._prefix = prefix + "lock:"
        self._local = MemoryLocks(prefix)
        self._release = client.register_script(_RELEASE)

    @asynccontextmanager
    async def lock(
        self, key: str, *, lease: float = DEFAULT_LEASE_SECONDS, wait: float | None = None
    ) -> AsyncIterator[None]:
        lease_ms = _ms(lease)
        deadline = None if wait is None else time.monotonic() + wait
        async with self._local.lock(key, lease=lease, wait=wait):
            name, token = self._prefix + key, secrets.token_hex(16)
            await self._acquire(name, token, lease_ms, deadline)
            try:
                yield
            finally:
                await self._give_back(name, token)

    async def _acquire(self, name: str, token: str, lease_ms: int, deadline: float | None) -> None:
        pause = POLL_FIRST_SECONDS
        while not await self._batch.command(*_set(name, token, px=lease_ms, nx=True)):
            left = None if deadline is None else deadline - time.monotonic()
            if left is not None and left <= 0:
                raise LockTimeout(f"lock {name!r} not acquired in time")
            await asyncio.sleep(pause if left is None else min(pause, left))
            pause = min(pause * 2, POLL_MAX_SECONDS)

    async def _give_back(self, name: str, token: str) -> None:
        try:
            released = await self._batch.script(self._release, [name], [token])
        except Exception as exc:  # Redis gone: the lease frees the lock; the caller's own error matters more
            log.warning("could not release lock %s (its lease will free it): %s", name, exc)
            return
        if not released:
            log.warning("lock %s was held past its lease: another holder may have overlapped", name)


class RedisSharedState:
    """`commerce.state.SharedState` on one Redis; closes its client on `aclose()`."""

    shared = True

    def __init__(self, client: Redis, *, prefix: str = DEFAULT_PREFIX) -> None:
        self.client = client
        self.prefix = prefix
        self.batch = TurnPipeline(client)  # every command below: one pipeline per turn of the loop
        self.values = RedisKeyValues(client, prefix, self.batch)
        self.counters = RedisCounters(client, prefix, self.batch)
        self.locks = RedisLocks(client, prefix, self.batch)

    async def ping(self) -> None:
        await self.client.ping()

    async def move_chat(self, old: str, new: str) -> int:
        """`SharedState.move_chat`: the keys with a part `old` found by `SCAN` (a chat's upgrade is rare,
        so a pass over the key space is fine), each moved by `RENAMENX` (its time to live with it; a key
        `new` holds already stays, the old one is deleted). Locks (`lock:`) stay where they are."""
        if old == new:
            return 0
        escaped, locks = _glob(self.prefix), self.prefix + "lock:"
        names: set[str] = set()
        for pattern in (f"{escaped}*:{_glob(old)}", f"{escaped}*:{_glob(old)}:*", f"{escaped}{_glob(old)}:*"):
            async for name in self.client.scan_iter(match=pattern, count=1000):
                names.add(name.decode() if isinstance(name, bytes) else str(name))
        moved = 0
        for name in sorted(names):
            there = None if name.startswith(locks) else moved_key(name[len(self.prefix) :], old, new)
            if there is None:
                continue
            if await self.client.renamenx(name, self.prefix + there):
                moved += 1
            else:  # the new chat's own stays
                await self.client.delete(name)
        return moved

    async def aclose(self) -> None:
        await self.client.aclose()
