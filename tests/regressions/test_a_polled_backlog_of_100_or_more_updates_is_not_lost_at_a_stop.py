"""Session 14's review (fm, D2, D3): with 100 or more updates waiting at Telegram when the bot started,
the poller's second getUpdates brought back the same 100 still being worked through, took that for "a
whole batch stuck" and confirmed them all to Telegram; a stop (a deploy's SIGTERM) or a crash right then
lost every one not handled yet (55 of 140 members' `+1` never joined). And it asked Telegram again after
each handled update, downloading the backlog again every time. Now only updates blocked behind one
being tried again are ever confirmed before they are handled, and while updates are in hand the poller
asks again only after a pause: a stop leaves the rest at Telegram, and the next start joins them all,
each once, in order. (The fake Bot API keeps what it returned until an offset confirms it, as Telegram.)"""

from __future__ import annotations

import asyncio
from collections.abc import AsyncIterator
from typing import Any

import pytest
from aiogram import Bot

from bot.telegram.polling import Poller
from tests.adapters.telegram.fake_api import FakeBotAPI, User
from tests.adapters.telegram.polled import Polled, polled_bot
from tests.fakes import FakeUnitOfWorkFactory

GROUP = -100
AMY = User(1, "Amy", language_code="en")
MEMBERS = [User(100 + n, f"M{n:03d}", language_code="en") for n in range(140)]


@pytest.fixture
async def api() -> AsyncIterator[FakeBotAPI]:
    server = await FakeBotAPI(group_limit=100000).start()
    yield server
    await server.stop()


def joined(api: FakeBotAPI) -> list[str]:
    """Whose `+1` the bot acknowledged (👌 on it: a join says no more than the card shows), in order."""
    return api.acknowledged(GROUP)


async def test_a_stop_with_140_updates_queued_at_telegram_loses_none_and_asks_again_only_now_and_then(
    api: FakeBotAPI,
) -> None:
    factory = FakeUnitOfWorkFactory()
    async with polled_bot(api, factory) as polled:
        await _stopped_and_started(api, polled, factory)


async def _stopped_and_started(api: FakeBotAPI, polled: Polled, factory: FakeUnitOfWorkFactory) -> None:
    dispatcher = polled.dispatcher
    feed = dispatcher.feed_update

    async def slowly(bot: Bot, update: Any, **kwargs: Any) -> Any:  # a busy database: 20 ms an update
        await asyncio.sleep(0.02)
        return await feed(bot, update, **kwargs)

    dispatcher.feed_update = slowly  # type: ignore[method-assign]

    def poller() -> Poller:
        return polled.poller(pause=0.5)

    first = poller()
    polling = asyncio.create_task(first.run())
    try:
        api.push(api.message(GROUP, AMY, "/groupbuy Mangoes price 88 stock 1000"))
        await api.wait_for(lambda: api.join_card(GROUP), within=20)
        await first.stop(polling, 5)  # the bot stops; 140 members write meanwhile
        for member in MEMBERS:
            api.push(api.message(GROUP, member, "+1"))

        first = poller()
        polling = asyncio.create_task(first.run())
        await api.wait_for(lambda: len(api.sent("getUpdates")) >= 6, within=20)  # it asked a few times
        await asyncio.sleep(0.6)
        assert len(joined(api)) < 100  # still working through the first batch
        await first.stop(polling, 0.1)  # a deploy's SIGTERM
        calls = len(api.sent("getUpdates"))
        offset = first.offset

        second = poller()
        polling = asyncio.create_task(second.run())
        await api.wait_for(lambda: len(joined(api)) >= len(MEMBERS), within=180)  # a loaded machine is slow
        await api.wait_for(lambda: second.offset is not None and second.offset > offset, within=20)
        await asyncio.sleep(0.3)
        names = [member.first_name for member in MEMBERS]
        assert sorted(joined(api)) == sorted(names)  # each acknowledged once
        assert [line.display_name for line in factory.state.lines[1].values()] == names  # joined in order
        # it once asked after each update handled, the backlog again each time: now, with updates in hand,
        # it asks at most once a pause (0.5 s) however slow the machine, never once an update
        asked = api.sent("getUpdates")[calls:]
        busy = asked[-1].at - asked[0].at
        assert len(asked) <= busy / 0.5 + 5
        assert len(asked) < len(MEMBERS)
    finally:
        await first.stop(polling, 5)
