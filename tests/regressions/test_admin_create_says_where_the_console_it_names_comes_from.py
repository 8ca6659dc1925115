"""s31's closing note: `tuan admin create` printed `log in at http://127.0.0.1:8081/login` whenever
TUAN_CONSOLE_PORT was not set in that shell, though the console may run elsewhere (`tuan console --port
9000`, the compose file's own settings): a line that looked certain and could be false. The console's
address is resolved in the console's own process (its --host/--port, else TUAN_CONSOLE_HOST/PORT, else
127.0.0.1:8081), so the line now says which settings it read: TUAN_CONSOLE_URL, the host and port set
in this shell, or that it is the default address and where else to look."""

from __future__ import annotations

import io
from pathlib import Path

import pytest

from bot.__main__ import main
from storage.migrate import upgrade


@pytest.fixture
async def database(tmp_path: Path) -> str:
    url = f"sqlite+aiosqlite:///{tmp_path / 'admins.db'}"
    await upgrade(url)
    return url


def created(monkeypatch: pytest.MonkeyPatch, database: str, username: str) -> None:
    monkeypatch.setattr("sys.stdin", io.StringIO("correct horse\n"))
    argv = ["admin", "create", "--username", username, "--password-stdin", "--database-url", database]
    assert main(argv) == 0


@pytest.fixture(autouse=True)
def bare_shell(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    for name in ("TUAN_CONSOLE_HOST", "TUAN_CONSOLE_PORT", "TUAN_CONSOLE_URL"):
        monkeypatch.delenv(name, raising=False)
    monkeypatch.chdir(tmp_path)  # no .env


def test_unset_it_says_the_default_address_is_one_and_where_else_to_look(
    database: str, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    created(monkeypatch, database, "root")
    assert capsys.readouterr().out == (
        "Admin root created: log in at /login on the console: http://127.0.0.1:8081/login if it runs on "
        "the default address (TUAN_CONSOLE_HOST and TUAN_CONSOLE_PORT are not set here; one started with "
        "--port or other settings is at its own)\n"
    )


def test_a_port_set_in_the_shell_is_the_one_printed_and_named(
    database: str, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setenv("TUAN_CONSOLE_PORT", "9000")
    created(monkeypatch, database, "root")
    assert capsys.readouterr().out == (
        "Admin root created: log in at http://127.0.0.1:9000/login (as set here: TUAN_CONSOLE_PORT=9000; "
        "a console started with --host/--port is there)\n"
    )


def test_the_public_url_is_printed_as_it_is(
    database: str, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setenv("TUAN_CONSOLE_URL", "https://console.example.com/")
    created(monkeypatch, database, "root")
    assert capsys.readouterr().out == (
        "Admin root created: log in at https://console.example.com/login (TUAN_CONSOLE_URL)\n"
    )
