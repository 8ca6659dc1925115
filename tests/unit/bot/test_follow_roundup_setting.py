"""TUAN_FOLLOW_ROUNDUP: the time of day of followers' private round-ups (default 20:00; "" or "off":
none), and a bot process with an outbox runs it as one of the scheduler's chores."""

from __future__ import annotations

from datetime import time
from pathlib import Path

import pytest

from bot.bootstrap import build, migrate
from bot.settings import Settings
from handlers.follows import FollowRoundups


@pytest.mark.parametrize(("value", "expected"), [(None, time(20, 0)), ("9:30", time(9, 30)), ("off", None)])
def test_the_setting_is_a_time_of_day_or_off(
    monkeypatch: pytest.MonkeyPatch, value: str | None, expected: time | None
) -> None:
    if value is None:
        monkeypatch.delenv("TUAN_FOLLOW_ROUNDUP", raising=False)
    else:
        monkeypatch.setenv("TUAN_FOLLOW_ROUNDUP", value)
    assert Settings(_env_file=None).follow_roundup == expected


@pytest.mark.parametrize(("value", "runs"), [("21:00", True), ("off", False)])
async def test_a_bot_with_an_outbox_runs_the_roundup_chore(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, value: str, runs: bool
) -> None:
    monkeypatch.setenv("TUAN_FOLLOW_ROUNDUP", value)
    settings = Settings(_env_file=None, database_url=f"sqlite+aiosqlite:///{tmp_path / 'tuan.db'}")
    await migrate(settings)
    tuan = await build(settings, platform="playground")
    try:
        chores = [c for c in tuan.scheduler._chores if isinstance(c, FollowRoundups)]
        assert [(c.platform, c.at) for c in chores] == ([("playground", time(21))] if runs else [])
    finally:
        await tuan.aclose()
