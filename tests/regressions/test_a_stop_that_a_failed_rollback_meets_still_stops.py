"""Session 17: `tuan run telegram` "ignored SIGTERM" once more in a loaded full run, and the task dump
(bot/diagnostics.py) showed why: the stop cancelled the deadline loop inside a database call; the unit of
work's rollback then failed on the cut connection (PendingRollbackError) and that error replaced the
cancel; the unpaid-reminder step caught it as any error, logged it, and the loop went on waiting, so the
stop waited for it for ever. Now a rollback that fails under a cancel leaves the cancel as it is, and the
deadline loop stops on a cancel a step caught as an error all the same."""

from __future__ import annotations

import asyncio

import pytest

from bot.clock import SystemClock
from bot.scheduler import DeadlineScheduler
from commerce.unit_of_work import BaseUnitOfWork
from tests.unit.bot.test_scheduler_deadlines import FakeTarget, Outbox


class CutMidCall(BaseUnitOfWork):
    """A unit of work whose rollback fails, as one whose connection was cut mid-call."""

    async def _commit(self) -> None:
        raise AssertionError("never committed here")

    async def _rollback(self) -> None:
        raise RuntimeError("Can't reconnect until invalid transaction is rolled back")


async def test_a_cancel_through_a_unit_of_work_whose_rollback_fails_stays_a_cancel() -> None:
    async def write() -> None:
        async with CutMidCall():
            await asyncio.sleep(30)  # the database call the stop cuts

    task = asyncio.create_task(write())
    await asyncio.sleep(0.01)
    task.cancel()
    with pytest.raises(asyncio.CancelledError):
        await task


async def test_an_error_in_a_unit_of_work_whose_rollback_fails_is_still_said() -> None:
    with pytest.raises(RuntimeError, match="Can't reconnect"):
        async with CutMidCall():
            raise ValueError("a bug")


async def test_the_deadline_loop_stops_on_a_cancel_a_step_caught_as_an_error() -> None:
    scheduler = DeadlineScheduler(clock=SystemClock(), sweep_seconds=0.05)
    await scheduler.start(FakeTarget({}), Outbox())
    swallowed = asyncio.Event()

    async def cancel_caught_as_an_error() -> None:  # as sweep_unpaid's `except Exception` did
        try:
            await asyncio.sleep(30)
        except asyncio.CancelledError:
            swallowed.set()
        except Exception:
            pass

    scheduler.sweep_unpaid = cancel_caught_as_an_error  # type: ignore[method-assign]
    await asyncio.sleep(0.2)  # the loop is in its unpaid step now
    loop = scheduler._task
    assert loop is not None
    scheduler.shutdown()
    stopped, _ = await asyncio.wait({loop}, timeout=5)
    assert swallowed.is_set()
    assert stopped == {loop} and loop.cancelled()
