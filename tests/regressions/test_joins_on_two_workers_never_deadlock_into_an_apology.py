"""Two workers on one PostgreSQL, each batching the joins that arrive together into one transaction
(group commit), took the same group buys' rows in opposite orders: PostgreSQL found a deadlock after a
second and aborted one batch, and every buyer in it was told "something went wrong, nothing changed"
(bench/scale.py: 156 of 20,000 taps with 2 workers, 402 with 4). A later member of a batch now never
waits for a lock (its wait is cut short, it is left out of the batch), and a join whose transaction lost
such a race runs again in a transaction of its own: every buyer is in, each once."""

from __future__ import annotations

import asyncio
from collections.abc import AsyncIterator

import pytest

from handlers.app import AppConfig, ChatApp
from handlers.types import Request
from storage.db import make_engine
from storage.uow import SqlUnitOfWorkFactory
from tests.fakes import FakeClock

CHATS = [f"room{i}" for i in range(6)]
ROUNDS = 6


@pytest.fixture
async def two_workers(_clean_postgres_database: str) -> AsyncIterator[tuple[ChatApp, ChatApp]]:
    factories = [
        SqlUnitOfWorkFactory(make_engine(_clean_postgres_database), group_commit=True) for _ in range(2)
    ]
    config = AppConfig(outbox_platform="telegram", default_language="en")
    try:
        yield (
            ChatApp(uow_factory=factories[0], clock=FakeClock(), config=config),
            ChatApp(uow_factory=factories[1], clock=FakeClock(), config=config),
        )
    finally:
        for factory in factories:
            await factory.dispose()


def _say(chat: str, user: str, text: str) -> Request:
    return Request(
        platform="test", chat_id=chat, user_id=user, display_name=user.title(), text=text, language="en"
    )


async def test_every_join_is_in_when_two_workers_batch_the_same_group_buys(
    two_workers: tuple[ChatApp, ChatApp],
) -> None:
    a, b = two_workers
    for chat in CHATS:
        await a.handle(_say(chat, "amy", "/groupbuy Plums price 10 ends 3d"))

    # worker A's batches take the chats' rows first to last, worker B's last to first
    first_to_last = [(chat, f"a{n}-{chat}") for n in range(ROUNDS) for chat in CHATS]
    last_to_first = [(chat, f"b{n}-{chat}") for n in range(ROUNDS) for chat in reversed(CHATS)]
    answers = await asyncio.gather(
        *(a.handle(_say(chat, user, "+1")) for chat, user in first_to_last),
        *(b.handle(_say(chat, user, "+1")) for chat, user in last_to_first),
    )

    said = [replies[0].text for replies in answers]
    users = [user for _, user in first_to_last + last_to_first]
    for user, text in zip(users, said, strict=True):
        assert text.startswith(f"{user.title()} is in: 1 × Plums"), (user, text)
    for number, chat in enumerate(CHATS, start=1):
        card = (await a.render_card(number)).text
        lines = sorted(line.split(". ", 1)[1] for line in card.splitlines() if line[:1].isdigit())
        assert lines == sorted(f"{user.title()} ×1" for c, user in first_to_last + last_to_first if c == chat)
