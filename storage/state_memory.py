"""Shared state for one process: dicts and asyncio locks (`commerce.state`'s memory backend).

Nothing survives a restart and nothing is seen by another process: the default when TUAN_REDIS_URL is
not set. Bounded: at most `max_entries` values and counters; when full, expired entries go first, then
the oldest written. Values are stored JSON-encoded, as Redis stores them, so both backends hand back the
same things (a tuple comes back a list). Locks are asyncio locks (as cheap as a bare `asyncio.Lock`
when uncontended; first come, first served) that exist only while held or awaited.
"""

from __future__ import annotations

import asyncio
import json
import time
from collections.abc import AsyncIterator, Callable, Mapping, Sequence
from contextlib import asynccontextmanager
from dataclasses import dataclass, field

from commerce.state import DEFAULT_LEASE_SECONDS, DEFAULT_PREFIX, Json, LockTimeout, moved_key

DEFAULT_MAX_ENTRIES = 100_000
Monotonic = Callable[[], float]


def _seconds(ttl: float | None) -> float | None:
    if ttl is not None and ttl <= 0:
        raise ValueError(f"a time to live must be positive, not {ttl!r}")
    return ttl


class _Entries:
    """One key space: key -> (encoded value, expiry on `clock` or None), oldest written first."""

    def __init__(self, *, max_entries: int, clock: Monotonic) -> None:
        self.max_entries = max_entries
        self.clock = clock
        self._data: dict[str, tuple[str, float | None]] = {}

    def get(self, key: str) -> tuple[str, float | None] | None:
        found = self._data.get(key)
        if found is not None and found[1] is not None and found[1] <= self.clock():
            del self._data[key]
            return None
        return found

    def put(self, key: str, raw: str, expires: float | None) -> None:
        self._data.pop(key, None)
        if len(self._data) >= self.max_entries:
            self._make_room()
        self._data[key] = (raw, expires)

    def delete(self, key: str) -> bool:
        return self.get(key) is not None and self._data.pop(key, None) is not None

    def move(self, prefix: str, old: str, new: str) -> int:
        """`SharedState.move_chat` over the keys under `prefix`."""
        moved = 0
        for name in [k for k in self._data if k.startswith(prefix)]:
            there = moved_key(name[len(prefix) :], old, new)
            found = None if there is None else self.get(name)
            if there is None or found is None:
                continue
            del self._data[name]
            if self.get(prefix + there) is None:  # a live value the new chat has stays
                self._data[prefix + there] = found
                moved += 1
        return moved

    def expiry(self, ttl: float | None) -> float | None:
        return None if ttl is None else self.clock() + ttl

    def _make_room(self) -> None:
        """Drop what expired; if that is not enough, the oldest tenth (so a full store is not scanned on
        every write)."""
        now = self.clock()
        for key in [k for k, (_, expires) in self._data.items() if expires is not None and expires <= now]:
            del self._data[key]
        excess = len(self._data) - int(self.max_entries * 0.9)
        for key in list(self._data)[: max(excess, 0)]:
            del self._data[key]


class MemoryKeyValues:
    def __init__(self, entries: _Entries, prefix: str) -> None:
        self._entries = entries
        self._prefix = prefix

    async def get(self, key: str) -> Json | None:
        found = self._entries.get(self._prefix + key)
        return None if found is None else json.loads(found[0])

    async def get_many(self, keys: Sequence[str]) -> list[Json | None]:
        return [await self.get(key) for key in keys]

    async def set(self, key: str, value: Json, *, ttl: float | None = None) -> None:
        raw = json.dumps(value, ensure_ascii=False)
        self._entries.put(self._prefix + key, raw, self._entries.expiry(_seconds(ttl)))

    async def set_many(self, values: Mapping[str, Json], *, ttl: float | None = None) -> None:
        _seconds(ttl)  # a bad time to live stores none of them, as Redis refuses the whole script
        for key, value in values.items():
            await self.set(key, value, ttl=ttl)

    async def set_if_absent(self, key: str, value: Json, *, ttl: float | None = None) -> bool:
        raw = json.dumps(value, ensure_ascii=False)
        expires = self._entries.expiry(_seconds(ttl))
        if self._entries.get(self._prefix + key) is not None:
            return False
        self._entries.put(self._prefix + key, raw, expires)
        return True

    async def set_if_unchanged(
        self, key: str, expected: Json | None, value: Json, *, ttl: float | None = None
    ) -> bool:
        found = self._entries.get(self._prefix + key)
        if (None if found is None else json.loads(found[0])) != expected:
            return False
        self._entries.put(
            self._prefix + key, json.dumps(value, ensure_ascii=False), self._entries.expiry(_seconds(ttl))
        )
        return True

    async def delete(self, key: str) -> bool:
        return self._entries.delete(self._prefix + key)


class MemoryCounters:
    def __init__(self, entries: _Entries, prefix: str) -> None:
        self._entries = entries
        self._prefix = prefix

    async def incr(self, key: str, by: int = 1, *, ttl: float) -> int:
        name = self._prefix + key
        found = self._entries.get(name)
        if found is None:
            value, expires = by, self._entries.expiry(_seconds(ttl))
        else:
            value, expires = int(found[0]) + by, found[1]  # not an integer: ValueError, as Redis refuses
        self._entries.put(name, str(value), expires)
        return value

    async def value(self, key: str) -> int:
        found = self._entries.get(self._prefix + key)
        return 0 if found is None else int(found[0])


@dataclass(eq=False)
class _Held:
    lock: asyncio.Lock = field(default_factory=asyncio.Lock)
    until: float = 0.0  # the holder's lease ends then (time.monotonic)
    waiters: int = 0


class MemoryLocks:
    """Named asyncio locks with a lease: a holder past its lease loses the lock to the next caller (its
    release then frees nothing of the new holder's)."""

    def __init__(self, prefix: str = DEFAULT_PREFIX) -> None:
        self._prefix = prefix
        self._held: dict[str, _Held] = {}

    @asynccontextmanager
    async def lock(
        self, key: str, *, lease: float = DEFAULT_LEASE_SECONDS, wait: float | None = None
    ) -> AsyncIterator[None]:
        if lease <= 0:
            raise ValueError(f"a lease must be positive, not {lease!r}")
        name = self._prefix + key
        held = await self._acquire(name, lease, wait)
        try:
            yield
        finally:
            held.lock.release()
            if held.waiters == 0 and self._held.get(name) is held:
                del self._held[name]

    async def _acquire(self, name: str, lease: float, wait: float | None) -> _Held:
        deadline = None if wait is None else time.monotonic() + wait
        while True:
            held = self._held.get(name)
            if held is None:
                held = self._held[name] = _Held()
            if not held.lock.locked() and held.waiters == 0:  # free: taken at once, no task, no timer
                await held.lock.acquire()
                held.until = time.monotonic() + lease
                return held
            now = time.monotonic()
            timeout = held.until - now if held.lock.locked() else lease
            if deadline is not None:
                timeout = min(timeout, deadline - now)
            held.waiters += 1
            try:
                # a cancel swallowed here only means the lock was taken: its holder goes on, then frees it
                await asyncio.wait_for(held.lock.acquire(), timeout=max(timeout, 0.0))  # noqa: TID251
            except TimeoutError:
                now = time.monotonic()
                if deadline is not None and now >= deadline:
                    raise LockTimeout(f"lock {name!r} not acquired within {wait} s") from None
                if self._held.get(name) is held and held.lock.locked() and held.until <= now:
                    del self._held[name]  # the holder's lease is over: a fresh lock replaces its own
                continue
            finally:
                held.waiters -= 1
            if self._held.get(name) is not held:  # replaced (a lease ran out) while this caller waited
                held.lock.release()
                continue
            held.until = time.monotonic() + lease
            return held


class MemorySharedState:
    """`commerce.state.SharedState` in this process's memory. `clock` (seconds, monotonic) drives the
    expiry of values and counters, so tests can make time pass; locks run on real time."""

    shared = False

    def __init__(
        self,
        *,
        prefix: str = DEFAULT_PREFIX,
        max_entries: int = DEFAULT_MAX_ENTRIES,
        clock: Monotonic = time.monotonic,
    ) -> None:
        entries = self._entries = _Entries(max_entries=max_entries, clock=clock)
        self._prefix = prefix
        self.values = MemoryKeyValues(entries, prefix)
        self.counters = MemoryCounters(entries, prefix)
        self.locks = MemoryLocks(prefix)

    async def ping(self) -> None:
        return None

    async def move_chat(self, old: str, new: str) -> int:
        return self._entries.move(self._prefix, old, new)

    async def aclose(self) -> None:
        return None
