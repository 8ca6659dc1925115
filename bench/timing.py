"""What the benchmarks measure with: a throughput and its latencies, from jobs run with a bounded number
in flight. Shared so every bench reports the same figures the same way."""

from __future__ import annotations

import asyncio
import statistics
import time
from collections.abc import Awaitable, Callable
from dataclasses import dataclass


@dataclass
class Figures:
    per_second: float
    p50_ms: float
    p99_ms: float


async def run_concurrently(
    jobs: list[Callable[[], Awaitable[object]]], in_flight: int
) -> tuple[float, list[float]]:
    """Run `jobs` with at most `in_flight` at once; return wall time and each job's latency."""
    queue = list(reversed(jobs))
    latencies: list[float] = []

    async def worker() -> None:
        while queue:
            job = queue.pop()
            started = time.perf_counter()
            await job()
            latencies.append(time.perf_counter() - started)

    started = time.perf_counter()
    await asyncio.gather(*(worker() for _ in range(in_flight)))
    return time.perf_counter() - started, latencies


def figures(count: int, wall: float, latencies: list[float]) -> Figures:
    """Jobs per second over the wall time, and the median and 99th-percentile latency in ms."""
    ordered = sorted(latencies)
    p99 = ordered[min(len(ordered) - 1, int(len(ordered) * 0.99))]
    return Figures(count / wall, statistics.median(ordered) * 1000, p99 * 1000)
