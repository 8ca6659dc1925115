"""The in-memory `commerce.ports.GroupBuyEditRepository` of tests.fakes' unit of work: the same guards as
storage.edits (open, stock not below sold, no line above the limit, an option's stock not below what is
taken of it) on the working copy."""

from __future__ import annotations

import copy
from collections.abc import Collection
from dataclasses import replace
from typing import TYPE_CHECKING

from commerce.domain.group_buy import GroupBuy, GroupBuyStatus

if TYPE_CHECKING:
    from tests.fakes import MemoryState


class FakeGroupBuyEdits:
    def __init__(self, state: MemoryState) -> None:
        self.s = state

    async def save_terms(self, group_buy: GroupBuy, *, option: str = "") -> bool:
        assert group_buy.id is not None
        stored = self.s.group_buys[group_buy.id]
        terms = group_buy.terms
        if stored.status is not GroupBuyStatus.OPEN:
            return False
        if terms.stock is not None and stored.sold > terms.stock:
            return False
        if terms.unit != stored.terms.unit and stored.sold > 0:  # a new unit only while nobody joined
            return False
        if terms.currency != stored.terms.currency and stored.sold > 0:  # so a new currency
            return False
        changed = next((o for o in terms.options if o.name == option), None)  # 多规格: its own guard
        if (
            changed is not None
            and changed.stock is not None
            and stored.option_sold.get(option, 0) > changed.stock
        ):
            return False
        if (
            terms.per_person_limit is not None
            and await self.largest_line(group_buy.id) > terms.per_person_limit
        ):
            return False
        stored.terms = replace(copy.deepcopy(terms), pickup_at=stored.terms.pickup_at)  # as storage: not here
        group_buy.sold = stored.sold
        group_buy.option_sold = dict(stored.option_sold)
        return True

    async def largest_line(self, group_buy_id: int) -> int:
        return max((p.quantity for p in self.s.lines.get(group_buy_id, {}).values()), default=0)

    async def member_of(self, chat_id: str, identity: str) -> bool:
        return (chat_id, identity) in self.s.memberships

    async def members_of(self, chat_id: str, identities: Collection[str]) -> set[str]:
        return {identity for identity in identities if (chat_id, identity) in self.s.memberships}
