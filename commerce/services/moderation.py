"""Moderation use cases (issue #12): rescoring a chat's notes for shill signals, the admins' queue,
hiding a note, and stopping a member from posting notes.

`rescore` runs in the transaction of a note being posted, liked or unliked (never on a join): it reads
the chat's notes of the last `shill.WINDOW` with their likes in a few statements
(`ModerationRepository.community`), scores them all (commerce.domain.shill) and writes only the flags
that changed. Digests ask `left_out_of_digest` which notes to leave out (flagged or hidden notes, and
the new notes of a flagged member). A note the admins hid makes the author's other notes here
suspect (`shill.Reason.HIDDEN`): hiding one, or showing it again, rescores the chat.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import datetime

from commerce.domain import shill
from commerce.domain.errors import DomainError, NotFound
from commerce.domain.moderation import MAX_WHY, NoteFlag, NoteReport, reason_text, rescored
from commerce.domain.notes import Note, bought_first, reaches
from commerce.domain.shill import Community, NoteScore
from commerce.domain.text import clean_text
from commerce.ports import UnitOfWork
from commerce.services import reputation


@dataclass(frozen=True)
class Queued:
    """A flagged or reported note in the admins' queue, with its author's score in the chat and the
    members' reports of it."""

    note: Note
    flag: NoteFlag
    member_score: float
    reports: tuple[NoteReport, ...] = ()


async def rescore(uow: UnitOfWork, chat_id: str, *, now: datetime) -> dict[int, NoteScore]:
    """Score the chat's recent notes and store the flags that changed."""
    scores = await _scores(uow, chat_id, now=now)
    if not scores:
        return {}
    stored = await uow.moderation.flags(chat_id)
    changed = [
        flag
        for scored in scores.values()
        if (flag := rescored(stored.get(scored.note_id), scored, chat_id)) is not None
    ]
    await uow.moderation.save(changed, now=now)
    return scores


async def _scores(uow: UnitOfWork, chat_id: str, *, now: datetime) -> dict[int, NoteScore]:
    community = await uow.moderation.community(chat_id, since=now - shill.WINDOW)
    if not community.notes:
        return {}
    verified, hidden = await _verified(uow, community), await _hidden(uow, community, chat_id)
    return shill.score(replace(community, verified=verified, hidden=hidden))


async def _hidden(uow: UnitOfWork, community: Community, chat_id: str) -> dict[str, frozenset[int]]:
    """The notes the chat's admins hid, by author (a note older than the window is read by its id:
    hides are few)."""
    flags = await uow.moderation.flags(chat_id)
    hides = {note_id: flag.hidden_by for note_id, flag in flags.items() if flag.hidden}
    author_of = {note.id: note.author for note in community.notes}
    found: dict[str, set[int]] = {}
    for note_id, by in hides.items():
        author = author_of.get(note_id)
        if author is None:
            note = await uow.notes.get(note_id)
            author = None if note is None else note.author_id
        if author is not None and by != author:  # one its author withdrew (`删除笔记`) is no admin's hide
            found.setdefault(author, set()).add(note_id)
    return {author: frozenset(notes) for author, notes in found.items()}


async def left_out_of_digest(uow: UnitOfWork, chat_id: str, *, now: datetime) -> set[int]:
    """The notes a digest leaves out: hidden or flagged ones (`excluded_from_digest`), and the notes of
    a member flagged as a possible shill (`shill.suspects`: two or more of their notes flagged, at
    least half of them, not counting notes an admin cleared) that no admin cleared. A shill's new note
    has no clique likes yet when the evening digest is made, so it is not flagged yet
    (bench/community.py: 18 of the shills' notes rode in digests before their clique's likes
    arrived); its author is, by the scores of their notes now (read, not stored). An ad (a note
    flagged for a contact to buy through, `NoteFlag.advert`) stays out even when an admin kept it."""
    excluded = await uow.moderation.excluded_from_digest(chat_id)
    scores = await _scores(uow, chat_id, now=now)
    stored = await uow.moderation.flags(chat_id)
    cleared = {note_id for note_id, flag in stored.items() if flag.cleared}  # the admins' word stands
    suspects = shill.suspects(s for s in scores.values() if s.note_id not in cleared)
    by_suspects = {n for n, s in scores.items() if s.author in suspects and n not in cleared}
    adverts = {note_id for note_id, flag in stored.items() if flag.advert}  # kept: up, never a best note
    return excluded | by_suspects | adverts


async def _verified(uow: UnitOfWork, community: Community) -> frozenset[int]:
    """The notes whose author bought what they are about before writing them (as the card's ✅ says:
    that group buy, or an earlier one of the same product)."""
    linked = [note for note in community.notes if note.group_buy_id in community.group_buys]
    if not linked:
        return frozenset()
    bought = await uow.trust.bought_titles_of(sorted({note.author for note in linked}))
    verified = set()
    for note in linked:
        group_buy = community.group_buys[note.group_buy_id or 0]
        if bought_first(bought.get(note.author, []), group_buy.id, group_buy.title, note.created_at):
            verified.add(note.id)
    return frozenset(verified)


async def queue(uow: UnitOfWork, chat_id: str) -> list[Queued]:
    """The chat's flagged or reported notes nobody decided on yet (not hidden, not kept), highest
    score first."""
    stored = await uow.moderation.flags(chat_id)
    flags = [flag for flag in stored.values() if flag.unverified]
    reported = await uow.moderation.reports(chat_id)
    for note_id in sorted(reported):
        flag = stored.get(note_id) or NoteFlag(note_id, chat_id)  # reported, never flagged
        if not (flag.unverified or flag.hidden or flag.cleared):
            flags.append(flag)
    found = []
    for flag in flags:
        note = await uow.notes.get(flag.note_id)
        if note is not None:
            found.append((note, flag))
    by_author: dict[str, list[float]] = {}
    for note, flag in found:
        by_author.setdefault(note.author_id, []).append(flag.score)
    queued = [
        Queued(
            note,
            flag,
            sum(by_author[note.author_id]) / len(by_author[note.author_id]),
            tuple(reported.get(flag.note_id, ())),
        )
        for note, flag in found
    ]
    return sorted(queued, key=lambda q: (-q.flag.score, q.note.id or 0))


async def _note(uow: UnitOfWork, note_id: int, chat_id: str) -> Note:
    note = await uow.notes.get(note_id)
    if note is None or not reaches(note, chat_id):
        raise NotFound("note_not_found", id=note_id)
    return note


async def hide(uow: UnitOfWork, *, note_id: int, chat_id: str, by: str, why: str, now: datetime) -> NoteFlag:
    """Hide a note of this chat; one hidden already: refused (`note_already_hidden`)."""
    await _note(uow, note_id, chat_id)
    stored = await uow.moderation.flag(note_id) or NoteFlag(note_id, chat_id)
    if stored.hidden:
        raise DomainError("note_already_hidden", id=note_id)
    decided = replace(stored, hidden=True, hidden_by=by, why=reason_text(why))
    await uow.moderation.decide(decided, now=now)
    await rescore(uow, chat_id, now=now)  # the author's other notes: caught before (`shill.HIDDEN`)
    await reputation.recompute(uow, chat_id)  # its likes lift nobody now, nor those of the notes it flagged
    return decided


async def withdraw(uow: UnitOfWork, *, note_id: int, chat_id: str, author: str, now: datetime) -> NoteFlag:
    """The author takes their own note down (`删除笔记 3`): hidden as an admin's hide hides it, by its
    author (`hidden_by`), which counts as no admin's hide of theirs (`shill.HIDDEN`, the mute hint).
    Someone else's note: `note_delete_not_yours`; down already: `note_already_withdrawn`."""
    note = await _note(uow, note_id, chat_id)
    if note.author_id != author:
        raise DomainError("note_delete_not_yours", id=note_id)
    stored = await uow.moderation.flag(note_id) or NoteFlag(note_id, chat_id)
    if stored.hidden:
        raise DomainError("note_already_withdrawn", id=note_id)
    decided = replace(stored, hidden=True, hidden_by=author, why="")
    await uow.moderation.decide(decided, now=now)
    await reputation.recompute(uow, chat_id)  # its likes lift nobody now
    return decided


async def unhide(uow: UnitOfWork, *, note_id: int, chat_id: str, now: datetime) -> NoteFlag:
    """Show a hidden or flagged note again, as cleared: it is not flagged again. Neither: refused."""
    await _note(uow, note_id, chat_id)
    stored = await uow.moderation.flag(note_id)
    reported = note_id in await uow.moderation.reports(chat_id)  # in the queue for members' reports
    if stored is None and reported:
        stored = NoteFlag(note_id, chat_id)
    if stored is None or not (stored.hidden or stored.unverified or (reported and not stored.cleared)):
        raise DomainError("note_not_hidden", id=note_id)
    decided = replace(stored, hidden=False, cleared=True, hidden_by="", why="")
    await uow.moderation.decide(decided, now=now)
    if stored.hidden:
        await rescore(uow, chat_id, now=now)  # the author's other notes: not caught before after all
    await reputation.recompute(uow, chat_id)  # cleared: its likes count again, and theirs
    return decided


async def report(
    uow: UnitOfWork, *, note_id: int, chat_id: str, member: str, name: str, why: str, now: datetime
) -> bool:
    """A member reports a note of the chat to its admins (`举报 7 广告`): it joins their queue with the
    reporter and the reason. False: they reported it already (counted once). One's own note, or one
    hidden: refused; so is a reason over `MAX_WHY` characters (never cut unsaid: the admins would read
    half of it, and the member would not know)."""
    note = await _note(uow, note_id, chat_id)
    await visible(uow, note)
    if note.author_id == member:
        raise DomainError("report_own_note", id=note_id)
    if len(clean_text(why)) > MAX_WHY:
        raise DomainError("report_reason_too_long", limit=MAX_WHY, length=len(clean_text(why)), id=note_id)
    return await uow.moderation.report(NoteReport(note_id, chat_id, member, name, reason_text(why), now))


async def visible(uow: UnitOfWork, note: Note) -> None:
    """Refuse acting on a hidden note (a like, a comment): `note_hidden`."""
    flag = await uow.moderation.flag(note.id or 0)
    if flag is not None and flag.hidden and flag.hidden_by == note.author_id:  # its author took it down
        raise DomainError("note_withdrawn_closed", id=note.id)
    if flag is not None and flag.hidden:  # the admins hid it
        raise DomainError("note_hidden", id=note.id)


async def may_post(uow: UnitOfWork, chat_id: str, member_id: str) -> None:
    """Refuse a note from a member the chat's admins stopped posting notes (`note_muted`, with the
    admins' reason when they gave one: `note_muted_why`)."""
    why = await uow.moderation.muted(chat_id, member_id)
    if why:
        raise DomainError("note_muted_why", why=why)
    if why is not None:
        raise DomainError("note_muted")


async def may_comment(uow: UnitOfWork, chat_id: str, member_id: str) -> None:
    """Refuse a comment from a member the chat's admins muted, as their notes are (`comment_muted`,
    with the admins' reason when they gave one: `comment_muted_why`)."""
    why = await uow.moderation.muted(chat_id, member_id)
    if why:
        raise DomainError("comment_muted_why", why=why)
    if why is not None:
        raise DomainError("comment_muted")


async def mute(uow: UnitOfWork, *, chat_id: str, member_id: str, by: str, why: str, now: datetime) -> bool:
    """Stop the member posting notes and comments in the chat: False if they were already. Muted, they
    have no level here and their likes and comments lift nobody (commerce.services.reputation.recompute)."""
    if not await uow.moderation.mute(chat_id, member_id, by=by, why=reason_text(why), now=now):
        return False
    await reputation.recompute(uow, chat_id)
    return True


async def unmute(uow: UnitOfWork, *, chat_id: str, member_id: str) -> bool:
    """Let them post notes again: False if they were not stopped. Their level and likes count again."""
    if not await uow.moderation.unmute(chat_id, member_id):
        return False
    await reputation.recompute(uow, chat_id)
    return True
