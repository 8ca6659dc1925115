"""The `ai` extra's wiring (bot/rerank.py, bot/bootstrap.py): Tuan's ChatApp gets the reranker where it
is installed and TUAN_ASK_RERANK allows it, with nothing loaded until a question needs it; and the
handler hands it to Ask, so the member sees the note it found."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path
from typing import cast

import pytest

from bot.bootstrap import build
from bot.rerank import E5Reranker, installed, note_reranker
from bot.settings import Settings
from commerce.ports import UnitOfWorkFactory
from handlers.app import AppConfig, ChatApp
from tests.fakes import FakeClock, FakeUnitOfWorkFactory
from tests.unit.handlers.conftest import Chat


class Meaning:
    async def scores(self, question: str, texts: Sequence[str]) -> list[float]:
        return [0.95 if "crystallised" in text else 0.5 for text in texts]


async def test_tuan_gets_the_reranker_unloaded_and_the_setting_turns_it_off(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    assert installed()  # requirements.lock has the extra: CI runs these tests with it
    url = f"sqlite+aiosqlite:///{tmp_path / 'tuan.db'}"
    tuan = await build(Settings(database_url=url))
    try:
        reranker = tuan.app.reranker
        assert isinstance(reranker, E5Reranker) and not reranker.loaded  # loaded at the first question
    finally:
        await tuan.aclose()
    monkeypatch.setenv("TUAN_ASK_RERANK", "false")
    assert Settings().ask_rerank is False
    assert note_reranker(False) is None


async def test_the_handler_quotes_the_note_the_reranker_found() -> None:
    app = ChatApp(
        uow_factory=cast(UnitOfWorkFactory, FakeUnitOfWorkFactory()),
        clock=FakeClock(),
        config=AppConfig(bot_username="tuan_bot", default_language="en"),
        reranker=Meaning(),
    )
    room = Chat(app)
    await room.say("amy", "/groupbuy Raw honey price 12 ends 2h", language="en")
    await room.say("bob", "/note The honey crystallised after a month, warm water makes it liquid again")
    answer = room.said(await room.say("dan", "@tuan_bot my honey went solid is it bad", language="en"))
    assert answer.startswith("What friends said:\nNote #1 Bob: “The honey crystallised")
