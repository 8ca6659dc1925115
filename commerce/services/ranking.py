"""排行 / `/rank`: a chat's sharers of the last week, by how many buyers their links brought, never by
money (what someone earns is their own business; who brought friends along is the group's). Only the
chat's members are named: a sharer who has left the group (`MemberRepository.left`) is left out."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta

from commerce.domain.member import identity
from commerce.ports import UnitOfWork

WEEK = timedelta(days=7)
SHOWN = 10
READ = 3 * SHOWN  # read beyond the places shown: some of those sharers may have left the group


@dataclass(frozen=True)
class Sharer:
    member_id: str
    buyers: int


async def sharers_of_the_week(uow: UnitOfWork, *, chat_id: str, platform: str, now: datetime) -> list[Sharer]:
    """The chat's top sharers over the last seven days who are still its members, most buyers first
    (ties by id: stable)."""
    found = await uow.orders.top_sharers(chat_id, since=now - WEEK, limit=READ)
    members = await uow.edits.members_of(chat_id, [identity(platform, member) for member, _ in found])
    here = [Sharer(member, buyers) for member, buyers in found if identity(platform, member) in members]
    return here[:SHOWN]
