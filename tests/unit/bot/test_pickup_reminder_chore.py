"""TUAN_PICKUP_REMINDER: the evening before a pickup the scheduler's chore posts one reminder in the
group (delivered like a deadline's outcome); "" or "off" turns it off."""

from __future__ import annotations

from datetime import datetime, time, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest
from pydantic import ValidationError

from bot.bootstrap import build, migrate
from bot.clock import SystemClock
from bot.scheduler import DeadlineScheduler
from bot.settings import Settings
from handlers.collecting import PickupReminders
from handlers.types import Reply
from tests.unit.bot.test_scheduler_deadlines import FakeTarget, Outbox
from tests.unit.handlers.conftest import Chat


@pytest.mark.parametrize(
    ("value", "expected"),
    [(None, time(20, 0)), ("21:30", time(21, 30)), ("8:00", time(8, 0)), ("", None), ("off", None)],
)
def test_the_setting_is_a_time_of_day_or_off(
    monkeypatch: pytest.MonkeyPatch, value: str | None, expected: time | None
) -> None:
    if value is None:
        monkeypatch.delenv("TUAN_PICKUP_REMINDER", raising=False)
    else:
        monkeypatch.setenv("TUAN_PICKUP_REMINDER", value)
    assert Settings(_env_file=None).pickup_reminder == expected


def test_a_time_that_is_no_time_names_the_variable(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("TUAN_PICKUP_REMINDER", "25:00")
    with pytest.raises(ValidationError, match="pickup_reminder"):
        Settings(_env_file=None)


async def test_the_scheduler_delivers_what_a_chore_says_and_nothing_for_other_chores() -> None:
    scheduler = DeadlineScheduler(clock=SystemClock(), sweep_seconds=60)

    async def remind() -> list[Reply]:
        return [Reply(text="📦 明天自提", chat_id="family")]

    async def prune() -> int:
        return 3

    scheduler.add_chore(prune)
    scheduler.add_chore(remind)
    outbox = Outbox()
    try:
        await scheduler.start(FakeTarget({}), outbox)
        assert await outbox.next_text() == "📦 明天自提"
        assert outbox.replies.empty()
    finally:
        scheduler.shutdown()


async def test_a_running_tuan_reminds_the_evening_before_the_pickup_once(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.delenv("TUAN_PICKUP_REMINDER", raising=False)
    settings = Settings(_env_file=None, database_url=f"sqlite+aiosqlite:///{tmp_path / 'tuan.db'}")
    await migrate(settings)
    tuan = await build(settings)
    outbox = Outbox()
    try:
        chat = Chat(tuan.app)
        for user, text in [
            ("amy", "接龙 海南贵妃芒 价格 88 成团 1"),
            ("bob", "+1"),
            ("amy", "截单"),
            ("amy", "自提 小区南门 后天下午5点"),
        ]:
            await chat.say(user, text)
        now = tuan.clock.now()
        tz = ZoneInfo(settings.timezone)
        # the evening before the pickup: tomorrow's, always more than 6 hours after the close (a close
        # less than 6 hours before the reminder names nobody as unpaid), whatever the time of the run
        evening = datetime.combine(now.astimezone(tz).date() + timedelta(days=1), time(20, 0), tzinfo=tz)
        tuan.advance_clock((evening - now).total_seconds())

        await tuan.start(outbox)  # the chores run at start, then with every sweep

        text = await outbox.next_text()
        assert text.startswith("📦 明天自提：海南贵妃芒（#1），小区南门 · ")
        assert text.endswith(
            "还有 1 个订单未付款：\n• Bob（订单 #1-1）\n"
            "怎么付款请问 Amy，付好后回复“我已付款”加你的订单号（例如“我已付款 1-1”），团长确认后打勾。"
        )
        told = await outbox.next_text()  # s30: Bob's amount, privately
        assert told.startswith("💸 催款：你在 海南贵妃芒（#1）的订单 #1-1 还没付款：¥"), told
        await tuan.scheduler.sweep_chores()
        assert outbox.replies.empty()
    finally:
        await tuan.aclose()


async def test_off_adds_no_chore(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("TUAN_PICKUP_REMINDER", "off")
    settings = Settings(_env_file=None, database_url=f"sqlite+aiosqlite:///{tmp_path / 'tuan.db'}")
    tuan = await build(settings)
    try:
        assert not [c for c in tuan.scheduler._chores if isinstance(c, PickupReminders)]
    finally:
        await tuan.aclose()
    monkeypatch.delenv("TUAN_PICKUP_REMINDER")
    tuan = await build(settings.model_copy(update={"pickup_reminder": time(19, 0)}))
    try:
        [chore] = [c for c in tuan.scheduler._chores if isinstance(c, PickupReminders)]
        assert chore.at == time(19, 0)
    finally:
        await tuan.aclose()
