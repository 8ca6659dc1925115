"""`tuan run wechat`: connect to a wechaty puppet service and serve the ChatApp until Ctrl+C or SIGTERM.

Start-up fails with one line (`CannotStart`) when the endpoint or token is not set, python-wechaty is
not installed, the puppet service cannot be reached, the database is not migrated (run `tuan migrate`),
or the service refuses the connection (a wrong token):
python-wechaty itself would print, sleep a minute and retry, or stop the event loop.

Replies go through the transactional outbox: written in each change's transaction, sent by the relay
once the account is logged in (rows a stopped process left are sent then too). A card waiting for its
room's window is a row postponed to then. On Ctrl+C the relay is drained and closed, then one last round
posts the cards postponed to their rooms' windows (the last change is never lost; a routine re-post in
quiet hours or over today's budget stays a row for the next start).
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
import os
import signal
from datetime import datetime, timedelta
from functools import partial
from pathlib import Path
from zoneinfo import ZoneInfo

from bot.bootstrap import CannotStart, build, require_migrated
from bot.outbox_relay import OutboxRelay
from bot.quiet_hours import QuietHours
from bot.settings import Settings
from bot.wechat import sdk
from bot.wechat.adapter import NameBook, WeChatAdapter
from bot.wechat.choices import Choices
from bot.wechat.client import WechatyTransport, make_bot, wechaty_scheduler
from bot.wechat.outbox import Outbox, OutboxPolicy
from bot.wechat.translate import PLATFORM
from handlers.failures import log_failure

log = logging.getLogger(__name__)

CONNECT_TIMEOUT_SECONDS = 5.0
STOP_TIMEOUT_SECONDS = 10.0
DRAIN_SECONDS = 10.0  # on Ctrl+C, how long the relay may take to hand what is due to the WeChat outbox


def policy(settings: Settings) -> OutboxPolicy:
    return OutboxPolicy(
        card_interval=timedelta(seconds=settings.wechat_card_interval_seconds),
        room_daily_budget=settings.wechat_room_daily_budget,
        account_daily_budget=settings.wechat_account_daily_budget,
        quiet_hours=QuietHours.parse(settings.wechat_quiet_hours),
        timezone=ZoneInfo(settings.timezone),
    )


def _required(settings: Settings) -> tuple[str, str]:
    if not settings.wechaty_endpoint:
        raise CannotStart(
            "TUAN_WECHATY_ENDPOINT is not set: host:port of a wechaty puppet service (e.g. 127.0.0.1:8788)"
        )
    if not settings.wechaty_token:
        raise CannotStart("TUAN_WECHATY_TOKEN is not set: the token of the wechaty puppet service")
    host_port(settings.wechaty_endpoint)  # its form with the settings, before the schema and the network
    return settings.wechaty_endpoint, settings.wechaty_token


def host_port(endpoint: str) -> tuple[str, int]:
    host, _, port = endpoint.rpartition(":")
    if not host or not port.isdigit():
        raise CannotStart(f"TUAN_WECHATY_ENDPOINT must be host:port, not {endpoint!r}")
    return host, int(port)


async def check_endpoint(endpoint: str) -> None:
    """Connect once, so an unreachable puppet service is one clear line."""
    host, port = host_port(endpoint)
    try:
        async with asyncio.timeout(CONNECT_TIMEOUT_SECONDS):
            _, writer = await asyncio.open_connection(host.strip("[]"), port)
    except (OSError, TimeoutError) as exc:
        if isinstance(exc, TimeoutError):
            reason = f"no answer in {CONNECT_TIMEOUT_SECONDS:.0f} s"
        else:
            reason = os.strerror(exc.errno) if exc.errno else str(exc)
        raise CannotStart(f"cannot reach the wechaty puppet service at {endpoint}: {reason}") from exc
    writer.close()
    with contextlib.suppress(OSError):
        await writer.wait_closed()


async def serve(settings: Settings) -> None:
    endpoint, token = _required(settings)
    wechaty = sdk.load(cache_dir=Path(settings.wechaty_cache_dir), log_level=settings.log_level)
    await require_migrated(settings)  # `tuan migrate` is the release step, never run here; before the network
    await check_endpoint(endpoint)
    # WeChat has no online checkout: orders say whom to pay, even when a Telegram payment provider is set.
    # WeChat has no toasts either: a tap's short answer is said as text, so it is an outbox row too.
    tuan = await build(
        settings.model_copy(update={"telegram_provider_token": None}),
        platform=PLATFORM,
        outbox_toasts=True,
    )
    names = NameBook()
    choices = Choices(tuan.state.values, ttl=timedelta(minutes=settings.wechat_choice_minutes))
    transport = WechatyTransport(names)
    outbox = Outbox(
        transport=transport,
        render_card=partial(tuan.app.render_card, platform=PLATFORM),  # a note card's hint: no button
        now=tuan.clock.now,
        policy=policy(settings),
        choices=choices,
        language=settings.language,
        state=tuan.state,
        price_now=tuan.app.price_now,  # a folded 接龙更新 says the price as it stands when it goes
    )
    adapter = WeChatAdapter(
        app=tuan.app,
        outbox=outbox,
        choices=choices,
        names=names,
        now=tuan.clock.now,
        language=settings.language,
        reachable=transport.reachable,
        state=tuan.state,
        chat_language=tuan.app.chat_language,  # a room's note that a private message did not go
        name_of=transport.name,  # two members' orders in one room message: each named
        room_names=transport.room_names,  # `@五哥` after 王五 became 五哥
    )
    logged_in = asyncio.Event()
    scheduler = wechaty_scheduler()
    bot = make_bot(
        wechaty,
        endpoint=endpoint,
        token=token,
        adapter=adapter,
        transport=transport,
        logged_in=logged_in,
        scheduler=scheduler,
    )
    stop = asyncio.Event()
    loop = asyncio.get_running_loop()
    for sig in (signal.SIGINT, signal.SIGTERM):
        loop.add_signal_handler(sig, stop.set)
    bot_task = asyncio.create_task(bot.start(), name="wechaty")
    relay: OutboxRelay | None = None
    try:
        await _wait_for_login(bot_task, logged_in, stop, endpoint)
        if logged_in.is_set():  # else stopped before the login: nothing could be sent
            relay = tuan.relay(batch_sink=adapter.send_rows)
        await tuan.start(adapter.deliver_unasked)
        log.info("serving WeChat through %s; Ctrl+C stops", endpoint)
        stopped = asyncio.create_task(stop.wait())
        await asyncio.wait({stopped, bot_task}, return_when=asyncio.FIRST_COMPLETED)
        stopped.cancel()
        if bot_task.done() and not stop.is_set():
            raise CannotStart(f"the wechaty puppet service at {endpoint} closed the connection")
        if relay is not None and not await relay.drain(DRAIN_SECONDS):  # what is due now goes
            log.warning(
                "the outbox relay did not drain in %.0f s: the rest goes after a restart", DRAIN_SECONDS
            )
        if relay is not None:
            await _last_cards(relay, outbox, tuan.clock.now() + outbox.policy.card_interval)
    finally:
        for sig in (signal.SIGINT, signal.SIGTERM):
            loop.remove_signal_handler(sig)
        if relay is not None:  # before the client stops: what is in flight still has a transport
            try:
                await relay.close()
            except Exception as exc:
                log_failure(log, exc, "could not record what the outbox relay sent last: it may go again")
        await _stop_bot(bot, bot_task)
        if scheduler.running:
            scheduler.shutdown(wait=False)
        await tuan.aclose()


async def _last_cards(relay: OutboxRelay, outbox: Outbox, due_by: datetime) -> None:
    """Close the relay, then post the cards postponed to their rooms' windows (rows due by `due_by`)."""
    try:
        await relay.close()
        outbox.closing = True
        await relay.last_round(due_by=due_by)
    except Exception as exc:
        log_failure(log, exc, "could not post the last cards: their rows go after a restart")


async def _wait_for_login(
    bot_task: asyncio.Task[None], logged_in: asyncio.Event, stop: asyncio.Event, endpoint: str
) -> None:
    """Until the account is logged in; a client that gave up first means the service refused us."""
    waiters = {asyncio.create_task(logged_in.wait()), asyncio.create_task(stop.wait())}
    try:
        await asyncio.wait({bot_task, *waiters}, return_when=asyncio.FIRST_COMPLETED)
    finally:
        for waiter in waiters:
            waiter.cancel()
    if logged_in.is_set() or stop.is_set():
        return
    raise CannotStart(
        f"the wechaty puppet service at {endpoint} refused the connection (is TUAN_WECHATY_TOKEN right?)"
    )


async def _stop_bot(bot: object, bot_task: asyncio.Task[None]) -> None:
    """Stop python-wechaty (it ends the event stream and logs the puppet out), then its task.

    grpclib turns a cancellation inside the event stream into `StreamTerminatedError`, which
    python-wechaty catches to sleep a minute and reconnect: one `cancel()` can be swallowed, so the
    task is cancelled until it is done.
    """
    # Stopping ends the stream, which python-wechaty reports as a network failure with advice: not one.
    logging.getLogger("Wechaty").setLevel(logging.CRITICAL)
    if not bot_task.done():
        stopping = asyncio.create_task(bot.stop())  # type: ignore[attr-defined]
        await asyncio.wait({stopping}, timeout=STOP_TIMEOUT_SECONDS)
        if not stopping.done() or stopping.cancelled() or stopping.exception() is not None:
            log.warning("python-wechaty did not stop cleanly")
            await _cancel(stopping)
    await _cancel(bot_task)


async def _cancel(task: asyncio.Task[None]) -> None:
    deadline = asyncio.get_running_loop().time() + STOP_TIMEOUT_SECONDS
    while not task.done() and asyncio.get_running_loop().time() < deadline:
        task.cancel()
        await asyncio.wait({task}, timeout=0.2)
    if not task.done():
        log.error("python-wechaty's task %s ignores cancellation", task.get_name())
    elif not task.cancelled() and task.exception() is not None:
        log.debug("python-wechaty's task ended with %r", task.exception())
