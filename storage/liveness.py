"""Ping a pooled PostgreSQL connection before lending it, when it sat idle for a while.

Why: after PostgreSQL restarts (or an idle-session killer, a failover) every connection resting in the
pool is dead, and nothing finds out until a unit of work uses one: each of them cost one member the
"please try again" answer, although the database was up again. A connection that rested longer than
`idle_seconds` is now pinged as it is lent; a dead one makes the pool start over (its siblings are as
old: SQLAlchemy's InvalidatePoolError) and the unit of work gets a fresh connection. Busy connections
(back in the pool for less than `idle_seconds`, as in a flash sale) are never pinged, so the hot path
pays nothing; SQLAlchemy's `pool_pre_ping` would cost every unit of work a round trip.
"""

from __future__ import annotations

import time
from typing import Any

from sqlalchemy import event, exc
from sqlalchemy.ext.asyncio import AsyncEngine

IDLE_PING_SECONDS = 5.0
_RESTING_SINCE = "tuan_resting_since"


def ping_after_rest(engine: AsyncEngine, idle_seconds: float = IDLE_PING_SECONDS) -> None:
    """Listen on `engine`'s pool: note when a connection goes back, ping it if it rested too long."""

    @event.listens_for(engine.sync_engine, "checkin")
    def _back(_dbapi_connection: Any, record: Any) -> None:
        record.info[_RESTING_SINCE] = time.monotonic()

    @event.listens_for(engine.sync_engine, "checkout")
    def _lent(dbapi_connection: Any, record: Any, _proxy: Any) -> None:
        since = record.info.pop(_RESTING_SINCE, None)
        if since is None or time.monotonic() - since < idle_seconds:
            return  # new, or busy a moment ago
        try:
            dbapi_connection.ping()  # inside SQLAlchemy's greenlet: the adapter awaits the driver
        except Exception as error:
            raise exc.InvalidatePoolError("a pooled connection was dead after resting") from error
