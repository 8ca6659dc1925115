"""Session 13's review: in long polling (`tuan run telegram` without --webhook), a `+2` sent while the
database was down for a moment was lost: aiogram moved getUpdates' offset past it and only logged the
failure (the webhook answers such an update 5xx, and Telegram sends it again). Now polling
(bot/telegram/polling.py) tries an update the ChatApp could not answer again after a back-off, before the
chat's next update, and never confirms it to Telegram until it was handled: Bob's `+2` joins once the
database is back, and Cat's `+1`, sent after it, is handled after it."""

from __future__ import annotations

import asyncio
from collections.abc import AsyncIterator

import pytest

from tests.adapters.telegram.fake_api import FakeBotAPI, User
from tests.adapters.telegram.polled import polled_bot
from tests.fakes import DownFactory

GROUP = -100
AMY = User(1, "Amy", language_code="en")
BOB = User(2, "Bob", language_code="en")
CAT = User(3, "Cat", language_code="en")


@pytest.fixture
async def api() -> AsyncIterator[FakeBotAPI]:
    server = await FakeBotAPI(group_limit=1000).start()
    yield server
    await server.stop()


async def test_a_join_polled_while_the_database_is_down_joins_once_it_is_back_before_the_next(
    api: FakeBotAPI,
) -> None:
    factory = DownFactory()
    async with polled_bot(api, factory) as polled:
        poller = polled.poller()
        polling = asyncio.create_task(poller.run())
        try:
            api.push(api.message(GROUP, AMY, "/groupbuy Mangoes price 88 stock 10"))
            await api.wait_for(lambda: api.join_card(GROUP), within=20)

            factory.down = True  # PostgreSQL gone for a moment: the join and its apology both fail
            bobs = api.push(api.message(GROUP, BOB, "+2"))
            api.push(api.message(GROUP, CAT, "+1"))
            await api.wait_for(lambda: poller.tries >= 2, within=20)
            assert api.acknowledged(GROUP) == []  # neither joined: Cat's waits behind Bob's
            offsets = [int(call.params.get("offset") or 0) for call in api.sent("getUpdates")]
            assert max(offsets) <= bobs["update_id"]  # never confirmed to Telegram while not handled

            factory.down = False
            await api.wait_for(lambda: "Cat" in api.acknowledged(GROUP), within=20)
            assert sorted(api.acknowledged(GROUP)) == ["Bob", "Cat"]  # each join's 👌, once
            assert [line.display_name for line in factory.state.lines[1].values()] == ["Bob", "Cat"]
            assert "Sorry, something went wrong" not in "\n".join(api.texts(GROUP))
            assert sorted(line.quantity for line in factory.state.lines[1].values()) == [1, 2]
            await api.wait_for(lambda: poller.offset is not None and poller.offset > bobs["update_id"] + 1)
        finally:
            factory.down = False
            await poller.stop(polling, 5)
