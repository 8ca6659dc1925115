"""`tuan playground`: migrate, wire, start the scheduler, serve the page until Ctrl+C or SIGTERM."""

from __future__ import annotations

import asyncio
import contextlib
import ipaddress
import logging
import signal
import socket
from collections.abc import Callable, Iterator
from datetime import timedelta

import uvicorn

from bot.bootstrap import Tuan, build, migrate
from bot.health import HealthCheck
from bot.listening import bind
from bot.playground.hub import PLATFORM, Hub
from bot.playground.transcript import Transcript
from bot.playground.web import create_app
from bot.settings import Settings
from storage.uow import SqlUnitOfWorkFactory

log = logging.getLogger(__name__)


def _is_loopback(host: str) -> bool:
    try:
        return ipaddress.ip_address(host).is_loopback
    except ValueError:
        return host == "localhost"


class _Server(uvicorn.Server):
    """uvicorn that ends the page streams first on a signal, and returns instead of re-raising it."""

    def __init__(self, config: uvicorn.Config, *, on_exit: Callable[[], None]) -> None:
        super().__init__(config)
        self._on_exit = on_exit

    @contextlib.contextmanager
    def capture_signals(self) -> Iterator[None]:
        loop = asyncio.get_running_loop()
        for sig in (signal.SIGINT, signal.SIGTERM):
            loop.add_signal_handler(sig, self._exit)
        try:
            yield
        finally:
            for sig in (signal.SIGINT, signal.SIGTERM):
                loop.remove_signal_handler(sig)

    def _exit(self) -> None:
        self._on_exit()
        self.force_exit = self.should_exit  # a second Ctrl+C stops without waiting
        self.should_exit = True


async def serve(settings: Settings) -> None:
    sock = bind(settings.host, settings.port)
    try:
        await migrate(settings)
        tuan = await build(settings, platform=PLATFORM)
    except BaseException:
        sock.close()
        raise
    try:
        await _serve(tuan, sock)
    finally:
        await tuan.aclose()


async def _serve(tuan: Tuan, sock: socket.socket) -> None:
    settings = tuan.settings
    host, port = sock.getsockname()[:2]
    shown = f"[{host}]" if ":" in host else host
    base_url = f"http://{shown}:{port}"
    hub = await open_hub(tuan, base_url=base_url)
    await restore_clock(tuan, hub)
    await tuan.start(hub.deliver)
    await redeliver(hub)
    web = create_app(
        hub=hub,
        clock=tuan.clock,
        clock_changed=tuan.scheduler.clock_changed,
        health=HealthCheck.of(tuan),
    )
    config = uvicorn.Config(
        web,
        log_config=None,
        log_level=settings.log_level.lower(),
        access_log=settings.log_level == "DEBUG",
        lifespan="off",
        timeout_graceful_shutdown=3,
    )
    print(f"Tuan playground: open {base_url}/ in your browser  (Ctrl+C stops it)", flush=True)
    print("Anyone who opens it can speak as anyone: for trying Tuan out, never a production entry point.")
    if not _is_loopback(host):
        log.warning("listening on %s, not loopback: everyone who can reach it can act as anyone", host)
    try:
        await _Server(config, on_exit=hub.close_listeners).serve(sockets=[sock])
    finally:
        await hub.aclose()


async def restore_clock(tuan: Tuan, hub: Hub) -> None:
    """The clock as far ahead as `POST /api/clock` last moved it (kept in the transcript), so a restart
    never moves time back (a reminder dated before the close it follows); TUAN_CLOCK_OFFSET_SECONDS
    when that is further."""
    saved = timedelta(seconds=await hub.transcript.clock_offset())
    if saved > tuan.clock.offset:
        tuan.clock.offset = saved
        print(f"The clock runs {saved} ahead of real time, as POST /api/clock left it.", flush=True)


async def redeliver(hub: Hub) -> None:
    """Answer what the last run was killed before answering (`Hub.redeliver`), before anyone types."""
    answered = await hub.redeliver()
    if answered:
        print(f"Answered {answered} message(s) the last run had not answered.", flush=True)


async def open_hub(tuan: Tuan, *, base_url: str) -> Hub:
    """The hub over `tuan` (built with `platform="playground"`), its default chats made, posting the
    outbox's rows a batch at a time (one transcript transaction per batch of the relay)."""
    gate = tuan.uow_factory.gate if isinstance(tuan.uow_factory, SqlUnitOfWorkFactory) else None
    transcript = Transcript(
        tuan.engine, gate=gate, clock=tuan.clock
    )  # waits for the database in turn with the ChatApp
    hub = Hub(app=tuan.app, transcript=transcript, admins=tuan.settings.admins, base_url=base_url)
    await hub.start()
    hub.attach(tuan.relay(batch_sink=hub.post_rows))
    return hub
