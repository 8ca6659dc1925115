"""Deadlines fire exactly once across workers (issue #15): three Tuans built as production builds them
(`bot.bootstrap.build`: each its own engine, units of work, clock, ChatApp and deadline loop, replies
through the outbox), on one PostgreSQL database, with 200 group buys whose deadlines fall within the same
minute. Every group buy is closed once (one status change to its final state), each message of its
outcome is one outbox row delivered by one worker, and the work is spread over the three. A claim left
by a worker that died is taken over by another once its lease has passed.
"""

from __future__ import annotations

import asyncio
from collections import Counter
from collections.abc import AsyncIterator, Sequence
from datetime import datetime, timedelta
from pathlib import Path
from typing import Any

import pytest
import sqlalchemy as sa

from bot.bootstrap import Tuan, build
from bot.scheduler import DeadlineScheduler
from bot.settings import Settings
from commerce.domain.group_buy import Terms
from commerce.services import group_buys as service
from handlers.app import ChatApp
from handlers.types import Reply
from storage.migrate import upgrade
from storage.tables import group_buy_status_changes, group_buys, outbox
from tests.services import create_database

GROUP_BUYS = 200
WORKERS = 3
AHEAD = timedelta(hours=1)  # the deadlines: an hour from now, 0.25 s apart (all within one minute)
FINAL = ("succeeded", "failed")


class Delivered:
    """One worker's delivery callback: the replies it was handed, by chat."""

    def __init__(self) -> None:
        self.replies: list[Reply] = []

    async def __call__(self, replies: Sequence[Reply]) -> None:
        self.replies.extend(replies)

    def chats(self) -> set[str]:
        return {reply.chat_id for reply in self.replies if reply.chat_id and reply.chat_id.startswith("g")}


class Closing:
    """A worker's ChatApp as its deadline loop sees it, counting the group buys it was asked to close."""

    def __init__(self, app: ChatApp, tried: list[int]) -> None:
        self.app, self.tried = app, tried

    def __getattr__(self, name: str) -> Any:
        return getattr(self.app, name)

    async def expire(self, group_buy_id: int) -> list[Reply]:
        self.tried.append(group_buy_id)
        return await self.app.expire(group_buy_id)


async def _workers(url: str, count: int) -> list[Tuan]:
    settings = Settings(_env_file=None, database_url=url)
    return [await build(settings, platform="telegram") for _ in range(count)]


async def _stop(tuans: Sequence[Tuan]) -> None:
    for tuan in tuans:
        await tuan.aclose()


async def _open(tuan: Tuan, index: int, deadline: datetime, buyers: int) -> int:
    """Group buy `index` in chat g<index>: target 2, `buyers` members in (1: it fails, 2: it succeeds)."""
    chat = f"g{index}"
    async with tuan.uow_factory() as uow:
        opened = await service.open_group_buy(
            uow,
            chat_id=chat,
            organiser_id=f"org{index}",
            organiser_name="Amy",
            terms=Terms(title=f"Mangoes {index}", unit_price=880, target=2, deadline=deadline),
            now=tuan.clock.now(),
            lang="en",
        )
        await uow.commit()
    assert opened.id is not None
    for buyer in range(buyers):
        async with tuan.uow_factory() as uow:
            user = f"u{index}-{buyer}"
            await service.join(
                uow,
                chat_id=chat,
                group_buy_id=opened.id,
                user_id=user,
                display_name=user,
                quantity=1,
                now=tuan.clock.now(),
            )
            await uow.commit()
    return opened.id


async def _open_all(tuan: Tuan, count: int) -> list[int]:
    start = tuan.clock.now() + AHEAD
    gate = asyncio.Semaphore(8)

    async def one(i: int) -> int:
        async with gate:
            return await _open(tuan, i, start + timedelta(seconds=i / 4), buyers=1 + i % 2)

    return list(await asyncio.gather(*(one(i) for i in range(count))))


async def _still_open(tuan: Tuan) -> int:
    async with tuan.engine.connect() as conn:
        query = sa.select(sa.func.count()).select_from(group_buys).where(group_buys.c.status == "open")
        return int((await conn.execute(query)).scalar_one())


async def _until_none_open(tuan: Tuan, seconds: float) -> None:
    for _ in range(int(seconds * 10)):
        if await _still_open(tuan) == 0:
            return
        await asyncio.sleep(0.1)
    raise AssertionError(f"{await _still_open(tuan)} group buys still open after {seconds} s")


@pytest.fixture
async def postgres_database(postgres_url: str) -> str:
    url = await create_database(postgres_url, "tuan_deadline_workers")
    await upgrade(url)
    return url


@pytest.mark.postgres
async def test_200_deadlines_in_one_minute_close_once_each_across_three_workers(
    postgres_database: str,
) -> None:
    tuans = await _workers(postgres_database, WORKERS)
    deliveries = [Delivered() for _ in tuans]
    tried: list[int] = []
    try:
        ids = await _open_all(tuans[0], GROUP_BUYS)
        for tuan, delivered in zip(tuans, deliveries, strict=True):
            await tuan.scheduler.start(Closing(tuan.app, tried), delivered)
        assert await _still_open(tuans[0]) == GROUP_BUYS  # nothing due yet: the loops sleep

        for tuan in tuans:  # an hour and a minute later on every worker's clock: all 200 due at once
            tuan.advance_clock((AHEAD + timedelta(minutes=1)).total_seconds())
        await _until_none_open(tuans[0], seconds=60)

        async with tuans[0].engine.connect() as conn:
            changes = (await conn.execute(sa.select(group_buy_status_changes))).all()
            rows = (await conn.execute(sa.select(outbox.c.chat_id, outbox.c.payload))).all()
            final = dict((await conn.execute(sa.select(group_buys.c.id, group_buys.c.status))).all())
    finally:
        await _stop(tuans)

    assert final == {gid: "succeeded" if i % 2 else "failed" for i, gid in enumerate(ids)}  # 2 buyers: enough
    closes = Counter(row.group_buy_id for row in changes if row.to_status in FINAL)
    assert closes == Counter(ids)  # exactly one status change to the final state each
    assert Counter(tried) == Counter(ids)  # and one close tried each: the claims kept the others off

    duplicated = [key for key, n in Counter((r.chat_id, r.payload) for r in rows).items() if n > 1]
    assert duplicated == []  # each outcome message written once
    assert len(rows) == sum(len(d.replies) for d in deliveries)  # ... and handed to one worker once
    per_worker = [d.chats() for d in deliveries]
    assert set().union(*per_worker) == {f"g{i}" for i in range(GROUP_BUYS)}
    assert sum(len(chats) for chats in per_worker) == GROUP_BUYS  # no chat heard its outcome from two
    print("group buys closed per worker:", [len(chats) for chats in per_worker])
    assert all(per_worker), "one worker closed nothing: the claims did not spread the work"


@pytest.fixture(params=["sqlite", pytest.param("postgres", marks=pytest.mark.postgres)])
def any_database(request: pytest.FixtureRequest, tmp_path: Path) -> str:
    if request.param == "postgres":
        return str(request.getfixturevalue("postgres_database"))
    return f"sqlite+aiosqlite:///{tmp_path / 'tuan.db'}"


@pytest.fixture
async def migrated(any_database: str) -> AsyncIterator[str]:
    await upgrade(any_database)  # no-op on the PostgreSQL one, migrated already
    yield any_database


async def test_a_claim_left_by_a_dead_worker_is_taken_over_after_its_lease(migrated: str) -> None:
    lease = timedelta(seconds=2)
    dead, alive = await _workers(migrated, 2)
    alive.scheduler = DeadlineScheduler(
        clock=alive.clock, sweep_seconds=3600, lease_seconds=lease.total_seconds()
    )
    delivered = Delivered()
    try:
        ids = await _open_all(dead, 3)
        for tuan in (dead, alive):
            tuan.clock.advance((AHEAD + timedelta(minutes=1)).total_seconds())
        assert sorted(await dead.app.claim_deadlines(limit=10, lease=lease)) == sorted(ids)
        await dead.aclose()  # claimed and committed, then gone before closing anything

        await alive.scheduler.start(alive.app, delivered)
        assert await _still_open(alive) == 3  # held by the dead worker's claim: not yet
        await _until_none_open(alive, seconds=10)  # the lease passed: the live worker closed them
    finally:
        await _stop([alive])
    assert delivered.chats() == {"g0", "g1", "g2"}
