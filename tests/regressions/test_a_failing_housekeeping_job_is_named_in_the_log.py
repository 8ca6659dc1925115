"""Issue #15, review 49 #3: a housekeeping job that failed was logged by its repr,
`housekeeping <bot.commission_release.CommissionRelease object at 0x7f3e19babe10> failed`: an operator
could not tell which job it was from the line alone. Each job now has a name in the log."""

from __future__ import annotations

import logging

import pytest

from bot.clock import SystemClock
from bot.commission_release import CommissionRelease
from bot.scheduler import DeadlineScheduler, chore_name


class PickupReminders:
    async def __call__(self) -> None:
        raise ValueError("a bug in the job")


async def test_each_failing_housekeeping_job_is_logged_by_its_name(caplog: pytest.LogCaptureFixture) -> None:
    scheduler = DeadlineScheduler(clock=SystemClock())

    async def release() -> None:
        raise ValueError("a bug in the job")

    scheduler.add_chore(PickupReminders())
    scheduler.add_chore(release, name="commission release")

    with caplog.at_level(logging.ERROR, logger="bot.scheduler"):
        await scheduler.sweep_chores()

    assert caplog.messages == [
        "housekeeping job 'pickup reminders' failed; it runs again with a later sweep",
        "housekeeping job 'commission release' failed; it runs again with a later sweep",
    ]
    assert "object at 0x" not in caplog.text


def test_the_commission_release_is_named_as_an_operator_reads_it() -> None:
    assert chore_name(CommissionRelease.__new__(CommissionRelease)) == "commission release"
