"""The in-memory `commerce.ports.PayoutRepository` of tests.fakes' unit of work, keeping
storage.payouts' contract: one open payout per member, guarded status writes."""

from __future__ import annotations

from dataclasses import replace
from datetime import datetime
from typing import TYPE_CHECKING

from commerce.domain.payout import Payout, PayoutStatus

if TYPE_CHECKING:
    from tests.fakes import MemoryState


class FakePayouts:
    def __init__(self, state: MemoryState) -> None:
        self.s = state

    async def add(self, payout: Payout) -> Payout | None:
        if any(p.member == payout.member and p.is_open for p in self.s.payouts.values()):
            return None
        payout.id = len(self.s.payouts) + 1
        self.s.payouts[payout.id] = replace(payout, history=[])
        return payout

    async def get(self, payout_id: int) -> Payout | None:
        found = self.s.payouts.get(payout_id)
        return replace(found, history=[]) if found is not None else None

    async def open_of(self, member: str) -> Payout | None:
        found = [p for p in self.s.payouts.values() if p.member == member and p.is_open]
        return replace(found[0], history=[]) if found else None

    async def open(self, *, limit: int = 50) -> list[Payout]:
        return [
            replace(p, history=[])
            for p in sorted(self.s.payouts.values(), key=lambda p: p.id or 0)
            if p.is_open
        ][:limit]

    async def of_member(self, member: str, *, limit: int) -> list[Payout]:
        theirs = sorted(
            (p for p in self.s.payouts.values() if p.member == member), key=lambda p: -(p.id or 0)
        )
        return [replace(p, history=[]) for p in theirs[:limit]]

    async def save_status(self, payout: Payout, *, previous: PayoutStatus) -> bool:
        assert payout.id is not None
        stored = self.s.payouts.get(payout.id)
        if stored is None or stored.status is not previous:
            return False
        self.s.payouts[payout.id] = replace(payout, history=[])
        return True

    async def destination_of(self, member: str) -> str:
        return self.s.payout_destinations.get(member, "")

    async def keep_destination(self, member: str, destination: str, *, at: datetime) -> None:
        self.s.payout_destinations[member] = destination
