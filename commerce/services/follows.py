"""Follows use cases (commerce.domain.follows): follow, unfollow, whom one follows, and a follower's
daily round-up, claimed once (`follow_roundups`) in the unit of work that queues its message."""

from __future__ import annotations

from datetime import date, datetime

from commerce.domain.errors import DomainError
from commerce.domain.follows import LOOKBACK, Follow, News, NewsKind, check_follow, news_for
from commerce.domain.member import identity
from commerce.ports import UnitOfWork
from commerce.services.moderation import left_out_of_digest


async def follow(
    uow: UnitOfWork, *, platform: str, follower_id: str, followed_id: str, name: str, now: datetime
) -> Follow:
    """Follow a member: refused for oneself, twice, or beyond the limit (nothing changes)."""
    mine = await uow.follows.of_follower(follower_id)
    check_follow(follower_id, followed_id, name, following={x.followed_id for x in mine})
    made = Follow(platform, follower_id, followed_id, name, now)
    if not await uow.follows.add(made):  # followed at the same moment, by another tap
        raise DomainError("follow_already", name=name)
    return made


async def unfollow(uow: UnitOfWork, *, follower_id: str, followed_id: str, name: str) -> None:
    if not await uow.follows.remove(follower_id, followed_id):
        raise DomainError("unfollow_not_following", name=name)


async def following(uow: UnitOfWork, follower_id: str) -> list[Follow]:
    return await uow.follows.of_follower(follower_id)


async def roundup(
    uow: UnitOfWork, *, platform: str, follower_id: str, day: date, now: datetime
) -> list[News] | None:
    """The follower's round-up of `day`: what those they follow did in their chats since the last one
    (maybe nothing). None when that day's was made already (by another sweep or process): nothing to
    send. The day is recorded either way, so it is made once."""
    last = await uow.follows.last_roundup(platform, follower_id)
    if last is not None and last[0] >= day.isoformat():
        return None
    follows = [x for x in await uow.follows.of_follower(follower_id) if x.platform == platform]
    covered = None if last is None else last[1]
    earliest = min((x.created_at for x in follows), default=now)
    since = max(now - LOOKBACK, min(earliest, covered or earliest))
    items = await uow.follows.news_by([x.followed_id for x in follows], since=since)
    chats = await uow.follows.member_chats(identity(platform, follower_id))
    left_out: set[int] = set()  # hidden, flagged, a suspect's or a kept ad: as digests leave them out
    for chat_id in sorted({item.chat_id for item in items if item.kind is NewsKind.NOTE}):
        left_out |= await left_out_of_digest(uow, chat_id, now=now)
    news = news_for(follows, items, chats=chats, covered=covered, now=now, left_out=left_out)
    previous = None if last is None else last[0]
    if not await uow.follows.claim_roundup(
        platform, follower_id, day=day.isoformat(), at=now, previous=previous
    ):
        return None
    return news
