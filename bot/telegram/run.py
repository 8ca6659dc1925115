"""`tuan run telegram`: the aiogram bot, by long polling (default) or on a webhook, until Ctrl+C/SIGTERM.

Start-up fails with one line (`CannotStart`) when the token is missing or malformed, Telegram (or the Bot
API server of TUAN_TELEGRAM_API_URL) cannot be reached, or it refuses the token, or the database is not
migrated (`tuan migrate` is the release step; see bootstrap.require_migrated). Then: wire the
ChatApp (bot/bootstrap.py, with the bot's real username so `/join@bot` is understood and Stars refunds
through this bot), the outbox, the adapter, the routers, and the deadline scheduler. On a stop, updates stop
coming first, then the outbox sends what it holds (the last card state is never lost), then all closes.
"""

from __future__ import annotations

import asyncio
import logging
import os
import re
import signal
from dataclasses import dataclass, replace
from typing import TYPE_CHECKING, Any
from urllib.parse import urlsplit

from bot.bootstrap import CannotStart, Tuan, build, require_migrated
from bot.settings import Settings

if TYPE_CHECKING:  # aiogram takes seconds to import: only once a bot is really started
    from aiogram import Bot, Dispatcher
    from sqlalchemy.ext.asyncio import AsyncEngine

    from bot.telegram.polling import Spool
    from commerce.state import KeyValues, SharedState
    from handlers.types import Reply

log = logging.getLogger(__name__)

TOKEN = re.compile(r"^\d{3,20}:[A-Za-z0-9_-]{20,}$")
CONNECT_TIMEOUT_SECONDS = 15.0
DRAIN_SECONDS = 15.0
PLATFORM = "telegram"
POLLING_TIMEOUT_SECONDS = 10


@dataclass(frozen=True)
class Webhook:
    url: str
    path: str
    shared_port: bool = False  # a worker of `--workers N`: its siblings listen on the same port


def check_token(token: str | None) -> str:
    """The bot token, or one line saying what is wrong with it (never the token itself)."""
    if not token or not token.strip():
        raise CannotStart("TUAN_TELEGRAM_TOKEN is not set: the bot token from @BotFather (123456789:AA...)")
    token = token.strip()
    if not TOKEN.match(token):
        raise CannotStart(
            "TUAN_TELEGRAM_TOKEN does not look like a bot token: expected digits, a colon and at least 20 "
            "letters, digits, _ or - (123456789:AA...), as @BotFather gives it"
        )
    return token


def check_webhook(url: str, *, what: str = "--webhook") -> Webhook:
    parts = urlsplit(url)
    if parts.scheme not in ("http", "https") or not parts.hostname:
        raise CannotStart(
            f"{what} must be an https:// URL Telegram can reach (http:// is taken only by a local Bot "
            f"API server, TUAN_TELEGRAM_API_URL), not {url!r}"
        )
    return Webhook(url=url, path=parts.path or "/")


def check_api_url(url: str | None) -> str | None:
    if url is None or not url.strip():
        return None
    parts = urlsplit(url.strip())
    if parts.scheme not in ("http", "https") or not parts.hostname:
        raise CannotStart(f"TUAN_TELEGRAM_API_URL must be an http(s) URL, not {url!r}")
    return url.strip().rstrip("/")


async def serve(settings: Settings, *, webhook_url: str | None = None, worker: bool = False) -> None:
    """Serve until a stop signal; `worker`: one of `--workers N` (bot/telegram/workers.py), which shares
    its port with its siblings and leaves Ctrl+C to its parent."""
    webhook = check_webhook(webhook_url) if webhook_url else None
    if webhook is not None and worker:
        webhook = replace(webhook, shared_port=True)
    bot, api_url = _bot(settings)
    try:
        await require_migrated(settings)  # `tuan migrate` is the release step, never run here
        username = await _username(bot, api_url)  # the network after the schema: fixed in that order
        from bot.telegram.transport import BotStarRefunds

        tuan = await build(
            settings.model_copy(update={"bot_username": username}),
            platform=PLATFORM,
            star_refunds=BotStarRefunds(bot),
        )
        try:
            await _serve(tuan, bot, username, webhook)
        finally:
            await tuan.aclose()
    finally:
        await bot.session.close()


def _bot(settings: Settings) -> tuple[Bot, str | None]:
    """A Bot for the token and Bot API server of `settings` (both checked first)."""
    token = check_token(settings.telegram_token)
    api_url = check_api_url(settings.telegram_api_url)
    from aiogram import Bot
    from aiogram.client.telegram import TelegramAPIServer

    from bot.telegram.session import HeldResponsesSession

    server = TelegramAPIServer.from_base(api_url) if api_url else None
    session = HeldResponsesSession(api=server) if server else HeldResponsesSession()
    return Bot(token, session=session), api_url


def make_dispatcher(**data: Any) -> Dispatcher:
    """Tuan's routers, `data` handed to every handler (the adapter). No aiogram FSM: a conversation's
    state lives in Tuan's database, and aiogram's memory storage kept a record for every (chat, member)
    it ever saw, growing without end in a busy worker."""
    from aiogram import Dispatcher

    from bot.telegram.routers import all_routers

    dispatcher = Dispatcher(disable_fsm=True, **data)
    dispatcher.include_routers(*all_routers())
    return dispatcher


def update_types() -> list[str]:
    """The update types Tuan's routers handle: what the webhook asks Telegram for."""
    return make_dispatcher().resolve_used_update_types()


async def prepare_webhook(settings: Settings, webhook_url: str, *, force: bool = False) -> str:
    """Before workers start (`--workers N`, `tuan telegram set-webhook`): check the token, the Bot API
    and the schema as each worker would, tell Telegram the webhook (once; `force`: even if it was told
    this already) and return the secret every worker must check."""
    from bot.telegram.webhook import register, webhook_secret
    from storage.db import make_engine

    webhook = check_webhook(webhook_url, what="the webhook URL")
    bot, api_url = _bot(settings)
    try:
        await require_migrated(settings)
        await _username(bot, api_url)
        secret = webhook_secret(settings.telegram_webhook_secret, token=bot.token, url=webhook.url)
        engine = make_engine(settings.database_url)
        try:
            await register(engine, bot, url=webhook.url, secret=secret, allowed=update_types(), force=force)
        finally:
            await engine.dispose()
        return secret
    finally:
        await bot.session.close()


async def _username(bot: Bot, api_url: str | None) -> str:
    """Ask Telegram who the bot is: proves the server answers and accepts the token."""
    from aiogram.exceptions import TelegramNetworkError, TelegramUnauthorizedError

    where = api_url or "https://api.telegram.org"
    try:
        async with asyncio.timeout(CONNECT_TIMEOUT_SECONDS):
            me = await bot.get_me()
    except TelegramUnauthorizedError as exc:
        raise CannotStart(f"the Bot API at {where} refused TUAN_TELEGRAM_TOKEN (401 Unauthorized)") from exc
    except (TelegramNetworkError, TimeoutError, OSError) as exc:
        reason = (
            f"no answer in {CONNECT_TIMEOUT_SECONDS:.0f} s" if isinstance(exc, TimeoutError) else str(exc)
        )
        raise CannotStart(f"cannot reach the Telegram Bot API at {where}: {reason.splitlines()[0]}") from exc
    if not me.username:
        raise CannotStart(f"the Bot API at {where} says this bot has no username")
    return me.username


def group_values(state: SharedState, engine: AsyncEngine) -> KeyValues:
    """Where a worker keeps what it learns of a group (the bot removed from it, its upgrade to a
    supergroup), so that every worker knows it: Redis when configured (`state.shared`); else, on
    PostgreSQL, the database (`shared_values`: several workers may share it, and without this each
    worker told the organisers again and kept skipping a group the bot was added back to); else (SQLite,
    one process's database: `--workers` is refused there) this process's memory, as exact for the one
    process and no write to the database's single writer for each group's state."""
    if state.shared or engine.dialect.name == "sqlite":
        return state.values
    from storage.state_db import DatabaseKeyValues

    return DatabaseKeyValues(engine)


async def _serve(tuan: Tuan, bot: Bot, username: str, webhook: Webhook | None) -> None:

    from bot.telegram.adapter import TelegramAdapter
    from bot.telegram.admins import AdminCache
    from bot.telegram.outbox import Outbox
    from bot.telegram.rate_gate import rate_gate
    from bot.telegram.render import card
    from bot.telegram.store import TelegramStore
    from bot.telegram.transport import BotTransport
    from handlers import card_moved

    settings = tuan.settings
    store = TelegramStore(tuan.engine)
    await store.forget_old_deliveries()
    # expired rows of the database's `shared_values` are pruned by build()'s chore, for every platform
    groups = group_values(tuan.state, tuan.engine)

    async def render_card(group_buy_id: int) -> Reply:
        return await card(tuan.app, group_buy_id, default_language=settings.language)

    async def render_pointer(group_buy_id: int) -> Reply:
        return await card_moved.pointer(tuan.app, group_buy_id)

    outbox = Outbox(
        transport=BotTransport(bot, provider_token=settings.telegram_provider_token or ""),
        render_card=render_card,
        render_pointer=render_pointer,  # older copies of a card point to the one `进度` posted
        cards=store,
        gate=rate_gate(tuan.state),  # with Redis, Telegram's limits hold across the bot's processes
    )
    adapter = TelegramAdapter(
        app=tuan.app,
        bot=bot,
        outbox=outbox,
        delivered=store,
        admins=AdminCache(
            bot, ttl=settings.telegram_admin_cache_seconds, admins=settings.admins, values=tuan.state.values
        ),
        bot_username=username,
        default_language=settings.language,
        state=tuan.state,
        groups=groups,
    )
    outbox.forbidden_note = adapter.forbidden_note
    outbox.undelivered_note = adapter.undelivered_note
    dispatcher = make_dispatcher(adapter=adapter)
    relay = tuan.relay(adapter.send_row)  # what a change must say: rows of the outbox, sent once
    await tuan.start(adapter.deliver_unasked)

    stop = asyncio.Event()
    loop = asyncio.get_running_loop()
    for sig in (signal.SIGINT, signal.SIGTERM):
        loop.add_signal_handler(sig, stop.set)
    try:
        if webhook is None:
            await _poll(tuan, dispatcher, bot, username, stop, store)
        else:
            await _webhook(tuan, dispatcher, bot, username, webhook, stop)
        if not await relay.drain(DRAIN_SECONDS) or not await outbox.drain(DRAIN_SECONDS):
            log.warning(
                "stopping with messages still queued (Telegram asked to wait); they go at the next start"
            )
    finally:
        for sig in (signal.SIGINT, signal.SIGTERM):
            loop.remove_signal_handler(sig)
        await relay.close()
        await outbox.close()


async def _poll(
    tuan: Tuan, dispatcher: Dispatcher, bot: Bot, username: str, stop: asyncio.Event, spool: Spool
) -> None:
    """Long polling that loses no update (bot/telegram/polling.py): a chat's updates in order, one the
    database could not take tried again before the chat's next, and only handled (or spooled) ones
    confirmed."""
    from bot.telegram.polling import Poller
    from bot.telegram.webhook import forget

    await bot.delete_webhook(drop_pending_updates=False)  # polling is refused while a webhook is set
    await forget(tuan.engine)  # a webhook started later must tell Telegram again
    poller = Poller(
        dispatcher,
        bot,
        allowed_updates=dispatcher.resolve_used_update_types(),
        polling_timeout=POLLING_TIMEOUT_SECONDS,
        spool=spool,
    )
    polling = asyncio.create_task(poller.run(), name="telegram-polling")
    print(f"Tuan is serving Telegram as @{username} (long polling); Ctrl+C stops it", flush=True)
    stopped = asyncio.create_task(stop.wait())
    await asyncio.wait({polling, stopped}, return_when=asyncio.FIRST_COMPLETED)
    stopped.cancel()
    if polling.done():
        polling.result()
    await poller.stop(polling, DRAIN_SECONDS)


async def _webhook(
    tuan: Tuan, dispatcher: Dispatcher, bot: Bot, username: str, webhook: Webhook, stop: asyncio.Event
) -> None:
    """Serve updates on `settings.host:port` at the webhook URL's path (bot/telegram/webhook.py): each
    in the foreground, Telegram's secret header checked, `setWebhook` called once across workers."""
    from aiohttp import web

    from bot.health import health_route
    from bot.listening import cannot_listen
    from bot.telegram.webhook import (
        Redelivered,
        SecretCheck,
        UpdateGate,
        WebhookWatch,
        register,
        request_handler,
        webhook_secret,
    )

    settings = tuan.settings
    secret = webhook_secret(settings.telegram_webhook_secret, token=bot.token, url=webhook.url)
    middlewares: list[Any] = [web.middleware(SecretCheck(secret, webhook.path))]
    if tuan.state.shared:  # Redis: a copy of an update in hand elsewhere is not handled twice at once
        middlewares.append(web.middleware(UpdateGate(tuan.state.values, webhook.path, bot.id)))
    middlewares.append(web.middleware(Redelivered(webhook.path)))  # innermost: a 500 is seen by the gate
    application = web.Application(middlewares=middlewares)
    request_handler(dispatcher, bot, secret=secret).register(application, path=webhook.path)
    allowed = dispatcher.resolve_used_update_types()

    async def mend() -> bool:  # a webhook Telegram forgot while the workers run: set it again, once
        return await register(tuan.engine, bot, url=webhook.url, secret=secret, allowed=allowed, mend=True)

    watch = WebhookWatch(bot, webhook.url, mend=mend)
    application.add_routes([health_route(tuan, webhook=lambda: watch.status)])
    runner = web.AppRunner(application, access_log=None)
    await runner.setup()
    try:
        # N workers of one parent share the port (SO_REUSEPORT); alone, a port in use is refused
        site = web.TCPSite(runner, settings.host, settings.port, reuse_port=webhook.shared_port or None)
        try:
            await site.start()
        except OSError as exc:
            raise CannotStart(cannot_listen(settings.host, settings.port, exc)) from exc
        await register(tuan.engine, bot, url=webhook.url, secret=secret, allowed=allowed)
        watching = asyncio.create_task(watch.run(), name="webhook-watch")
        print(
            f"Tuan is serving Telegram as @{username} on {webhook.url} "
            f"(listening on {settings.host}:{settings.port}, process {os.getpid()})"
            + ("" if webhook.shared_port else "; Ctrl+C stops it"),
            flush=True,
        )
        try:
            await stop.wait()
        finally:
            watching.cancel()
    finally:
        await runner.cleanup()
