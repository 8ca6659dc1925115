"""Redis down, Redis back (storage/state_fallback.py): each call falls back to the process's memory while
the primary cannot be reached, the primary is asked again after the retry time, and a lock taken on one
side is given back on that side. The primary here is a memory state that raises while `down`."""

from __future__ import annotations

from collections.abc import AsyncIterator
from contextlib import asynccontextmanager

from redis.exceptions import ConnectionError as RedisConnectionError

from commerce.state import Json
from storage.state_fallback import FallbackSharedState, Outage
from storage.state_memory import MemorySharedState


class Flaky(MemorySharedState):
    """A shared state that refuses every call while `down`, as a stopped Redis does."""

    def __init__(self) -> None:
        super().__init__(prefix="t:")
        self.down = False
        inner_values, inner_locks = self.values, self.locks
        flaky = self

        class Values:
            async def get(self, key: str) -> Json | None:
                flaky.check()
                return await inner_values.get(key)

            async def set(self, key: str, value: Json, *, ttl: float | None = None) -> None:
                flaky.check()
                await inner_values.set(key, value, ttl=ttl)

            async def set_if_absent(self, key: str, value: Json, *, ttl: float | None = None) -> bool:
                flaky.check()
                return await inner_values.set_if_absent(key, value, ttl=ttl)

            async def delete(self, key: str) -> bool:
                flaky.check()
                return await inner_values.delete(key)

        class Locks:
            @asynccontextmanager
            async def lock(
                self, key: str, *, lease: float = 30.0, wait: float | None = None
            ) -> AsyncIterator[None]:
                flaky.check()
                async with inner_locks.lock(key, lease=lease, wait=wait):
                    yield

        self.values = Values()  # type: ignore[assignment]
        self.locks = Locks()  # type: ignore[assignment]

    def check(self) -> None:
        if self.down:
            raise RedisConnectionError("Connection refused")


class Clock:
    def __init__(self) -> None:
        self.now = 0.0

    def __call__(self) -> float:
        return self.now


async def test_calls_fall_back_while_redis_is_down_and_return_to_it_after_the_retry_time() -> None:
    primary, clock = Flaky(), Clock()
    state = FallbackSharedState(primary, outage=Outage(retry_seconds=5.0, clock=clock))
    await state.values.set("seen", {"on": "redis"})

    primary.down = True
    assert await state.values.get("seen") is None  # memory knows nothing of what Redis holds
    await state.values.set("seen", {"on": "memory"})
    assert await state.values.set_if_absent("claim", {"by": "me"}) is True
    assert await state.values.set_if_absent("claim", {"by": "other"}) is False  # still one winner here
    async with state.locks.lock("chat:1"):
        pass
    assert state.outage.down_since == 0.0

    primary.down = False
    clock.now = 4.9
    assert await state.values.get("seen") == {"on": "memory"}  # not asked again yet
    clock.now = 5.1
    assert await state.values.get("seen") == {"on": "redis"}  # back by itself
    assert state.outage.down_since is None


async def test_a_lock_taken_in_memory_during_the_outage_is_given_back_there() -> None:
    primary, clock = Flaky(), Clock()
    state = FallbackSharedState(primary, outage=Outage(retry_seconds=5.0, clock=clock))
    primary.down = True
    async with state.locks.lock("chat:7"):
        primary.down = False  # Redis returns while the lock is held
        clock.now = 10.0
    async with state.locks.lock("chat:7", wait=0.5):  # from Redis now; the memory one was released
        pass
    async with state.local.locks.lock("chat:7", wait=0.5):
        pass
