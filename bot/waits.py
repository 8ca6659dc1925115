"""Waiting with a time limit, free of Python 3.11's two races around cancellation.

`asyncio.wait_for` swallows a cancel that arrives as what it waits for finishes: the task goes on as if
never told to stop (a long-polling loop told to stop as a worker went idle polled on, and `tuan run
telegram` "ignored SIGTERM"). `asyncio.timeout` leaves a cancel pending when it expires as the wait ends:
the task's next await (often a database call) is cancelled instead. Here the wait is `asyncio.wait`,
which cancels nothing of the caller's and lets the caller's own cancel through at once.
"""

from __future__ import annotations

import asyncio
from collections.abc import Awaitable
from typing import TypeVar

T = TypeVar("T")


async def within(awaitable: Awaitable[T], seconds: float | None) -> T:
    """`awaitable`'s result, or `TimeoutError` once `seconds` passed (None: no limit), it then cancelled
    and finished. A cancel of the caller cancels it too and is raised, never lost."""
    task = asyncio.ensure_future(awaitable)
    try:
        await asyncio.wait({task}, timeout=seconds)
    except BaseException:
        task.cancel()
        raise
    if not task.done():
        task.cancel()
        await asyncio.wait({task})  # not running once this returns
        if task.cancelled():
            raise TimeoutError
    return task.result()


async def until_set(event: asyncio.Event, seconds: float | None) -> bool:
    """Wait for `event` at most `seconds`; whether it is set."""
    if event.is_set():
        return True
    try:
        await within(event.wait(), seconds)
    except TimeoutError:
        return False
    return True
