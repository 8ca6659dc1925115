"""Two workers, each with its own Redis client (`RedisSharedState`, as each bot process has), on one
database: what one wrote for a member (the language his command words last spoke) is known to the other
through Redis, so Bob's switch back to English on worker A after `进度` on worker B is written, and his
private `/start` is answered in English. A missing redis-server fails this test (the `redis_url`
fixture): it never skips."""

from __future__ import annotations

import uuid
from collections.abc import AsyncIterator

import pytest

from handlers.app import AppConfig, ChatApp
from handlers.members import MemberMemo
from storage.redis import make_redis
from storage.state_redis import RedisSharedState
from storage.uow import SqlUnitOfWorkFactory
from tests.fakes import FakeClock
from tests.unit.handlers.conftest import Chat


@pytest.fixture
async def workers(redis_url: str, uow_factory: SqlUnitOfWorkFactory) -> AsyncIterator[tuple[Chat, Chat]]:
    prefix, clock = f"test-{uuid.uuid4().hex[:12]}:", FakeClock()
    states = [RedisSharedState(make_redis(redis_url, decode_responses=True), prefix=prefix) for _ in range(2)]
    apps = [
        ChatApp(
            uow_factory=uow_factory,
            clock=clock,
            config=AppConfig(),
            values=state.values,
            members=MemberMemo(values=state.values),
        )
        for state in states
    ]
    try:
        yield Chat(apps[0]), Chat(apps[1])
    finally:
        for state in states:
            await state.aclose()


async def test_a_language_switch_written_by_one_worker_is_seen_by_the_other_through_redis(
    workers: tuple[Chat, Chat],
) -> None:
    a, b = workers
    await a.say("amy", "接龙 芒果 价格 10")
    await a.say("bob", "my orders")  # A writes English (words: a slash alone would tell nothing)
    await b.say("bob", "进度")  # B writes Chinese

    await a.say("bob", "my orders")  # A must write English again: Redis says B wrote Chinese
    # session 35: his order and a friend's line follow the group, not his words; session 36: a mute too;
    # his private `/start` shows them
    told = Chat.said(await b.say("bob", "/start", private=True))

    assert told.startswith("Hi! I'm Tuan"), told
