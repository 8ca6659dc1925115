"""The weekly For you on SQLite and PostgreSQL: who is due (members of this platform seen in a group,
For you on, their week not made), a week claimed once (two claims at once: one wins; an earlier week
never after a later one), and two processes running the weekly chore at once send each member one
message."""

from __future__ import annotations

import asyncio
from collections.abc import Sequence
from datetime import date, datetime, time

from commerce.domain.foryou_weekly import Weekly
from commerce.domain.member import identity
from commerce.ports import UnitOfWork
from commerce.services import foryou_weekly as service
from commerce.services import notes as note_service
from commerce.services import recommend
from handlers.config import AppConfig
from handlers.foryou_weekly import WeeklyForYou
from handlers.types import Reply, Request
from storage.uow import SqlUnitOfWorkFactory
from tests.fakes import FakeClock
from tests.integration.conftest import CHAT, join, open_buy

WEEK = date(2026, 11, 23)  # a Monday


async def _seen(
    factory: SqlUnitOfWorkFactory, clock: FakeClock, user: str, *, platform: str = "test"
) -> None:
    async with factory() as uow:
        await uow.members.seen(
            platform=platform,
            user_id=user,
            display_name=user.title(),
            username=None,
            language=None,
            chat_id=CHAT,
            alias=None,
            at=clock.now(),
        )
        await uow.commit()


async def test_who_is_due_and_a_week_claimed_once(
    uow_factory: SqlUnitOfWorkFactory, clock: FakeClock
) -> None:
    for user in ("bob", "cat", "dan_1"):
        await _seen(uow_factory, clock, user)
    await _seen(uow_factory, clock, "tom", platform="telegram")
    await _seen(uow_factory, clock, "zed", platform="tes_")  # `_` is a letter here, not a wildcard
    async with uow_factory() as uow:
        await recommend.turn(uow, platform="test", user_id="cat", off=True, now=clock.now())
        assert await uow.foryou_weeks.due("test", WEEK.isoformat()) == ["bob", "dan_1"]
        assert await uow.foryou_weeks.due("tes_", WEEK.isoformat()) == ["zed"]
        assert await uow.foryou_weeks.claim(identity("test", "bob"), week=WEEK.isoformat(), at=clock.now())
        assert not await uow.foryou_weeks.claim(
            identity("test", "bob"), week=WEEK.isoformat(), at=clock.now()
        )
        await uow.commit()

    async def claim(week: str) -> bool:
        async with uow_factory() as uow:
            won: bool = await uow.foryou_weeks.claim(identity("test", "dan_1"), week=week, at=clock.now())
            await uow.commit()
        return won

    assert sorted(await asyncio.gather(claim(WEEK.isoformat()), claim(WEEK.isoformat()))) == [False, True]
    assert await claim("2026-11-16") is False  # an earlier week, after a later one
    async with uow_factory() as uow:
        assert await uow.foryou_weeks.due("test", WEEK.isoformat()) == []
        assert await uow.foryou_weeks.due("test", "2026-11-30") == ["bob", "dan_1"]
    assert await claim("2026-11-30") is True


async def test_two_makers_of_a_members_week_at_once_make_it_once(
    uow_factory: SqlUnitOfWorkFactory, clock: FakeClock
) -> None:
    await _seen(uow_factory, clock, "bob")
    mangoes = await open_buy(uow_factory, clock, hours=48)
    await join(uow_factory, clock, "cat", 1)
    async with uow_factory() as uow:
        await note_service.post(
            uow,
            chat_id=CHAT,
            author_id="cat",
            author_name="Cat",
            text="真甜",
            photo=None,
            group_buy_id=mangoes.id,
            now=clock.now(),
            per_day=5,
        )
        await uow.commit()
    clock.advance(hours=8)

    async def make() -> tuple[list[int | None], list[int]] | None:
        async with uow_factory() as uow:
            notes = service.WeekNotes(until=clock.now())
            found = await service.week_message(
                uow, platform="test", user_id="bob", week=WEEK, now=clock.now(), notes=notes
            )
            await uow.commit()
        if found is None:
            return None
        return [r.note.id for r in found.notes], [p.candidate.group_buy_id for p in found.picks]

    first, second = await asyncio.gather(make(), make())
    assert sorted([first, second], key=str) == [([1], [mangoes.id]), None]  # one made it, one found it made


class _Sent:
    """A process's outbox as the chore sees it: the messages it queued (committed with their claims)."""

    def __init__(self) -> None:
        self.replies: list[Reply] = []

    async def queue(
        self, uow: UnitOfWork, replies: Sequence[Reply], request: Request | None, now: datetime
    ) -> None:
        self.replies += replies

    def queued(self) -> None: ...

    async def queue_alone(self, replies: Sequence[Reply], request: Request | None) -> None: ...


async def test_two_processes_sending_the_week_at_once_send_each_member_one(
    uow_factory: SqlUnitOfWorkFactory, clock: FakeClock
) -> None:
    for user in ("bob", "dan", "eve"):
        await _seen(uow_factory, clock, user)
    await open_buy(uow_factory, clock, hours=48)
    clock.advance(hours=8)  # Monday 20:00 in Shanghai
    outboxes = [_Sent(), _Sent()]
    chores = [
        WeeklyForYou(
            uow_factory=uow_factory,
            clock=clock,
            config=AppConfig(),
            outbox=sent,
            platform="test",
            when=Weekly(0, time(20)),
        )
        for sent in outboxes
    ]
    await asyncio.gather(*(chore() for chore in chores))
    told = sorted(reply.private_to or "" for sent in outboxes for reply in sent.replies)
    assert told == ["bob", "dan", "eve"]
    assert all(
        reply.text.startswith("🗓 本周为你精选（2026-11-23）") for sent in outboxes for reply in sent.replies
    )
    assert [await chore() for chore in chores] == [[], []]
