"""Session 44's review of join batches: in a flash sale, a member who sent `+1` and then a stray `1` in the
same burst was told how to join (`要跟团请发“+1”…`), as if she were not on the list: her `1` was answered at
once while her `+1` still waited in the chat's lane. Any update of a chat whose `+1`s queue now keeps its
place behind them: her `1` is talk from one already on the list (no answer), as when she sends them one
after the other; a member not on it still gets the hint."""

from __future__ import annotations

import asyncio

import pytest

from handlers.app import AppConfig, ChatApp
from handlers.types import Reply, Request
from storage.state_memory import MemorySharedState
from storage.uow import SqlUnitOfWorkFactory
from tests.fakes import FakeClock

HINT = {"zh": "要跟团请发“+1”（或“+2”要两份）", "en": 'To join, send "+1" ("+2" for two)'}
OPENING = {"zh": "接龙 芒果 价格 30 库存 8", "en": "/groupbuy Mangoes price 30 stock 8"}


def _say(user: str, text: str, number: int, lang: str) -> Request:
    return Request(
        platform="test",
        chat_id="room",
        user_id=user,
        display_name=user,
        text=text,
        update_id=f"u-{number}",
        message_id=number,
        language=lang,
    )


def _said(replies: list[Reply]) -> str:
    return " ".join(reply.text for reply in replies if reply.text)


@pytest.mark.parametrize("lang", ["zh", "en"])
async def test_her_stray_number_in_the_burst_of_her_join_is_talk_and_a_strangers_gets_the_hint(
    grouped: SqlUnitOfWorkFactory, lang: str
) -> None:
    config = AppConfig(outbox_platform="telegram", join_batches=True)
    app = ChatApp(uow_factory=grouped, clock=FakeClock(), config=config, values=MemorySharedState().values)
    await app.handle(_say("Amy", OPENING[lang], 1, lang))
    await app.handle(_say("Cy", "+1", 2, lang))
    stray = "1" if lang == "zh" else "2"

    burst = [_say("Ann", "+1", 3, lang), _say("Bea", "+1", 4, lang), _say("Bea", stray, 5, lang)]
    burst.append(_say("Dee", stray, 6, lang))
    answers = await asyncio.gather(*(app.handle(request) for request in burst))

    assert "Bea" in _said(answers[1])  # she is in
    assert answers[2] == []  # her `1` just after: talk, as one after the other
    assert HINT[lang] in _said(answers[3])  # Dee is on no list: how to join
