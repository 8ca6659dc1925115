"""End-to-end fixtures: a real `tuan playground` process on a free loopback port, driven over HTTP; and
for every test that runs the bot against the fake Telegram Bot API, a check that Telegram would have
accepted each call it made."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from collections.abc import AsyncIterator, Iterator
from pathlib import Path
from typing import Any

import httpx
import pytest

from tests.adapters.telegram.fake_api import FakeBotAPI
from tests.services import create_database, free_port

START_TIMEOUT_SECONDS = 60.0
STOP_TIMEOUT_SECONDS = 20.0


@pytest.fixture(autouse=True)
def _bot_api_calls_telegram_accepts(request: pytest.FixtureRequest) -> Iterator[None]:
    """After the test (autouse: torn down after its fake server and bot), fail it if the bot made a call
    the real Bot API refuses (unknown method or field, missing field, wrong type, over a limit), naming
    each call's method, parameters and reason."""
    yield
    for value in (getattr(request.node, "funcargs", None) or {}).values():
        if isinstance(value, FakeBotAPI):
            value.assert_nothing_refused()


def sqlite_url(folder: Path) -> str:
    return f"sqlite+aiosqlite:///{folder / 'tuan.db'}"


def tuan_command(*args: str) -> list[str]:
    """`tuan ARGS` with this interpreter, as a user would run it from the virtualenv."""
    return [sys.executable, "-m", "bot", *args]


def clean_env(**extra: str) -> dict[str, str]:
    """The environment without the developer's own TUAN_* settings, plus `extra`."""
    env = {k: v for k, v in os.environ.items() if not k.startswith("TUAN_")}
    env.update(extra)
    return env


class Playground:
    """One `tuan playground` process: start, talk to it, stop it, start it again on the same data."""

    def __init__(self, workdir: Path, database_url: str, *flags: str, **env: str) -> None:
        self.workdir = workdir
        self.database_url = database_url
        self.flags = flags  # more of `tuan playground`'s flags, e.g. --console
        self.env = env
        self.port = free_port()
        self.base_url = f"http://127.0.0.1:{self.port}"
        self.log = workdir / "playground.log"
        self.process: subprocess.Popen[bytes] | None = None
        self.http = httpx.Client(base_url=self.base_url, timeout=30)

    def start(self, **env: str) -> Playground:
        """Start (or restart, with `env` added) and wait until it answers."""
        command = tuan_command("playground", "--port", str(self.port), "--database-url", self.database_url)
        command += self.flags
        with self.log.open("ab") as log:
            self.process = subprocess.Popen(
                command,
                cwd=self.workdir,
                env=clean_env(**{**self.env, **env}),
                stdout=log,
                stderr=subprocess.STDOUT,
            )
        deadline = time.monotonic() + START_TIMEOUT_SECONDS
        while time.monotonic() < deadline:
            if self.process.poll() is not None:
                pytest.fail(f"tuan playground exited with {self.process.returncode}:\n{self.output()}")
            try:
                if self.http.get("/api/health", timeout=1).status_code == 200:
                    return self
            except httpx.TransportError:
                pass
            time.sleep(0.1)
        self.stop()
        pytest.fail(f"tuan playground did not answer within {START_TIMEOUT_SECONDS:.0f} s:\n{self.output()}")

    def stop(self) -> int:
        """SIGTERM, as a service manager would; the exit code (0 when it shut down cleanly)."""
        if self.process is None or self.process.poll() is not None:
            return self.process.returncode if self.process else 0
        self.process.send_signal(signal.SIGTERM)
        try:
            return self.process.wait(timeout=STOP_TIMEOUT_SECONDS)
        except subprocess.TimeoutExpired:
            self.process.send_signal(signal.SIGUSR1)  # bot/diagnostics.py: what it waits on, to the log
            time.sleep(2)
            self.process.kill()
            self.process.wait()
            pytest.fail(f"tuan playground ignored SIGTERM for {STOP_TIMEOUT_SECONDS:.0f} s:\n{self.output()}")

    def output(self) -> str:
        return self.log.read_text(errors="replace")[-6000:] if self.log.exists() else ""

    # -- the JSON API, as a script would use it ---------------------------------------------------
    def say(self, chat: str, user: str, text: str, update_id: int | None = None) -> dict[str, Any]:
        body: dict[str, Any] = {"chat": chat, "user": user, "text": text}
        if update_id is not None:
            body["update_id"] = update_id
        response = self.http.post("/api/messages", json=body)
        assert response.status_code == 200, response.text
        return dict(response.json())

    def tap(
        self, chat: str, user: str, message_id: int, data: str, update_id: int | None = None
    ) -> dict[str, Any]:
        body: dict[str, Any] = {"chat": chat, "user": user, "message_id": message_id, "data": data}
        if update_id is not None:
            body["update_id"] = update_id
        response = self.http.post("/api/buttons", json=body)
        assert response.status_code == 200, response.text
        return dict(response.json())

    def messages(self, chat: str) -> list[dict[str, Any]]:
        response = self.http.get(f"/api/chats/{chat}/messages")
        assert response.status_code == 200, response.text
        return list(response.json()["messages"])

    def card(self, chat: str, group_buy_id: int) -> dict[str, Any]:
        """The live card of a group buy in a chat, as the chat shows it now."""
        cards = [m for m in self.messages(chat) if m["card_of"] == group_buy_id]
        assert cards, f"no card of group buy {group_buy_id} in {chat}: {self.messages(chat)}"
        return cards[-1]

    def advance_clock(self, seconds: float) -> None:
        response = self.http.post("/api/clock", json={"advance_seconds": seconds})
        assert response.status_code == 200, response.text


@pytest.fixture(scope="module")
def playground(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Playground]:
    """One playground process for a test module, on its own SQLite file."""
    workdir = tmp_path_factory.mktemp("playground")
    running = Playground(workdir, sqlite_url(workdir)).start()
    yield running
    running.stop()
    running.http.close()


@pytest.fixture
def fresh_playground(tmp_path: Path) -> Iterator[Playground]:
    """A playground of its own, for a test that moves its clock or restarts it."""
    running = Playground(tmp_path, sqlite_url(tmp_path)).start()
    yield running
    running.stop()
    running.http.close()


@pytest.fixture
async def postgres_playground(postgres_url: str, tmp_path: Path) -> AsyncIterator[Playground]:
    """A playground on a fresh database of the run's PostgreSQL server."""
    database = await create_database(postgres_url, "tuan_playground_e2e")
    running = Playground(tmp_path, database).start()
    yield running
    running.stop()
    running.http.close()
