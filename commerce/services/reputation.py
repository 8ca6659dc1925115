"""Reputation use cases (commerce.domain.reputation): recompute a chat's trust after what changes it,
and read a member's level for their name on a note card.

The whole chat is recomputed, in the transaction of the like or comment that changed it, and after a
payment's commit (`after_payment`, run by the message bus: bot/bootstrap.py): the
rank starts from the stored trust, so one event costs a few rounds (bench/reputation.py: a chat of 500
members and 5,000 likes). Only members whose trust moved are written.
"""

from __future__ import annotations

from collections.abc import Collection, Mapping

from commerce.domain.reputation import (
    Act,
    Kind,
    Level,
    NoteFacts,
    edges,
    engagements,
    follower_purchases,
    level,
    outside_cliques,
    rank,
)
from commerce.ports import UnitOfWork

MOVED = 1e-9  # a stored trust closer than this to the new one is not rewritten


async def recompute(uow: UnitOfWork, chat_id: str) -> dict[str, float]:
    """Every member's trust in this chat from all its notes' likes, comments and purchases, and the
    purchases of followers (commerce.domain.reputation.follower_purchases); stored. Likes and comments
    on a note flagged as a possible shill's (⚠️, no admin cleared it) or hidden count for nothing: a
    flagged note lifts nobody's level, nor do joins through it (its Join, its author's code on that group
    buy). Nor do those on an ad (flagged for a contact to buy through, `NoteFlag.advert`), kept by an
    admin or not: it stays up, but never verified, and its likes vouch for nothing. A member an admin
    muted, or one of whose notes an admin hid, has no level here (nothing they receive counts) until
    unmuted / unhidden, and a muted member's likes and comments lift nobody."""
    notes, acts = await uow.trust.activity(chat_id)
    by_id = {note.note_id: note for note in notes}
    flags = (await uow.moderation.flags(chat_id)).values()
    adverts = {flag.note_id for flag in flags if flag.advert}
    unproven = {flag.note_id for flag in flags if flag.excluded} | adverts  # ⚠️ not cleared, hidden, ads
    muted = set(await uow.moderation.mutes(chat_id))
    # an admin hid one of their notes, or muted them: no level here until unhidden / unmuted
    distrusted = muted | {by_id[f.note_id].author for f in flags if f.hidden and f.note_id in by_id}
    # a join by the author's code or a card's Join on a group buy one of their unproven notes is about
    # cannot be told from one the ad brought: it counts for nobody
    tainted = {(by_id[n].author, by_id[n].group_buy_id) for n in unproven if n in by_id}
    acts = [act for act in acts if _counts(act, by_id, unproven, tainted, muted)]
    bought = await uow.trust.bought_titles_of(sorted({note.author for note in notes}))
    stored = await uow.trust.stored(chat_id)
    engaged = engagements(notes, acts, bought, adverts=adverts)
    engaged += follower_purchases(await uow.follows.follower_orders(chat_id), notes)  # followers who bought
    engaged = [e for e in engaged if e.author not in distrusted]
    trust = rank(edges(outside_cliques(engaged)), members=stored, start=stored)  # a clique: from outside only
    moved = {m: value for m, value in trust.items() if m not in stored or abs(stored[m] - value) > MOVED}
    if moved:
        await uow.trust.save(chat_id, moved)
    relevelled = {m for m, value in moved.items() if level(value) is not level(stored.get(m, 1.0))}
    uow.trust.relevelled.update(  # the name on their note cards changes: those cards are refreshed
        note.note_id for note in notes if note.author in relevelled
    )
    return trust


def _counts(
    act: Act,
    notes: Mapping[int, NoteFacts],
    unproven: Collection[int],
    tainted: Collection[tuple[str, int | None]],
    muted: Collection[str],
) -> bool:
    """Whether an act on a note vouches for its author: never one on a flagged, hidden or ad note (nor a
    join through its author on that group buy), never a like or comment of a muted member."""
    note = notes.get(act.note_id)
    if note is None:
        return False
    if act.kind is Kind.PURCHASE:
        return (note.author, note.group_buy_id) not in tainted
    return act.note_id not in unproven and act.member not in muted


async def after_payment(uow: UnitOfWork, group_buy_id: int) -> None:
    """A paid order is a purchase a note may have led to, and may make its buyer's notes verified: the
    chat of its group buy is recomputed (after the payment's commit, by the message bus: a payment
    never waits for it, and one missed is caught up by the chat's next like or comment)."""
    group_buy = await uow.group_buys.get(group_buy_id)
    if group_buy is not None:
        await recompute(uow, group_buy.chat_id)


async def level_of(uow: UnitOfWork, chat_id: str, member_id: str) -> Level:
    return level(await uow.trust.trust_of(chat_id, member_id))
