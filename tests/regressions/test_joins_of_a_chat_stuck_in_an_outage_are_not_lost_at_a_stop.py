"""Session 15 (fd, 1): in long polling, when a chat was stuck behind an outage and a whole batch (100) of
its updates waited, the poller confirmed them to Telegram so that the other chats' updates still came,
and kept them only in memory: a stop (a deploy's SIGTERM, or SIGKILL) before the outage ended lost them
(every member's `+1` in the stuck group of that batch never joined). Now those updates are written to
the spool (`telegram_spool`) before they are confirmed, and read back first at the next start: every
join comes in, once and in order, while the other group's members were served meanwhile; and without a
spool a stuck batch is never confirmed past. (Batches of 10 here, not Telegram's 100: the same logic,
quicker.)"""

from __future__ import annotations

import asyncio
from collections.abc import AsyncIterator
from pathlib import Path
from typing import Any

import pytest
from aiogram import Bot
from sqlalchemy.ext.asyncio import AsyncEngine

from bot.telegram.polling import Poller
from bot.telegram.store import TelegramStore
from storage.adapter_tables import telegram_spool
from storage.db import make_engine
from tests.adapters.telegram.fake_api import FakeBotAPI, User
from tests.adapters.telegram.polled import Polled, polled_bot
from tests.fakes import FakeUnitOfWorkFactory

STUCK = -100  # its updates fail while the outage lasts
OTHER = -200
AMY = User(1, "Amy", language_code="en")
BATCH = 10
MEMBERS = [User(100 + n, f"M{n:03d}", language_code="en") for n in range(BATCH + 4)]
OTHERS = [User(300 + n, f"O{n:02d}", language_code="en") for n in range(6)]


@pytest.fixture
async def api() -> AsyncIterator[FakeBotAPI]:
    server = await FakeBotAPI(group_limit=100000).start()
    yield server
    await server.stop()


@pytest.fixture
async def engine(tmp_path: Path) -> AsyncIterator[AsyncEngine]:
    engine = make_engine(f"sqlite+aiosqlite:///{tmp_path / 'spool.db'}")
    async with engine.begin() as conn:
        await conn.run_sync(telegram_spool.create)
    yield engine
    await engine.dispose()


def joined(api: FakeBotAPI, chat: int) -> list[str]:
    """Whose `+1` the bot acknowledged (👌 on it: a join says no more than the card shows), in order."""
    return api.acknowledged(chat)


def stuck_while(polled: Polled, outage: asyncio.Event) -> None:
    """While `outage` is set, the stuck group's updates fail as when its database does not answer."""
    feed = polled.dispatcher.feed_update

    async def failing(bot: Bot, update: Any, **kwargs: Any) -> Any:
        message = update.message
        if outage.is_set() and message is not None and message.chat.id == STUCK:
            raise ConnectionRefusedError("connection refused")
        return await feed(bot, update, **kwargs)

    polled.dispatcher.feed_update = failing  # type: ignore[method-assign]
    # a run of `+1`s the poller hands the adapter together (handlers.rush) fails there alike
    adapter = polled.dispatcher.workflow_data["adapter"]
    together = adapter.on_messages_together

    async def failing_together(messages: Any) -> None:
        if outage.is_set() and any(message.chat.id == STUCK for message, _ in messages):
            raise ConnectionRefusedError("connection refused")
        await together(messages)

    adapter.on_messages_together = failing_together


async def killed(poller: Poller, polling: asyncio.Task[None]) -> None:
    """As SIGKILL: everything stops where it is; Telegram is told nothing more."""
    tasks = [polling, *(chat.worker for chat in poller._chats.values() if chat.worker is not None)]
    for task in tasks:
        task.cancel()
    await asyncio.gather(*tasks, return_exceptions=True)


@pytest.mark.parametrize("ending", ["SIGTERM", "SIGKILL"])
async def test_joins_spooled_while_their_group_was_stuck_all_come_in_after_a_stop(
    api: FakeBotAPI, engine: AsyncEngine, ending: str
) -> None:
    outage = asyncio.Event()
    async with polled_bot(api, FakeUnitOfWorkFactory()) as polled:
        stuck_while(polled, outage)
        first = polled.poller(spool=TelegramStore(engine), batch=BATCH)
        polling = asyncio.create_task(first.run())
        try:
            api.push(api.message(STUCK, AMY, "/groupbuy Mangoes price 88 stock 1000"))
            api.push(api.message(OTHER, AMY, "/groupbuy Lychees price 30 stock 1000"))
            await api.wait_for(lambda: api.join_card(STUCK) and api.join_card(OTHER), within=20)

            outage.set()
            for member in MEMBERS:
                api.push(api.message(STUCK, member, "+1"))
            for member in OTHERS:
                api.push(api.message(OTHER, member, "+1"))
            # the other group is served although a whole batch of the stuck group's updates came first
            await api.wait_for(lambda: len(joined(api, OTHER)) == len(OTHERS), within=30)
            assert joined(api, STUCK) == []
            if ending == "SIGKILL":
                await killed(first, polling)
            else:
                await first.stop(polling, 0.1)  # a deploy's SIGTERM while the outage lasts
        finally:
            await first.stop(polling, 0.1)

        outage.clear()
        second = polled.poller(spool=TelegramStore(engine), batch=BATCH)
        polling = asyncio.create_task(second.run())
        try:
            await api.wait_for(lambda: len(joined(api, STUCK)) >= len(MEMBERS), within=60)
            await asyncio.sleep(0.3)
            assert sorted(joined(api, STUCK)) == [member.first_name for member in MEMBERS]  # each once
            assert sorted(joined(api, OTHER)) == [member.first_name for member in OTHERS]
            assert await TelegramStore(engine).spooled(polled.bot.id) == []  # handled: off the spool
        finally:
            await second.stop(polling, 5)
        said = "\n".join(api.texts(STUCK))
        assert "Sorry, something went wrong" not in said
        card = api.join_card(STUCK)
        assert card is not None
        shown = api.messages[STUCK][card[0]].text
        listed = [line for line in shown.splitlines() if " ×" in line]  # the card: each once, in order
        assert listed == [f"{n + 1}. {member.first_name} ×1" for n, member in enumerate(MEMBERS)]
        assert f"Taken: {len(MEMBERS)}" in shown and f"Stock left: {1000 - len(MEMBERS)}" in shown


async def test_without_a_spool_a_stuck_batch_is_never_confirmed_to_telegram(api: FakeBotAPI) -> None:
    outage = asyncio.Event()
    async with polled_bot(api, FakeUnitOfWorkFactory()) as polled:
        stuck_while(polled, outage)
        poller = polled.poller(batch=BATCH)
        polling = asyncio.create_task(poller.run())
        try:
            api.push(api.message(STUCK, AMY, "/groupbuy Mangoes price 88 stock 1000"))
            await api.wait_for(lambda: api.join_card(STUCK), within=20)
            outage.set()
            first = api.push(api.message(STUCK, MEMBERS[0], "+1"))
            for member in MEMBERS[1:]:
                api.push(api.message(STUCK, member, "+1"))
            await api.wait_for(lambda: poller.tries >= 5, within=20)
            await asyncio.sleep(1.2)  # a few more rounds of the same batch
            offsets = [int(call.params.get("offset") or 0) for call in api.sent("getUpdates")]
            assert max(offsets) <= first["update_id"]
            outage.clear()
            await api.wait_for(lambda: len(joined(api, STUCK)) >= len(MEMBERS), within=60)
            assert sorted(joined(api, STUCK)) == [member.first_name for member in MEMBERS]  # each once
        finally:
            outage.clear()
            await poller.stop(polling, 5)
        card = api.join_card(STUCK)
        assert card is not None
        shown = api.messages[STUCK][card[0]].text
        listed = [line for line in shown.splitlines() if " ×" in line]  # the card: in order
        assert listed == [f"{n + 1}. {member.first_name} ×1" for n, member in enumerate(MEMBERS)]
