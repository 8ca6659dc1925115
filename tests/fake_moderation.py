"""The in-memory `commerce.ports.ModerationRepository` of tests.fakes' unit of work: flags and mutes
(`MemoryState.moderation`), and a chat's rescoring reads taken from the fake notes, group buys,
orders and listings as storage.moderation reads its tables."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field, replace
from datetime import datetime
from typing import TYPE_CHECKING

from commerce.domain.moderation import NoteFlag, NoteReport
from commerce.domain.near_duplicates import Signature, signature
from commerce.domain.notes import Note
from commerce.domain.shill import Community, GroupBuyFacts, Like, NoteFacts

if TYPE_CHECKING:
    from tests.fakes import MemoryState


@dataclass
class ModerationState:
    flags: dict[int, NoteFlag] = field(default_factory=dict)
    mutes: dict[tuple[str, str], tuple[str, datetime]] = field(default_factory=dict)  # -> (why, at)
    rescorings: int = 0  # `community` reads
    reports: list[NoteReport] = field(default_factory=list)


def _facts(note: Note) -> NoteFacts:
    stored = Signature.decode(note.signature) if note.signature else None
    return NoteFacts(
        note.id or 0,
        note.chat_id,
        note.author_id,
        note.text,
        stored or signature(note.text),
        note.created_at,
        note.group_buy_id,
    )


class FakeModeration:
    def __init__(self, state: MemoryState) -> None:
        self.s = state
        self.m = state.moderation
        self.written: set[int] = set()

    async def community(self, chat_id: str, *, since: datetime) -> Community:
        self.m.rescorings += 1
        every = self.s.notes.notes.values()
        here = [_facts(n) for n in every if n.chat_id == chat_id and n.created_at >= since]
        likes = [
            Like(note.id, member, self.s.notes.liked_at.get((note.id, member), note.created_at))
            for note in here
            for member in sorted(self.s.notes.likes.get(note.id, set()))
        ]
        linked: dict[int, GroupBuyFacts] = {}
        for gid in {note.group_buy_id for note in here if note.group_buy_id is not None}:
            group_buy = self.s.group_buys.get(gid)
            if group_buy is None:
                continue
            sellers = {o.sharer_id for o in self.s.orders.values() if o.group_buy_id == gid}
            sellers |= {o.help_seller_id for o in self.s.orders.values() if o.group_buy_id == gid}
            sellers |= {listing.seller_id for listing in self.s.listings if listing.group_buy_id == gid}
            sold_by = frozenset(s for s in sellers if s)
            opened = group_buy.created_at
            linked[gid] = GroupBuyFacts(gid, group_buy.organiser_id, opened, sold_by, group_buy.terms.title)
        authors = {note.author for note in here}
        elsewhere = [
            _facts(n)
            for n in every
            if n.author_id in authors and n.chat_id != chat_id and n.created_at >= since
        ]
        return Community(notes=tuple(here), likes=tuple(likes), group_buys=linked, elsewhere=tuple(elsewhere))

    async def flags(self, chat_id: str) -> dict[int, NoteFlag]:
        return {note_id: flag for note_id, flag in self.m.flags.items() if flag.chat_id == chat_id}

    async def flag(self, note_id: int) -> NoteFlag | None:
        return self.m.flags.get(note_id)

    async def save(self, flags: Sequence[NoteFlag], *, now: datetime) -> None:
        for flag in flags:
            self.written.add(flag.note_id)
            stored = self.m.flags.get(flag.note_id)
            if stored is None:
                self.m.flags[flag.note_id] = flag
            else:
                self.m.flags[flag.note_id] = replace(
                    stored, score=flag.score, reasons=flag.reasons, flagged=flag.flagged
                )

    async def decide(self, flag: NoteFlag, *, now: datetime) -> None:
        self.written.add(flag.note_id)
        self.m.flags[flag.note_id] = flag

    async def mute(self, chat_id: str, member_id: str, *, by: str, why: str, now: datetime) -> bool:
        if (chat_id, member_id) in self.m.mutes:
            return False
        self.m.mutes[(chat_id, member_id)] = (why, now)
        return True

    async def unmute(self, chat_id: str, member_id: str) -> bool:
        return self.m.mutes.pop((chat_id, member_id), None) is not None

    async def muted(self, chat_id: str, member_id: str) -> str | None:
        found = self.m.mutes.get((chat_id, member_id))
        return None if found is None else found[0]

    async def mutes(self, chat_id: str) -> list[str]:
        mine = [(at, member) for (chat, member), (_, at) in self.m.mutes.items() if chat == chat_id]
        return [member for _, member in sorted(mine)]

    async def excluded_from_digest(self, chat_id: str) -> set[int]:
        return {
            note_id for note_id, flag in self.m.flags.items() if flag.chat_id == chat_id and flag.excluded
        }

    async def report(self, report: NoteReport) -> bool:
        if any(r.note_id == report.note_id and r.member_id == report.member_id for r in self.m.reports):
            return False
        self.m.reports.append(report)
        return True

    async def reported_chats(self) -> set[str]:
        return {report.chat_id for report in self.m.reports}

    async def flagged_chats(self) -> set[str]:
        return {flag.chat_id for flag in self.m.flags.values() if flag.unverified}

    async def reports(self, chat_id: str) -> dict[int, list[NoteReport]]:
        found: dict[int, list[NoteReport]] = {}
        for report in self.m.reports:
            if report.chat_id == chat_id:
                found.setdefault(report.note_id, []).append(report)
        return found
