"""Start real PostgreSQL and Redis servers for tests and benchmarks, on free loopback ports.

Each `start_*` returns `(url, stop)`; `stop()` is idempotent and removes what was made. A server that
cannot start raises `ServiceError` with the reason (and the server's log), so the fixture fails loudly
instead of skipping.
"""

from __future__ import annotations

import atexit
import contextlib
import glob
import os
import shutil
import signal
import socket
import subprocess
import sys
import tempfile
import threading
import time
from collections.abc import Callable
from pathlib import Path

PG_USER = "postgres"
STARTUP_SECONDS = 30.0


class ServiceError(RuntimeError):
    """A test server could not be started; the message says why and what to install."""


def free_port() -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def _is_root() -> bool:
    return hasattr(os, "geteuid") and os.geteuid() == 0


# -- a migrated SQLite file --------------------------------------------------------------------------
_migrated: Path | None = None  # this process's SQLite file that `tuan migrate` brought to the newest schema
_migrating = threading.Lock()


def copy_migrated_sqlite(file: Path, env: dict[str, str]) -> None:
    """Make `file` (a SQLite database not made yet) a copy of one `tuan migrate` made, as a release does
    before a runner starts. `tuan migrate` runs once per test process (with `env`, its TUAN_* ignored):
    a process start and the migrations each time cost seconds of each test's set-up for the same schema."""
    global _migrated
    with _migrating:
        if _migrated is None:
            folder = Path(tempfile.mkdtemp(prefix="tuan-migrated-"))
            atexit.register(shutil.rmtree, folder, ignore_errors=True)
            made = folder / "tuan.db"
            done = subprocess.run(
                [sys.executable, "-m", "bot", "migrate", "--database-url", f"sqlite+aiosqlite:///{made}"],
                cwd=folder,
                env={k: v for k, v in env.items() if not k.startswith("TUAN_")},
                capture_output=True,
                text=True,
                timeout=120,
            )
            if done.returncode != 0:
                raise ServiceError(f"tuan migrate failed:\n{done.stdout}{done.stderr}")
            if made.with_name("tuan.db-wal").exists():
                raise ServiceError("tuan migrate left its SQLite journal (tuan.db-wal) behind")
            _migrated = made
    shutil.copyfile(_migrated, file)


# -- PostgreSQL --------------------------------------------------------------------------------------
def postgres_bin(name: str) -> str:
    """The path of a PostgreSQL server program: Debian's /usr/lib/postgresql/N/bin first, else PATH."""
    versions = sorted(
        glob.glob("/usr/lib/postgresql/*/bin"), key=lambda p: int(Path(p).parent.name), reverse=True
    )
    for folder in versions:
        candidate = Path(folder) / name
        if candidate.exists():
            return str(candidate)
    found = shutil.which(name)
    if found is None:
        raise ServiceError(
            f"PostgreSQL's {name} was not found: install it with `bash scripts/install-system-deps.sh`"
            " (Debian package postgresql)"
        )
    return found


def _as_postgres(args: list[str]) -> list[str]:
    """PostgreSQL refuses to run as root: run its programs as the `postgres` user then."""
    return ["runuser", "-u", PG_USER, "--", *args] if _is_root() else args


def _run(args: list[str], what: str, log: Path | None = None) -> None:
    proc = subprocess.run(args, capture_output=True, text=True, timeout=120, check=False)
    if proc.returncode != 0:
        tail = log.read_text(errors="replace")[-2000:] if log and log.exists() else ""
        raise ServiceError(
            f"{what} failed ({proc.returncode}): {proc.stderr.strip()} {proc.stdout.strip()}\n{tail}"
        )


def _postgres_home(wanted: Path) -> tuple[Path, Path | None]:
    """A folder the server user can own and reach: `wanted` if possible, else a fresh one under /tmp.

    Returns (folder, folder to remove on stop)."""
    wanted.mkdir(parents=True, exist_ok=True)
    if not _is_root():
        return wanted, None
    shutil.chown(wanted, PG_USER, PG_USER)
    reachable = subprocess.run(["runuser", "-u", PG_USER, "--", "test", "-w", str(wanted)], check=False)
    if reachable.returncode == 0:
        return wanted, None
    # pytest's and tempfile's folders are mode 700 and owned by root: the server user cannot enter them.
    fallback = Path(tempfile.mkdtemp(prefix="tuan-pg-", dir="/tmp"))
    shutil.chown(fallback, PG_USER, PG_USER)
    return fallback, fallback


def start_postgres(folder: Path | str, *, durable: bool = False) -> tuple[str, Callable[[], None]]:
    """initdb + pg_ctl start in `folder` (trust auth, fsync off: test data only; `durable`: fsync,
    full_page_writes and synchronous_commit on, as in production, for benchmarks).

    Returns the `postgresql+asyncpg://postgres@127.0.0.1:PORT/postgres` URL and a `stop()`.
    """
    home, remove = _postgres_home(Path(folder))
    data, log = home / "data", home / "server.log"
    port = free_port()
    initdb, pg_ctl = postgres_bin("initdb"), postgres_bin("pg_ctl")
    try:
        _run(
            _as_postgres(
                [
                    initdb,
                    "-D",
                    str(data),
                    "-U",
                    PG_USER,
                    "-A",
                    "trust",
                    "--no-sync",
                    "-E",
                    "UTF8",
                    "--locale=C",
                ]
            ),
            "initdb",
        )
        options = f"-p {port} -h 127.0.0.1 -k {home}"
        if not durable:
            options += " -c fsync=off -c synchronous_commit=off -c full_page_writes=off"
        _run(
            _as_postgres([pg_ctl, "-D", str(data), "-o", options, "-l", str(log), "-w", "-t", "60", "start"]),
            "pg_ctl start",
            log,
        )
    except (OSError, subprocess.SubprocessError) as exc:
        if remove:
            shutil.rmtree(remove, ignore_errors=True)
        raise ServiceError(f"cannot start PostgreSQL: {exc}") from exc
    except ServiceError:
        if remove:
            shutil.rmtree(remove, ignore_errors=True)
        raise

    stopped = False

    def stop() -> None:
        nonlocal stopped
        if stopped:
            return
        stopped = True
        subprocess.run(
            _as_postgres([pg_ctl, "-D", str(data), "-m", "immediate", "-w", "stop"]),
            capture_output=True,
            timeout=60,
            check=False,
        )
        if remove:
            shutil.rmtree(remove, ignore_errors=True)

    return f"postgresql+asyncpg://{PG_USER}@127.0.0.1:{port}/postgres", stop


def database_url(server_url: str, name: str) -> str:
    """The URL of database `name` on the server of `server_url`."""
    from sqlalchemy.engine import make_url

    return make_url(server_url).set(database=name).render_as_string(hide_password=False)


async def create_database(server_url: str, name: str) -> str:
    """CREATE DATABASE `name` (dropping an old one) on the server; returns its URL."""
    import asyncpg  # type: ignore[import-untyped]
    from sqlalchemy.engine import make_url

    url = make_url(server_url)
    conn = await asyncpg.connect(
        host=url.host, port=url.port, user=url.username, password=url.password, database="postgres"
    )
    try:
        await conn.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
        await conn.execute(f'CREATE DATABASE "{name}"')
    finally:
        await conn.close()
    return database_url(server_url, name)


async def emptied(url: str) -> str:
    """The PostgreSQL database at `url`, every table emptied (TRUNCATE is much faster than a new
    database per test); its URL."""
    from storage.db import make_engine
    from storage.tables import ALL_TABLES

    engine = make_engine(url)
    try:
        async with engine.begin() as conn:
            names = ", ".join(table.name for table in ALL_TABLES)
            await conn.exec_driver_sql(f"TRUNCATE {names} RESTART IDENTITY CASCADE")
    finally:
        await engine.dispose()
    return url


# -- Redis -------------------------------------------------------------------------------------------
def start_redis(
    folder: Path | str | None = None, *, port: int | None = None
) -> tuple[str, Callable[[], None]]:
    """redis-server on `port` (default: a free one), no persistence; returns `redis://127.0.0.1:PORT/0`
    and `stop()`."""
    server = shutil.which("redis-server")
    if server is None:
        raise ServiceError(
            "redis-server was not found: install it with `bash scripts/install-system-deps.sh`"
        )
    home = Path(folder) if folder is not None else Path(tempfile.mkdtemp(prefix="tuan-redis-"))
    home.mkdir(parents=True, exist_ok=True)
    port = port or free_port()
    pidfile, log = home / "redis.pid", home / "redis.log"
    args = [
        server,
        "--port", str(port),
        "--bind", "127.0.0.1",
        "--save", "",
        "--appendonly", "no",
        "--daemonize", "yes",
        "--pidfile", str(pidfile),
        "--logfile", str(log),
        "--dir", str(home),
    ]  # fmt: skip
    _run(args, "redis-server", log)
    deadline = time.monotonic() + STARTUP_SECONDS
    while not _redis_answers(port):
        if time.monotonic() > deadline:
            tail = log.read_text(errors="replace")[-2000:] if log.exists() else ""
            raise ServiceError(
                f"redis-server did not answer on port {port} within {STARTUP_SECONDS:.0f} s\n{tail}"
            )
        time.sleep(0.05)

    stopped = False

    def stop() -> None:
        nonlocal stopped
        if stopped:
            return
        stopped = True
        with contextlib.suppress(OSError, ValueError):
            pid = int(pidfile.read_text().strip())
            os.kill(pid, signal.SIGTERM)
            for _ in range(100):
                os.kill(pid, 0)  # raises once the process is gone
                time.sleep(0.05)

    return f"redis://127.0.0.1:{port}/0", stop


def _redis_answers(port: int) -> bool:
    try:
        with socket.create_connection(("127.0.0.1", port), timeout=1) as sock:
            sock.sendall(b"PING\r\n")
            return sock.recv(64).startswith(b"+PONG")
    except OSError:
        return False
