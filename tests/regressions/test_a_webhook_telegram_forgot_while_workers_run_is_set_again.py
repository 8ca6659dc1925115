"""Issue #15, session 30 (operators): a webhook Telegram forgot while the workers ran was seen by each
worker's 5-minute check, which logged it and made `/healthz` answer 503 `webhook: not set`, but nobody
set it again until an operator restarted the workers or ran `tuan telegram set-webhook`: no update came
meanwhile. Now the check mends it: the worker that takes the webhook row's lock first calls
`setWebhook` (once for all workers, on real PostgreSQL with two workers checking at the same moment),
says so in one line, and `/healthz` answers ok again. A webhook that long polling took back on purpose
is left alone, as is one moved to another URL."""

from __future__ import annotations

import asyncio
import logging
from collections.abc import AsyncIterator, Awaitable, Callable
from datetime import UTC, datetime

import pytest
from aiogram import Bot
from aiogram.client.session.aiohttp import AiohttpSession
from aiogram.client.telegram import TelegramAPIServer

from bot.health import HealthCheck
from bot.telegram.webhook import WebhookWatch, forget, register
from storage.db import make_engine
from storage.uow import SqlUnitOfWorkFactory
from tests.adapters.telegram.fake_api import FakeBotAPI

pytestmark = pytest.mark.postgres

URL = "https://bot.example.com/tg"
SECRET = "secret_one"
ALLOWED = ["message", "callback_query"]


class Worker:
    """One webhook worker: its own database pool and Bot API session, its watch and its /healthz."""

    def __init__(self, database_url: str, api: FakeBotAPI) -> None:
        self.factory = SqlUnitOfWorkFactory(make_engine(database_url))
        self.bot = Bot(api.token, session=AiohttpSession(api=TelegramAPIServer.from_base(api.base_url)))
        self.watch = WebhookWatch(self.bot, URL, mend=self.mend)
        self.health = HealthCheck(
            engine=self.factory.engine,
            uow_factory=self.factory,
            state=None,
            now=lambda: datetime.now(UTC),
            webhook=lambda: self.watch.status,
        )

    async def start(self) -> bool:
        return await register(self.factory.engine, self.bot, url=URL, secret=SECRET, allowed=ALLOWED)

    def mend(self) -> Awaitable[bool]:
        return register(self.factory.engine, self.bot, url=URL, secret=SECRET, allowed=ALLOWED, mend=True)

    async def close(self) -> None:
        await self.bot.session.close()
        await self.factory.dispose()


@pytest.fixture
async def workers(
    _clean_postgres_database: str, api: FakeBotAPI
) -> AsyncIterator[Callable[[], tuple[Worker, Worker]]]:
    made = (Worker(_clean_postgres_database, api), Worker(_clean_postgres_database, api))
    yield lambda: made
    for worker in made:
        await worker.close()


async def test_a_forgotten_webhook_is_set_again_once_by_the_check_and_healthz_is_ok_again(
    api: FakeBotAPI, workers: Callable[[], tuple[Worker, Worker]], caplog: pytest.LogCaptureFixture
) -> None:
    first, second = workers()
    assert await first.start()
    assert not await second.start()
    assert api.webhook_sets == 1

    caplog.clear()
    caplog.set_level(logging.INFO, logger="bot.telegram.webhook")
    await first.bot.delete_webhook()  # Telegram forgot it while the workers run
    await asyncio.gather(first.watch.check(), second.watch.check())  # both checks at the same moment

    assert api.webhook_sets == 2, "set again once, not once per worker"
    assert api.webhook is not None and (api.webhook.url, api.webhook.secret) == (URL, SECRET)
    assert caplog.messages == [
        "Telegram has no webhook for this bot any more (seen by this worker's 5-minute check): "
        f"telling it {URL} again"
    ]
    for worker in (first, second):
        health = await worker.health()
        assert (health.status_code, health.as_json()["webhook"]) == (200, {"status": "ok"})
        await worker.watch.check()  # the next check finds it there: nothing set, nothing said
    assert api.webhook_sets == 2 and len(caplog.messages) == 1


async def test_a_webhook_long_polling_took_back_is_left_alone(
    api: FakeBotAPI, workers: Callable[[], tuple[Worker, Worker]], caplog: pytest.LogCaptureFixture
) -> None:
    first, _ = workers()
    assert await first.start()
    await first.bot.delete_webhook()  # `tuan run telegram` without --webhook: deletes it, forgets the row
    await forget(first.factory.engine)
    caplog.clear()

    with caplog.at_level(logging.WARNING, logger="bot.telegram.webhook"):
        await first.watch.check()
    assert api.webhook_sets == 1 and api.webhook is None
    assert caplog.messages == [
        f"Telegram has no webhook for this bot any more: no update reaches {URL}; restart the workers "
        f"or run `tuan telegram set-webhook {URL}`"
    ]
    assert (await first.health()).status_code == 503


async def test_a_webhook_moved_to_another_url_is_left_alone(
    api: FakeBotAPI, workers: Callable[[], tuple[Worker, Worker]]
) -> None:
    first, _ = workers()
    assert await first.start()
    await first.bot.set_webhook(url="https://other.example.com/tg", secret_token=SECRET)
    await first.watch.check()
    assert api.webhook is not None and api.webhook.url == "https://other.example.com/tg"
    assert first.watch.status == "elsewhere" and (await first.health()).status_code == 503
