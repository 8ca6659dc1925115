"""排行 / `/rank`: a chat's sharers of the last week, by how many buyers their links brought, never by
money (what someone earns is their own business; who brought friends along is the group's)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta

from commerce.ports import UnitOfWork

WEEK = timedelta(days=7)
SHOWN = 10


@dataclass(frozen=True)
class Sharer:
    member_id: str
    buyers: int


async def sharers_of_the_week(uow: UnitOfWork, *, chat_id: str, now: datetime) -> list[Sharer]:
    """The chat's top sharers over the last seven days, most buyers first (ties by id: stable)."""
    found = await uow.orders.top_sharers(chat_id, since=now - WEEK, limit=SHOWN)
    return [Sharer(member, buyers) for member, buyers in found]
