"""Finding a chat's notes by their words (`/search 面膜`), for the chat and for later features that
answer from notes (issue #13's "ask"): `search_notes` is the one entry point."""

from __future__ import annotations

from dataclasses import dataclass

from commerce.domain.note_search import DEFAULT_RESULTS, excerpt, query_text
from commerce.domain.notes import Note
from commerce.ports import UnitOfWork
from commerce.services.verified import Verifier


@dataclass(frozen=True)
class Found:
    """A note found, best first: the note (with its counts), a one-line excerpt around the word found,
    whether its author bought what it is about (✅), and its rank (higher is better)."""

    note: Note
    snippet: str
    verified: bool
    score: float
    terms: tuple[str, ...] = ()  # the words of the search, as cut (what Ask weighs a note by)


async def search_notes(
    uow: UnitOfWork, chat_id: str, words: str, limit: int = DEFAULT_RESULTS
) -> list[Found]:
    """The chat's notes with `words` (Chinese or English), best first, at most `limit`; only this chat's,
    and none an admin hid or the shill signals flagged (commerce.services.moderation): what search and
    ask (问) show is what a member may trust.
    Nothing to search for, or too long: `search_usage` / `search_too_long`."""
    query = query_text(words)
    left_out = await uow.moderation.excluded_from_digest(chat_id)  # hidden, or flagged as a shill's
    hits = await uow.note_search.search(chat_id, query, limit=limit + len(left_out))
    verifier = Verifier(uow)
    found: list[Found] = []
    for hit in hits:
        if hit.note_id in left_out or len(found) == limit:
            continue
        note = await uow.notes.get(hit.note_id)
        if note is None or note.chat_id != chat_id:
            continue
        terms = hit.terms or tuple(query.split())
        verified = await verifier.verified(note)
        found.append(Found(note, excerpt(note.text, terms), verified, hit.score, tuple(terms)))
    return found
