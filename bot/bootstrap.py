"""The one composition root: settings in, a wired Tuan out. Nothing is built at import time.

Every entry point (the playground, `tuan seed`, the platform adapters) calls `build(settings)` and
closes what it got with `aclose()`. Database trouble surfaces here as `DatabaseUnavailable`, one line
a person can act on, instead of a driver's traceback.
"""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Awaitable, Callable
from dataclasses import dataclass, field
from datetime import timedelta
from pathlib import Path
from typing import TYPE_CHECKING, Any

import sqlalchemy as sa
from sqlalchemy.engine import make_url
from sqlalchemy.exc import ArgumentError
from sqlalchemy.ext.asyncio import AsyncEngine

from bot import heap
from bot.clock import SystemClock
from bot.commission_release import CommissionRelease
from bot.housekeeping import UpdatePruner
from bot.outbox_relay import POLL_SECONDS, BatchSink, OutboxRelay, Sink
from bot.rerank import note_reranker
from bot.scheduler import DeadlineScheduler, Deliver
from bot.settings import DEFAULT_DATABASE_URL, Settings
from commerce.domain.events import Event, OrderPaid, OrderUnpaid
from commerce.domain.outbox import EVENT, send_topic
from commerce.messagebus import MessageBus
from commerce.ports import StarRefunds, UnitOfWork, UnitOfWorkFactory
from commerce.services import reputation
from commerce.services.group_buys import JoinLimits
from commerce.state import SharedState
from commerce.unit_of_work import UnitOfWorkHook
from handlers.app import AppConfig, ChatApp
from handlers.collecting import PickupReminders
from handlers.config import DEV_PAYMENT_SECRET
from handlers.digest import NoteDigests
from handlers.follows import FollowRoundups
from handlers.foryou_weekly import WeeklyForYou
from handlers.members import MemberMemo
from handlers.memo import LanguageMemo
from handlers.notes import MAX_CARDS_REFRESHED
from handlers.notes import card_update as note_card_update
from handlers.owed_reminders import OwedReminders
from handlers.types import Reply

log = logging.getLogger(__name__)

if TYPE_CHECKING:
    from storage.state_db import DatabaseKeyValues

CONNECT_TIMEOUT_SECONDS = 10.0
DATABASE_VALUES_POOL = 2  # connections of a worker's shared values without Redis (`_database_values`)
EVENT_POLL_SECONDS = 5.0  # durable handlers' retries; this process's own events wake the relay at once


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
    state: SharedState  # locks, caches and counters the bot processes share (memory, or Redis)
    bus: MessageBus = field(default_factory=MessageBus)
    # Several workers on PostgreSQL without Redis: the shared values the ChatApp keeps in the database
    # (a card's counted taps), on an engine of their own (disposed with the Tuan); else None.
    database_values: DatabaseKeyValues | None = None
    relays: list[OutboxRelay] = field(default_factory=list)
    # Servers started beside the bot by `start` and stopped first by `aclose` (the console: `--console`);
    # each is started with the Tuan and gives back the function stopping it.
    companions: list[Callable[[Tuan], Awaitable[Callable[[], Awaitable[None]]]]] = field(default_factory=list)
    _stops: list[Callable[[], Awaitable[None]]] = field(default_factory=list)

    def relay(
        self,
        sink: Sink | None = None,
        *,
        batch_sink: BatchSink | None = None,
        poll_seconds: float = POLL_SECONDS,
    ) -> OutboxRelay:
        """The relay of this platform's outbox rows (`send:<platform>`), started: `sink` sends one row
        (or `batch_sink` all due rows at once: WeChat). The ChatApp wakes it after each commit that
        wrote rows."""
        platform = self.app.config.outbox_platform
        if platform is None:
            raise RuntimeError(
                "build(settings, platform=...) makes a Tuan whose replies go through the outbox"
            )
        relay = OutboxRelay(
            uow_factory=self.uow_factory,
            clock=self.clock,
            topic_prefix=send_topic(platform),
            sink=sink,
            batch_sink=batch_sink,
            poll_seconds=poll_seconds,
            name=platform,
            leases=self.shares_outbox,
        )
        self.app.on_queued = relay.wake
        self.relays.append(relay)
        relay.start()
        return relay

    @property
    def shares_outbox(self) -> bool:
        """Whether other workers may drain this outbox (chat leases, bot/outbox_relay.py): not on SQLite,
        which runs one process."""
        return self.engine.dialect.name != "sqlite"

    async def start(self, deliver: Deliver) -> None:
        """Run deadline jobs (re-scheduling every open group buy); their replies go to `deliver` (unless
        they go through the outbox), and the durable event handlers' relay."""
        if self.bus.has_durable:
            relay = OutboxRelay(
                uow_factory=self.uow_factory,
                clock=self.clock,
                topic_prefix=EVENT,
                sink=self.bus.run_row,
                poll_seconds=EVENT_POLL_SECONDS,
                name="events",
                leases=self.shares_outbox,
            )
            self.bus.on_durable = relay.wake
            self.relays.append(relay)
            relay.start()
        await self.scheduler.start(self.app, deliver)
        watch = getattr(self.state, "watch", None)  # Redis behind a fallback: each process watches it
        if callable(watch):
            watch()
        for companion in self.companions:
            self._stops.append(await companion(self))
        heap.settle()  # what start-up built stays: out of the garbage collector's walks

    def advance_clock(self, seconds: float) -> None:
        self.clock.advance(seconds)
        self.scheduler.clock_changed()

    async def aclose(self) -> None:
        for stop in reversed(self._stops):
            await stop()
        self._stops.clear()
        await self.scheduler.aclose()  # the loop stopped before the engine it uses is disposed
        for relay in self.relays:
            await relay.close()
        await self.engine.dispose()
        if self.database_values is not None:
            await self.database_values.engine.dispose()
        await self.state.aclose()


def safe_url(url: str) -> str:
    """The URL without its password, for messages and logs."""
    try:
        return make_url(url).render_as_string(hide_password=True)
    except (ArgumentError, ValueError):
        return repr(url)


def check_database_url(url: str) -> None:
    """Refuse, in one line, a database URL that does not parse or names a database Tuan does not run on,
    before any command starts."""
    from storage.db import BadDatabaseURL, async_url

    try:
        async_url(url)
    except BadDatabaseURL as exc:
        raise DatabaseUnavailable(str(exc)) from exc


def sqlite_file(url: str) -> Path | None:
    """The file a SQLite URL names (None: not SQLite, in memory, or a `file:` URI)."""
    parsed = make_url(url)
    database = parsed.database or ""
    if parsed.get_backend_name() != "sqlite" or database in ("", ":memory:") or database.startswith("file:"):
        return None
    return None if "mode=memory" in str(parsed.query) else Path(database)


def check_sqlite_folder(url: str) -> None:
    """Refuse a SQLite database whose folder does not exist (a mistyped path would otherwise become a new,
    empty shop, its folders made); the embedded default's `./var` is made (`make playground`)."""
    file = sqlite_file(url)
    default = sqlite_file(DEFAULT_DATABASE_URL)
    if file is None or file.parent.is_dir():
        return
    if default is not None and file.parent == default.parent:
        file.parent.mkdir(parents=True, exist_ok=True)
        return
    raise DatabaseUnavailable(
        f"the folder of SQLite database {safe_url(url)} does not exist: {file.parent} "
        "(create it, or correct TUAN_DATABASE_URL)"
    )


def _engine(url: str) -> AsyncEngine:
    from storage.db import make_engine

    check_database_url(url)
    check_sqlite_folder(url)
    try:
        return make_engine(url)
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
    except TypeError as exc:  # an option in the URL's query the driver has no argument for: never sent
        raise DatabaseUnavailable(
            f"database URL {safe_url(str(engine.url))} has an option its driver does not take: "
            f"{_first_line(exc)}"
        ) from exc
    except Exception as exc:
        refused = _refusal(engine, exc)
        if refused is not None:
            raise DatabaseUnavailable(refused) from exc
        raise DatabaseUnavailable(
            f"cannot reach database {safe_url(str(engine.url))}: {_first_line(exc)}"
        ) from exc


def _sqlstate(exc: BaseException) -> str | None:
    """PostgreSQL's error code (SQLSTATE) behind a driver's or SQLAlchemy's exception, if any."""
    seen: set[int] = set()
    todo: list[BaseException | None] = [exc]
    while todo:
        error = todo.pop()
        if error is None or id(error) in seen:
            continue
        seen.add(id(error))
        code = getattr(error, "sqlstate", None) or getattr(error, "pgcode", None)
        if isinstance(code, str) and code:
            return code
        orig = getattr(error, "orig", None)
        todo.extend([orig if isinstance(orig, BaseException) else None, error.__cause__, error.__context__])
    return None


def _refusal(engine: AsyncEngine, exc: BaseException) -> str | None:
    """The server answered and refused (no such database, no such role, a wrong password): one line
    saying what to do, instead of the driver's words."""
    code = _sqlstate(exc)
    url = engine.url
    where = safe_url(str(url))
    if code == "3D000":  # invalid_catalog_name
        return (
            f"database {url.database} does not exist ({where}): create it (createdb {url.database}) "
            "or fix TUAN_DATABASE_URL"
        )
    if code == "28000" and "does not exist" in str(exc):  # invalid_authorization_specification
        return (
            f"role {url.username} does not exist ({where}): create it (createuser {url.username}) or "
            "fix the user in TUAN_DATABASE_URL"
        )
    if code == "28P01":  # invalid_password
        return f"the password of role {url.username} was refused ({where}): fix it in TUAN_DATABASE_URL"
    return None


class DatabaseNotMigrated(CannotStart):
    """The database's schema is not the one this version of Tuan needs; the message says what to run."""


async def _reachable(url: str) -> None:
    engine = _engine(url)
    try:
        await check_database(engine)
    finally:
        await engine.dispose()


def _refuse_unknown(url: str, revision: str | None) -> None:
    """A schema newer than this version's migrations: neither migrating nor serving it is safe."""
    from storage.migrate import head, knows

    if revision is not None and not knows(revision):
        raise DatabaseNotMigrated(
            f"database {safe_url(url)} is at schema {revision}, which this version of Tuan does not know "
            f"(its newest is {head()}): a newer version migrated it; run that version"
        )


async def migrate(settings: Settings) -> str:
    """Bring the database schema up to date (alembic), after checking the database answers; the
    revision it is at now."""
    from storage.migrate import current, head, upgrade

    await _reachable(settings.database_url)
    _refuse_unknown(settings.database_url, await current(settings.database_url))
    await upgrade(settings.database_url)
    return head()


async def require_migrated(settings: Settings) -> None:
    """Refuse to serve a database that `tuan migrate` has not brought to this version's schema.

    Migrating is the release step, run once before new versions start: runners only check, so N workers
    starting together never race to alter the schema under each other.
    """
    from storage.migrate import current, head

    where, needed = safe_url(settings.database_url), head()
    file = sqlite_file(settings.database_url)
    if file is not None and not file.exists():  # checked before connecting, which would leave an empty file
        raise DatabaseNotMigrated(f'database {where} is not migrated: run "tuan migrate" first')
    await _reachable(settings.database_url)
    at = await current(settings.database_url)
    if at == needed:
        return
    if at is None:
        raise DatabaseNotMigrated(f'database {where} is not migrated: run "tuan migrate" first')
    _refuse_unknown(settings.database_url, at)
    raise DatabaseNotMigrated(
        f'database {where} is at schema {at}, this version needs {needed}: run "tuan migrate" first'
    )


async def _shared_state(settings: Settings, engine: AsyncEngine) -> SharedState:
    """Memory, or the Redis of TUAN_REDIS_URL once it answered (else one line, and the engine closed)."""
    from storage.state import StateUnavailable, open_state

    try:
        return await open_state(settings.redis_url, retry_seconds=settings.redis_retry_seconds)
    except StateUnavailable as exc:
        await engine.dispose()
        raise CannotStart(str(exc)) from exc


def _database_values(settings: Settings, engine: AsyncEngine, state: SharedState) -> DatabaseKeyValues | None:
    """Without Redis, on PostgreSQL (several workers may share it), the values every worker must see, kept
    in the database (`shared_values`, storage/state_db.py); None with Redis, or on SQLite (one process:
    its memory). Their engine is their own, with a small pool: they are read inside units of work, which
    must never wait for a second connection of the pool they hold one of (storage.uow.FairGate)."""
    if state.shared or engine.dialect.name == "sqlite":
        return None
    from storage.db import make_engine
    from storage.state_db import DatabaseKeyValues

    return DatabaseKeyValues(make_engine(settings.database_url, pool_size=DATABASE_VALUES_POOL))


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


def message_bus(
    scheduler: DeadlineScheduler,
    uow_factory: UnitOfWorkFactory | None = None,
    cards: Callable[[], ChatApp | None] = lambda: None,
) -> MessageBus:
    """Every event handler Tuan runs after a commit, registered in one place (new features add theirs).
    `cards`: the app whose outbox takes the note cards a payment's new levels refresh (made after the bus)."""
    bus = MessageBus()
    scheduler.subscribe(bus)
    if uow_factory is not None:
        after = reputation_after_payment(uow_factory, cards)
        bus.subscribe(OrderPaid, after, name="reputation:OrderPaid")
        # 撤销已收: a purchase that was not one after all
        bus.subscribe(OrderUnpaid, after, name="reputation:OrderUnpaid")
    return bus


def reputation_after_payment(
    uow_factory: UnitOfWorkFactory, cards: Callable[[], ChatApp | None] = lambda: None
) -> Callable[[Event], Awaitable[None]]:
    """A payment recomputes its chat's trust (commerce.services.reputation.after_payment), in its own
    unit of work after the payment's commit. The cards of the notes whose author's level it moved (达人)
    are refreshed through `cards`' outbox in that unit of work, as a like's are (review 99 #4: the card
    kept the old level until someone liked it)."""

    async def handle(event: Event) -> None:
        assert isinstance(event, OrderPaid | OrderUnpaid)
        app = cards()
        async with uow_factory() as uow:
            await reputation.after_payment(uow, event.group_buy_id)
            refreshed = await relevelled_cards(uow, event.group_buy_id)
            if app is not None and refreshed:
                await app.queue(uow, refreshed, None, app.clock.now())
            await uow.commit()
        if app is not None and refreshed:
            app.queued()

    return handle


async def relevelled_cards(uow: UnitOfWork, group_buy_id: int) -> list[Reply]:
    """The note cards of its chat whose author's level this unit of work moved, the newest few."""
    moved = sorted(uow.trust.relevelled, reverse=True)[:MAX_CARDS_REFRESHED]
    group_buy = None if not moved else await uow.group_buys.get(group_buy_id)
    if group_buy is None:
        return []
    return [note_card_update(note_id, group_buy.chat_id) for note_id in sorted(moved)]


def durable_event_writer(bus: MessageBus, clock: SystemClock) -> UnitOfWorkHook:
    """Before each commit: the outbox rows of the durable handlers of its events, in its transaction."""

    async def write(uow: UnitOfWork, events: list[Event]) -> None:
        rows = bus.outbox_rows(events, now=clock.now())
        if rows:
            await uow.outbox.add(rows)

    return write


async def build(
    settings: Settings,
    *,
    platform: str | None = None,
    star_refunds: StarRefunds | None = None,
    outbox_toasts: bool = False,
) -> Tuan:
    """Wire a Tuan for `settings`: engine, units of work, clock, scheduler, bus, ChatApp. A `platform`
    whose relay sends replies from the outbox names itself (its runner then calls `tuan.relay(sink)`),
    with `outbox_toasts` if it says a tap's toast as text (WeChat); a platform that can give Telegram
    Stars back passes its `star_refunds`."""
    from storage.uow import SqlUnitOfWorkFactory

    engine = _engine(settings.database_url)
    try:
        await check_database(engine)
    except DatabaseUnavailable:
        await engine.dispose()
        raise
    state = await _shared_state(settings, engine)
    database_values = _database_values(settings, engine, state)
    clock = SystemClock(offset=timedelta(seconds=settings.clock_offset_seconds))
    scheduler = DeadlineScheduler(clock=clock)
    uow_factory = SqlUnitOfWorkFactory(engine, group_commit=settings.group_commit)
    scheduler.add_chore(UpdatePruner(uow_factory, keep=timedelta(days=settings.keep_updates_days)))
    if database_values is not None:  # several workers on PostgreSQL without Redis, whichever platform:
        # expired rows of `shared_values` (every prefix, Telegram's group values too) deleted once an hour
        scheduler.add_chore(database_values.prune, name="shared values pruning")
    made: list[ChatApp] = []  # the app, made below with the bus: the cards a payment's levels refresh
    bus = message_bus(scheduler, uow_factory, lambda: made[0] if made else None)
    uow_factory.before_commit.append(durable_event_writer(bus, clock))
    app = ChatApp(
        uow_factory=uow_factory,
        clock=clock,
        config=AppConfig(
            currency=settings.currency,
            timezone=settings.timezone,
            default_language=settings.language,
            bot_username=settings.bot_username,
            max_unit_price=settings.max_unit_price,
            outbox_platform=platform,
            outbox_toasts=outbox_toasts,
            commands_per_minute=settings.commands_per_minute,
            organiser_commands_per_minute=settings.organiser_commands_per_minute,
            notes_per_day=settings.notes_per_day,
            digest_at=settings.digest_at,
            digest_size=settings.digest_size,
            join_limits=JoinLimits(
                max_per_line=settings.max_units_per_line, max_friends=settings.max_friends
            ),
            join_batches=settings.join_batches,
            payout_minimum=settings.payout_minimum,
            payout_admins=frozenset(settings.admins),
            commission_hold_days=settings.commission_hold_days,
            attribution_window=timedelta(days=settings.attribution_days),
            console_url=settings.console_public_url,
            console_known=settings.console_url is not None or settings.console_beside,
            **checkout_config(settings),
        ),
        bus=bus,
        star_refunds=star_refunds,
        counters=state.counters,  # members' commands a minute, counted across processes
        values=state.values,  # what a member opened in private, seen by every process
        # who was written lately (names, the language last spoken): with Redis, every worker's
        members=MemberMemo(values=state.values if state.shared else None),
        # a chat's `/lang`: with Redis, every worker hears a change at once; several workers on PostgreSQL
        # without it read it in each unit of work, never a copy another worker's `/lang` left stale
        languages=LanguageMemo(
            values=state.values if state.shared else None, always_read=database_values is not None
        ),
        # `+1 more` / Leave tapped twice within seconds counts once (handlers.taps), whichever worker takes
        # each tap: with Redis in it, several workers on PostgreSQL without it in the database
        taps=database_values,
        # the questions a member answers by a bare reply (`2` to "which group buy?", `大盒` to "which
        # option?", the join hint's card and hint): several workers on PostgreSQL without Redis keep them
        # in the database too, so her answer to any worker completes what another asked
        asked=database_values,
        reranker=note_reranker(settings.ask_rerank),  # the `ai` extra's, loaded at the first question
    )
    made.append(app)
    hold = timedelta(days=settings.commission_hold_days)  # holding period -> available, each earner told
    release = CommissionRelease(uow_factory, clock, hold=hold, notices=app, platform=platform)
    scheduler.add_chore(release.told)
    if settings.pickup_reminder is not None:  # the evening before each pickup (handlers.collecting)
        scheduler.add_chore(
            PickupReminders(
                uow_factory=uow_factory,
                clock=clock,
                config=app.config,
                outbox=app,
                at=settings.pickup_reminder,
                memo=app.memo,
            )
        )
    # an order still unpaid days after its pickup: its buyer reminded once, the organiser told who owes
    scheduler.add_chore(
        OwedReminders(uow_factory=uow_factory, clock=clock, config=app.config, outbox=app, memo=app.memo)
    )
    # the evening digest of each chat in digest mode (handlers.digest), once a day at TUAN_DIGEST_AT
    scheduler.add_chore(
        NoteDigests(uow_factory=uow_factory, clock=clock, config=app.config, outbox=app, memo=app.memo)
    )
    if settings.follow_roundup is not None and platform is not None:  # followers' daily round-up
        scheduler.add_chore(
            FollowRoundups(
                uow_factory=uow_factory,
                clock=clock,
                config=app.config,
                outbox=app,
                platform=platform,
                at=settings.follow_roundup,
                memo=app.memo,
            )
        )
    if settings.for_you_weekly is not None and platform is not None:  # each member's weekly For you
        scheduler.add_chore(
            WeeklyForYou(
                uow_factory=uow_factory,
                clock=clock,
                config=app.config,
                outbox=app,
                platform=platform,
                when=settings.for_you_weekly,
            )
        )
    tuan = Tuan(settings, engine, uow_factory, clock, app, scheduler, state, bus, database_values)
    if settings.console_beside:  # `tuan run … --console`: the console in this process, on its port
        from bot.console.server import beside

        tuan.companions.append(beside)
    return tuan
