"""Issue #15, review 49 #1 and #4: `register()` skipped `setWebhook` whenever the database's row said
Telegram had been told this URL and secret, without asking Telegram. Against a Bot API with no webhook
(one deleted since, or a new token on the same database) every worker logged "serving", /healthz said
ok, and not one update came. The refusal of another secret was read from the row too, so a Telegram
with no webhook at all was "sending another secret". Now the worker holding the row asks Telegram
(`getWebhookInfo`): what Telegram lacks is set again (once, however many workers start), the row's
digest carries the bot's id, and the other-secret refusal stands only when Telegram has the URL. A
webhook deleted while the workers run is seen by each worker within 5 minutes (one `getWebhookInfo`,
never one per health check): logged once, and `/healthz` answers 503 `webhook: not set`."""

from __future__ import annotations

import logging
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from datetime import UTC, datetime
from pathlib import Path

import pytest
from aiogram import Bot
from aiogram.client.session.aiohttp import AiohttpSession
from aiogram.client.telegram import TelegramAPIServer
from sqlalchemy.ext.asyncio import AsyncEngine

from bot.bootstrap import CannotStart
from bot.health import HealthCheck
from bot.telegram.webhook import WebhookWatch, register
from storage.adapter_tables import telegram_webhook
from storage.db import make_engine
from storage.migrate import upgrade
from storage.uow import SqlUnitOfWorkFactory
from tests.adapters.telegram.fake_api import FakeBotAPI

URL = "https://bot.example.com/tg"
ALLOWED = ["message", "callback_query"]
NEW_TOKEN = "654321:another-token_for-the-fake-server"


@pytest.fixture
async def engine(tmp_path: Path) -> AsyncIterator[AsyncEngine]:
    engine = make_engine(f"sqlite+aiosqlite:///{tmp_path / 'tuan.db'}")
    async with engine.begin() as conn:
        await conn.run_sync(telegram_webhook.create)
    yield engine
    await engine.dispose()


@asynccontextmanager
async def telegram(token: str | None = None) -> AsyncIterator[tuple[FakeBotAPI, Bot]]:
    api = await (FakeBotAPI(token=token) if token else FakeBotAPI()).start()
    bot = Bot(api.token, session=AiohttpSession(api=TelegramAPIServer.from_base(api.base_url)))
    try:
        yield api, bot
    finally:
        await bot.session.close()
        await api.stop()


async def test_a_webhook_telegram_no_longer_has_is_set_again_once(
    engine: AsyncEngine, caplog: pytest.LogCaptureFixture
) -> None:
    async with telegram() as (first, bot):
        assert await register(engine, bot, url=URL, secret="secret_one", allowed=ALLOWED)
        assert first.webhook_sets == 1

    async with telegram() as (api, bot):  # the webhook was deleted: Telegram knows none
        with caplog.at_level(logging.WARNING, logger="bot.telegram.webhook"):
            assert await register(engine, bot, url=URL, secret="secret_one", allowed=ALLOWED)
            assert not await register(engine, bot, url=URL, secret="secret_one", allowed=ALLOWED)
        assert api.webhook_sets == 1  # the second worker found it done: never racing
        assert api.webhook is not None and (api.webhook.url, api.webhook.secret) == (URL, "secret_one")
        assert [call.method for call in api.calls] == ["getWebhookInfo", "setWebhook", "getWebhookInfo"]
    assert caplog.messages == [
        f"Telegram has no webhook for this bot (deleted since, or a new token): telling it {URL} again"
    ]


async def test_a_new_token_on_the_same_database_is_told_the_webhook(engine: AsyncEngine) -> None:
    async with telegram() as (_, bot):
        assert await register(engine, bot, url=URL, secret="secret_one", allowed=ALLOWED)
    async with telegram(NEW_TOKEN) as (api, bot):
        # the new bot has this URL already (set by hand), as the row says: still not this bot's digest
        await bot.set_webhook(url=URL, secret_token="secret_one", allowed_updates=ALLOWED)
        assert await register(engine, bot, url=URL, secret="secret_one", allowed=ALLOWED)
        assert api.webhook_sets == 2


async def test_telegram_with_other_update_types_is_told_ours(engine: AsyncEngine) -> None:
    async with telegram() as (api, bot):
        assert await register(engine, bot, url=URL, secret="secret_one", allowed=ALLOWED)
        await bot.set_webhook(url=URL, secret_token="secret_one", allowed_updates=["message"])
        assert await register(engine, bot, url=URL, secret="secret_one", allowed=ALLOWED)
        assert api.webhook_updates == ALLOWED and api.webhook_sets == 3


async def test_a_new_secret_is_refused_only_when_telegram_has_the_webhook(engine: AsyncEngine) -> None:
    async with telegram() as (api, bot):
        assert await register(engine, bot, url=URL, secret="secret_one", allowed=ALLOWED)
        with pytest.raises(CannotStart) as refused:
            await register(engine, bot, url=URL, secret="secret_two", allowed=ALLOWED)
        assert str(refused.value) == (
            f"Telegram sends {URL} another secret than this worker's: give every worker the same "
            "TUAN_TELEGRAM_WEBHOOK_SECRET, or run `tuan telegram set-webhook URL` with this one to "
            "replace it"
        )
        assert api.webhook_sets == 1 and api.webhook is not None and api.webhook.secret == "secret_one"

    async with telegram() as (api, bot):  # Telegram has no webhook: nothing sends another secret
        assert await register(engine, bot, url=URL, secret="secret_two", allowed=ALLOWED)
        assert api.webhook is not None and (api.webhook.url, api.webhook.secret) == (URL, "secret_two")


async def test_healthz_says_the_webhook_is_not_set_once_a_worker_saw_it_gone(
    tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    url = f"sqlite+aiosqlite:///{tmp_path / 'health.db'}"
    await upgrade(url)
    factory = SqlUnitOfWorkFactory(make_engine(url))
    async with telegram() as (api, bot):
        assert await register(factory.engine, bot, url=URL, secret="secret_one", allowed=ALLOWED)
        watch = WebhookWatch(bot, URL)
        check = HealthCheck(
            engine=factory.engine,
            uow_factory=factory,
            state=None,
            now=lambda: datetime.now(UTC),
            webhook=lambda: watch.status,
        )
        await watch.check()
        healthy = await check()
        assert (healthy.status_code, healthy.as_json()["webhook"]) == (200, {"status": "ok"})
        asked = len(api.calls)
        await check()
        assert len(api.calls) == asked  # a health check asks Telegram nothing

        with caplog.at_level(logging.WARNING, logger="bot.telegram.webhook"):
            await bot.delete_webhook()  # someone deleted it while the workers run
            await watch.check()
            await watch.check()
            gone = await check()
            await bot.set_webhook(url=URL, secret_token="secret_one", allowed_updates=ALLOWED)
            await watch.check()
        assert (gone.status_code, gone.as_json()["status"], gone.as_json()["webhook"]) == (
            503,
            "failing",
            {"status": "not set"},
        )
        assert caplog.messages == [
            f"Telegram has no webhook for this bot any more: no update reaches {URL}; restart the workers "
            f"or run `tuan telegram set-webhook {URL}`",
            f"Telegram sends this bot's updates to {URL} again",
        ]
        assert (await check()).status_code == 200
    await factory.dispose()
