"""`tuan run telegram --webhook URL --workers N`: N worker processes behind one webhook.

The parent checks what every worker would (token, database, schema), tells Telegram the webhook once,
then starts N copies of `tuan run telegram --webhook URL` that share the port (SO_REUSEPORT), the database
and Redis, and the same webhook secret. It restarts a worker that dies (Telegram resends what it was
handling), and stops all of them on Ctrl+C/SIGTERM, each draining its outbox as a single process does.
Before anything, the parent checks the port is free and Redis answers (one line, exit code 2, and
Telegram is not told a webhook no worker will serve); a worker that exits with code 2 (it cannot start
as configured) stops them all; workers die with the parent (PR_SET_PDEATHSIG). It refuses what cannot
work: several workers on SQLite (one process's database), several workers on long polling (Telegram
serves one `getUpdates` per bot), and the console inside a worker.
"""

from __future__ import annotations

import asyncio
import contextlib
import ctypes
import ctypes.util
import logging
import os
import signal
import socket
import sys
import time
from dataclasses import dataclass, field

from bot.bootstrap import CannotStart
from bot.listening import cannot_listen
from bot.settings import Settings
from bot.waits import until_set, within

log = logging.getLogger(__name__)

EXIT_CANNOT_START = 2  # what `tuan` exits with when it cannot start as configured (bot/__main__.py)
PR_SET_PDEATHSIG = 1
STOP_GRACE_SECONDS = 30.0  # a worker's outbox drain (15 s) and its close, then SIGKILL
FAST_EXIT_SECONDS = 10.0  # a worker that dies this soon after starting did not start
FAST_EXITS_ALLOWED = 3  # in a row, for one worker: then the parent stops (its message says why)
RESTART_BACKOFF_SECONDS = (0.5, 1.0, 2.0, 5.0)


def check_workers(settings: Settings, *, workers: int, webhook_url: str | None) -> None:
    """One line saying why `--workers N` cannot run as asked, or nothing."""
    if workers < 1:
        raise CannotStart(f"--workers must be at least 1, not {workers}")
    if workers == 1:
        return
    if webhook_url is None:
        raise CannotStart(
            f"--workers {workers} needs --webhook: Telegram serves long polling to one process per bot"
        )
    if settings.database_url.startswith("sqlite"):
        raise CannotStart(
            f"--workers {workers} needs PostgreSQL: SQLite is one process's database "
            "(set TUAN_DATABASE_URL=postgresql+asyncpg://..., and TUAN_REDIS_URL for shared limits)"
        )
    if settings.console_beside:
        raise CannotStart(
            "--console serves one console in one process: with --workers run `tuan console` beside them"
        )


def worker_environment(settings: Settings, *, secret: str) -> dict[str, str]:
    """What every worker must agree on, whatever flags the parent was given."""
    env = dict(os.environ)
    env.update(
        TUAN_DATABASE_URL=settings.database_url,
        TUAN_HOST=settings.host,
        TUAN_PORT=str(settings.port),
        TUAN_TELEGRAM_WEBHOOK_SECRET=secret,
    )
    return env


@dataclass
class Worker:
    index: int
    process: asyncio.subprocess.Process | None = None
    started_at: float = 0.0
    fast_exits: int = 0
    restarts: int = field(default=0)


def check_port_free(host: str, port: int) -> None:
    """Refuse a port something already listens on (another Tuan's workers included: they share it with
    SO_REUSEPORT, so only a bind without it notices them)."""
    family = socket.AF_INET6 if ":" in host else socket.AF_INET
    with socket.socket(family, socket.SOCK_STREAM) as probe:
        try:
            probe.bind((host, port))
        except OSError as exc:
            raise CannotStart(cannot_listen(host, port, exc)) from exc


async def check_shared_state(settings: Settings) -> None:
    """Redis as each worker will open it: one line now rather than N workers failing one by one. Without
    it, a warning naming what stays per worker (what a worker learns of a group goes through the
    database instead: bot/telegram/run.py `group_values`)."""
    from storage.state import StateUnavailable, open_state

    if settings.redis_url is None or not settings.redis_url.strip():
        log.warning(
            "TUAN_REDIS_URL is not set: with several workers, chat locks, Telegram's limits and caches are "
            "kept per worker (the database keeps every change exact); a chat's /lang, a card's taps counted, "
            "what a worker learns of a group (the bot removed from it, its upgrade to a supergroup) and the "
            "questions a member answers by a bare reply (which group buy, which option, the join hint) are "
            "shared through the database; set it to share them all"
        )
        return
    try:
        state = await open_state(settings.redis_url, retry_seconds=settings.redis_retry_seconds)
    except StateUnavailable as exc:
        raise CannotStart(str(exc)) from exc
    await state.aclose()


def _die_with_parent() -> None:
    """In the child, before exec: SIGTERM when the parent dies, so no orphan keeps serving the port."""
    libc = ctypes.CDLL(ctypes.util.find_library("c") or "libc.so.6", use_errno=True)
    libc.prctl(PR_SET_PDEATHSIG, signal.SIGTERM)


def _status(code: int) -> str:
    if code < 0:
        return f"killed by {signal.Signals(-code).name}"
    return f"exit status {code}"


async def supervise(settings: Settings, *, webhook_url: str, workers: int) -> int:
    """Check what the workers need, register the webhook once, run `workers` workers until a stop signal;
    the exit status."""
    from bot.telegram.run import prepare_webhook

    check_port_free(settings.host, settings.port)
    await check_shared_state(settings)
    secret = await prepare_webhook(settings, webhook_url)
    command = [sys.executable, "-m", "bot", "run", "telegram", "--webhook", webhook_url, "--worker"]
    env = worker_environment(settings, secret=secret)
    pool = [Worker(i) for i in range(workers)]
    stop = asyncio.Event()
    loop = asyncio.get_running_loop()
    for sig in (signal.SIGINT, signal.SIGTERM):
        loop.add_signal_handler(sig, stop.set)
    print(f"Tuan is starting {workers} Telegram workers on {webhook_url}; Ctrl+C stops them", flush=True)
    try:
        watchers = [asyncio.create_task(_keep_running(w, command, env, stop)) for w in pool]
        done = await asyncio.gather(*watchers)
        return 0 if all(done) else EXIT_CANNOT_START
    finally:
        for sig in (signal.SIGINT, signal.SIGTERM):
            loop.remove_signal_handler(sig)
        await asyncio.gather(*(_stop(w) for w in pool))


async def _keep_running(worker: Worker, command: list[str], env: dict[str, str], stop: asyncio.Event) -> bool:
    """Run one worker until `stop`, restarting it when it dies; False if it keeps failing to start."""
    while not stop.is_set():
        worker.started_at = time.monotonic()
        worker.process = await asyncio.create_subprocess_exec(*command, env=env, preexec_fn=_die_with_parent)
        exited = asyncio.create_task(worker.process.wait())
        stopping = asyncio.create_task(stop.wait())
        await asyncio.wait({exited, stopping}, return_when=asyncio.FIRST_COMPLETED)
        stopping.cancel()
        if stop.is_set():
            exited.cancel()
            return True
        code = exited.result()
        lived = time.monotonic() - worker.started_at
        worker.fast_exits = worker.fast_exits + 1 if lived < FAST_EXIT_SECONDS else 0
        if code == EXIT_CANNOT_START or worker.fast_exits >= FAST_EXITS_ALLOWED:
            # its one line above says why; starting it again would not change that
            print(
                f"worker {worker.index + 1} could not start ({_status(code)}); stopping them all", flush=True
            )
            stop.set()
            return False
        worker.restarts += 1
        delay = RESTART_BACKOFF_SECONDS[min(worker.restarts - 1, len(RESTART_BACKOFF_SECONDS) - 1)]
        print(f"worker {worker.index + 1} stopped ({_status(code)}); starting it again", flush=True)
        await until_set(stop, delay)
    return True


async def _stop(worker: Worker) -> None:
    process = worker.process
    if process is None or process.returncode is not None:
        return
    with contextlib.suppress(ProcessLookupError):
        process.send_signal(signal.SIGTERM)
    try:
        await within(process.wait(), STOP_GRACE_SECONDS)
    except TimeoutError:
        with contextlib.suppress(ProcessLookupError):
            process.kill()
        await process.wait()
