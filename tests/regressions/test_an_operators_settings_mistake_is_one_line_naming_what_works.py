"""An operator's mistake in a setting got a traceback (`TUAN_DATABASE_URL` with a port that is not a number),
a misleading line (`?sslmode=require`: "cannot reach database", though it was never contacted; `mysql://`:
"No module named 'MySQLdb'"), pydantic's jargon (`TUAN_PAY_WITHIN=forever`: "invalid character in hour"),
or nothing until a group buy failed in chat (`TUAN_CURRENCY=XYZ`); `--webhook --port 0` registered a webhook
no one listened behind. Each is now refused at start-up in one line naming what works, exit code 2."""

from __future__ import annotations

import asyncio
from pathlib import Path

import pytest

from bot.__main__ import main
from storage.db import async_url
from tests.services import create_database


@pytest.fixture
def operator(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> pytest.MonkeyPatch:
    """A clean environment (no TUAN_* of the developer's, no .env) in an empty folder."""
    import os

    for name in [n for n in os.environ if n.startswith("TUAN_")]:
        monkeypatch.delenv(name)
    monkeypatch.chdir(tmp_path)
    return monkeypatch


def said(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str]:
    code = main(list(argv))
    return code, capsys.readouterr().err


SUPPORTED = "SQLite (sqlite+aiosqlite:///./var/tuan.db) or PostgreSQL (postgresql+asyncpg://user:pw@host/db)"


@pytest.mark.parametrize(
    ("url", "line"),
    [
        (
            "postgresql+asyncpg://postgres:secret@127.0.0.1:notaport/postgres",
            "tuan: not a database URL: 'postgresql+asyncpg://postgres:***@127.0.0.1:notaport/postgres' "
            f"(expected {SUPPORTED})\n",
        ),
        (
            "postgresql+asyncpg://postgres@[::1/postgres",
            "tuan: not a database URL: 'postgresql+asyncpg://postgres@[::1/postgres' "
            f"(expected {SUPPORTED})\n",
        ),
        (
            "mysql://u:secret@db/tuan",
            f"tuan: unsupported database mysql://u:***@db/tuan: Tuan runs on {SUPPORTED}\n",
        ),
        (
            "postgresql+psycopg://u@db/tuan",
            f"tuan: unsupported database postgresql+psycopg://u@db/tuan: Tuan runs on {SUPPORTED}\n",
        ),
        (
            "postgresql://u@db/tuan?sslmode=sure",
            "tuan: the database URL's sslmode must be disable, allow, prefer, require, verify-ca or "
            "verify-full, not 'sure'\n",
        ),
    ],
)
@pytest.mark.parametrize(
    "argv",
    [("migrate",), ("run", "telegram"), ("playground",), ("console",)],
)
def test_a_database_url_tuan_cannot_use_is_one_line(
    operator: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
    url: str,
    line: str,
    argv: tuple[str, ...],
) -> None:
    operator.setenv("TUAN_DATABASE_URL", url)
    assert said(capsys, *argv) == (2, line)
    operator.delenv("TUAN_DATABASE_URL")
    assert said(capsys, *argv, "--database-url", url) == (2, line)


def test_libpqs_sslmode_is_asyncpgs_ssl() -> None:
    for mode in ("disable", "allow", "prefer", "require", "verify-ca", "verify-full"):
        url = async_url(f"postgresql://u@db/tuan?sslmode={mode}")
        assert (url.drivername, dict(url.query)) == ("postgresql+asyncpg", {"ssl": mode})


@pytest.mark.postgres
def test_a_managed_postgres_url_with_sslmode_migrates(
    operator: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str], postgres_url: str
) -> None:
    url = asyncio.run(create_database(postgres_url, "tuan_sslmode")) + "?sslmode=disable"  # no TLS there

    assert main(["migrate", "--database-url", url]) == 0
    assert "is up to date" in capsys.readouterr().out


@pytest.mark.parametrize(
    ("variable", "value", "line"),
    [
        (
            "TUAN_PAY_WITHIN",
            "forever",
            "pay_within (TUAN_PAY_WITHIN): a duration such as 90m, 24h or 2d (s, m, h or d; a bare number is "
            "seconds); not 'forever'",
        ),
        (
            "TUAN_PICKUP_REMINDER",
            "8pm",
            "pickup_reminder (TUAN_PICKUP_REMINDER): a time of day such as 20:00, or 'off'; not '8pm'",
        ),
        ("TUAN_DIGEST_AT", "off", "digest_at (TUAN_DIGEST_AT): a time of day such as 20:00; not 'off'"),
        (
            "TUAN_GROUP_COMMIT",
            "maybe",
            "group_commit (TUAN_GROUP_COMMIT): true or false (also 1 or 0, yes or no, on or off); "
            "not 'maybe'",
        ),
        ("TUAN_PORT", "http", "port (TUAN_PORT): a whole number from 0 to 65535; not 'http'"),
        ("TUAN_DIGEST_SIZE", "11", "digest_size (TUAN_DIGEST_SIZE): a whole number from 1 to 10; not '11'"),
        (
            "TUAN_COMMANDS_PER_MINUTE",
            "-1",
            "commands_per_minute (TUAN_COMMANDS_PER_MINUTE): a whole number, 0 or more; not '-1'",
        ),
        (
            "TUAN_KEEP_UPDATES_DAYS",
            "a week",
            "keep_updates_days (TUAN_KEEP_UPDATES_DAYS): a number above 0; not 'a week'",
        ),
        (
            "TUAN_CURRENCY",
            "XYZ",
            "currency (TUAN_CURRENCY): currency must be one of CNY, USD, EUR, GBP, HKD, TWD, SGD, RUB, INR, "
            "JPY, KRW or XTR (Telegram Stars), not 'XYZ'",
        ),
    ],
)
def test_a_setting_tuan_cannot_read_names_the_forms_it_takes(
    operator: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str], variable: str, value: str, line: str
) -> None:
    operator.setenv(variable, value)

    assert said(capsys, "migrate") == (2, f"tuan: invalid setting {line}\n")


def test_a_currency_tuan_knows_is_taken_in_any_case(operator: pytest.MonkeyPatch) -> None:
    from bot.settings import Settings

    operator.setenv("TUAN_CURRENCY", "jpy")
    assert Settings().currency == "JPY"


@pytest.mark.parametrize("port", [("--port", "0"), ("--port", "0", "--workers", "2")])
def test_a_webhook_on_port_0_is_refused_before_telegram_is_told(
    operator: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str], tmp_path: Path, port: tuple[str, ...]
) -> None:
    operator.setenv("TUAN_TELEGRAM_TOKEN", "123456:TEST-token")
    operator.setenv("TUAN_TELEGRAM_API_URL", "http://127.0.0.1:9")  # nothing there: it must not be asked
    operator.setenv("TUAN_DATABASE_URL", f"sqlite+aiosqlite:///{tmp_path / 'tuan.db'}")

    assert said(capsys, "run", "telegram", "--webhook", "https://bot.example/tg", *port) == (
        2,
        "tuan: --webhook needs the port its URL reaches, not 0: give --port (or TUAN_PORT), e.g. 8443\n",
    )
