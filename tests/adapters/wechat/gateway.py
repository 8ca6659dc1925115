"""Drive the WeChat test gateway (`wechat-gateway/gateway.js`) and a real `tuan run wechat` against it.

The gateway is a real wechaty puppet service (wechaty-puppet-service from npm) serving a mock puppet on
loopback; its dependencies come from `npm install` (pinned by package-lock.json) on first use. Without
Node or npm the test fails (it never skips): `make test` installs them (scripts/install-system-deps.sh).
"""

from __future__ import annotations

import base64
import json
import os
import shutil
import signal
import subprocess
import sys
import time
from pathlib import Path
from typing import Any

import httpx
import pytest

from tests.services import copy_migrated_sqlite, free_port

GATEWAY_DIR = Path(__file__).resolve().parents[3] / "wechat-gateway"
START_SECONDS = 90.0  # generous: a loaded 2-core machine imports python-wechaty slowly
NPM_SECONDS = 300.0
WAIT_SECONDS = 60.0  # for one answer; polled, so a fast machine never waits this long


def _need(tool: str) -> str:
    path = shutil.which(tool)
    if path is None:
        pytest.fail(
            f"{tool} is missing: the WeChat gateway test needs Node.js and npm "
            "(apt-get install nodejs npm, or `make test`)",
            pytrace=False,
        )
    return path


def ensure_gateway_installed() -> None:
    """`npm install` in wechat-gateway/ when node_modules is missing (the lock file pins every version).

    Not `npm ci`: npm 11 rejects this lock file in `ci` because of other platforms' optional @swc packages.
    """
    node, npm = _need("node"), _need("npm")
    del node
    if (GATEWAY_DIR / "node_modules" / "wechaty-puppet-service").is_dir():
        return
    done = subprocess.run(
        [npm, "install", "--no-audit", "--no-fund"],
        cwd=GATEWAY_DIR,
        capture_output=True,
        text=True,
        timeout=NPM_SECONDS,
        check=False,
    )
    if done.returncode != 0:
        pytest.fail(
            f"npm install in {GATEWAY_DIR} failed:\n{done.stdout[-3000:]}\n{done.stderr[-3000:]}",
            pytrace=False,
        )


class Gateway:
    """One gateway process: members speak through it, and its transcript is what the room saw."""

    def __init__(self, workdir: Path, token: str = "insecure_tuan_e2e") -> None:
        self.workdir = workdir
        self.token = token
        self.port = free_port()
        self.endpoint = f"127.0.0.1:{self.port}"
        self.log = workdir / "gateway.log"
        self.process: subprocess.Popen[bytes] | None = None
        self.http: httpx.Client | None = None
        self.world: dict[str, Any] = {}

    def start(self) -> Gateway:
        ensure_gateway_installed()
        command = [_need("node"), "gateway.js", "--port", str(self.port), "--token", self.token]
        with self.log.open("ab") as log:
            self.process = subprocess.Popen(command, cwd=GATEWAY_DIR, stdout=log, stderr=subprocess.STDOUT)
        deadline = time.monotonic() + START_SECONDS
        while time.monotonic() < deadline:
            ready = self._ready_line()
            if ready is not None:
                self.world = ready["world"]
                self.http = httpx.Client(base_url=ready["control"], timeout=WAIT_SECONDS + 10)
                return self
            if self.process.poll() is not None:
                pytest.fail(f"the WeChat gateway exited with {self.process.returncode}:\n{self.output()}")
            time.sleep(0.1)
        self.stop()
        pytest.fail(f"the WeChat gateway was not ready within {START_SECONDS:.0f} s:\n{self.output()}")

    def _ready_line(self) -> dict[str, Any] | None:
        for line in self.output().splitlines():
            if line.startswith("{") and '"event":"ready"' in line:
                return dict(json.loads(line))
        return None

    def output(self) -> str:
        return self.log.read_text(errors="replace")[-8000:] if self.log.exists() else ""

    def stop(self) -> None:
        if self.http is not None:
            self.http.close()
        if self.process is not None and self.process.poll() is None:
            self.process.send_signal(signal.SIGTERM)
            try:
                self.process.wait(timeout=10)
            except subprocess.TimeoutExpired:
                self.process.kill()
                self.process.wait()

    # -- the control API ------------------------------------------------------------------------------
    @property
    def room(self) -> str:
        return str(self.world["room"]["id"])

    @property
    def bot(self) -> str:
        return str(self.world["bot"]["id"])

    def member(self, name: str) -> str:
        """A member's contact id by the name the room knows them by."""
        for member in self.world["members"]:
            if name in (member["name"], member.get("alias")):
                return str(member["id"])
        raise KeyError(name)

    def say(
        self, member: str, text: str, *, mentions: tuple[str, ...] = (), private: bool = False
    ) -> dict[str, Any]:
        """`member` (a name) says `text` in the room (or privately to the bot); the transcript entry."""
        assert self.http is not None
        body = {
            "from": self.member(member),
            "text": text,
            "mentions": [self.member(m) for m in mentions],
            "to": self.bot if private else self.room,
        }
        response = self.http.post("/say", json=body)
        assert response.status_code == 200, response.text
        return dict(response.json())

    def send_image(self, member: str, content: bytes, *, name: str = "photo.jpg") -> dict[str, Any]:
        """`member` (a name) sends a photo to the room; the transcript entry (its `id`: the message's)."""
        assert self.http is not None
        body = {"from": self.member(member), "base64": base64.b64encode(content).decode(), "name": name}
        response = self.http.post("/image", json=body)
        assert response.status_code == 200, response.text
        return dict(response.json())

    def redeliver(self, message_id: str) -> None:
        assert self.http is not None
        response = self.http.post("/redeliver", json={"id": message_id})
        assert response.status_code == 200, response.text

    def transcript(self, after: int = 0, *, wait: float = 0, bot_only: bool = False) -> list[dict[str, Any]]:
        assert self.http is not None
        params = {"after": after, "wait": int(wait * 1000), "bot": "1" if bot_only else "0"}
        response = self.http.get("/transcript", params=params)
        assert response.status_code == 200, response.text
        return list(response.json()["messages"])

    def bot_messages_after(
        self, seq: int, count: int = 1, timeout: float = WAIT_SECONDS
    ) -> list[dict[str, Any]]:
        """Wait until the bot has sent `count` messages after entry `seq`; those messages."""
        deadline = time.monotonic() + timeout
        while True:
            sent = self.transcript(seq, bot_only=True)
            left = deadline - time.monotonic()
            if len(sent) >= count or left <= 0:
                return sent
            last = sent[-1]["seq"] if sent else seq
            self.transcript(last, wait=min(left, 5), bot_only=True)


class TuanWeChat:
    """A real `tuan run wechat` process connected to a gateway, on its own SQLite file; `start()` migrates
    it first, as a release does (the runner refuses an unmigrated database): a file not made yet is a copy
    of one `tuan migrate` made (tests.services.copy_migrated_sqlite), one made already is migrated by
    `tuan migrate`."""

    def __init__(self, workdir: Path, gateway: Gateway, **env: str) -> None:
        self.workdir = workdir
        self.gateway = gateway
        self.log = workdir / "tuan-wechat.log"
        self.env = {
            **{k: v for k, v in os.environ.items() if not k.startswith("TUAN_")},
            "TUAN_DATABASE_URL": f"sqlite+aiosqlite:///{workdir / 'tuan.db'}",
            "TUAN_WECHATY_ENDPOINT": gateway.endpoint,
            "TUAN_WECHATY_TOKEN": gateway.token,
            "TUAN_WECHAT_QUIET_HOURS": "off",
            **env,
        }
        self.process: subprocess.Popen[bytes] | None = None

    def start(self, *, wait_until_serving: bool = True) -> TuanWeChat:
        database = self.workdir / "tuan.db"
        if self.env["TUAN_DATABASE_URL"] == f"sqlite+aiosqlite:///{database}" and not database.exists():
            copy_migrated_sqlite(database, self.env)  # what `tuan migrate` makes, made once per test process
        else:
            migrated = subprocess.run(
                [sys.executable, "-m", "bot", "migrate"],
                cwd=self.workdir,
                env=self.env,
                capture_output=True,
                text=True,
                timeout=START_SECONDS,
            )
            assert migrated.returncode == 0, migrated.stdout + migrated.stderr
        with self.log.open("ab") as log:
            self.process = subprocess.Popen(
                [sys.executable, "-m", "bot", "run", "wechat"],
                cwd=self.workdir,
                env=self.env,
                stdout=log,
                stderr=subprocess.STDOUT,
            )
        if not wait_until_serving:
            return self
        deadline = time.monotonic() + START_SECONDS
        while time.monotonic() < deadline:
            if "serving WeChat through" in self.output():
                return self
            if self.process.poll() is not None:
                pytest.fail(f"tuan run wechat exited with {self.process.returncode}:\n{self.output()}")
            time.sleep(0.1)
        self.stop()
        pytest.fail(f"tuan run wechat did not log in within {START_SECONDS:.0f} s:\n{self.output()}")

    def wait(self, timeout: float = START_SECONDS) -> int:
        assert self.process is not None
        return self.process.wait(timeout=timeout)

    def stop(self) -> int:
        if self.process is None or self.process.poll() is not None:
            return self.process.returncode if self.process else 0
        self.process.send_signal(signal.SIGTERM)
        try:
            return self.process.wait(timeout=START_SECONDS)
        except subprocess.TimeoutExpired:
            self.process.send_signal(signal.SIGUSR1)  # bot/diagnostics.py: what it waits on, to the log
            time.sleep(2)
            self.process.kill()
            self.process.wait()
            pytest.fail(f"tuan run wechat ignored SIGTERM:\n{self.output()}")

    def output(self) -> str:
        return self.log.read_text(errors="replace")[-8000:] if self.log.exists() else ""
