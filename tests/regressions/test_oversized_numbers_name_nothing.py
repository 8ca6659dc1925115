"""`/paid 99999999999999999999`, `进度 #99999999999999999999` and the like answered "something went wrong":
the number reached the database driver, which cannot bind it (`OverflowError`). A number no row can have
names no order and no group buy: the member reads the usual "there is no …" answer, on real storage."""

from __future__ import annotations

from collections.abc import AsyncIterator
from pathlib import Path

import pytest

from handlers.app import AppConfig, ChatApp
from handlers.texts import t
from storage.uow import SqlUnitOfWorkFactory
from tests.fakes import FakeClock
from tests.unit.handlers.conftest import Chat

HUGE = "99999999999999999999"


@pytest.fixture
async def chat(uow_factory: SqlUnitOfWorkFactory, tmp_path: Path) -> AsyncIterator[Chat]:
    app = ChatApp(uow_factory=uow_factory, clock=FakeClock(), config=AppConfig(default_language="en"))
    chat = Chat(app)
    await chat.say("amy", "/groupbuy Plums price 10 target 2 ends 2h")
    yield chat


@pytest.mark.parametrize(
    ("text", "answer"),
    [
        (f"/paid {HUGE}", t("en", "order_not_found", order=int(HUGE), example_order="12-3")),
        (f"/pickedup {HUGE}", t("en", "order_not_found_picked_up", order=int(HUGE), example_order="12-3")),
        (f"/status #{HUGE}", t("en", "group_buy_not_found", id=int(HUGE))),
        (f"/join #{HUGE} 1", t("en", "group_buy_not_found", id=int(HUGE))),
    ],
)
async def test_a_number_beyond_any_row_names_nothing(chat: Chat, text: str, answer: str) -> None:
    replies = await chat.say("amy", text)
    assert Chat.said(replies) == answer
    assert "went wrong" not in Chat.said(replies)
