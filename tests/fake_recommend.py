"""In-memory `commerce.ports.RecommendRepository` over `tests.fakes.MemoryState` (as storage.recommend)."""

from __future__ import annotations

from collections.abc import Collection
from datetime import datetime
from typing import TYPE_CHECKING

from commerce.domain import titles
from commerce.domain.group_buy import GroupBuyStatus
from commerce.domain.notes import Note
from commerce.domain.order import OrderStatus
from commerce.domain.recommend import Purchase

if TYPE_CHECKING:
    from tests.fakes import MemoryState

_GONE = (OrderStatus.CANCELLED, OrderStatus.REFUNDED)


class FakeRecommend:
    def __init__(self, state: MemoryState) -> None:
        self.s = state

    async def purchases(self, chats: Collection[str]) -> list[Purchase]:
        found: set[Purchase] = set()
        for order in self.s.orders.values():
            group_buy = self.s.group_buys.get(order.group_buy_id)
            here = group_buy is not None and (group_buy.chat_id in chats or order.chat_id in chats)
            if group_buy is not None and here and order.status not in _GONE:
                found.add(Purchase(order.buyer_id, order.group_buy_id, titles.product(group_buy.terms.title)))
        for group_buy_id, lines in self.s.lines.items():
            group_buy = self.s.group_buys.get(group_buy_id)
            listed = {x.group_buy_id for x in self.s.listings if x.chat_id in chats}  # 帮卖
            if group_buy is None or (group_buy.chat_id not in chats and group_buy_id not in listed):
                continue
            if group_buy.status is not GroupBuyStatus.OPEN:
                continue
            product = titles.product(group_buy.terms.title)
            found |= {
                Purchase(line.user_id, group_buy_id, product, ordered=False)
                for line in lines.values()  # a friend's line too: she is on the list (rep70 #8)
            }
        return sorted(found, key=lambda p: (p.group_buy_id, p.buyer_id))

    async def notes_about(self, chats: Collection[str], *, limit: int) -> list[tuple[Note, str]]:
        found = [
            (note, self.s.group_buys[note.group_buy_id].terms.title)
            for note in self.s.notes.notes.values()
            if note.chat_id in chats and note.group_buy_id in self.s.group_buys
        ]
        found.sort(key=lambda pair: -(pair[0].id or 0))
        return found[:limit]

    async def is_off(self, identity: str) -> bool:
        return identity in self.s.foryou_off

    async def turn(self, identity: str, *, off: bool, at: datetime) -> bool:
        if off == (identity in self.s.foryou_off):
            return False
        if off:
            self.s.foryou_off.add(identity)
        else:
            self.s.foryou_off.discard(identity)
        return True
