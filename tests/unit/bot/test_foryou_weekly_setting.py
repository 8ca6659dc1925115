"""TUAN_FOR_YOU_WEEKLY: when members get their weekly For you (default Monday 20:00; "" or "off": never;
anything else fails at start-up with the form it wants), and a bot process with an outbox runs it as one
of the scheduler's chores."""

from __future__ import annotations

from datetime import time
from pathlib import Path

import pytest
from pydantic import ValidationError

from bot.bootstrap import build, migrate
from bot.settings import Settings
from commerce.domain.foryou_weekly import Weekly
from handlers.foryou_weekly import WeeklyForYou


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        (None, Weekly(0, time(20))),
        ("fri 8:30", Weekly(4, time(8, 30))),
        ("周日 21:00", Weekly(6, time(21))),
        ("off", None),
    ],
)
def test_the_setting_is_a_weekday_and_a_time_or_off(
    monkeypatch: pytest.MonkeyPatch, value: str | None, expected: Weekly | None
) -> None:
    if value is None:
        monkeypatch.delenv("TUAN_FOR_YOU_WEEKLY", raising=False)
    else:
        monkeypatch.setenv("TUAN_FOR_YOU_WEEKLY", value)
    assert Settings(_env_file=None).for_you_weekly == expected


def test_a_wrong_value_stops_start_up_naming_the_form(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("TUAN_FOR_YOU_WEEKLY", "20:00")
    with pytest.raises(ValidationError, match="for_you_weekly"):
        Settings(_env_file=None)


@pytest.mark.parametrize(("value", "runs"), [("sun 9:00", True), ("off", False)])
async def test_a_bot_with_an_outbox_runs_the_weekly_chore(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, value: str, runs: bool
) -> None:
    monkeypatch.setenv("TUAN_FOR_YOU_WEEKLY", value)
    settings = Settings(_env_file=None, database_url=f"sqlite+aiosqlite:///{tmp_path / 'tuan.db'}")
    await migrate(settings)
    tuan = await build(settings, platform="playground")
    try:
        chores = [c for c in tuan.scheduler._chores if isinstance(c, WeeklyForYou)]
        assert [(c.platform, c.when) for c in chores] == (
            [("playground", Weekly(6, time(9)))] if runs else []
        )
    finally:
        await tuan.aclose()
