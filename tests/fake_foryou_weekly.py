"""In-memory `commerce.ports.ForYouWeekRepository` over `tests.fakes.MemoryState` (as storage.foryou_weekly):
each member's last weekly For you week, and who is due one."""

from __future__ import annotations

from datetime import datetime
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from tests.fakes import MemoryState


class FakeForYouWeeks:
    def __init__(self, state: MemoryState) -> None:
        self.s = state

    async def due(self, platform: str, week: str) -> list[str]:
        prefix = f"{platform}:"
        seen = {who for (_, who) in self.s.memberships if who.startswith(prefix)}
        done = {who for who, (last, _) in self.s.foryou_weeks.items() if last >= week}
        return sorted(who[len(prefix) :] for who in seen - self.s.foryou_off - done)

    async def claim(self, identity: str, *, week: str, at: datetime) -> bool:
        held = self.s.foryou_weeks.get(identity)
        if held is not None and held[0] >= week:
            return False
        self.s.foryou_weeks[identity] = (week, at)
        return True
