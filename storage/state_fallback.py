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

import logging
import time
from collections.abc import AsyncIterator, Awaitable, Callable
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


class Outage:
    """Whether Redis is to be asked now; counts the calls that fell back (tests, health checks)."""

    def __init__(self, *, retry_seconds: float = RETRY_SECONDS, clock: Callable[[], float] = time.monotonic):
        self.retry_seconds = retry_seconds
        self.clock = clock
        self.down_since: float | None = None
        self._ask_again_at = 0.0
        self.fallbacks = 0

    def ask_primary(self) -> bool:
        return self.down_since is None or self.clock() >= self._ask_again_at

    def failed(self, exc: BaseException) -> None:
        now = self.clock()
        if self.down_since is None:
            self.down_since = now
            log.warning(
                "Redis cannot be reached (%s): locks, limits and claims are kept in this process until it "
                "is back",
                exc,
            )
        self._ask_again_at = now + self.retry_seconds
        self.fallbacks += 1

    def answered(self) -> None:
        if self.down_since is not None:
            log.warning(
                "Redis answers again after %.0f s: back to the shared state", self.clock() - self.down_since
            )
            self.down_since = None

    async def run(self, primary: Callable[[], Awaitable[T]], local: Callable[[], Awaitable[T]]) -> T:
        if self.ask_primary():
            try:
                result = await primary()
            except UNREACHABLE as exc:
                self.failed(exc)
            else:
                self.answered()
                return result
        return await local()


class _Values:
    def __init__(self, primary: SharedState, local: SharedState, outage: Outage) -> None:
        self._p, self._l, self._o = primary.values, local.values, outage

    async def get(self, key: str) -> Json | None:
        return await self._o.run(lambda: self._p.get(key), lambda: self._l.get(key))

    async def set(self, key: str, value: Json, *, ttl: float | None = None) -> None:
        await self._o.run(lambda: self._p.set(key, value, ttl=ttl), lambda: self._l.set(key, value, ttl=ttl))

    async def set_if_absent(self, key: str, value: Json, *, ttl: float | None = None) -> bool:
        return await self._o.run(
            lambda: self._p.set_if_absent(key, value, ttl=ttl),
            lambda: self._l.set_if_absent(key, value, ttl=ttl),
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
            held = self._p.lock(key, lease=lease, wait=wait)
            try:
                await held.__aenter__()
            except UNREACHABLE as exc:
                self._o.failed(exc)
            else:
                self._o.answered()
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

    async def ping(self) -> None:
        await self.primary.ping()

    async def aclose(self) -> None:
        await self.primary.aclose()
        await self.local.aclose()
