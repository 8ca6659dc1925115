"""Follows (关注, issue #12 "ties that last"): a member follows another and hears, once a day and in
private, what the one they follow did in the chats they share.

The rules:
- A member follows another member they have seen in a group (named with `@` there); not themselves,
  and following twice is one follow (the second attempt is told so, nothing changes).
- News is a note posted or a group buy opened by someone followed, in a chat the follower is a member
  of; a chat the follower is not in is never mentioned. Only what happened after the follow was made
  and after the follower's last round-up counts, and at most `LOOKBACK` back (a long-stopped bot does
  not dig up last month).
- The round-up is one private message a day per follower (never one message per item), made once the
  day's `at` time has passed in the chats' timezone; a day whose round-up was made is not made again,
  however many processes or restarts (the day is stored with the round-up). With no news, nothing is
  sent, but the day still counts as covered.
- A group buy cancelled or failed by the time of the round-up is left out: followers are not sent to
  join what cannot be joined. So is a note a digest leaves out (an admin hid it, the shill signals
  flagged it, a kept ad): a round-up never pushes an ad privately.
Standard library only.
"""

from __future__ import annotations

import enum
from collections.abc import Collection, Iterable, Sequence
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta
from zoneinfo import ZoneInfo

from commerce.domain.errors import DomainError

LOOKBACK = timedelta(days=7)
MAX_ITEMS = 20  # items in one round-up; the rest are counted ("and 3 more")
MAX_FOLLOWING = 200  # follows per member


@dataclass(frozen=True)
class Follow:
    platform: str
    follower_id: str
    followed_id: str
    followed_name: str
    created_at: datetime


class NewsKind(enum.StrEnum):
    NOTE = "note"
    GROUP_BUY = "group_buy"


@dataclass(frozen=True)
class News:
    """Something a followed member did: posted note `item_id`, or opened group buy `item_id`."""

    kind: NewsKind
    item_id: int
    chat_id: str
    author_id: str
    author_name: str
    text: str  # the note's text, or the group buy's title
    at: datetime
    ended: bool = False  # a group buy cancelled or failed by now: not news any more


def check_follow(follower_id: str, followed_id: str, name: str, *, following: Collection[str]) -> None:
    """Refuse following oneself, following again (`following`: whom the member follows), and more than
    `MAX_FOLLOWING` members."""
    if follower_id == followed_id:
        raise DomainError("follow_self")
    if followed_id in following:
        raise DomainError("follow_already", name=name)
    if len(following) >= MAX_FOLLOWING:
        raise DomainError("follow_too_many", limit=MAX_FOLLOWING)


def roundup_day(now: datetime, *, at: time, tz: ZoneInfo, last_day: str | None) -> date | None:
    """The day whose round-up is due at `now` (from `at` until midnight, chat time), or None: before
    `at`, or that day's round-up was made (`last_day`, as stored: `YYYY-MM-DD`)."""
    local = now.astimezone(tz)
    if local.time() < at:
        return None
    day = local.date()
    return None if last_day is not None and last_day >= day.isoformat() else day


def news_for(
    follows: Sequence[Follow],
    items: Iterable[News],
    *,
    chats: Collection[str],
    covered: datetime | None,
    now: datetime,
    left_out: Collection[int] = (),
) -> list[News]:
    """What a follower hears of: items by members they follow, in `chats` (theirs), after the follow was
    made, after `covered` (their last round-up) and within `LOOKBACK`, less the notes `left_out` (as a
    digest leaves them out); oldest first, each item once."""
    floor = now - LOOKBACK
    followed_at = {follow.followed_id: follow.created_at for follow in follows}
    kept: dict[tuple[NewsKind, int], News] = {}
    for item in items:
        since = followed_at.get(item.author_id)
        if since is None or item.chat_id not in chats or not max(since, floor) <= item.at <= now:
            continue
        if item.ended:  # cancelled or failed since it opened
            continue
        if item.kind is NewsKind.NOTE and item.item_id in left_out:  # hidden or flagged
            continue
        if covered is not None and item.at <= covered:  # told in the last round-up
            continue
        kept[(item.kind, item.item_id)] = item
    return sorted(kept.values(), key=lambda item: (item.at, item.kind.value, item.item_id))
