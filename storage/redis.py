"""Redis for what needs no SQL: locks, rate limits, aiogram FSM state. Built only when asked for."""

from __future__ import annotations

from typing import Any

from redis.asyncio import BlockingConnectionPool, Redis
from redis.asyncio.retry import Retry
from redis.backoff import NoBackoff

MAX_CONNECTIONS = 100
WAIT_FOR_CONNECTION_SECONDS = 5.0


def make_redis(url: str, **options: Any) -> Redis:
    """A client for `url` (`redis://127.0.0.1:6379/0`); it connects lazily, on the first command.

    A command that meets a closed connection is sent once more on a new one: after Redis restarts, every
    connection kept in the pool from before is dead, and the first command on each would otherwise
    fail although Redis answers (and be taken for a new outage). A burst that needs more than
    `MAX_CONNECTIONS` at once waits up to `WAIT_FOR_CONNECTION_SECONDS` for one to come back instead of
    failing with "Too many connections" (taken for an outage: locks and limits fall back per process).
    """
    options.setdefault("retry", Retry(NoBackoff(), 1))
    options.setdefault("max_connections", MAX_CONNECTIONS)
    options.setdefault("timeout", WAIT_FOR_CONNECTION_SECONDS)
    return Redis.from_pool(BlockingConnectionPool.from_url(url, **options))
