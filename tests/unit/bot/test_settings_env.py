"""Settings come from TUAN_* variables (and .env); flags win; bad values name the variable."""

from __future__ import annotations

from pathlib import Path

import pytest
from pydantic import ValidationError

from bot.settings import DEFAULT_DATABASE_URL, Settings


@pytest.fixture(autouse=True)
def _no_developer_settings(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    monkeypatch.chdir(tmp_path)  # no .env of the developer's
    for name in ("TUAN_DATABASE_URL", "TUAN_ADMINS", "TUAN_PORT", "TUAN_CURRENCY", "TUAN_TIMEZONE"):
        monkeypatch.delenv(name, raising=False)


def test_defaults_are_the_embedded_playground() -> None:
    settings = Settings()
    assert (settings.database_url, settings.host, settings.port) == (DEFAULT_DATABASE_URL, "127.0.0.1", 8080)
    assert (settings.timezone, settings.currency, settings.language, settings.admins) == (
        "Asia/Shanghai",
        "CNY",
        "zh",
        [],
    )


def test_environment_then_dotenv_then_flags(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    (tmp_path / ".env").write_text("TUAN_PORT=9000\nTUAN_CURRENCY=usd\n")
    monkeypatch.setenv("TUAN_ADMINS", "amy, bob")
    monkeypatch.setenv("TUAN_PORT", "9100")

    settings = Settings(database_url="sqlite+aiosqlite:///x.db")

    assert (settings.port, settings.currency, settings.admins) == (9100, "USD", ["amy", "bob"])
    assert settings.database_url == "sqlite+aiosqlite:///x.db"


@pytest.mark.parametrize(
    ("variable", "value", "said"),
    [
        ("TUAN_TIMEZONE", "Mars/Olympus", "unknown timezone 'Mars/Olympus'"),
        ("TUAN_CURRENCY", "yuan", "currency must be one of CNY, USD, EUR, GBP, HKD, TWD, SGD, RUB, INR, JPY"),
        ("TUAN_CURRENCY", "XYZ", "KRW or XTR (Telegram Stars), not 'XYZ'"),
        ("TUAN_PORT", "70000", "less than or equal to 65535"),
    ],
)
def test_a_bad_value_says_what_is_wrong(
    monkeypatch: pytest.MonkeyPatch, variable: str, value: str, said: str
) -> None:
    monkeypatch.setenv(variable, value)
    with pytest.raises(ValidationError) as invalid:
        Settings()
    assert said in str(invalid.value)


def test_commands_per_minute_is_five_unless_set_and_never_negative(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("TUAN_COMMANDS_PER_MINUTE", raising=False)
    assert Settings().commands_per_minute == 5
    monkeypatch.setenv("TUAN_COMMANDS_PER_MINUTE", "0")
    assert Settings().commands_per_minute == 0  # no limit
    monkeypatch.setenv("TUAN_COMMANDS_PER_MINUTE", "-1")
    with pytest.raises(ValidationError, match="commands_per_minute"):
        Settings()


def test_organiser_commands_per_minute_is_thirty_unless_set_and_never_negative(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.delenv("TUAN_ORGANISER_COMMANDS_PER_MINUTE", raising=False)
    assert Settings().organiser_commands_per_minute == 30
    monkeypatch.setenv("TUAN_ORGANISER_COMMANDS_PER_MINUTE", "0")
    assert Settings().organiser_commands_per_minute == 0  # no limit for them
    monkeypatch.setenv("TUAN_ORGANISER_COMMANDS_PER_MINUTE", "-1")
    with pytest.raises(ValidationError, match="organiser_commands_per_minute"):
        Settings()


async def test_redis_is_asked_again_after_five_seconds_unless_set(monkeypatch: pytest.MonkeyPatch) -> None:
    """TUAN_REDIS_RETRY_SECONDS (the Redis outage e2e test shortens it) reaches the state the bot opens;
    production keeps 5 s, and zero or a negative wait is refused."""
    from storage.state import make_state
    from storage.state_fallback import FallbackSharedState

    monkeypatch.delenv("TUAN_REDIS_RETRY_SECONDS", raising=False)
    assert Settings().redis_retry_seconds == 5.0
    default = make_state("redis://127.0.0.1:1/0")
    monkeypatch.setenv("TUAN_REDIS_RETRY_SECONDS", "0.5")
    settings = Settings()
    shortened = make_state("redis://127.0.0.1:1/0", retry_seconds=settings.redis_retry_seconds)
    try:
        assert isinstance(default, FallbackSharedState) and isinstance(shortened, FallbackSharedState)
        assert (default.outage.retry_seconds, shortened.outage.retry_seconds) == (5.0, 0.5)
    finally:
        await default.aclose()
        await shortened.aclose()
    for bad in ("0", "-1"):
        monkeypatch.setenv("TUAN_REDIS_RETRY_SECONDS", bad)
        with pytest.raises(ValidationError, match="redis_retry_seconds"):
            Settings()
