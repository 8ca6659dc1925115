"""Reputation use cases (commerce.domain.reputation): recompute a chat's trust after what changes it,
and read a member's level for their name on a note card.

The whole chat is recomputed, in the transaction of the like, comment or join that changed it: the
rank starts from the stored trust, so one event costs a few rounds (bench/reputation.py: a chat of 500
members and 5,000 likes). Only members whose trust moved are written.
"""

from __future__ import annotations

from commerce.domain.reputation import Level, edges, engagements, level, rank
from commerce.ports import UnitOfWork

MOVED = 1e-9  # a stored trust closer than this to the new one is not rewritten


async def recompute(uow: UnitOfWork, chat_id: str) -> dict[str, float]:
    """Every member's trust in this chat from all its notes' likes, comments and purchases; stored."""
    notes, acts = await uow.trust.activity(chat_id)
    bought = await uow.trust.bought_titles_of(sorted({note.author for note in notes}))
    stored = await uow.trust.stored(chat_id)
    trust = rank(edges(engagements(notes, acts, bought)), members=stored, start=stored)
    moved = {m: value for m, value in trust.items() if m not in stored or abs(stored[m] - value) > MOVED}
    if moved:
        await uow.trust.save(chat_id, moved)
    return trust


async def level_of(uow: UnitOfWork, chat_id: str, member_id: str) -> Level:
    return level(await uow.trust.trust_of(chat_id, member_id))
