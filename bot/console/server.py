"""Serving the console: alone (`tuan console`), or beside a bot in its process (`tuan run … --console`).

Alone, it builds its own Tuan whose replies go to the outbox of TUAN_CONSOLE_PLATFORM, so the bot
process of that platform (or the playground) sends what the console's changes tell the chats; it runs
no scheduler (the bot does). Beside a bot it shares the bot's Tuan: the same ChatApp, outbox relay and
shared state.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
import signal
import socket
from collections.abc import Awaitable, Callable, Iterator

import uvicorn

from bot import heap
from bot.bootstrap import Tuan, build, require_migrated
from bot.console.app import create_console
from bot.listening import bind
from bot.settings import Settings
from bot.waits import within

log = logging.getLogger(__name__)
CONSOLE = "the console "  # how a refusal to listen names it
Stop = Callable[[], Awaitable[None]]


class _Quiet(uvicorn.Server):
    """uvicorn that leaves signals to the process it runs in (the bot's runner, or `serve` below)."""

    @contextlib.contextmanager
    def capture_signals(self) -> Iterator[None]:
        yield


def _server(tuan: Tuan) -> _Quiet:
    settings = tuan.settings
    config = uvicorn.Config(
        create_console(tuan),
        log_config=None,
        log_level=settings.log_level.lower(),
        access_log=settings.log_level == "DEBUG",
        lifespan="off",
        timeout_graceful_shutdown=3,
    )
    return _Quiet(config)


def _announce(tuan: Tuan, sock: socket.socket) -> None:
    host, port = sock.getsockname()[:2]
    print(
        f"Tuan console: http://{host}:{port}/  (login links point to {tuan.settings.console_public_url})",
        flush=True,
    )


async def beside(tuan: Tuan) -> Stop:
    """Start the console in this process, beside the bot that built `tuan`; the function stopping it."""
    sock = bind(tuan.settings.console_host, tuan.settings.console_port, what=CONSOLE)
    server = _server(tuan)
    task = asyncio.create_task(server.serve(sockets=[sock]), name="console")
    _announce(tuan, sock)

    async def stop() -> None:
        server.should_exit = True
        try:
            await within(task, 5)
        except (TimeoutError, asyncio.CancelledError):
            task.cancel()
        finally:
            sock.close()

    return stop


async def serve(settings: Settings) -> None:
    """`tuan console`: until Ctrl+C or SIGTERM."""
    sock = bind(settings.console_host, settings.console_port, what=CONSOLE)
    try:
        await require_migrated(settings)
        tuan = await build(settings, platform=settings.console_platform)
    except BaseException:
        sock.close()
        raise
    try:
        server = _server(tuan)
        loop = asyncio.get_running_loop()
        for sig in (signal.SIGINT, signal.SIGTERM):
            loop.add_signal_handler(sig, lambda: setattr(server, "should_exit", True))
        _announce(tuan, sock)
        heap.settle()  # what start-up built stays: out of the garbage collector's walks
        await server.serve(sockets=[sock])
    finally:
        sock.close()
        await tuan.aclose()
