"""`tuan admin create` and `tuan admin list`: the console's admins, from the command line."""

from __future__ import annotations

import asyncio
import io
from pathlib import Path

import pytest

from bot.__main__ import main
from bot.console.passwords import verify_password
from storage.db import make_engine
from storage.migrate import upgrade
from storage.uow import SqlUnitOfWorkFactory


@pytest.fixture
async def database(tmp_path: Path) -> str:
    url = f"sqlite+aiosqlite:///{tmp_path / 'admins.db'}"
    await upgrade(url)
    return url


def _run(monkeypatch: pytest.MonkeyPatch, argv: list[str], stdin: str = "") -> int:
    monkeypatch.setattr("sys.stdin", io.StringIO(stdin))
    return main(argv)


async def _hash_of(url: str, username: str) -> str | None:
    engine = make_engine(url)
    try:
        async with SqlUnitOfWorkFactory(engine)() as uow:
            account = await uow.console.account(username)
    finally:
        await engine.dispose()
    return None if account is None else account.password_hash


def test_create_stores_an_argon2_hash_and_list_shows_the_admin(
    database: str, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    argv = ["admin", "create", "--username", "root", "--password-stdin", "--database-url", database]
    assert _run(monkeypatch, argv, "correct horse\n") == 0
    assert capsys.readouterr().out.startswith("Admin root created: log in at /login on the console: ")
    stored = asyncio.run(_hash_of(database, "root"))
    assert stored is not None and stored.startswith("$argon2id$") and "correct horse" not in stored
    assert verify_password(stored, "correct horse")
    assert _run(monkeypatch, ["admin", "list", "--database-url", database]) == 0
    assert capsys.readouterr().out.startswith("root\tcreated ")


def test_list_without_admins_says_how_to_create_one(
    database: str, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    assert _run(monkeypatch, ["admin", "list", "--database-url", database]) == 0
    assert capsys.readouterr().out == 'No admins yet: create one with "tuan admin create --username NAME"\n'


@pytest.mark.parametrize(
    ("username", "password", "message"),
    [
        ("root", "short\n", "tuan: a password has at least 8 characters; nothing was created\n"),
        ("no spaces", "correct horse\n", "tuan: a username is 1 to 32 letters, digits, '.', '-' or '_', "
         "starting with a letter or digit; nothing was created\n"),
        ("root", " padded password \n", "tuan: a password does not start or end with spaces (a pasted line "
         "break?); nothing was created\n"),
    ],
)  # fmt: skip
def test_bad_input_is_one_line_and_creates_nothing(
    database: str,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
    username: str,
    password: str,
    message: str,
) -> None:
    argv = ["admin", "create", "--username", username, "--password-stdin", "--database-url", database]
    assert _run(monkeypatch, argv, password) == 2
    assert capsys.readouterr().err == message
    assert _run(monkeypatch, ["admin", "list", "--database-url", database]) == 0
    assert "No admins yet" in capsys.readouterr().out


def test_a_taken_username_is_refused(
    database: str, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    argv = ["admin", "create", "--username", "root", "--password-stdin", "--database-url", database]
    assert _run(monkeypatch, argv, "correct horse\n") == 0
    assert _run(monkeypatch, argv, "another horse\n") == 2
    assert capsys.readouterr().err == "tuan: there is an admin named root already; nothing was created\n"


def test_without_a_terminal_or_stdin_flag_the_password_is_not_guessed(
    database: str, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    assert _run(monkeypatch, ["admin", "create", "--username", "root", "--database-url", database]) == 2
    assert capsys.readouterr().err == (
        "tuan: no terminal to ask the password at: pipe it in with --password-stdin\n"
    )


def test_on_a_database_not_migrated_it_says_to_migrate(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    url = f"sqlite+aiosqlite:///{tmp_path / 'empty.db'}"
    argv = ["admin", "create", "--username", "root", "--password-stdin", "--database-url", url]
    assert _run(monkeypatch, argv, "correct horse\n") == 2
    assert 'run "tuan migrate" first' in capsys.readouterr().err
