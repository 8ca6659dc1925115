"""Housekeeping: processed updates older than TUAN_KEEP_UPDATES_DAYS are pruned at most once an hour,
from the scheduler's sweep, and a failing chore neither stops the sweep nor the other chores."""

from __future__ import annotations

import asyncio
from datetime import timedelta
from typing import cast

import pytest

from bot.clock import SystemClock
from bot.housekeeping import UpdatePruner
from bot.scheduler import DeadlineScheduler
from bot.settings import Settings
from commerce.ports import UnitOfWorkFactory
from tests.fakes import FakeClock, FakeUnitOfWorkFactory
from tests.unit.bot.test_scheduler_deadlines import FakeTarget, Outbox


async def _claim(factory: FakeUnitOfWorkFactory, key: str, clock: FakeClock) -> None:
    async with factory() as uow:
        assert await uow.updates.record(key, "ok")
        await uow.commit()
    factory.state.claimed_at[key] = clock.now()


async def test_updates_older_than_the_setting_are_forgotten_once_an_hour() -> None:
    clock, factory = FakeClock(), FakeUnitOfWorkFactory()
    prune = UpdatePruner(cast(UnitOfWorkFactory, factory), keep=timedelta(days=7), now=clock.now)
    await _claim(factory, "tg:1", clock)
    clock.advance(minutes=30)
    await _claim(factory, "tg:2", clock)
    clock.advance(days=7, minutes=-30, seconds=1)  # tg:1 is a week and a second old, tg:2 30 min younger

    assert await prune() == 1
    assert set(factory.state.answers) == {"tg:2"}

    clock.advance(minutes=59)  # tg:2 is older than a week now, but the last prune was 59 minutes ago
    assert await prune() is None
    assert set(factory.state.answers) == {"tg:2"}
    clock.advance(minutes=1)
    assert await prune() == 1
    assert factory.state.answers == {}


def test_seven_days_unless_told_otherwise(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("TUAN_KEEP_UPDATES_DAYS", raising=False)
    assert Settings(_env_file=None).keep_updates_days == 7
    monkeypatch.setenv("TUAN_KEEP_UPDATES_DAYS", "2.5")
    assert Settings(_env_file=None).keep_updates_days == 2.5
    monkeypatch.setenv("TUAN_KEEP_UPDATES_DAYS", "0")
    with pytest.raises(ValueError, match="keep_updates_days"):
        Settings(_env_file=None)


async def test_the_sweep_runs_the_chores_at_start_and_a_failing_one_does_not_stop_the_others() -> None:
    scheduler = DeadlineScheduler(clock=SystemClock(), sweep_seconds=0.05)
    ran: list[str] = []

    async def broken() -> None:
        ran.append("broken")
        raise RuntimeError("database went away")

    async def tidy() -> None:
        ran.append("tidy")

    scheduler.add_chore(broken)
    scheduler.add_chore(tidy)
    try:
        await scheduler.start(FakeTarget({}), Outbox())
        assert ran == ["broken", "tidy"]  # at start, before any interval passed
        for _ in range(100):
            if ran.count("tidy") >= 3:
                break
            await asyncio.sleep(0.05)
    finally:
        scheduler.shutdown()
    assert ran.count("tidy") >= 3 and ran.count("broken") >= 3  # and with every sweep after
