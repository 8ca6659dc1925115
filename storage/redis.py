"""Redis for what needs no SQL: locks, rate limits, aiogram FSM state. Built only when asked for."""

from __future__ import annotations

from typing import Any

from redis.asyncio import Redis


def make_redis(url: str, **options: Any) -> Redis:
    """A client for `url` (`redis://127.0.0.1:6379/0`); it connects lazily, on the first command."""
    return Redis.from_url(url, **options)
