"""What the fault tests of `tuan run telegram --webhook` share (tests/e2e/test_telegram_faults_*.py):
a bot process on a webhook that can be killed and started again on the same database and port, the
fake Bot API's view of what users saw, and SQL straight to the PostgreSQL database (to stall a
transaction at a chosen point, and to read what was recorded)."""

from __future__ import annotations

import asyncio
import time
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from pathlib import Path
from typing import Any

import asyncpg
from sqlalchemy.engine import make_url

from tests.adapters.telegram.fake_api import FakeBotAPI, User
from tests.adapters.telegram.process import TuanTelegram
from tests.services import free_port

STALL_TABLE = "fault_stall"
LEASES_LAPSED = 90
QUIET_SECONDS = 3.5  # longer than a group's slot (one send every 3 s: bot/telegram/outbox.py)


class WebhookBot:
    """`tuan run telegram --webhook` on one database and one port, started as often as a test likes
    (each run in a folder of its own, so each has its own log)."""

    def __init__(self, tmp_path: Path, api: FakeBotAPI, database_url: str) -> None:
        self.tmp_path = tmp_path
        self.api = api
        self.database_url = database_url
        self.port = free_port()
        self.url = f"http://127.0.0.1:{self.port}/telegram/hook"
        self.runs: list[TuanTelegram] = []

    @property
    def current(self) -> TuanTelegram:
        return self.runs[-1]

    async def start(self, **env: str) -> TuanTelegram:
        workdir = self.tmp_path / f"run{len(self.runs) + 1}"
        workdir.mkdir()
        run = TuanTelegram(workdir, self.api, "--webhook", self.url, "--port", str(self.port), **env)
        run.database_url = self.database_url
        self.runs.append(run)
        await run.start(wait_until_polling=False, migrate=len(self.runs) == 1)

        def serving() -> bool:
            assert run.process is not None
            return "Tuan is serving Telegram" in run.output() or run.process.returncode is not None

        await self.api.wait_for(serving, within=60)
        assert run.process is not None and run.process.returncode is None, run.output()
        return run

    async def kill(self) -> None:
        """SIGKILL: no drain, no goodbye, nothing answered."""
        process = self.current.process
        assert process is not None
        process.kill()
        await process.wait()

    async def restart(self, after_seconds: int = LEASES_LAPSED) -> TuanTelegram:
        """Start again after a kill, `after_seconds` later by Tuan's clock: a dead worker keeps the
        outbox leases of the chats it had messages in flight for 60 s (bot/outbox_relay.py), so a
        restart a minute and a half later sends them at once instead of a minute later."""
        return await self.start(TUAN_CLOCK_OFFSET_SECONDS=str(after_seconds))

    async def stop(self) -> None:
        """SIGTERM: the bot stops taking updates and sends what its outbox holds before it exits."""
        assert await self.current.stop() == 0, self.output()
        assert "messages still queued" not in self.current.output(), self.output()

    def output(self) -> str:
        return "\n".join(f"--- run {i + 1}\n{run.output()}" for i, run in enumerate(self.runs))


@asynccontextmanager
async def database(url: str) -> AsyncIterator[asyncpg.Connection]:
    """A plain connection to the bot's PostgreSQL database (the test's own, beside the bot's)."""
    parts = make_url(url)
    conn = await asyncpg.connect(
        host=parts.host,
        port=parts.port,
        user=parts.username,
        password=parts.password,
        database=parts.database,
    )
    try:
        yield conn
    finally:
        await conn.close()


async def install_stall(conn: asyncpg.Connection, table: str, *, when: str, at_commit: bool = False) -> None:
    """A trigger that holds the transaction writing `table` while the flag table has a row: before an
    UPDATE of a row matching `when`, or (`at_commit`) in the COMMIT of a transaction that inserted
    one (a deferred constraint trigger: the server has the COMMIT and finishes it even when its
    client is gone). It sleeps in short naps, each reading the flag anew, so clearing the flag lets
    a stalled transaction go on (capped at 30 s, so nothing hangs forever)."""
    await conn.execute(f"CREATE TABLE IF NOT EXISTS {STALL_TABLE} (on_ boolean)")
    await conn.execute(
        f"""
        CREATE OR REPLACE FUNCTION fault_stall() RETURNS trigger LANGUAGE plpgsql AS $$
        DECLARE
            waited integer := 0;
        BEGIN
            WHILE EXISTS (SELECT 1 FROM {STALL_TABLE}) AND waited < 600 LOOP
                PERFORM pg_sleep(0.05);
                waited := waited + 1;
            END LOOP;
            RETURN NEW;
        END $$
        """
    )
    kind = (
        "CONSTRAINT TRIGGER fault_stall AFTER INSERT ON {table} DEFERRABLE INITIALLY DEFERRED"
        if at_commit
        else "TRIGGER fault_stall BEFORE UPDATE ON {table}"
    ).format(table=table)
    await conn.execute(f"CREATE {kind} FOR EACH ROW WHEN ({when}) EXECUTE FUNCTION fault_stall()")
    await conn.execute(f"INSERT INTO {STALL_TABLE} VALUES (true)")


async def release_stall(conn: asyncpg.Connection) -> None:
    """A stalled transaction goes on (and so does any later one)."""
    await conn.execute(f"DELETE FROM {STALL_TABLE}")


async def remove_stall(conn: asyncpg.Connection, table: str) -> None:
    await release_stall(conn)
    await conn.execute(f"DROP TRIGGER IF EXISTS fault_stall ON {table}")


async def stalled_backend(conn: asyncpg.Connection, within: float = 30.0) -> int:
    """The pid of the bot's backend sleeping in the stall (once it is there)."""
    query = (
        "SELECT pid FROM pg_stat_activity WHERE datname = current_database() "
        "AND wait_event = 'PgSleep' AND pid <> pg_backend_pid()"
    )
    return int(await _until(lambda: conn.fetchval(query), within))


async def backend_gone(conn: asyncpg.Connection, pid: int, within: float = 30.0) -> None:
    """Until PostgreSQL ended the backend of a killed process (its transaction rolled back)."""
    query = "SELECT count(*) = 0 FROM pg_stat_activity WHERE pid = $1"
    await _until(lambda: conn.fetchval(query, pid), within)


async def _until(read: Any, within: float) -> Any:
    deadline = time.monotonic() + within
    while True:
        value = await read()
        if value:
            return value
        if time.monotonic() > deadline:
            raise AssertionError(f"nothing came within {within:.0f} s")
        await asyncio.sleep(0.05)


def buttons(api: FakeBotAPI, chat: int, prefix: str) -> list[tuple[int, str]]:
    """(message id, callback data) of each button in `chat` whose data starts with `prefix`."""
    found = []
    for message in api.messages[chat].values():
        for row in (message.reply_markup or {}).get("inline_keyboard", []):
            for button in row:
                data = str(button.get("callback_data", ""))
                if data.startswith(prefix):
                    found.append((message.message_id, data))
    return found


def sent_texts(api: FakeBotAPI, chat: int) -> list[str]:
    """Every message Telegram accepted for `chat`, in order (edits of a card are not new messages)."""
    return [str(call.params.get("text", "")) for call in api.sent("sendMessage", chat)]


async def quiet(api: FakeBotAPI, seconds: float = QUIET_SECONDS) -> None:
    """Until the bot made no call for `seconds` (so whatever it was going to send has been sent)."""
    last = len(api.calls)
    while True:
        await asyncio.sleep(seconds)
        if len(api.calls) == last:
            return
        last = len(api.calls)


def people(*names: str, start: int = 4001) -> tuple[User, ...]:
    return tuple(User(start + i, name, language_code="en") for i, name in enumerate(names))
