"""What a request's response waits for: the outbox rows its own change wrote, once the relay posted them.

With the outbox, the bot's replies to a request are rows the relay posts a batch at a time, whatever
chat they come from. A response lists what the bot said in answer, so the hub waits, but only for the
rows of this request's own change: not for the whole outbox to drain (a `+1` in one chat would wait for
the 5,000 order messages of a close in another), nor for rows written after it (the later batches of a
big close's orders go out behind its answer).

The hub registers a request (`OwnRows.expect`) before the ChatApp handles it, so no row posted in the
meantime is missed. The ChatApp's `on_queued` (wrapped by the hub) tells, in the request's own task,
whether it committed rows at all (a repeat answered from its record wrote none), and its replies say how
many (`handlers.outbox.rows`, the function that wrote them). The rows of one change carry its update id
and are posted in id order, so the first that many posted for that update are its own.
"""

from __future__ import annotations

import asyncio
from collections.abc import Iterator
from contextlib import contextmanager
from contextvars import ContextVar
from typing import Any

from bot.waits import until_set

Event = dict[str, Any]


class Awaited:
    """One request's rows: those posted so far for its update, and how many it waits for."""

    def __init__(self) -> None:
        self.committed = False  # set in the request's task when the ChatApp committed rows for it
        self._posted: list[tuple[int, Event]] = []  # (outbox row id, what was posted)
        self._count: int | None = None
        self._enough = asyncio.Event()

    def add(self, item_id: int, event: Event) -> None:
        self._posted.append((item_id, event))
        self._check()

    def expect(self, count: int) -> None:
        self._count = count
        self._check()

    def _check(self) -> None:
        if self._count is not None and len(self._posted) >= self._count:
            self._enough.set()

    async def wait(self, within: float) -> bool:
        """Until the rows expected were posted; False if `within` seconds passed first."""
        return await until_set(self._enough, within)

    def events(self) -> list[Event]:
        """What was posted for this request's own rows, in row order."""
        return [event for _, event in sorted(self._posted, key=lambda posted: posted[0])[: self._count]]


class OwnRows:
    """The requests waiting for their rows, by update key (`handlers.app.update_key`)."""

    def __init__(self) -> None:
        self._waiting: dict[str, Awaited] = {}
        self._asking: ContextVar[Awaited | None] = ContextVar(f"own-rows-{id(self)}", default=None)

    @contextmanager
    def expect(self, key: str) -> Iterator[Awaited]:
        """Collect the rows posted for `key` while the request is handled and answered."""
        awaited = Awaited()
        self._waiting[key] = awaited
        token = self._asking.set(awaited)
        try:
            yield awaited
        finally:
            self._asking.reset(token)
            if self._waiting.get(key) is awaited:
                del self._waiting[key]

    def committed(self) -> None:
        """The ChatApp committed rows in this task: the request asking here (if any) has rows to wait for."""
        awaited = self._asking.get()
        if awaited is not None:
            awaited.committed = True

    def posted(self, key: str, item_id: int, event: Event) -> None:
        """The relay posted a row of update `key`; nobody waits for it once its request was answered."""
        awaited = self._waiting.get(key)
        if awaited is not None:
            awaited.add(item_id, event)
