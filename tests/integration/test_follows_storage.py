"""Follows on SQLite and PostgreSQL: following twice (also at once) is one follow, unfollowing takes it
away; a follower's round-up reads the notes and group buys of those they follow in their own chats
only, and a day's round-up is claimed once (a second claim, even at once, gets nothing); a follower's
paid order of what the followed organised is read for reputation; a note's share counts once a member."""

from __future__ import annotations

import asyncio
from datetime import date

from commerce.domain.follows import Follow, NewsKind
from commerce.domain.member import identity
from commerce.domain.reach import Where
from commerce.domain.reputation import FollowerOrder
from commerce.services import follows as service
from commerce.services import group_buys as group_buy_service
from commerce.services import notes as note_service
from commerce.services import orders as order_service
from storage.uow import SqlUnitOfWorkFactory
from tests.fakes import FakeClock
from tests.integration.conftest import CHAT, ORGANISER, close, join, open_buy, outcome

DAY = date(2026, 11, 23)


async def _seen(factory: SqlUnitOfWorkFactory, clock: FakeClock, user: str, chat: str) -> None:
    async with factory() as uow:
        await uow.members.seen(
            platform="test",
            user_id=user,
            display_name=user.title(),
            username=None,
            language=None,
            chat_id=chat,
            alias=None,
            at=clock.now(),
        )
        await uow.commit()


async def _follow(factory: SqlUnitOfWorkFactory, clock: FakeClock, follower: str, followed: str) -> None:
    async with factory() as uow:
        await service.follow(
            uow, platform="test", follower_id=follower, followed_id=followed, name=followed, now=clock.now()
        )
        await uow.commit()


async def test_following_twice_at_once_is_one_follow_and_unfollowing_removes_it(
    uow_factory: SqlUnitOfWorkFactory, clock: FakeClock
) -> None:
    async def attempt() -> str:
        return await outcome(_follow(uow_factory, clock, "bob", ORGANISER))

    results = await asyncio.gather(attempt(), attempt())
    assert sorted(results) == ["follow_already", "ok"]
    async with uow_factory() as uow:
        assert await uow.follows.of_follower("bob") == [
            Follow("test", "bob", ORGANISER, ORGANISER, clock.now())
        ]
        assert await uow.follows.add(Follow("test", "bob", ORGANISER, "again", clock.now())) is False
        assert await uow.follows.remove("bob", ORGANISER) is True
        assert await uow.follows.remove("bob", ORGANISER) is False
        assert await uow.follows.of_follower("bob") == []
        await uow.commit()


async def test_a_roundup_reads_news_of_the_followers_chats_and_is_claimed_once(
    uow_factory: SqlUnitOfWorkFactory, clock: FakeClock
) -> None:
    await _seen(uow_factory, clock, "bob", CHAT)
    await _follow(uow_factory, clock, "bob", ORGANISER)
    here = await open_buy(uow_factory, clock)
    elsewhere = await open_buy(uow_factory, clock, chat_id="not-bobs")
    async with uow_factory() as uow:
        note = await note_service.post(
            uow,
            chat_id=CHAT,
            author_id=ORGANISER,
            author_name="团长小美",
            text="真甜",
            photo=None,
            group_buy_id=here.id,
            now=clock.now(),
            per_day=5,
        )
        assert await uow.follows.member_chats(identity("test", "bob")) == {CHAT}
        news = await uow.follows.news_by([ORGANISER], since=clock.now())
        assert sorted((n.kind, n.item_id, n.chat_id) for n in news) == [
            (NewsKind.GROUP_BUY, here.id, CHAT),
            (NewsKind.GROUP_BUY, elsewhere.id, "not-bobs"),
            (NewsKind.NOTE, note.id, CHAT),
        ]
        assert await uow.follows.due("test", DAY.isoformat()) == ["bob"]
        await uow.commit()
    clock.advance(hours=9)

    async def roundup() -> list[tuple[NewsKind, int | None]] | None:
        async with uow_factory() as uow:
            told = await service.roundup(uow, platform="test", follower_id="bob", day=DAY, now=clock.now())
            await uow.commit()
        return None if told is None else [(item.kind, item.item_id) for item in told]

    first, second = await asyncio.gather(roundup(), roundup())
    assert sorted([first, second], key=str) == [
        None,
        [(NewsKind.GROUP_BUY, here.id), (NewsKind.NOTE, note.id)],
    ]
    async with uow_factory() as uow:
        assert await uow.follows.due("test", DAY.isoformat()) == []
        assert await uow.follows.last_roundup("test", "bob") == (DAY.isoformat(), clock.now())
        assert await uow.follows.due("test", "2026-11-24") == ["bob"]


async def test_a_followers_paid_order_is_read_for_reputation(
    uow_factory: SqlUnitOfWorkFactory, clock: FakeClock
) -> None:
    await _follow(uow_factory, clock, "bob", ORGANISER)
    followed_at = clock.now()
    clock.advance(minutes=1)
    group_buy = await open_buy(uow_factory, clock, target=1)
    assert group_buy.id is not None
    await join(uow_factory, clock, "bob", 1)
    await join(uow_factory, clock, "cat", 1)  # follows nobody
    orders = await close(uow_factory, clock, group_buy.id)
    async with uow_factory() as uow:
        assert await uow.follows.follower_orders(CHAT) == []  # unpaid: not yet
        for order in orders:
            await order_service.confirm_paid(
                uow,
                order_id=order.id or 0,
                actor=ORGANISER,
                is_admin=False,
                now=clock.now(),
                where=Where(CHAT),
            )
        await uow.commit()
    [bobs] = [order for order in orders if order.buyer_id == "bob"]
    async with uow_factory() as uow:
        assert await uow.follows.follower_orders(CHAT) == [
            FollowerOrder("bob", ORGANISER, followed_at, group_buy.id, ORGANISER, bobs.created_at)
        ]
        assert await uow.follows.follower_orders("another-chat") == []


async def test_a_notes_share_counts_once_per_member(
    uow_factory: SqlUnitOfWorkFactory, clock: FakeClock
) -> None:
    async with uow_factory() as uow:
        note = await note_service.post(
            uow,
            chat_id=CHAT,
            author_id="amy",
            author_name="Amy",
            text="好用",
            photo=None,
            group_buy_id=None,
            now=clock.now(),
            per_day=5,
        )
        assert note.id is not None
        assert await uow.note_shares.add(note.id, "bob", at=clock.now()) is True
        assert await uow.note_shares.add(note.id, "bob", at=clock.now()) is False
        assert await uow.note_shares.add(note.id, "cat", at=clock.now()) is True
        assert await uow.note_shares.count(note.id) == 2
        await uow.commit()


async def test_the_next_days_roundup_is_claimed_once_and_reads_only_the_new_news(
    uow_factory: SqlUnitOfWorkFactory, clock: FakeClock
) -> None:
    """The second day's claim (an UPDATE from the day before) on every engine and path: the first
    day's test alone never ran it, and it could not compile. A cancelled group buy is not news."""
    await _seen(uow_factory, clock, "bob", CHAT)
    await _follow(uow_factory, clock, "bob", ORGANISER)
    first_buy = await open_buy(uow_factory, clock)
    cancelled = await open_buy(uow_factory, clock)
    async with uow_factory() as uow:
        await group_buy_service.cancel(
            uow, chat_id=CHAT, group_buy_id=cancelled.id, actor=ORGANISER, is_admin=False, now=clock.now()
        )
        await uow.commit()
    clock.advance(hours=9)

    async def roundup(day: date) -> list[tuple[NewsKind, int | None]] | None:
        async with uow_factory() as uow:
            told = await service.roundup(uow, platform="test", follower_id="bob", day=day, now=clock.now())
            await uow.commit()
        return None if told is None else [(item.kind, item.item_id) for item in told]

    assert await roundup(DAY) == [(NewsKind.GROUP_BUY, first_buy.id)]  # not the cancelled one
    clock.advance(hours=12)
    async with uow_factory() as uow:
        note = await note_service.post(
            uow,
            chat_id=CHAT,
            author_id=ORGANISER,
            author_name="团长小美",
            text="第二天也好吃",
            photo=None,
            group_buy_id=first_buy.id,
            now=clock.now(),
            per_day=5,
        )
        await uow.commit()
    clock.advance(hours=12)
    next_day = date(2026, 11, 24)
    async with uow_factory() as uow:
        assert await uow.follows.due("test", next_day.isoformat()) == ["bob"]
    first, second = await asyncio.gather(roundup(next_day), roundup(next_day))
    assert sorted([first, second], key=str) == [None, [(NewsKind.NOTE, note.id)]]
    async with uow_factory() as uow:
        assert await uow.follows.last_roundup("test", "bob") == (next_day.isoformat(), clock.now())
        assert await uow.follows.due("test", next_day.isoformat()) == []
        stale = await uow.follows.claim_roundup(
            "test", "bob", day="2026-11-25", at=clock.now(), previous=DAY.isoformat()
        )
        assert stale is False  # claimed from a day that is no longer the last: another process won
