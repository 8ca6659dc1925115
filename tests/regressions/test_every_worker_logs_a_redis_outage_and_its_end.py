"""Issue #15, review 49 #7: with two workers and Redis stopped for a minute, only the worker that
happened to call Redis logged "Redis cannot be reached" and "answers again": the other fell back (or
would have at its next call) without a word. Each process now pings Redis every 10 s, so each logs the
outage once and its end once, naming its process. And the "heap settled" line is DEBUG, not INFO."""

from __future__ import annotations

import asyncio
import logging
import os
from collections.abc import Callable

import pytest
from redis.exceptions import ConnectionError as RedisConnectionError

from bot import heap
from storage.state_fallback import FallbackSharedState, Outage
from storage.state_memory import MemorySharedState


class Redis(MemorySharedState):
    """A Redis that can be stopped: every call is refused while it is down."""

    down = False

    async def ping(self) -> None:
        if Redis.down:
            raise RedisConnectionError("Error 111 connecting to 127.0.0.1:6379. Connection refused.")


async def until(check: Callable[[], bool]) -> None:
    for _ in range(500):
        if check():
            return
        await asyncio.sleep(0.01)
    raise AssertionError("not within 5 s")


async def test_each_process_logs_the_outage_and_its_end_once_without_any_call(
    caplog: pytest.LogCaptureFixture,
) -> None:
    workers = [FallbackSharedState(Redis(), outage=Outage(retry_seconds=0.01)) for _ in range(2)]
    with caplog.at_level(logging.WARNING, logger="storage.state_fallback"):
        for worker in workers:
            worker.watch(every=0.01)
        Redis.down = True
        await until(lambda: all(w.outage.down_since is not None for w in workers))
        await asyncio.sleep(0.1)  # many pings while down: still one line each
        Redis.down = False
        await until(lambda: all(w.outage.down_since is None for w in workers))
        await asyncio.sleep(0.05)
    for worker in workers:
        await worker.aclose()

    pid = os.getpid()
    down = (
        "Redis cannot be reached (Error 111 connecting to 127.0.0.1:6379. Connection refused.): locks, "
        f"limits and claims are kept in this process ({pid}) until it is back"
    )
    assert [m for m in caplog.messages if "cannot be reached" in m] == [down, down]
    back = [m for m in caplog.messages if "answers again" in m]
    assert len(back) == 2 and all(m.endswith(f"process {pid} is back to the shared state") for m in back)
    assert len(caplog.messages) == 4


def test_the_heap_settling_is_not_an_info_line(
    caplog: pytest.LogCaptureFixture, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(heap, "_wanted", True)
    monkeypatch.setattr(heap, "_settled", False)
    for name in ("collect", "freeze", "set_threshold"):  # this test process's heap stays as it is
        monkeypatch.setattr(heap.gc, name, lambda *args: None)
    with caplog.at_level(logging.INFO, logger="bot.heap"):
        assert heap.settle()
    assert caplog.messages == []
