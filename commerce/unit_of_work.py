"""The shared behaviour of every unit of work: roll back unless committed, hand out events once."""

from __future__ import annotations

from typing import Any

from commerce.domain.events import Event


class BaseUnitOfWork:
    """Subclasses provide the repositories and `_commit` / `_rollback` (and optionally `_begin`, `_end`).

    Leaving the `async with` block without `commit()` rolls back, so a handler that raises, or simply
    forgets, changes nothing. Events recorded during the work are published only by a commit.
    """

    def __init__(self) -> None:
        self._pending: list[Event] = []
        self._published: list[Event] = []

    async def __aenter__(self) -> Any:
        await self._begin()
        return self

    async def __aexit__(self, *exc: object) -> None:
        try:
            await self.rollback()
        finally:
            await self._end()

    async def commit(self) -> None:
        await self._commit()
        self._published.extend(self._pending)
        self._pending.clear()

    async def rollback(self) -> None:
        self._pending.clear()
        await self._rollback()

    def record(self, *events: Event) -> None:
        self._pending.extend(events)

    def collect_events(self) -> list[Event]:
        out, self._published = self._published, []
        return out

    async def _begin(self) -> None:
        """Open the connection or session; called on entering the block."""

    async def _end(self) -> None:
        """Release the connection or session; called on leaving the block."""

    async def _commit(self) -> None:
        raise NotImplementedError

    async def _rollback(self) -> None:
        raise NotImplementedError
