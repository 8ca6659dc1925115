"""Redis while it answers, this process's memory while it does not: the bot keeps serving through a
Redis outage and goes back to Redis by itself.

Nothing in Redis is the truth (the database is): a per-chat lock, a cached name, a rate bucket, a claim
in front of the database's own. So when Redis stops answering, each call falls back to the same port in
this process's memory (locks then hold in this process only, rate limits are kept per process, a claim
is left to the database), the outage is logged once, and Redis is asked again after `retry_seconds`;
the first call that succeeds ends the outage. A lock or counter taken in memory during the outage stays
there until it is given back or expires: nothing taken on one side is released on the other.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
import os
import time
from collections.abc import AsyncIterator, Awaitable, Callable, Mapping, Sequence
from contextlib import asynccontextmanager
from typing import TypeVar

from redis.exceptions import ConnectionError as RedisConnectionError
from redis.exceptions import TimeoutError as RedisTimeoutError

from commerce.state import DEFAULT_LEASE_SECONDS, DEFAULT_PREFIX, Json, SharedState
from storage.state_memory import MemorySharedState

log = logging.getLogger(__name__)

T = TypeVar("T")
UNREACHABLE = (RedisConnectionError, RedisTimeoutError)  # redis-py wraps socket errors in these
RETRY_SECONDS = 5.0
WATCH_SECONDS = 10.0  # each process pings Redis this often, so an outage is logged by every process


class Outage:
    """Whether Redis is to be asked now; counts the calls that fell back (tests, health checks)."""

    def __init__(self, *, retry_seconds: float = RETRY_SECONDS, clock: Callable[[], float] = time.monotonic):
        self.retry_seconds = retry_seconds
        self.clock = clock
        self.down_since: float | None = None
        self._ask_again_at = 0.0
        self._generation = 0
        self.fallbacks = 0

    def ask_primary(self) -> bool:
        return self.down_since is None or self.clock() >= self._ask_again_at

    @property
    def generation(self) -> int:
        """Changes whenever Redis is found down or back: a call's outcome says something about the state
        it was asked in only."""
        return self._generation

    def failed(self, exc: BaseException, *, asked_in: int | None = None) -> None:
        """A call found Redis unreachable. One asked before the state last changed (sent before a recovery
        and failed on a connection from before it, or one of several that met the same outage) falls back
        alone: it neither opens a second outage nor delays the next try."""
        self.fallbacks += 1
        if asked_in is not None and asked_in != self._generation:
            return
        now = self.clock()
        if self.down_since is None:
            self.down_since = now
            self._generation += 1
            log.warning(
                "Redis cannot be reached (%s): locks, limits and claims are kept in this process (%d) "
                "until it is back",
                exc,
                os.getpid(),
            )
        self._ask_again_at = now + self.retry_seconds

    def answered(self, *, asked_in: int | None = None) -> None:
        """A call succeeded. Only one asked while Redis was known down says it is back: one sent before
        (and answered late) must not end the outage that a later call found."""
        if self.down_since is None or (asked_in is not None and asked_in != self._generation):
            return
        log.warning(
            "Redis answers again after %.0f s: process %d is back to the shared state",
            self.clock() - self.down_since,
            os.getpid(),
        )
        self.down_since = None
        self._generation += 1

    async def run(self, primary: Callable[[], Awaitable[T]], local: Callable[[], Awaitable[T]]) -> T:
        if self.ask_primary():
            asked_in = self._generation
            try:
                result = await primary()
            except UNREACHABLE as exc:
                self.failed(exc, asked_in=asked_in)
            else:
                self.answered(asked_in=asked_in)
                return result
        return await local()


class _Values:
    def __init__(self, primary: SharedState, local: SharedState, outage: Outage) -> None:
        self._p, self._l, self._o = primary.values, local.values, outage

    async def get(self, key: str) -> Json | None:
        return await self._o.run(lambda: self._p.get(key), lambda: self._l.get(key))

    async def get_many(self, keys: Sequence[str]) -> list[Json | None]:
        return await self._o.run(lambda: self._p.get_many(keys), lambda: self._l.get_many(keys))

    async def set(self, key: str, value: Json, *, ttl: float | None = None) -> None:
        await self._o.run(lambda: self._p.set(key, value, ttl=ttl), lambda: self._l.set(key, value, ttl=ttl))

    async def set_many(self, values: Mapping[str, Json], *, ttl: float | None = None) -> None:
        await self._o.run(
            lambda: self._p.set_many(values, ttl=ttl), lambda: self._l.set_many(values, ttl=ttl)
        )

    async def set_if_absent(self, key: str, value: Json, *, ttl: float | None = None) -> bool:
        return await self._o.run(
            lambda: self._p.set_if_absent(key, value, ttl=ttl),
            lambda: self._l.set_if_absent(key, value, ttl=ttl),
        )

    async def set_if_unchanged(
        self, key: str, expected: Json | None, value: Json, *, ttl: float | None = None
    ) -> bool:
        return await self._o.run(
            lambda: self._p.set_if_unchanged(key, expected, value, ttl=ttl),
            lambda: self._l.set_if_unchanged(key, expected, value, ttl=ttl),
        )

    async def delete(self, key: str) -> bool:
        return await self._o.run(lambda: self._p.delete(key), lambda: self._l.delete(key))


class _Counters:
    def __init__(self, primary: SharedState, local: SharedState, outage: Outage) -> None:
        self._p, self._l, self._o = primary.counters, local.counters, outage

    async def incr(self, key: str, by: int = 1, *, ttl: float) -> int:
        return await self._o.run(
            lambda: self._p.incr(key, by, ttl=ttl), lambda: self._l.incr(key, by, ttl=ttl)
        )

    async def value(self, key: str) -> int:
        return await self._o.run(lambda: self._p.value(key), lambda: self._l.value(key))


class _Locks:
    def __init__(self, primary: SharedState, local: SharedState, outage: Outage) -> None:
        self._p, self._l, self._o = primary.locks, local.locks, outage

    @asynccontextmanager
    async def lock(
        self, key: str, *, lease: float = DEFAULT_LEASE_SECONDS, wait: float | None = None
    ) -> AsyncIterator[None]:
        if self._o.ask_primary():
            asked_in = self._o.generation
            held = self._p.lock(key, lease=lease, wait=wait)
            try:
                await held.__aenter__()
            except UNREACHABLE as exc:
                self._o.failed(exc, asked_in=asked_in)
            else:
                self._o.answered(asked_in=asked_in)
                try:
                    yield
                finally:
                    await held.__aexit__(None, None, None)
                return
        async with self._l.lock(key, lease=lease, wait=wait):
            yield


class FallbackSharedState:
    """`commerce.state.SharedState`: `primary` (Redis) while it answers, memory while it does not.
    `ping` asks Redis alone, so start-up still refuses a Redis that cannot be reached."""

    shared = True

    def __init__(
        self, primary: SharedState, *, prefix: str = DEFAULT_PREFIX, outage: Outage | None = None
    ) -> None:
        self.primary = primary
        self.local = MemorySharedState(prefix=prefix)
        self.outage = outage or Outage()
        self.values = _Values(primary, self.local, self.outage)
        self.counters = _Counters(primary, self.local, self.outage)
        self.locks = _Locks(primary, self.local, self.outage)
        self._watching: asyncio.Task[None] | None = None

    async def ping(self) -> None:
        await self.primary.ping()

    async def move_chat(self, old: str, new: str) -> int:
        """In Redis while it answers (else in this process's memory, what it kept meanwhile)."""
        return await self.outage.run(
            lambda: self.primary.move_chat(old, new), lambda: self.local.move_chat(old, new)
        )

    def watch(self, every: float = WATCH_SECONDS) -> None:
        """Ping Redis every `every` seconds from now on, so this process logs an outage (and the end of
        it) even when nothing else here called Redis meanwhile: each worker says it for itself."""
        if self._watching is None:
            self._watching = asyncio.create_task(self._watch(every), name="redis-watch")

    async def _watch(self, every: float) -> None:
        async def nothing() -> None:
            return None

        while True:
            await asyncio.sleep(every)
            with contextlib.suppress(Exception):  # anything but unreachable: the next call says it
                await self.outage.run(self.primary.ping, nothing)

    async def aclose(self) -> None:
        if self._watching is not None:
            self._watching.cancel()
            with contextlib.suppress(asyncio.CancelledError):
                await self._watching
            self._watching = None
        await self.primary.aclose()
        await self.local.aclose()
