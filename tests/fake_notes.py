"""The in-memory `commerce.ports.NoteRepository` of tests.fakes' unit of work: notes, likes (one per
note and member, as storage's unique key) and comments, as storage.notes keeps them."""

from __future__ import annotations

from dataclasses import dataclass, field, replace
from datetime import datetime
from typing import TYPE_CHECKING

from commerce.domain.notes import Bought, Comment, Note
from commerce.domain.order import OrderStatus

if TYPE_CHECKING:
    from tests.fakes import MemoryState


@dataclass
class NotesState:
    notes: dict[int, Note] = field(default_factory=dict)
    likes: dict[int, set[str]] = field(default_factory=dict)  # note -> members
    comments: list[Comment] = field(default_factory=list)
    liked_at: dict[tuple[int, str], datetime] = field(default_factory=dict)  # (note, member) -> when


class FakeNotes:
    def __init__(self, state: MemoryState) -> None:
        self.s = state
        self.n = state.notes

    async def add(self, note: Note) -> Note:
        stored = replace(note, id=len(self.n.notes) + 1)
        self.n.notes[stored.id or 0] = stored
        return stored

    async def get(self, note_id: int) -> Note | None:
        note = self.n.notes.get(note_id)
        if note is None:
            return None
        comments = sum(1 for c in self.n.comments if c.note_id == note_id)
        return replace(note, likes=len(self.n.likes.get(note_id, set())), comments=comments)

    async def recent_of(self, author_id: str, *, since: datetime) -> list[Note]:
        mine = [n for n in self.n.notes.values() if n.author_id == author_id and n.created_at >= since]
        return sorted(mine, key=lambda n: (n.created_at, n.id or 0), reverse=True)

    async def like(self, note_id: int, member_id: str, *, at: datetime) -> bool:
        members = self.n.likes.setdefault(note_id, set())
        if member_id in members:
            return False
        members.add(member_id)
        self.n.liked_at[(note_id, member_id)] = at
        return True

    async def unlike(self, note_id: int, member_id: str) -> bool:
        members = self.n.likes.get(note_id, set())
        if member_id not in members:
            return False
        members.discard(member_id)
        return True

    async def add_comment(self, comment: Comment) -> Comment:
        stored = replace(comment, id=len(self.n.comments) + 1)
        self.n.comments.append(stored)
        return stored

    async def comments(self, note_id: int, *, limit: int) -> list[Comment]:
        return [c for c in self.n.comments if c.note_id == note_id][:limit]

    async def bought_titles(self, buyer_id: str) -> list[Bought]:
        settled = (OrderStatus.PAID, OrderStatus.FULFILLED)
        found = {
            (o.group_buy_id, o.created_at)
            for o in self.s.orders.values()
            if o.buyer_id == buyer_id and o.status in settled
        }
        return [
            Bought(gid, self.s.group_buys[gid].terms.title, at)
            for gid, at in sorted(found)
            if gid in self.s.group_buys
        ]

    async def about(self, group_buy_id: int, chat_id: str, *, limit: int) -> list[int]:
        here = (group_buy_id, chat_id)
        found = (n.id or 0 for n in self.n.notes.values() if (n.group_buy_id, n.chat_id) == here)
        return sorted(found, reverse=True)[:limit]

    async def link(self, note_id: int, group_buy_id: int) -> None:
        self.n.notes[note_id] = replace(self.n.notes[note_id], group_buy_id=group_buy_id)

    async def unlinked_in(self, chat_id: str, *, since: datetime) -> list[Note]:
        found = (
            n
            for n in self.n.notes.values()
            if n.chat_id == chat_id and n.group_buy_id is None and n.created_at >= since
        )
        return sorted(found, key=lambda n: n.id or 0)

    async def sells(self, group_buy_id: int, member_id: str) -> bool:
        listed = (x.group_buy_id == group_buy_id and x.seller_id == member_id for x in self.s.listings)
        return any(listed) or any(
            o.group_buy_id == group_buy_id and member_id in (o.sharer_id, o.help_seller_id)
            for o in self.s.orders.values()
        )

    async def help_sells(self, group_buy_id: int, member_id: str) -> bool:
        listed = (x.group_buy_id == group_buy_id and x.seller_id == member_id for x in self.s.listings)
        return any(listed) or any(
            o.group_buy_id == group_buy_id and o.help_seller_id == member_id for o in self.s.orders.values()
        )
