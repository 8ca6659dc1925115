"""Redis commands issued in one turn of the event loop share one round trip (storage.redis_batch), on a
real Redis the test run starts: each caller still gets its own answer, or its own error."""

from __future__ import annotations

import asyncio
import uuid
from collections.abc import AsyncIterator

import pytest
from redis.asyncio import Redis

from storage.redis import make_redis
from storage.redis_batch import TurnPipeline
from storage.state_redis import RedisSharedState


@pytest.fixture
async def client(redis_url: str) -> AsyncIterator[Redis]:
    client = make_redis(redis_url)
    yield client
    await client.aclose()


@pytest.fixture
def prefix() -> str:
    return f"batch-{uuid.uuid4().hex[:10]}:"


async def test_commands_issued_together_take_one_trip_and_each_gets_its_own_answer(
    client: Redis, prefix: str
) -> None:
    batch = TurnPipeline(client)
    await asyncio.gather(*(batch.command("SET", f"{prefix}{i}", f"v{i}") for i in range(10)))
    assert (batch.trips, batch.commands) == (1, 10)

    answers = await asyncio.gather(*(batch.command("GET", f"{prefix}{i}") for i in range(10)))

    assert answers == [f"v{i}".encode() for i in range(10)]
    assert (batch.trips, batch.commands) == (2, 20)


async def test_a_command_alone_is_sent_alone(client: Redis, prefix: str) -> None:
    batch = TurnPipeline(client)
    assert await batch.command("SET", f"{prefix}a", "1", "NX") is True
    assert await batch.command("SET", f"{prefix}a", "1", "NX") is None
    assert await batch.command("GET", f"{prefix}a") == b"1"
    assert (batch.trips, batch.commands) == (3, 3)


async def test_one_commands_error_is_its_callers_only(client: Redis, prefix: str) -> None:
    await client.hset(f"{prefix}hash", "field", "1")
    batch = TurnPipeline(client)

    wrong, right = await asyncio.gather(
        batch.command("GET", f"{prefix}hash"),  # WRONGTYPE
        batch.command("SET", f"{prefix}plain", "ok"),
        return_exceptions=True,
    )

    assert isinstance(wrong, Exception) and "WRONGTYPE" in str(wrong)
    assert right is True
    assert await client.get(f"{prefix}plain") == b"ok"


async def test_a_cancelled_caller_does_not_stop_the_others(client: Redis, prefix: str) -> None:
    batch = TurnPipeline(client)
    cancelled = asyncio.ensure_future(batch.command("SET", f"{prefix}c", "1"))
    kept = asyncio.ensure_future(batch.command("SET", f"{prefix}k", "1"))
    await asyncio.sleep(0)  # both queued
    cancelled.cancel()

    assert await kept is True
    assert cancelled.cancelled()
    assert await client.get(f"{prefix}k") == b"1"


async def test_scripts_run_after_redis_lost_them(redis_url: str, client: Redis, prefix: str) -> None:
    """A restarted Redis has no scripts loaded: the batch's EVALSHA is answered NOSCRIPT and the script
    is loaded and run instead, for every caller of the batch."""
    state = RedisSharedState(make_redis(redis_url), prefix=prefix)
    try:
        await state.values.set_many({"a": 1, "b": 2})
        await client.script_flush()

        await asyncio.gather(state.values.set_many({"a": 3}), state.counters.incr("n", ttl=10))
        await client.script_flush()
        async with state.locks.lock("turn"):  # released by a script
            pass

        assert await state.values.get_many(["a", "b"]) == [3, 2]
        assert await state.counters.value("n") == 1
        assert await client.exists(f"{prefix}lock:turn") == 0
    finally:
        await state.aclose()


async def test_a_shared_states_callers_in_one_turn_share_a_trip(redis_url: str, prefix: str) -> None:
    """What a worker's updates do at once (a claim, a language read, a lock) costs one trip."""
    state = RedisSharedState(make_redis(redis_url), prefix=prefix)
    try:
        await state.values.set("chat:language:1", "zh")
        trips = state.batch.trips

        async def locked() -> str:
            async with state.locks.lock("telegram:chat:1"):
                return "turn"

        answers = await asyncio.gather(
            state.values.set_if_absent("update:1", {"by": "w1"}, ttl=60),
            state.values.get("chat:language:1"),
            state.values.get_many(["seen:1", "seen:2"]),
            locked(),
        )

        assert answers == [True, "zh", [None, None], "turn"]
        assert state.batch.trips - trips == 2  # the four first commands together, then the release
    finally:
        await state.aclose()
