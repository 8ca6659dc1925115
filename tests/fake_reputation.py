"""The in-memory `commerce.ports.TrustRepository` of tests.fakes' unit of work: the chat's notes and
what members did with them, read from the fake notes and group buys as storage.reputation reads its
tables, and each member's stored trust (`MemoryState.trust`, keyed by chat and member)."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import TYPE_CHECKING

from commerce.domain.notes import Bought
from commerce.domain.order import OrderStatus
from commerce.domain.reputation import Act, Kind, NoteFacts

if TYPE_CHECKING:
    from tests.fakes import MemoryState


class FakeTrust:
    def __init__(self, state: MemoryState) -> None:
        self.s = state
        self.relevelled: set[int] = set()

    async def activity(self, chat_id: str) -> tuple[list[NoteFacts], list[Act]]:
        notes = [n for n in self.s.notes.notes.values() if n.chat_id == chat_id]
        facts, acts = [], []
        for note in notes:
            note_id = note.id or 0
            linked = self.s.group_buys.get(note.group_buy_id or 0)
            facts.append(
                NoteFacts(
                    note_id,
                    note.author_id,
                    note.group_buy_id,
                    linked.terms.title if linked else "",
                    note.created_at,
                    note.text,
                )
            )
            acts += [
                Act(note_id, member, Kind.LIKE) for member in sorted(self.s.notes.likes.get(note_id, ()))
            ]
            acts += [
                Act(note_id, c.author_id, Kind.COMMENT) for c in self.s.notes.comments if c.note_id == note_id
            ]
            if linked is not None:  # through the note: a visit by the author's Join, code or link first
                lines = self.s.lines.get(note.group_buy_id or 0, {}).values()
                visits = [
                    v
                    for v in self.s.visits
                    if v.group_buy_id == note.group_buy_id
                    and v.sharer_id == note.author_id
                    and v.at >= note.created_at
                ]
                joined = {
                    p.user_id
                    for p in lines
                    if any(v.visitor_id == p.user_id and p.joined_at >= v.at for v in visits)
                }
                acts += [Act(note_id, member, Kind.PURCHASE) for member in sorted(joined)]
        return facts, acts

    async def bought_titles_of(self, members: Sequence[str]) -> dict[str, list[Bought]]:
        settled = (OrderStatus.PAID, OrderStatus.FULFILLED)
        found: dict[str, list[Bought]] = {}
        for order in sorted(self.s.orders.values(), key=lambda o: (o.group_buy_id, o.created_at)):
            gb = self.s.group_buys.get(order.group_buy_id)
            if order.buyer_id in members and order.status in settled and gb is not None:
                found.setdefault(order.buyer_id, []).append(
                    Bought(order.group_buy_id, gb.terms.title, order.created_at)
                )
        return found

    async def stored(self, chat_id: str) -> dict[str, float]:
        return {member: trust for (chat, member), trust in self.s.trust.items() if chat == chat_id}

    async def save(self, chat_id: str, trust: Mapping[str, float]) -> None:
        for member, value in trust.items():
            self.s.trust[(chat_id, member)] = value

    async def trust_of(self, chat_id: str, member_id: str) -> float:
        return self.s.trust.get((chat_id, member_id), 1.0)
