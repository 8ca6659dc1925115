"""The in-memory `commerce.ports.FollowRepository` and `NoteShareRepository` of tests.fakes' unit of
work: follows (one per follower and followed, as storage's unique key), each follower's last round-up,
and note shares (one per note and member), read from the fake notes, group buys and orders as
storage.follows reads its tables."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import datetime
from typing import TYPE_CHECKING

from commerce.domain.follows import Follow, News, NewsKind
from commerce.domain.group_buy import GroupBuyStatus
from commerce.domain.order import OrderStatus
from commerce.domain.reputation import FollowerOrder

if TYPE_CHECKING:
    from tests.fakes import MemoryState


@dataclass
class FollowsState:
    follows: list[Follow] = field(default_factory=list)
    roundups: dict[tuple[str, str], tuple[str, datetime]] = field(
        default_factory=dict
    )  # (platform, follower)
    note_shares: dict[int, set[str]] = field(default_factory=dict)  # note -> members


class FakeFollows:
    def __init__(self, state: MemoryState) -> None:
        self.s = state
        self.f = state.follows

    async def add(self, follow: Follow) -> bool:
        if any(
            (x.follower_id, x.followed_id) == (follow.follower_id, follow.followed_id) for x in self.f.follows
        ):
            return False
        self.f.follows.append(follow)
        return True

    async def remove(self, follower_id: str, followed_id: str) -> bool:
        kept = [x for x in self.f.follows if (x.follower_id, x.followed_id) != (follower_id, followed_id)]
        removed = len(kept) != len(self.f.follows)
        self.f.follows = kept
        return removed

    async def of_follower(self, follower_id: str) -> list[Follow]:
        return [x for x in self.f.follows if x.follower_id == follower_id]

    async def due(self, platform: str, day: str) -> list[str]:
        followers = {x.follower_id for x in self.f.follows if x.platform == platform}
        done = {who for (p, who), (last, _) in self.f.roundups.items() if p == platform and last >= day}
        return sorted(followers - done)

    async def last_roundup(self, platform: str, follower_id: str) -> tuple[str, datetime] | None:
        return self.f.roundups.get((platform, follower_id))

    async def claim_roundup(
        self, platform: str, follower_id: str, *, day: str, at: datetime, previous: str | None
    ) -> bool:
        held = self.f.roundups.get((platform, follower_id))
        if (held is None) != (previous is None) or (held is not None and held[0] != previous):
            return False
        self.f.roundups[(platform, follower_id)] = (day, at)
        return True

    async def member_chats(self, identity: str) -> set[str]:
        return {chat for (chat, who) in self.s.memberships if who == identity}

    async def news_by(self, authors: Sequence[str], *, since: datetime) -> list[News]:
        found = [
            News(NewsKind.NOTE, n.id or 0, n.chat_id, n.author_id, n.author_name, n.text, n.created_at)
            for n in self.s.notes.notes.values()
            if n.author_id in authors and n.created_at >= since
        ]
        found += [
            News(
                NewsKind.GROUP_BUY,
                gb.id or 0,
                gb.chat_id,
                gb.organiser_id,
                gb.organiser_name,
                gb.terms.title,
                gb.created_at,
                ended=gb.status in (GroupBuyStatus.CANCELLED, GroupBuyStatus.FAILED),
            )
            for gb in self.s.group_buys.values()
            if gb.organiser_id in authors and gb.created_at >= since
        ]
        return found

    async def follower_orders(self, chat_id: str) -> list[FollowerOrder]:
        settled = (OrderStatus.PAID, OrderStatus.FULFILLED)
        found = []
        for order in self.s.orders.values():
            gb = self.s.group_buys.get(order.group_buy_id)
            if gb is None or gb.chat_id != chat_id or order.status not in settled:
                continue
            found += [
                FollowerOrder(
                    x.follower_id, x.followed_id, x.created_at, gb.id or 0, gb.organiser_id, order.created_at
                )
                for x in self.f.follows
                if x.follower_id == order.buyer_id
            ]
        return found


class FakeNoteShares:
    def __init__(self, state: MemoryState) -> None:
        self.f = state.follows

    async def add(self, note_id: int, member_id: str, *, at: datetime) -> bool:
        members = self.f.note_shares.setdefault(note_id, set())
        if member_id in members:
            return False
        members.add(member_id)
        return True

    async def count(self, note_id: int) -> int:
        return len(self.f.note_shares.get(note_id, set()))
