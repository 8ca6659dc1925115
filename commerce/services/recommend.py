"""For you (猜你喜欢) use cases: a member's recommendations read from their chats (commerce.domain.recommend
ranks them), and turning them off and on. `/foryou` and bench/recommend.py both call `for_member`."""

from __future__ import annotations

from collections.abc import Callable, Collection
from datetime import datetime

from commerce.domain import titles
from commerce.domain.asking import asks_itself
from commerce.domain.errors import DomainError
from commerce.domain.member import identity
from commerce.domain.recommend import SHOWN, Candidate, Community, NoteAbout, Pick, in_group, others_of, rank
from commerce.ports import UnitOfWork
from commerce.services.verified import Verifier

NOTES_READ = 300  # the chats' newest notes about group buys looked at

Ranker = Callable[..., list[Pick]]


async def for_member(
    uow: UnitOfWork,
    *,
    platform: str,
    user_id: str,
    now: datetime,
    limit: int = SHOWN,
    ranker: Ranker = rank,
) -> list[Pick] | None:
    """The member's best open group buys in their chats (None: they turned it off). `ranker` is
    `recommend.rank`, or the bench's `recommend.most_popular` baseline over the same reads."""
    who = identity(platform, user_id)
    if await uow.recommend.is_off(who):
        return None
    chats = await uow.follows.member_chats(who)
    community = await _community(uow, chats, now, member=user_id)
    picks = ranker(user_id, chats, community, limit=limit)
    said = []
    for pick in picks:  # counted among the members of the pick's group only (`recommend.in_group`)
        others = others_of(user_id, community.purchases, pick.candidate.product)
        seen = await uow.edits.members_of(
            pick.candidate.chat_id, [identity(platform, who) for who in sorted(others)]
        )
        members = {who for who in others if identity(platform, who) in seen}
        said.append(in_group(user_id, pick, community.purchases, members))
    return said


async def _community(uow: UnitOfWork, chats: Collection[str], now: datetime, *, member: str) -> Community:
    candidates: dict[int, Candidate] = {}
    for chat in sorted(chats):
        for group_buy in await uow.group_buys.open_in_chat(chat):
            if group_buy.id is None or group_buy.id in candidates or group_buy.organiser_id == member:
                continue  # one's own group buy is no recommendation to oneself
            left = group_buy.stock_left
            still_open = group_buy.is_open and not group_buy.is_past_deadline(now)
            title = group_buy.terms.title
            candidates[group_buy.id] = Candidate(
                group_buy.id, chat, title, titles.product(title), still_open and (left is None or left > 0)
            )
    purchases = await uow.recommend.purchases(chats)
    wanted = {c.product for c in candidates.values()}
    notes: list[NoteAbout] = []
    hidden: dict[str, set[int]] = {}
    verifier = Verifier(uow)
    for note, title in await uow.recommend.notes_about(chats, limit=NOTES_READ):
        product = titles.product(title)
        if product not in wanted or note.id is None:
            continue
        if asks_itself(note.text):  # `Are they sweet? …` asks: no friend's word for it, no reason cited
            continue
        if note.chat_id not in hidden:
            hidden[note.chat_id] = await uow.moderation.excluded_from_digest(note.chat_id)
        if note.id in hidden[note.chat_id]:
            continue
        verified = await verifier.verified(note)
        notes.append(NoteAbout(note.id, note.author_id, note.author_name, product, verified))
    return Community(purchases, list(candidates.values()), notes)


async def turn(uow: UnitOfWork, *, platform: str, user_id: str, off: bool, now: datetime) -> None:
    """Turn For you off or on: refused (nothing written) when it already was."""
    if await uow.recommend.turn(identity(platform, user_id), off=off, at=now):
        return
    if off:
        raise DomainError("foryou_already_off")
    raise DomainError("foryou_already_on")
