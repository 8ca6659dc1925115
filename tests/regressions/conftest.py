"""Fixtures shared by regression tests (a test module may define its own): `api`, the fake Bot API
(tests/adapters/telegram/fake_api.py); `bot`, an aiogram Bot talking to it through the production
session; `tuan`, the real `tuan run telegram` process polling that fake API (stopped cleanly after);
`e5`, the playground's reranker, and `with_reranker`, which runs a playground test twice: on words
only and with that reranker, as `make playground` runs it; `workers_without_redis`, two Tuans built as
production builds them (`build`) on one PostgreSQL database with no TUAN_REDIS_URL, as two chats."""

from __future__ import annotations

import functools
from collections.abc import AsyncIterator, Iterator
from pathlib import Path

import pytest
from aiogram import Bot
from aiogram.client.telegram import TelegramAPIServer

import tests.unit.bot.playground_api as playground
from bot.bootstrap import Tuan, build
from bot.rerank import E5Reranker, note_reranker
from bot.settings import Settings
from bot.telegram.session import HeldResponsesSession
from handlers.app import ChatApp
from tests.adapters.telegram.fake_api import FakeBotAPI
from tests.adapters.telegram.process import TuanTelegram
from tests.unit.handlers.conftest import Chat


@pytest.fixture
async def api() -> AsyncIterator[FakeBotAPI]:
    server = await FakeBotAPI().start()
    yield server
    await server.stop()


@pytest.fixture
async def bot(api: FakeBotAPI) -> AsyncIterator[Bot]:
    bot = Bot(api.token, session=HeldResponsesSession(api=TelegramAPIServer.from_base(api.base_url)))
    yield bot
    await bot.session.close()


@pytest.fixture
async def tuan(api: FakeBotAPI, tmp_path: Path) -> AsyncIterator[TuanTelegram]:
    running = await TuanTelegram(tmp_path, api).start()
    yield running
    assert await running.stop() == 0, running.output()


@pytest.fixture(scope="session")
def e5() -> Iterator[E5Reranker]:
    reranker = note_reranker(True)
    assert isinstance(reranker, E5Reranker) and reranker.load()
    yield reranker


@pytest.fixture(params=["words", "reranker"])
def with_reranker(request: pytest.FixtureRequest, monkeypatch: pytest.MonkeyPatch) -> None:
    if request.param == "reranker":
        e5 = request.getfixturevalue("e5")
        monkeypatch.setattr(playground, "ChatApp", functools.partial(ChatApp, reranker=e5))


@pytest.fixture
async def workers_without_redis(_clean_postgres_database: str) -> AsyncIterator[tuple[Chat, Chat]]:
    settings = Settings(_env_file=None, database_url=_clean_postgres_database, redis_url=None)
    tuans: list[Tuan] = [await build(settings) for _ in range(2)]
    try:
        assert not any(tuan.state.shared for tuan in tuans)  # no Redis: each worker's memory its own
        yield Chat(tuans[0].app), Chat(tuans[1].app)
    finally:
        for tuan in tuans:
            await tuan.aclose()
