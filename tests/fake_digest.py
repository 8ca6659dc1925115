"""The in-memory `commerce.ports.NoteSearch` and `DigestRepository` of tests.fakes' unit of work.

The search cuts a note and a search into words as the real one does (storage.segment: jieba, English
plurals folded, a note's longer Chinese words indexed with their characters, `甜不甜` searched as 甜) and
matches them as storage.note_search does (`named_by`: a Chinese word also in a note jieba cut otherwise):
every word first, else any, then the notes that name a product of the search by its head (`芒果`,
`mango`: 贵妃芒); the rank is how many of the words the note has (a phrase said apart, 肉质很细腻, a
little below said as typed). The real
ranking (FTS5, PostgreSQL) is tested on both engines in tests/integration/test_note_search_storage.py.
"""

from __future__ import annotations

from dataclasses import dataclass, field, replace
from datetime import date, datetime
from typing import TYPE_CHECKING

from commerce.domain.digest import Engaged
from commerce.domain.note_search import SearchHit
from commerce.domain.notes import Note
from storage.note_search import alternatives, named_by
from storage.segment import heads_of, index_words, query_words, singular

if TYPE_CHECKING:
    from tests.fakes import MemoryState


@dataclass
class DigestState:
    indexed: dict[int, tuple[str, str]] = field(default_factory=dict)  # note -> (chat, text)
    modes: dict[str, bool] = field(default_factory=dict)  # chat -> its choice
    sent_on: dict[str, date] = field(default_factory=dict)  # chat -> the day of its last digest


class FakeNoteSearch:
    def __init__(self, state: MemoryState) -> None:
        self.d = state.digest
        self.notes = state.notes.notes

    async def index(self, note: Note, *, title: str = "") -> None:
        self.d.indexed[note.id or 0] = (note.chat_id, f"{note.text}\n{title}" if title else note.text)

    async def retitle(self, group_buy_id: int, title: str) -> None:
        for note_id, (chat, _) in list(self.d.indexed.items()):
            note = self.notes.get(note_id)
            if note is not None and note.group_buy_id == group_buy_id:
                self.d.indexed[note_id] = (chat, f"{note.text}\n{title}")

    async def search(self, chat_id: str, words: str, *, limit: int) -> list[SearchHit]:
        terms = tuple(query_words(words))
        if not terms:
            return []
        keys = tuple(dict.fromkeys(singular(term) for term in terms))  # as the index folds them
        also = alternatives(terms)  # `sweeter`: sweet, 甜; `荔枝`: lychee
        alone = tuple((key, *also[key]) for key in keys)
        heads = heads_of(terms)  # `芒果`, `mango`: 芒, for the notes on 贵妃芒
        said = {
            note_id: (set(index_words(text).split()), text)
            for note_id, (chat, text) in self.d.indexed.items()
            if chat == chat_id
        }
        counted = {  # a Chinese word also when jieba cut the note otherwise (个头大 in 这个头大)
            note_id: sum(named_by(((key,),), {}, indexed, text, every=True) for key in keys)
            for note_id, (indexed, text) in said.items()
        }
        exactly = {  # a phrase said as typed (肉质细腻) above said apart (肉质很细腻): a fraction of one
            note_id: sum(named_by(((key,),), {}, indexed, text, every=True, apart=False) for key in keys)
            / (len(keys) + 1)
            for note_id, (indexed, text) in said.items()
        }
        also_counted = {
            note_id: sum(named_by((group,), {}, indexed, text, every=True) for group in alone)
            for note_id, (indexed, text) in said.items()
        }
        found: list[tuple[int, float]] = []
        for every in (True, False) if len(keys) > 1 else (True,):  # every word, else any
            wanted = len(keys) if every else 1
            found = sorted(((n, c + exactly[n]) for n, c in counted.items() if c >= wanted), key=_best)
            seen = {n for n, _ in found}
            said_so = sorted(((n, float(c)) for n, c in also_counted.items() if c >= wanted), key=_best)
            floor = min((score for _, score in found), default=0.0) - 1.0  # said another way: below
            found += [(n, floor - i) for i, (n, _) in enumerate(p for p in said_so if p[0] not in seen)]
            seen = {n for n, _ in found}
            named = (
                [n for n in said if n not in seen and named_by(alone, heads, *said[n], every=every)]
                if heads
                else []
            )
            floor = min((score for _, score in found), default=0.0) - 1.0
            found += [(n, floor - i) for i, n in enumerate(sorted(named, reverse=True))]  # below those found
            if found:
                break
        return [SearchHit(note_id, score, terms) for note_id, score in found[:limit]]


def _best(pair: tuple[int, float]) -> tuple[float, int]:
    return (-pair[1], -pair[0])


class FakeDigests:
    def __init__(self, state: MemoryState) -> None:
        self.s = state
        self.d = state.digest

    async def mode(self, chat_id: str) -> bool | None:
        return self.d.modes.get(chat_id)

    async def set_mode(self, chat_id: str, on: bool) -> None:
        self.d.modes[chat_id] = on

    async def members(self, chat_id: str) -> int:
        return sum(1 for chat, _ in self.s.memberships if chat == chat_id)

    async def engaged(self, chat_id: str, *, since: datetime, until: datetime) -> list[Engaged]:
        found = []
        for note_id, note in sorted(self.s.notes.notes.items()):
            if note.chat_id != chat_id or not since <= note.created_at < until:
                continue
            likers = frozenset(self.s.notes.likes.get(note_id, set()))
            commenters = frozenset(c.author_id for c in self.s.notes.comments if c.note_id == note_id)
            comments = sum(1 for c in self.s.notes.comments if c.note_id == note_id)
            counted = replace(note, likes=len(likers), comments=comments)
            found.append(Engaged(counted, likers, commenters))
        return found

    async def chats_with_notes(self, *, since: datetime, until: datetime) -> list[str]:
        chats = {n.chat_id for n in self.s.notes.notes.values() if since <= n.created_at < until}
        return sorted(chats)

    async def claim(self, chat_id: str, day: date) -> bool:
        last = self.d.sent_on.get(chat_id)
        if last is not None and last >= day:
            return False
        self.d.sent_on[chat_id] = day
        return True
