"""In-memory `commerce.ports.DeadlineClaims` over `tests.fakes.MemoryState` (as storage.deadlines): the
due group buys, each claimed by one caller until its lease ends."""

from __future__ import annotations

from datetime import datetime
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from tests.fakes import MemoryState


class FakeDeadlineClaims:
    def __init__(self, state: MemoryState) -> None:
        self.s = state

    def _due_at(self) -> dict[int, datetime]:
        """Open group buys at their deadline, closes with orders pending at their close time."""
        found = {i: g.deadline for i, g in self.s.group_buys.items() if g.is_open}
        for i in self.s.orders_upto:
            found[i] = self.s.group_buys[i].closed_at or self.s.group_buys[i].deadline
        return found

    async def claim_due(self, *, now: datetime, until: datetime, limit: int) -> list[int]:
        due = [
            (self.s.group_buys[i].deadline, i)
            for i, at in self._due_at().items()
            if (i in self.s.orders_upto or at <= now)
            and (self.s.deadline_claims.get(i) is None or self.s.deadline_claims[i] <= now)
        ]
        taken = [i for _, i in sorted(due)[:limit]]
        for i in taken:
            self.s.deadline_claims[i] = until
        return taken

    async def next_due(self) -> datetime | None:
        ready = [max(at, self.s.deadline_claims.get(i) or at) for i, at in self._due_at().items()]
        return min(ready, default=None)

    async def hold(self, group_buy_id: int, *, until: datetime) -> None:
        self.s.deadline_claims[group_buy_id] = until
