"""The shared state a configuration asks for: memory for one process, Redis when a URL is given (with
this process's memory standing in while Redis cannot be reached: storage/state_fallback.py).

`open_state` also checks that Redis answers, so a Redis that cannot be reached is one line
(`StateUnavailable`) at start-up, not a traceback at the first message.
"""

from __future__ import annotations

import asyncio
from urllib.parse import urlsplit

from commerce.state import DEFAULT_PREFIX, SharedState
from storage.state_memory import MemorySharedState

CONNECT_TIMEOUT_SECONDS = 10.0


class StateUnavailable(Exception):
    """The shared state cannot be used; the message says which one and why, in one line."""


def safe_redis_url(url: str) -> str:
    """The URL without its password, for messages and logs."""
    try:
        parts = urlsplit(url)
        if parts.password is None:
            return url
        user = parts.username or ""
        host = parts.netloc.rpartition("@")[2]
        return parts._replace(netloc=f"{user}:***@{host}").geturl()
    except ValueError:
        return "(an unparsable URL)"


def make_state(
    redis_url: str | None, *, prefix: str = DEFAULT_PREFIX, retry_seconds: float | None = None
) -> SharedState:
    """Memory when `redis_url` is None or blank; else a Redis client (it connects on first use), asked
    again `retry_seconds` after it could not be reached (default: storage.state_fallback.RETRY_SECONDS)."""
    if redis_url is None or not redis_url.strip():
        return MemorySharedState(prefix=prefix)
    from storage.redis import make_redis
    from storage.state_fallback import FallbackSharedState, Outage
    from storage.state_redis import RedisSharedState

    url = redis_url.strip()
    try:
        client = make_redis(url, decode_responses=True, socket_connect_timeout=CONNECT_TIMEOUT_SECONDS)
    except ValueError as exc:
        raise StateUnavailable(
            f"not a Redis URL: {safe_redis_url(url)} (expected e.g. redis://127.0.0.1:6379/0): {exc}"
        ) from exc
    outage = Outage() if retry_seconds is None else Outage(retry_seconds=retry_seconds)
    return FallbackSharedState(RedisSharedState(client, prefix=prefix), prefix=prefix, outage=outage)


async def open_state(
    redis_url: str | None, *, prefix: str = DEFAULT_PREFIX, retry_seconds: float | None = None
) -> SharedState:
    """`make_state`, then one PING, so an unreachable Redis is one clear line before anything starts."""
    state = make_state(redis_url, prefix=prefix, retry_seconds=retry_seconds)
    try:
        async with asyncio.timeout(CONNECT_TIMEOUT_SECONDS):
            await state.ping()
    except Exception as exc:
        await state.aclose()
        reason = (
            f"no answer in {CONNECT_TIMEOUT_SECONDS:.0f} s"
            if isinstance(exc, TimeoutError)
            else (str(exc).strip() or type(exc).__name__).splitlines()[0][:300]
        )
        raise StateUnavailable(f"cannot reach Redis at {safe_redis_url(str(redis_url))}: {reason}") from exc
    return state
