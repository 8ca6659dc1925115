"""The rules of follows (commerce.domain.follows): whom one may follow, what a round-up tells (only the
followed's news, only in the follower's chats, only after the follow and after the last round-up, at
most a week back), and when a day's round-up is due; and reputation's follower purchases
(commerce.domain.reputation.follower_purchases)."""

from __future__ import annotations

from datetime import UTC, date, datetime, time, timedelta
from zoneinfo import ZoneInfo

import pytest

from commerce.domain.errors import DomainError
from commerce.domain.follows import MAX_FOLLOWING, Follow, News, NewsKind, check_follow, news_for, roundup_day
from commerce.domain.reputation import (
    Engagement,
    FollowerOrder,
    Kind,
    NoteFacts,
    edges,
    follower_purchases,
    rank,
)

NOW = datetime(2026, 11, 23, 12, 30, tzinfo=UTC)  # 20:30 in Shanghai
SHANGHAI = ZoneInfo("Asia/Shanghai")
AMY_SINCE = NOW - timedelta(days=2)


def _news(item_id: int, author: str = "amy", chat: str = "family", hours_ago: float = 1) -> News:
    at = NOW - timedelta(hours=hours_ago)
    return News(NewsKind.NOTE, item_id, chat, author, author.title(), "甜", at)


def _told(items: list[News], *, covered: datetime | None = None) -> list[int]:
    follows = [Follow("test", "bob", "amy", "Amy", AMY_SINCE)]
    return [n.item_id for n in news_for(follows, items, chats={"family"}, covered=covered, now=NOW)]


@pytest.mark.parametrize(
    ("followed", "following", "code"),
    [("bob", set(), "follow_self"), ("amy", {"amy"}, "follow_already")],
)
def test_following_oneself_or_twice_is_refused(followed: str, following: set[str], code: str) -> None:
    with pytest.raises(DomainError) as refused:
        check_follow("bob", followed, "Amy", following=following)
    assert refused.value.code == code


def test_following_is_capped() -> None:
    check_follow("bob", "amy", "Amy", following={f"m{i}" for i in range(MAX_FOLLOWING - 1)})
    with pytest.raises(DomainError) as refused:
        check_follow("bob", "amy", "Amy", following={f"m{i}" for i in range(MAX_FOLLOWING)})
    assert refused.value.code == "follow_too_many"


def test_a_roundup_tells_only_the_followeds_news_in_the_followers_chats_oldest_first() -> None:
    items = [
        _news(1, hours_ago=2),
        _news(2, author="cat"),  # not followed
        _news(3, chat="work"),  # a chat Bob is not in
        _news(4, hours_ago=3),
        _news(4, hours_ago=3),  # read twice: told once
    ]
    assert _told(items) == [4, 1]


def test_a_roundup_tells_nothing_from_before_the_follow_the_last_roundup_or_a_week_back() -> None:
    before_follow = _news(1, hours_ago=49)
    after_follow = _news(2, hours_ago=47)
    assert _told([before_follow, after_follow]) == [2]
    assert _told([_news(3, hours_ago=5), _news(4, hours_ago=1)], covered=NOW - timedelta(hours=2)) == [4]
    old_follow = [Follow("test", "bob", "amy", "Amy", NOW - timedelta(days=30))]
    items = [_news(5, hours_ago=24 * 8), _news(6, hours_ago=24 * 6)]
    assert [n.item_id for n in news_for(old_follow, items, chats={"family"}, covered=None, now=NOW)] == [6]


def test_the_days_roundup_is_due_from_its_time_until_midnight_once() -> None:
    at = time(20, 0)
    assert roundup_day(NOW - timedelta(hours=1), at=at, tz=SHANGHAI, last_day=None) is None  # 19:30
    assert roundup_day(NOW, at=at, tz=SHANGHAI, last_day=None) == date(2026, 11, 23)
    assert roundup_day(NOW, at=at, tz=SHANGHAI, last_day="2026-11-22") == date(2026, 11, 23)
    assert roundup_day(NOW, at=at, tz=SHANGHAI, last_day="2026-11-23") is None


def _order(followed: str, gid: int, organiser: str, *, minutes_after_follow: int = 5) -> FollowerOrder:
    return FollowerOrder(
        "bob", followed, AMY_SINCE, gid, organiser, AMY_SINCE + timedelta(minutes=minutes_after_follow)
    )


def test_a_follower_who_bought_what_the_followed_organised_or_noted_counts() -> None:
    notes = [NoteFacts(1, "amy", 7, "芒果"), NoteFacts(2, "dan", 8, "苹果")]
    orders = [
        _order("amy", 9, "amy"),  # Amy organised it: counts
        _order("amy", 7, "org"),  # Amy wrote a note about it: counts
        _order("amy", 8, "org"),  # a note about it, by someone else: no
        _order("amy", 9, "amy", minutes_after_follow=-5),  # bought before following: no
    ]
    found = follower_purchases(orders, notes)
    assert found == [Engagement("bob", "amy", Kind.FOLLOWER_PURCHASE)] * 2
    assert edges(found) == {("bob", "amy"): 2.0}  # once per follower and followed


def test_followers_who_buy_raise_the_followeds_trust() -> None:
    likes = [Engagement("bob", author, Kind.LIKE) for author in ("amy", "dan")]  # Bob's voice: shared
    without = rank(edges(likes))["amy"]
    bought = likes + follower_purchases([_order("amy", 9, "amy")], [])
    assert rank(edges(bought))["amy"] > without
