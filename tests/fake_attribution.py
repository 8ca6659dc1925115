"""In-memory `commerce.ports.AttributionRepository` over `tests.fakes.MemoryState`."""

from __future__ import annotations

from collections.abc import Collection
from datetime import datetime
from typing import TYPE_CHECKING

from commerce.domain.group_buy import GroupBuyStatus
from commerce.domain.order import OrderStatus
from commerce.domain.sharing import ShareVisit

if TYPE_CHECKING:
    from tests.fakes import MemoryState


class FakeAttribution:
    def __init__(self, state: MemoryState) -> None:
        self.s = state

    async def code_of(self, group_buy_id: int, member_id: str) -> str | None:
        return self.s.share_codes.get((group_buy_id, member_id))

    async def add_code(self, group_buy_id: int, member_id: str, code: str, *, at: datetime) -> bool:
        taken = any(gid == group_buy_id and held == code for (gid, _), held in self.s.share_codes.items())
        if taken or (group_buy_id, member_id) in self.s.share_codes:
            return False
        self.s.share_codes[(group_buy_id, member_id)] = code
        return True

    async def member_of_code(self, group_buy_id: int, code: str) -> str | None:
        found = [
            who for (gid, who), held in self.s.share_codes.items() if gid == group_buy_id and held == code
        ]
        return found[0] if found else None

    async def visits_of(self, group_buy_id: int, visitor_ids: Collection[str]) -> list[ShareVisit]:
        self.s.visit_reads += 1
        wanted = set(visitor_ids)
        return [v for v in self.s.visits if v.group_buy_id == group_buy_id and v.visitor_id in wanted]

    async def set_sharer_rate(self, group_buy_id: int, rate_bp: int) -> None:
        self.s.group_buys[group_buy_id].sharer_rate_bp = rate_bp

    async def brought_without_rate(self, member_id: str, *, limit: int) -> list[int]:
        dropped = (OrderStatus.CANCELLED, OrderStatus.REFUNDED)
        found = {
            o.group_buy_id
            for o in self.s.orders.values()
            if o.sharer_id == member_id
            and o.status not in dropped
            and o.help_seller_id != member_id
            and (group_buy := self.s.group_buys.get(o.group_buy_id)) is not None
            and group_buy.sharer_rate_bp <= 0
            and group_buy.organiser_id != member_id
        }
        mine = {li.id for li in self.s.listings if li.seller_id == member_id}  # 帮卖: her lines earn
        for visit in self.s.visits:  # before the close: a visitor of her share on its list
            group_buy = self.s.group_buys.get(visit.group_buy_id)
            if (
                visit.sharer_id != member_id
                or group_buy is None
                or group_buy.status is not GroupBuyStatus.OPEN
                or group_buy.sharer_rate_bp > 0
                or group_buy.organiser_id == member_id
            ):
                continue
            lines = self.s.lines.get(visit.group_buy_id, {}).values()
            if any(
                p.user_id == visit.visitor_id
                and p.quantity > 0
                and (p.listing_id is None or p.listing_id not in mine)
                for p in lines
            ):
                found.add(visit.group_buy_id)
        return sorted(found, reverse=True)[:limit]

    async def brought_open(self, member_id: str, *, limit: int) -> list[tuple[int, str, str, int]]:
        brought: dict[tuple[int, str], tuple[str, int]] = {}
        for visit in self.s.visits:
            group_buy = self.s.group_buys.get(visit.group_buy_id)
            if (
                visit.sharer_id != member_id
                or visit.visitor_id == member_id
                or group_buy is None
                or group_buy.status is not GroupBuyStatus.OPEN
                or group_buy.sharer_rate_bp <= 0
                or group_buy.organiser_id == member_id
            ):
                continue
            lines = [
                p
                for p in self.s.lines.get(visit.group_buy_id, {}).values()
                if p.user_id == visit.visitor_id and p.quantity > 0
            ]
            if lines:
                key = (visit.group_buy_id, visit.visitor_id)
                brought[key] = (min(p.display_name for p in lines), sum(p.quantity for p in lines))
        ordered = sorted(brought.items(), key=lambda item: (-item[0][0], item[0][1]))
        return [(gid, buyer, name, units) for (gid, buyer), (name, units) in ordered][:limit]
