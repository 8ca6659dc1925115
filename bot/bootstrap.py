"""The one composition root: settings in, a wired Tuan out. Nothing is built at import time.

Every entry point (the playground, `tuan seed`, the platform adapters) calls `build(settings)` and
closes what it got with `aclose()`. Database trouble surfaces here as `DatabaseUnavailable`, one line
a person can act on, instead of a driver's traceback.
"""

from __future__ import annotations

import asyncio
import logging
from dataclasses import dataclass
from datetime import timedelta
from typing import Any

import sqlalchemy as sa
from sqlalchemy.engine import make_url
from sqlalchemy.exc import ArgumentError
from sqlalchemy.ext.asyncio import AsyncEngine

from bot.clock import SystemClock
from bot.scheduler import DeadlineScheduler, Deliver
from bot.settings import Settings
from commerce.ports import StarRefunds, UnitOfWorkFactory
from handlers.app import AppConfig, ChatApp
from handlers.config import DEV_PAYMENT_SECRET

log = logging.getLogger(__name__)

CONNECT_TIMEOUT_SECONDS = 10.0


class CannotStart(Exception):
    """Tuan cannot start as configured; the message says what to fix, in one line."""


class DatabaseUnavailable(CannotStart):
    """The database cannot be used; the message says which one and why, in one line."""


@dataclass
class Tuan:
    """Everything a running Tuan holds. The scheduler runs only once `start` gave it a delivery."""

    settings: Settings
    engine: AsyncEngine
    uow_factory: UnitOfWorkFactory
    clock: SystemClock
    app: ChatApp
    scheduler: DeadlineScheduler

    async def start(self, deliver: Deliver) -> None:
        """Run deadline jobs (re-scheduling every open group buy); their replies go to `deliver`."""
        await self.scheduler.start(self.app, deliver)

    def advance_clock(self, seconds: float) -> None:
        self.clock.advance(seconds)
        self.scheduler.clock_changed()

    async def aclose(self) -> None:
        self.scheduler.shutdown()
        await self.engine.dispose()


def safe_url(url: str) -> str:
    """The URL without its password, for messages and logs."""
    try:
        return make_url(url).render_as_string(hide_password=True)
    except ArgumentError:
        return repr(url)


def _engine(url: str) -> AsyncEngine:
    from storage.db import make_engine

    try:
        return make_engine(url)
    except ArgumentError as exc:
        raise DatabaseUnavailable(
            f"not a database URL: {url!r} (expected e.g. sqlite+aiosqlite:///./var/tuan.db)"
        ) from exc
    except (ImportError, OSError) as exc:  # a missing driver; SQLite's folder cannot be made
        raise DatabaseUnavailable(f"cannot use database {safe_url(url)}: {_first_line(exc)}") from exc


def _first_line(exc: BaseException) -> str:
    text = str(exc).strip() or type(exc).__name__
    return text.splitlines()[0][:300]


async def check_database(engine: AsyncEngine) -> None:
    """Connect once, so an unreachable database is one clear line before anything else starts."""
    try:
        async with asyncio.timeout(CONNECT_TIMEOUT_SECONDS):
            async with engine.connect() as conn:
                await conn.execute(sa.text("SELECT 1"))
    except TimeoutError as exc:
        raise DatabaseUnavailable(
            f"cannot reach database {safe_url(str(engine.url))}: no answer in {CONNECT_TIMEOUT_SECONDS:.0f} s"
        ) from exc
    except Exception as exc:
        raise DatabaseUnavailable(
            f"cannot reach database {safe_url(str(engine.url))}: {_first_line(exc)}"
        ) from exc


async def migrate(settings: Settings) -> None:
    """Bring the database schema up to date (alembic), after checking the database answers."""
    from storage.migrate import upgrade

    engine = _engine(settings.database_url)
    try:
        await check_database(engine)
    finally:
        await engine.dispose()
    await upgrade(settings.database_url)


def checkout_config(settings: Settings) -> dict[str, Any]:
    """The checkout part of the app's config; warns when invoices are signed with the public dev secret."""
    secret = settings.payment_secret
    if not secret:
        log.warning(
            "TUAN_PAYMENT_SECRET is not set: invoices are signed with a public development secret; "
            "set your own before taking real payments"
        )
        secret = DEV_PAYMENT_SECRET
    return {
        "online_payment": bool(settings.telegram_provider_token),
        "payment_secret": secret,
        "pay_within": settings.pay_within,
    }


async def build(settings: Settings, *, star_refunds: StarRefunds | None = None) -> Tuan:
    """Wire a Tuan for `settings`: engine, units of work, clock, scheduler, ChatApp. A platform that can
    give Telegram Stars back passes its `star_refunds`."""
    from storage.uow import SqlUnitOfWorkFactory

    engine = _engine(settings.database_url)
    try:
        await check_database(engine)
    except DatabaseUnavailable:
        await engine.dispose()
        raise
    clock = SystemClock(offset=timedelta(seconds=settings.clock_offset_seconds))
    scheduler = DeadlineScheduler(clock=clock)
    uow_factory = SqlUnitOfWorkFactory(engine)
    app = ChatApp(
        uow_factory=uow_factory,
        clock=clock,
        config=AppConfig(
            currency=settings.currency,
            timezone=settings.timezone,
            default_language=settings.language,
            bot_username=settings.bot_username,
            **checkout_config(settings),
        ),
        on_events=scheduler.on_events,
        star_refunds=star_refunds,
    )
    return Tuan(settings, engine, uow_factory, clock, app, scheduler)
