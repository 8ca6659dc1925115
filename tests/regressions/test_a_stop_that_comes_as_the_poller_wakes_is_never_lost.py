"""Session 17: `tuan run telegram` (long polling) sometimes "ignored SIGTERM", and tests stopping a poller
hung until their 300 s limit, about one loaded run in three. The poller pauses between fetches with
`asyncio.wait_for(idle.wait(), pause)`; on Python 3.11 a cancel that arrives in the same step of the loop
as `idle` is set is swallowed (wait_for returns as if the event had come), so the fetching task told to
stop went on polling for ever and the stop waited on it. Waits with a limit now go through bot/waits.py,
which lets the cancel through, and the fetch loop also ends once a stop began."""

from __future__ import annotations

import asyncio
from collections.abc import AsyncIterator
from typing import Any

import pytest
from aiogram import Bot

from tests.adapters.telegram.fake_api import FakeBotAPI, User
from tests.adapters.telegram.polled import polled_bot
from tests.fakes import FakeUnitOfWorkFactory

GROUP = -100
AMY = User(1, "Amy", language_code="en")
BOB = User(2, "Bob", language_code="en")


@pytest.fixture
async def api() -> AsyncIterator[FakeBotAPI]:
    server = await FakeBotAPI(group_limit=100000).start()
    yield server
    await server.stop()


@pytest.mark.parametrize("stopped_by", ["stop", "cancel"])
async def test_a_poller_stopped_as_it_wakes_from_its_pause_stops(api: FakeBotAPI, stopped_by: str) -> None:
    async with polled_bot(api, FakeUnitOfWorkFactory()) as polled:
        feed = polled.dispatcher.feed_update

        async def failing(bot: Bot, update: Any, **kwargs: Any) -> Any:  # an outage: tried again and again
            if update.message is not None and update.message.text == "+1":
                raise ConnectionRefusedError("connection refused")
            return await feed(bot, update, **kwargs)

        polled.dispatcher.feed_update = failing  # type: ignore[method-assign]
        poller = polled.poller(pause=30)  # with an update in hand, it waits here between fetches
        polling = asyncio.create_task(poller.run())
        try:
            api.push(api.message(GROUP, AMY, "/groupbuy Mangoes price 88 stock 10"))
            await api.wait_for(lambda: api.join_card(GROUP), within=20)
            api.push(api.message(GROUP, BOB, "+1"))
            await api.wait_for(lambda: poller.tries >= 2, within=20)
            fetched = len(api.sent("getUpdates"))
            await asyncio.sleep(0.2)
            assert len(api.sent("getUpdates")) == fetched  # pausing, its update in hand
            poller._idle.set()  # a worker goes idle: the pause ends...
            await asyncio.sleep(0)  # ...and, before the poller resumes, the stop comes
            async with asyncio.timeout(10):
                if stopped_by == "stop":
                    await poller.stop(polling, 0.1)
                else:
                    polling.cancel()
                    with pytest.raises(asyncio.CancelledError):
                        await polling
        finally:
            if not polling.done():
                polling.cancel()
            await poller.stop(polling, 0.1)
        assert polling.done()
        fetches = [call for call in api.sent("getUpdates")[fetched:] if call.params.get("limit") != "1"]
        assert fetches == []  # it did not go on polling: only a stop's confirming call (limit 1) came
