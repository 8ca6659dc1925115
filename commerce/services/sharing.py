"""Use cases of sharing: a visit through a member's link to a group buy."""

from __future__ import annotations

from datetime import datetime

from commerce.domain.errors import NotFound
from commerce.domain.group_buy import GroupBuy
from commerce.domain.sharing import ShareVisit
from commerce.ports import UnitOfWork


async def visit(
    uow: UnitOfWork, *, group_buy_id: int, sharer_id: str | None, visitor_id: str, now: datetime
) -> GroupBuy:
    """The group buy a link names; the visit is recorded for its sharer (not when people open their
    own link: that would let anyone refer themselves)."""
    group_buy = await uow.group_buys.get(group_buy_id)
    if group_buy is None:
        raise NotFound("share_group_buy_gone", id=group_buy_id)
    if sharer_id and sharer_id != visitor_id:
        await uow.visits.add(ShareVisit(group_buy_id, sharer_id, visitor_id, now))
    return group_buy
