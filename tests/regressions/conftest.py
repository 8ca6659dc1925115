"""Fixtures shared by regression tests (a test module may define its own): `api`, the fake Bot API
(tests/adapters/telegram/fake_api.py), and `bot`, an aiogram Bot talking to it through the production
session; `e5`, the playground's reranker, and `with_reranker`, which runs a playground test twice:
on words only and with that reranker, as `make playground` runs it."""

from __future__ import annotations

import functools
from collections.abc import AsyncIterator, Iterator

import pytest
from aiogram import Bot
from aiogram.client.telegram import TelegramAPIServer

import tests.unit.bot.playground_api as playground
from bot.rerank import E5Reranker, note_reranker
from bot.telegram.session import HeldResponsesSession
from handlers.app import ChatApp
from tests.adapters.telegram.fake_api import FakeBotAPI


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
