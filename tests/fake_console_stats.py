"""In-memory `commerce.ports.ConsoleStats` over `tests.fakes.MemoryState` (as storage.console_stats)."""

from __future__ import annotations

from collections.abc import Collection
from datetime import date
from typing import TYPE_CHECKING

from commerce.domain.console_stats import (
    PAID,
    SOLD,
    UNCOUNTED,
    Conversion,
    Sales,
    StatsScope,
    TopSharer,
)
from commerce.domain.order import Order

if TYPE_CHECKING:
    from tests.fakes import MemoryState


class FakeConsoleStats:
    def __init__(self, state: MemoryState) -> None:
        self.s = state

    def _mine(self, scope: StatsScope, group_buy_id: int) -> bool:
        found = self.s.group_buys.get(group_buy_id)
        return found is not None and scope.organiser_id in (None, found.organiser_id)

    def _counted(self, scope: StatsScope) -> list[Order]:
        return [
            order
            for order in self.s.orders.values()
            if order.created_at >= scope.since
            and order.status.value not in UNCOUNTED
            and self._mine(scope, order.group_buy_id)
        ]

    async def sales(self, scope: StatsScope) -> list[Sales]:
        sums: dict[tuple[date, str, int], tuple[int, int, int]] = {}
        for order in self._counted(scope):
            key = ((order.created_at + scope.utc_offset).date(), order.currency, order.group_buy_id)
            count, gmv, collected = sums.get(key, (0, 0, 0))
            net = order.total - order.refunded_part  # net of part refunds
            paid = net if order.status.value in PAID else 0
            sums[key] = (count + 1, gmv + net, collected + paid)
        return [Sales(day, gid, currency, *sums[(day, currency, gid)]) for day, currency, gid in sorted(sums)]

    async def titles(self, group_buy_ids: Collection[int]) -> dict[int, str]:
        return {gid: self.s.group_buys[gid].terms.title for gid in group_buy_ids if gid in self.s.group_buys}

    async def conversion(self, scope: StatsScope) -> Conversion:
        cohort = {
            gid
            for gid, group_buy in self.s.group_buys.items()
            if group_buy.closed_at is not None
            and group_buy.closed_at >= scope.since
            and group_buy.status.value in SOLD
            and self._mine(scope, gid)
        }
        joined = {(gid, line.user_id) for gid in cohort for line in self.s.lines.get(gid, {}).values()}
        ordered = [order for order in self.s.orders.values() if order.group_buy_id in cohort]
        return Conversion(len(joined), len(ordered), sum(order.status.value in PAID for order in ordered))

    async def top_sharers(self, scope: StatsScope, limit: int) -> list[TopSharer]:
        buyers: dict[str, set[str]] = {}
        for order in self._counted(scope):
            organiser = self.s.group_buys[order.group_buy_id].organiser_id
            if order.sharer_id is not None and order.sharer_id != organiser:
                buyers.setdefault(order.sharer_id, set()).add(order.buyer_id)
        ranked = sorted(buyers.items(), key=lambda item: (-len(item[1]), item[0]))[:limit]
        return [TopSharer(member, len(found)) for member, found in ranked]

    async def busiest_chats(self, scope: StatsScope, limit: int) -> list[str]:
        mine = {g.chat_id for g in self.s.group_buys.values() if scope.organiser_id in (None, g.organiser_id)}
        weights: dict[str, int] = {}
        for note in self.s.notes.notes.values():
            if note.created_at >= scope.since and (scope.organiser_id is None or note.chat_id in mine):
                likes = len(self.s.notes.likes.get(note.id or 0, ()))
                comments = sum(c.note_id == note.id for c in self.s.notes.comments)
                weights[note.chat_id] = weights.get(note.chat_id, 0) + likes + comments
        return sorted(weights, key=lambda chat: (-weights[chat], chat))[:limit]
