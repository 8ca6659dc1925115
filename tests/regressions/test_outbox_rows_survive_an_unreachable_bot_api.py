"""An outbox row whose message the Bot API could not take (a 502 from its proxy, then the server gone:
connection refused) stays unsent, its tries counted and its error kept, while /healthz's backlog ages;
once the Bot API is back the message arrives exactly once. (It used to be logged "dropped" and marked
sent: the message was lost and /healthz said ok.)"""

from __future__ import annotations

import asyncio
from datetime import timedelta
from typing import Any

import sqlalchemy as sa
from aiogram import Bot
from aiogram.client.telegram import TelegramAPIServer
from aiohttp import web

from bot.outbox_relay import OutboxRelay
from bot.telegram.session import HeldResponsesSession
from commerce.domain.outbox import send_topic
from handlers import outbox as outbox_rows
from handlers.types import Reply
from storage.tables import outbox
from storage.uow import SqlUnitOfWorkFactory
from tests.adapters.telegram.fake_api import FakeBotAPI
from tests.adapters.telegram.wiring import adapter_for, english_app
from tests.fakes import FakeClock

GROUP = -100


async def row(factory: SqlUnitOfWorkFactory) -> Any:
    async with factory.engine.connect() as conn:
        return (await conn.execute(sa.select(outbox.c.sent_at, outbox.c.attempts, outbox.c.last_error))).one()


async def test_a_message_the_bot_api_could_not_take_stays_unsent_and_arrives_once_it_is_back(
    uow_factory: SqlUnitOfWorkFactory,
) -> None:
    api = await FakeBotAPI().start()
    bot = Bot(api.token, session=HeldResponsesSession(api=TelegramAPIServer.from_base(api.base_url)))
    adapter, sender = adapter_for(english_app(), bot)
    clock = FakeClock()
    relay = OutboxRelay(
        uow_factory=uow_factory,
        clock=clock,
        topic_prefix=send_topic("telegram"),
        sink=adapter.send_row,
        poll_seconds=0.05,
        leases=False,
    )
    restarted: web.AppRunner | None = None
    try:
        reply = Reply(text="Plums (#1) succeeded: 3 units", chat_id=str(GROUP))
        async with uow_factory() as uow:
            await uow.outbox.add(
                outbox_rows.rows([reply], platform="telegram", request=None, now=clock.now())
            )
            await uow.commit()

        api.outage = 502  # the proxy answers, the Bot API behind it does not
        relay.start()
        assert await relay.drain(10)
        sent_at, attempts, last_error = await row(uow_factory)
        assert (sent_at, attempts, api.calls_in_outage) == (None, 1, 1)
        assert last_error.startswith("Unreachable: ")
        async with uow_factory() as uow:
            backlog = await uow.outbox.backlog(now=clock.now() + timedelta(seconds=400))
        assert (backlog.unsent, backlog.overdue_seconds(clock.now() + timedelta(seconds=400))) == (1, 400.0)

        port = api.port  # the server gone: connection refused
        assert api.runner is not None
        await api.runner.cleanup()
        api.outage = None
        clock.advance(seconds=1)  # the first back-off
        assert await relay.drain(10)
        sent_at, attempts, last_error = await row(uow_factory)
        assert (sent_at, attempts) == (None, 2)
        assert "ClientConnectorError" in last_error
        assert api.texts(GROUP) == []

        restarted = web.AppRunner(api.app(), access_log=None)  # back, on the same port
        await restarted.setup()
        await web.TCPSite(restarted, "127.0.0.1", port).start()
        clock.advance(seconds=2)  # the second back-off
        assert await relay.drain(10)
        await asyncio.sleep(0)
        sent_at, attempts, _ = await row(uow_factory)
        assert sent_at is not None and attempts == 2
        clock.advance(seconds=60)
        assert await relay.drain(10)
        assert api.texts(GROUP) == ["Plums (#1) succeeded: 3 units"]  # exactly once
    finally:
        await relay.close()
        await sender.close()
        await bot.session.close()
        if restarted is not None:
            await restarted.cleanup()
        await api.stop()
