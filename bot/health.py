"""`GET /healthz` of every Tuan process (Telegram webhook workers, the console, the playground): can it
serve? What a load balancer or `docker compose` asks before sending it work.

Three checks, each bounded by a short timeout so a hung database answers 503 instead of hanging the
probe: the database answers `SELECT 1`; Redis answers a PING when the shared state is Redis (without it,
"not configured" is healthy: one process needs none); the outbox's backlog, how many rows wait and how
long the longest-overdue one has waited since it became due. A backlog is reported, and fails the check
only beyond TUAN_HEALTH_OUTBOX_MAX_DELAY_SECONDS: a relay that stopped delivering, not a busy minute.

The answer is JSON (shape in `Health.as_json`) with 200 when healthy, 503 when not. Redis down is
"degraded" with 200: the process keeps serving from its own memory until Redis is back, and a restart
would not help. A Redis that does not answer is told as part of the process's Redis outage
(`storage.state_fallback.Outage`): one WARNING when it starts, one "Redis answers again after N s" when
it ends, never a line per check. It names no host,
URL or driver message (the console's is reachable by anyone): a failure says which part and
"timeout" or the error's class; the log has the whole reason.
"""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Awaitable, Callable
from dataclasses import dataclass, field
from datetime import datetime
from typing import TYPE_CHECKING, Any

import sqlalchemy as sa
from sqlalchemy.ext.asyncio import AsyncEngine

from commerce.domain.outbox import OutboxBacklog
from commerce.ports import UnitOfWorkFactory
from commerce.state import SharedState
from handlers.failures import DATABASE
from storage.state_fallback import Outage

if TYPE_CHECKING:
    from aiohttp import web

    from bot.bootstrap import Tuan

log = logging.getLogger(__name__)

PATH = "/healthz"
TIMEOUT_SECONDS = 2.0
DEFAULT_MAX_DELAY_SECONDS = 300.0
OK, DOWN, NOT_CONFIGURED, LATE, UNKNOWN = "ok", "down", "not configured", "late", "unknown"
DEGRADED = "degraded"
HEADERS = {"cache-control": "no-store"}


@dataclass(frozen=True)
class Part:
    """One dependency's state: `status` is "ok", "down" or "not configured"; `error` why it is down."""

    status: str
    error: str | None = None

    def as_json(self) -> dict[str, Any]:
        return {"status": self.status} if self.error is None else {"status": self.status, "error": self.error}


@dataclass(frozen=True)
class Health:
    """The result of one check."""

    database: Part
    redis: Part
    backlog: OutboxBacklog | None  # None: not read (the database is down)
    overdue_seconds: float | None
    max_delay_seconds: float
    webhook: str | None = None  # a webhook worker: what Telegram was last seen sending it ("ok", "not set")

    @property
    def outbox_status(self) -> str:
        if self.overdue_seconds is None:
            return UNKNOWN
        return LATE if self.overdue_seconds > self.max_delay_seconds else OK

    @property
    def ok(self) -> bool:
        """Redis down is not a failure: the process keeps serving from memory (storage/state_fallback.py),
        and restarting it would not bring Redis back; it is reported as "degraded"."""
        return self.database.status == OK and self.outbox_status == OK and self.webhook in (None, OK)

    @property
    def status_code(self) -> int:
        return 200 if self.ok else 503

    def as_json(self) -> dict[str, Any]:
        """`{"status": "ok" | "degraded" | "failing", "database": {"status": ...}, "redis": {"status": ...},
        "outbox": {"status": "ok" | "late" | "unknown", "unsent": n, "oldest_due_seconds": s,
        "max_delay_seconds": limit}}`; a part that is down also has "error"."""
        outbox: dict[str, Any] = {
            "status": self.outbox_status,
            "unsent": None if self.backlog is None else self.backlog.unsent,
            "oldest_due_seconds": None if self.overdue_seconds is None else round(self.overdue_seconds, 1),
            "max_delay_seconds": self.max_delay_seconds,
        }
        answer = {
            "status": (DEGRADED if self.redis.status == DOWN else OK) if self.ok else "failing",
            "database": self.database.as_json(),
            "redis": self.redis.as_json(),
            "outbox": outbox,
        }
        if self.webhook is not None:
            answer["webhook"] = {"status": self.webhook}
        return answer


def _reason(exc: BaseException) -> str:
    return "timeout" if isinstance(exc, TimeoutError) else type(exc).__name__


@dataclass(frozen=True)
class HealthCheck:
    """The check over a process's parts; `await check()` gives its `Health`. `state` is None when the
    shared state is this process's memory (no Redis configured)."""

    engine: AsyncEngine
    uow_factory: UnitOfWorkFactory
    state: SharedState | None
    now: Callable[[], datetime]
    max_delay_seconds: float = DEFAULT_MAX_DELAY_SECONDS
    timeout: float = TIMEOUT_SECONDS
    webhook: Callable[[], str] | None = None  # what Telegram was last seen doing with the webhook (no call)
    # the process's Redis outage (the shared state's own, behind a fallback): a failed PING is told there
    redis_outage: Outage = field(default_factory=Outage)

    @classmethod
    def of(cls, tuan: Tuan, *, webhook: Callable[[], str] | None = None) -> HealthCheck:
        """The check of a built Tuan: its engine, units of work, clock and (if Redis) shared state."""
        outage = getattr(tuan.state, "outage", None)
        return cls(
            redis_outage=outage if isinstance(outage, Outage) else Outage(),
            engine=tuan.engine,
            uow_factory=tuan.uow_factory,
            state=tuan.state if tuan.state.shared else None,
            now=tuan.clock.now,
            max_delay_seconds=tuan.settings.health_outbox_max_delay_seconds,
            webhook=webhook,
        )

    async def __call__(self) -> Health:
        database, redis = await asyncio.gather(self._database(), self._redis())
        backlog = await self._backlog() if database.status == OK else None
        overdue = None if backlog is None else backlog.overdue_seconds(self.now())
        webhook = None if self.webhook is None else self.webhook()
        return Health(database, redis, backlog, overdue, self.max_delay_seconds, webhook)

    async def _database(self) -> Part:
        try:
            async with asyncio.timeout(self.timeout):
                async with self.engine.connect() as conn:
                    await conn.execute(sa.text("SELECT 1"))
        except Exception as exc:
            if not DATABASE.failed(log, exc, "health: the database does not answer: %s", _reason(exc)):
                log.warning("health: the database does not answer: %s", _reason(exc))
            return Part(DOWN, _reason(exc))
        DATABASE.answered()
        return Part(OK)

    async def _redis(self) -> Part:
        if self.state is None:
            return Part(NOT_CONFIGURED)
        try:
            async with asyncio.timeout(self.timeout):
                await self.state.ping()
        except Exception as exc:
            if isinstance(exc, TimeoutError):
                exc = TimeoutError(f"no answer to PING within {self.timeout:g} s")
            self.redis_outage.failed(exc)  # logged once, when the outage starts
            return Part(DOWN, _reason(exc))
        self.redis_outage.answered()  # logged once, when it ends
        return Part(OK)

    async def _backlog(self) -> OutboxBacklog | None:
        try:
            async with asyncio.timeout(self.timeout):
                async with self.uow_factory() as uow:
                    return await uow.outbox.backlog(now=self.now())
        except Exception as exc:
            log.warning("health: the outbox cannot be read: %s", _reason(exc))
            return None


Check = Callable[[], Awaitable[Health]]


def aiohttp_handler(check: Check) -> Callable[[web.Request], Awaitable[web.Response]]:
    """An aiohttp handler answering `check` as JSON, 200 or 503."""
    from aiohttp import web

    async def healthz(_: web.Request) -> web.Response:
        health = await check()
        return web.json_response(health.as_json(), status=health.status_code, headers=HEADERS)

    return healthz


def health_route(tuan: Tuan, *, webhook: Callable[[], str] | None = None) -> web.RouteDef:
    """`GET /healthz` for an aiohttp application (the Telegram webhook server, with `webhook`: what
    Telegram was last seen doing with it): `application.add_routes([health_route(tuan)])`."""
    from aiohttp import web

    return web.get(PATH, aiohttp_handler(HealthCheck.of(tuan, webhook=webhook)))
