"""A real `tuan run telegram` process against the fake Bot API server (tests and the benchmark).

The fake server runs in the caller's event loop, so the process is started with asyncio's subprocess
API and everything here is awaited, never blocking the loop the server needs.
"""

from __future__ import annotations

import asyncio
import os
import signal
import sys
from pathlib import Path

from sqlalchemy.engine import make_url

from storage.migrate import upgrade
from tests.adapters.telegram.fake_api import FakeBotAPI
from tests.services import copy_migrated_sqlite

START_TIMEOUT_SECONDS = 60.0
STOP_TIMEOUT_SECONDS = 30.0


def tuan_env(api: FakeBotAPI, **extra: str) -> dict[str, str]:
    """The environment without the developer's own TUAN_* settings, pointed at the fake server."""
    env = {k: v for k, v in os.environ.items() if not k.startswith("TUAN_")}
    env.update(TUAN_TELEGRAM_TOKEN=api.token, TUAN_TELEGRAM_API_URL=api.base_url, TUAN_LANGUAGE="en")
    env.update(extra)
    return env


def _not_made_yet(file: str | None) -> bool:
    return bool(file) and not Path(str(file)).exists()


class TuanTelegram:
    """One `tuan run telegram` process on its own SQLite file; `start()` migrates it first, as a release
    does (the runner refuses an unmigrated database)."""

    def __init__(self, workdir: Path, api: FakeBotAPI, *args: str, **env: str) -> None:
        self.workdir = workdir
        self.api = api
        self.args = args
        self.env = tuan_env(api, **env)
        self.database_url = f"sqlite+aiosqlite:///{workdir / 'tuan.db'}"
        self.log = workdir / "tuan-telegram.log"
        self.process: asyncio.subprocess.Process | None = None

    async def run(self, *args: str, within: float = START_TIMEOUT_SECONDS) -> tuple[int, str]:
        """Run `tuan ARGS` to its end: (exit code, stdout and stderr)."""
        process = await asyncio.create_subprocess_exec(
            sys.executable,
            "-m",
            "bot",
            *args,
            cwd=self.workdir,
            env=self.env,
            stdout=asyncio.subprocess.PIPE,
            stderr=asyncio.subprocess.STDOUT,
        )
        output, _ = await asyncio.wait_for(process.communicate(), within)
        assert process.returncode is not None
        return process.returncode, output.decode(errors="replace")

    async def start(self, *, wait_until_polling: bool = True, migrate: bool = True) -> TuanTelegram:
        """`migrate=False`: the database was migrated by an earlier start (a restart saves the wait)."""
        if migrate:
            await self.migrate()
        polled = len(self.api.sent("getUpdates"))  # a process before this one (a restart) polled too
        with self.log.open("ab") as log:
            self.process = await asyncio.create_subprocess_exec(
                sys.executable,
                "-m",
                "bot",
                "run",
                "telegram",
                "--database-url",
                self.database_url,
                *self.args,
                cwd=self.workdir,
                env=self.env,
                stdout=log,
                stderr=asyncio.subprocess.STDOUT,
            )
        if wait_until_polling:
            await self.wait_for_polling(after=polled)
        return self

    async def migrate(self) -> None:
        """Bring the database to the newest schema: a SQLite file not made yet is a copy of one `tuan
        migrate` made (tests.services.copy_migrated_sqlite); one that exists (an older schema) is brought
        up by `tuan migrate`; a PostgreSQL database by the same migrations run here, without a process
        start (storage.migrate.upgrade). The runner then checks and serves the same schema either way."""
        url = make_url(self.database_url)
        if url.get_backend_name() != "sqlite":
            await upgrade(self.database_url)
        elif _not_made_yet(url.database):
            await asyncio.to_thread(copy_migrated_sqlite, Path(str(url.database)), self.env)
        else:
            code, output = await self.run("migrate", "--database-url", self.database_url)
            assert code == 0, output

    async def wait_for_polling(self, *, after: int = 0) -> None:
        """Until this process asks for updates (a getUpdates call beyond the first `after`)."""

        async def exited() -> None:
            assert self.process is not None
            await self.process.wait()

        watcher = asyncio.create_task(exited())
        try:
            await self.api.wait_for(
                lambda: watcher.done() or len(self.api.sent("getUpdates")) > after,
                within=START_TIMEOUT_SECONDS,
            )
        finally:
            watcher.cancel()
        assert self.process is not None
        if self.process.returncode is not None:
            raise AssertionError(f"tuan run telegram exited with {self.process.returncode}:\n{self.output()}")

    async def stop(self, within: float = STOP_TIMEOUT_SECONDS) -> int:
        """SIGTERM, as a service manager would; the exit code (0 when it shut down cleanly). `within`: how
        long it may take (its relay and outbox drain up to 15 s each, at Telegram's pace)."""
        if self.process is None:
            return 0
        if self.process.returncode is None:
            self.process.send_signal(signal.SIGTERM)
            try:
                await asyncio.wait_for(self.process.wait(), within)
            except TimeoutError:
                self.process.send_signal(signal.SIGUSR1)  # bot/diagnostics.py: what it waits on, to the log
                await asyncio.sleep(2)
                self.process.kill()
                await self.process.wait()
                raise AssertionError(f"tuan ignored SIGTERM:\n{self.output()}") from None
        assert self.process.returncode is not None
        return self.process.returncode

    def output(self) -> str:
        return self.log.read_text(errors="replace")[-8000:] if self.log.exists() else ""
