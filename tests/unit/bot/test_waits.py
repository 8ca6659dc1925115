"""bot/waits.py: a wait with a time limit that never loses the caller's cancel (Python 3.11's
`asyncio.wait_for` returned as if nothing happened when the cancel came as the event was set: a poller
told to stop polled on) and never leaves one pending for the caller's next await."""

from __future__ import annotations

import asyncio

import pytest

from bot.waits import until_set, within


async def test_until_set_says_whether_the_event_came_in_time() -> None:
    event = asyncio.Event()
    assert await until_set(event, 0.01) is False
    asyncio.get_running_loop().call_later(0.01, event.set)
    assert await until_set(event, 5) is True
    assert await until_set(event, 0) is True  # already set: no wait at all


async def test_a_cancel_that_comes_as_the_event_is_set_stops_the_waiter() -> None:
    event = asyncio.Event()
    went_on = []

    async def pause_then_go_on() -> None:
        await until_set(event, 30)
        went_on.append(True)

    task = asyncio.create_task(pause_then_go_on())
    for _ in range(3):
        await asyncio.sleep(0)  # the task is waiting now
    event.set()
    task.cancel()  # in the same step of the loop: asyncio.wait_for would have swallowed it
    with pytest.raises(asyncio.CancelledError):
        await task
    assert went_on == []


async def test_a_limit_that_expires_leaves_no_cancel_behind() -> None:
    event = asyncio.Event()
    for _ in range(20):  # the event set at about the moment the limit expires
        event.clear()
        asyncio.get_running_loop().call_later(0.002, event.set)
        await until_set(event, 0.002)
        await asyncio.sleep(0.001)  # a cancel left pending would be raised here
    assert asyncio.current_task() is not None and asyncio.current_task().cancelling() == 0  # type: ignore[union-attr]


async def test_within_gives_the_result_or_times_out_with_the_work_stopped() -> None:
    async def slow() -> str:
        await asyncio.sleep(30)
        return "late"

    async def quick() -> str:
        return "done"

    assert await within(quick(), 1) == "done"
    started = asyncio.get_running_loop().time()
    with pytest.raises(TimeoutError):
        await within(slow(), 0.01)
    assert asyncio.get_running_loop().time() - started < 5
    assert await within(quick(), None) == "done"
