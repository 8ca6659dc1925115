"""Session 15 (fd, 2): on SQLite, a join polled while another writer held the database ("database is
locked", which passes once that writer commits) was answered "Sorry, something went wrong" and never
made, because the apology written a moment later found the database free. A lock passes: the poller now
tries the update again, as an outage, with no apology (`handlers.app.try_again_if`), and apologises only
when it keeps failing (its last of `LOCKED_TRIES` tries)."""

from __future__ import annotations

import asyncio
import sqlite3
from collections.abc import AsyncIterator

import pytest
from sqlalchemy.exc import OperationalError

from bot.telegram.polling import LOCKED_TRIES
from tests.adapters.telegram.fake_api import FakeBotAPI, User
from tests.adapters.telegram.polled import polled_bot
from tests.fakes import FakeUnitOfWork, FakeUnitOfWorkFactory

GROUP = -100
AMY = User(1, "Amy", language_code="en")
BOB = User(2, "Bob", language_code="en")
CAT = User(3, "Cat", language_code="en")
SORRY = "Sorry, something went wrong"


class LockedFactory(FakeUnitOfWorkFactory):
    """The next `locks` commits of updates being handled (not the outbox relay's) fail as SQLite's do
    while another connection holds the write lock."""

    locks = 0
    locked = 0  # commits that failed so

    def __call__(self) -> FakeUnitOfWork:
        uow = super().__call__()
        commit = uow._commit

        async def maybe_locked() -> None:
            task = asyncio.current_task()
            handling = task is not None and task.get_name().startswith("telegram-update:")
            if handling and self.locks > 0:
                self.locks -= 1
                self.locked += 1
                raise OperationalError("COMMIT", {}, sqlite3.OperationalError("database is locked"))
            await commit()

        uow._commit = maybe_locked  # type: ignore[method-assign]
        return uow


@pytest.fixture
async def api() -> AsyncIterator[FakeBotAPI]:
    server = await FakeBotAPI(group_limit=1000).start()
    yield server
    await server.stop()


def said(api: FakeBotAPI) -> str:
    return "\n".join(api.texts(GROUP))


async def test_a_join_that_found_the_database_locked_once_joins_with_no_apology(api: FakeBotAPI) -> None:
    factory = LockedFactory()
    async with polled_bot(api, factory) as polled:
        poller = polled.poller()
        polling = asyncio.create_task(poller.run())
        try:
            api.push(api.message(GROUP, AMY, "/groupbuy Mangoes price 88 stock 10"))
            await api.wait_for(lambda: api.join_card(GROUP), within=20)

            factory.locks = 1  # Bob's join finds the database locked; a moment later it is free
            api.push(api.message(GROUP, BOB, "+2"))
            api.push(api.message(GROUP, CAT, "+1"))
            await api.wait_for(lambda: "Cat" in api.acknowledged(GROUP), within=20)
            assert factory.locked == 1 and poller.tries == 1
            assert sorted(api.acknowledged(GROUP)) == ["Bob", "Cat"]  # each join's 👌, once
            assert [line.display_name for line in factory.state.lines[1].values()] == ["Bob", "Cat"]
            assert SORRY not in said(api)
            assert sorted(line.quantity for line in factory.state.lines[1].values()) == [1, 2]
        finally:
            await poller.stop(polling, 5)


async def test_a_join_that_keeps_finding_the_database_locked_is_apologised_for_once(
    api: FakeBotAPI,
) -> None:
    factory = LockedFactory()
    async with polled_bot(api, factory) as polled:
        poller = polled.poller()
        polling = asyncio.create_task(poller.run())
        try:
            api.push(api.message(GROUP, AMY, "/groupbuy Mangoes price 88 stock 10"))
            await api.wait_for(lambda: api.join_card(GROUP), within=20)

            factory.locks = LOCKED_TRIES  # every try of Bob's join; the apology after the last gets in
            api.push(api.message(GROUP, BOB, "+2"))
            api.push(api.message(GROUP, CAT, "+1"))
            await api.wait_for(lambda: "Cat" in api.acknowledged(GROUP) and SORRY in said(api), within=20)
            assert poller.tries == LOCKED_TRIES - 1  # tried again, then apologised for
            assert said(api).count(SORRY) == 1 and api.acknowledged(GROUP) == ["Cat"]  # Bob's never joined
            assert [line.quantity for line in factory.state.lines[1].values()] == [1]
        finally:
            await poller.stop(polling, 5)
