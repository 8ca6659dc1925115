"""With more calls to Redis in flight (the chat language kept in Redis), the bot logged "Redis cannot be
reached" twice for one outage: after Redis came back, a connection pooled from before it failed its first
command, and a late answer could end an outage a later call had found. One outage is one "cannot be
reached" and one "answers again"; a dead pooled connection is retried once on a new one."""

from __future__ import annotations

import asyncio
import logging

import pytest
from redis.exceptions import ConnectionError as RedisConnectionError

from storage.redis import make_redis
from storage.state_fallback import Outage


class Clock:
    def __init__(self) -> None:
        self.now = 0.0

    def __call__(self) -> float:
        return self.now


async def test_a_late_answer_or_a_late_failure_never_starts_or_ends_an_outage(
    caplog: pytest.LogCaptureFixture,
) -> None:
    clock = Clock()
    outage = Outage(retry_seconds=5, clock=clock)
    before = asyncio.Event()
    probe_fails = asyncio.Event()

    async def slow_answer() -> str:
        await before.wait()
        return "ok"

    async def refused() -> str:
        raise RedisConnectionError("Connection closed by server.")

    async def local() -> str:
        return "local"

    async def late_failure() -> str:
        await probe_fails.wait()
        raise RedisConnectionError("Connection closed by server.")

    async def answer() -> str:
        return "ok"

    with caplog.at_level(logging.WARNING, logger="storage.state_fallback"):
        sent_before = asyncio.create_task(outage.run(slow_answer, local))
        await asyncio.sleep(0)
        assert await outage.run(refused, local) == "local"  # Redis found down
        before.set()
        assert await sent_before == "ok"
        assert outage.down_since is not None, "an answer to a call sent before the outage ends nothing"

        clock.now = 6  # time to ask again: two probes at once, one answered, one on a dead connection
        failing_probe = asyncio.create_task(outage.run(late_failure, local))
        await asyncio.sleep(0)
        assert await outage.run(answer, local) == "ok"
        probe_fails.set()
        assert await failing_probe == "local"
        assert outage.down_since is None and outage.ask_primary()

    said = [r.getMessage() for r in caplog.records]
    assert sum("cannot be reached" in s for s in said) == 1, said
    assert sum("answers again" in s for s in said) == 1, said


def test_a_dead_pooled_connection_is_tried_again_on_a_new_one() -> None:
    client = make_redis("redis://127.0.0.1:6379/0")
    retry = client.get_retry()
    assert retry is not None and retry.get_retries() >= 1


async def test_a_burst_beyond_the_pool_waits_for_a_connection_instead_of_failing(redis_url: str) -> None:
    client = make_redis(redis_url, max_connections=2)
    try:
        answers = await asyncio.gather(*(client.ping() for _ in range(20)))
    finally:
        await client.aclose()
    assert answers == [True] * 20
