"""Notes (种草) use cases: post, like, unlike, comment, and what a note card shows (issue #12).

Each takes the open unit of work; the chat a command came from decides what it reaches
(commerce.domain.notes.reaches): a note of another chat is answered as one that does not exist.
A like, its taking back, or a comment recomputes the chat's trust (commerce.services.reputation) in
the same transaction, so the author's level on the refreshed card already counts it.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import datetime, timedelta

from commerce.domain import note_links
from commerce.domain.errors import DomainError, NotFound
from commerce.domain.group_buy import GroupBuy, GroupBuyStatus
from commerce.domain.moderation import NoteFlag
from commerce.domain.near_duplicates import signature
from commerce.domain.notes import (
    DUPLICATE_DAYS,
    Comment,
    Mark,
    Note,
    bought_first,
    check_flood,
    comment_text,
    marks,
    may_like,
    note_text,
    reaches,
)
from commerce.domain.reputation import Level
from commerce.domain.share_codes import ShareCode, holder
from commerce.ports import UnitOfWork
from commerce.services import listings, moderation, reputation

MAX_COMMENTS_SHOWN = 20


@dataclass(frozen=True)
class NoteView:
    """A note as its card shows it: the note (with its counts), the group buy it is about, the
    author's marks, and (for `/note 3`) its first comments."""

    note: Note
    group_buy: GroupBuy | None
    marks: tuple[Mark, ...]
    comments: tuple[Comment, ...] = ()
    level: Level = Level.NEWCOMER  # the author's in the note's chat (commerce.domain.reputation)
    share: str = ""  # the author's share code for the group buy (`团12-K7QM`): joining with it is theirs
    shares: int = 0  # members who took their own share code for this note (`分享笔记 3`)
    flag: NoteFlag | None = None  # moderation (commerce.domain.moderation): hidden, or flagged 未验证


async def post(
    uow: UnitOfWork,
    *,
    chat_id: str,
    author_id: str,
    author_name: str,
    text: str,
    photo: str | None,
    group_buy_id: int | None,
    now: datetime,
    per_day: int,
    lang: str = "zh",
) -> Note:
    """Post a note. `group_buy_id` (`/note #12 …`) links it to that group buy of this chat; without one,
    to the one open group buy of this chat whose product the text names (commerce.domain.note_links),
    else (none, or several) to none."""
    cleaned = note_text(text)
    if group_buy_id is not None:
        linked = await uow.group_buys.get(group_buy_id)
        if linked is None or (
            linked.chat_id != chat_id and await listings.reaches(uow, linked, chat_id) is None
        ):
            raise NotFound("group_buy_not_found", id=group_buy_id)  # 帮卖: a group that lists it may
    else:
        named = await named_group_buys(uow, chat_id, cleaned)
        linked = named[0] if len(named) == 1 else None  # several named alike: nobody guesses
    await moderation.may_post(uow, chat_id, author_id)
    recent = await uow.notes.recent_of(author_id, since=now - timedelta(days=DUPLICATE_DAYS))
    check_flood(recent, chat_id=chat_id, text=cleaned, now=now, per_day=per_day)
    note = await uow.notes.add(
        Note(
            id=None,
            chat_id=chat_id,
            author_id=author_id,
            author_name=author_name,
            text=cleaned,
            created_at=now,
            photo=photo or "",
            group_buy_id=None if linked is None else linked.id,
            lang=lang,
            signature=signature(cleaned).encode(),
        )
    )
    title = "" if linked is None else linked.terms.title  # its group buy's words are the note's too
    await uow.note_search.index(note, title=title)  # findable by `/search` from the same transaction on
    await moderation.rescore(uow, chat_id, now=now)  # shill signals (commerce.domain.shill)
    if uow.moderation.written:  # it flagged (or cleared) notes: the likes that count changed
        await reputation.recompute(uow, chat_id)
    return note


async def link(
    uow: UnitOfWork, *, note_id: int, chat_id: str, group_buy_id: int, member_id: str, now: datetime
) -> tuple[Note, GroupBuy, bool]:
    """Link a note of this chat to an open group buy it may be about (`种草 3 #2`): its author or that
    group buy's organiser may; the note then carries its price and Join as a `种草 #2 …` note does.
    False: it was linked to it already (nothing changes). Refused, nothing changed: a hidden note, one
    flagged (waiting for the admins) or an ad (kept or not), a group buy this chat does not reach, one
    no longer open, someone else's note, or a note about another group buy still open."""
    note = await note_in_chat(uow, note_id, chat_id)
    await moderation.visible(uow, note)
    flag = await uow.moderation.flag(note_id)
    if flag is not None and flag.doubted:  # a Join on an ad, or on what waits for review
        raise DomainError("note_link_flagged", id=note_id)
    group_buy = await uow.group_buys.get(group_buy_id)
    if group_buy is None or (
        group_buy.chat_id != chat_id and await listings.reaches(uow, group_buy, chat_id) is None
    ):
        raise NotFound("group_buy_not_found", id=group_buy_id)
    if member_id not in (note.author_id, group_buy.organiser_id):
        raise DomainError("note_link_not_yours", id=note_id, name=note.author_name, group_buy=group_buy_id)
    if note.group_buy_id == group_buy_id:
        return note, group_buy, False
    if group_buy.status is not GroupBuyStatus.OPEN:
        raise DomainError("note_link_ended", title=group_buy.terms.title, group_buy=group_buy_id)
    current = None if note.group_buy_id is None else await uow.group_buys.get(note.group_buy_id)
    if current is not None and current.status is GroupBuyStatus.OPEN:
        raise DomainError("note_link_taken", id=note_id, title=current.terms.title, other=current.id)
    await uow.notes.link(note_id, group_buy_id)
    await uow.note_search.retitle(group_buy_id, group_buy.terms.title)  # its words count the title's
    await moderation.rescore(uow, chat_id, now=now)  # who sells it is a signal (commerce.domain.shill)
    if uow.moderation.written:
        await reputation.recompute(uow, chat_id)
    return replace(note, group_buy_id=group_buy_id), group_buy, True


async def named_group_buys(uow: UnitOfWork, chat_id: str, text: str) -> list[GroupBuy]:
    """The open group buys of the chat that a note's `text` names most clearly (newest first): one is
    its link; several, the ones its author may choose with `#12`."""
    found = await uow.group_buys.open_in_chat(chat_id)
    return note_links.named(text, [(gb, gb.terms.title) for gb in found])


async def note_in_chat(uow: UnitOfWork, note_id: int, chat_id: str) -> Note:
    note = await uow.notes.get(note_id)
    if note is None or not reaches(note, chat_id):
        raise NotFound("note_not_found", id=note_id)
    return note


async def like(uow: UnitOfWork, *, note_id: int, chat_id: str, member_id: str, now: datetime) -> bool:
    """Like a note of this chat: False if the member liked it already (nothing changes)."""
    note = await note_in_chat(uow, note_id, chat_id)
    await moderation.visible(uow, note)
    may_like(note, member_id)
    liked = await uow.notes.like(note_id, member_id, at=now)
    if liked:  # the flags first: a like on a note it flags counts for nobody's trust
        await moderation.rescore(uow, chat_id, now=now)
        await reputation.recompute(uow, chat_id)
    return liked


async def unlike(
    uow: UnitOfWork, *, note_id: int, chat_id: str, member_id: str, now: datetime | None = None
) -> bool:
    """Take a like back: False if the member had not liked it (nothing changes)."""
    await note_in_chat(uow, note_id, chat_id)
    taken = await uow.notes.unlike(note_id, member_id)
    if taken:
        if now is not None:
            await moderation.rescore(uow, chat_id, now=now)
        await reputation.recompute(uow, chat_id)
    return taken


async def toggle_like(uow: UnitOfWork, *, note_id: int, chat_id: str, member_id: str, now: datetime) -> bool:
    """The card's Like button: likes, or, tapped by one who liked it, takes the like back. True: liked."""
    note = await note_in_chat(uow, note_id, chat_id)
    await moderation.visible(uow, note)
    may_like(note, member_id)
    liked = await uow.notes.like(note_id, member_id, at=now)
    if not liked:
        await uow.notes.unlike(note_id, member_id)
    await moderation.rescore(uow, chat_id, now=now)
    await reputation.recompute(uow, chat_id)
    return liked


COMMENTS_CHECKED = 500  # a note's comments read for one of hers with the same words (a repeat)


async def comment(
    uow: UnitOfWork,
    *,
    note_id: int,
    chat_id: str,
    author_id: str,
    author_name: str,
    text: str,
    now: datetime,
) -> Comment:
    await moderation.visible(uow, await note_in_chat(uow, note_id, chat_id))
    await moderation.may_comment(uow, chat_id, author_id)  # muted: no comments either
    cleaned = comment_text(text)
    earlier = await uow.notes.comments(note_id, limit=COMMENTS_CHECKED)
    if any(c.author_id == author_id and c.text == cleaned for c in earlier):  # sent twice: posted once
        raise DomainError("comment_repeated", id=note_id, text=cleaned)
    added = await uow.notes.add_comment(
        Comment(None, note_id, author_id, author_name, cleaned, created_at=now)
    )
    await reputation.recompute(uow, chat_id)
    return added


async def view(uow: UnitOfWork, note: Note, *, with_comments: bool = False) -> NoteView:
    """What the note's card shows: its group buy (as it stands now) and the author's marks."""
    group_buy = None if note.group_buy_id is None else await uow.group_buys.get(note.group_buy_id)
    bought = False
    sells: Mark | None = None
    if group_buy is not None:
        sells = await _sells_as(uow, group_buy, note.author_id)
        bought = bought_first(  # before the note was written: a claim predating the order is no proof
            await uow.notes.bought_titles(note.author_id),
            group_buy.id or 0,
            group_buy.terms.title,
            note.created_at,
        )
    comments = await uow.notes.comments(note.id or 0, limit=MAX_COMMENTS_SHOWN) if with_comments else []
    level = await reputation.level_of(uow, note.chat_id, note.author_id)
    code = None
    if group_buy is not None:  # a note of a group that help-sells it (帮卖): the author's code made there
        listing = await listings.reaches(uow, group_buy, note.chat_id)
        author = holder(note.author_id, None if listing is None else listing.id)
        code = await uow.attribution.code_of(group_buy.id or 0, author)
    share = "" if code is None or group_buy is None else ShareCode(group_buy.id or 0, code).label
    shares = await uow.note_shares.count(note.id or 0)
    flag = await uow.moderation.flag(note.id or 0)
    if flag is not None and flag.advert:  # an ad, kept or not: its author's order vouches for nothing
        bought = False
    shown_marks = marks(bought=bought, sells=sells)
    return NoteView(note, group_buy, shown_marks, tuple(comments), level, share, shares, flag)


async def _sells_as(uow: UnitOfWork, group_buy: GroupBuy, member_id: str) -> Mark | None:
    """How the member sells the group buy, as their note's card says: its organiser (团长), its
    help-seller in another group (帮卖), or a sharer whose code or link brought an order (带货)."""
    if group_buy.organiser_id == member_id:
        return Mark.ORGANISER
    if not await uow.notes.sells(group_buy.id or 0, member_id):
        return None
    return Mark.HELP_SELLER if await uow.notes.help_sells(group_buy.id or 0, member_id) else Mark.SHARER


async def show(uow: UnitOfWork, *, note_id: int, chat_id: str, with_comments: bool = False) -> NoteView:
    return await view(uow, await note_in_chat(uow, note_id, chat_id), with_comments=with_comments)
