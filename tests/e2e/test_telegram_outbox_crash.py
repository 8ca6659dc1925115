"""The transactional outbox against a crash: `tuan run telegram` is killed with SIGKILL right after a group
buy closed, while its buyers' order messages are still waiting to go out (Telegram keeps answering 429
for their chats). Restarted on the same database, the bot sends every buyer their order message, once.

Runs on SQLite and on PostgreSQL (the run's server).
"""

from __future__ import annotations

import asyncio
from collections.abc import AsyncIterator
from pathlib import Path

import pytest

from tests.adapters.telegram.fake_api import FakeBotAPI, User
from tests.adapters.telegram.process import TuanTelegram
from tests.services import create_database

pytestmark = pytest.mark.e2e

GROUP = -100222
AMY = User(2001, "Amy", language_code="en")
BUYERS = (User(2002, "Bob", language_code="en"), User(2003, "Cat", language_code="en"), User(2004, "Dan"))
QUIET_SECONDS = 3.0  # after the restart, nothing more may arrive in this long


@pytest.fixture
async def api() -> AsyncIterator[FakeBotAPI]:
    server = await FakeBotAPI().start()
    yield server
    await server.stop()


def orders_received(api: FakeBotAPI, user: User) -> list[str]:
    """The order messages Telegram accepted for `user` (a 429 is no delivery)."""
    return [text for text in api.texts(user.id) if "Plums" in text and "order #" in text]


def refused_private_sends(api: FakeBotAPI) -> set[int]:
    return {
        int(call.params["chat_id"])
        for call in api.calls
        if call.method == "sendMessage" and call.status == 429 and int(call.params["chat_id"]) > 0
    }


async def database_for(engine: str, tmp_path: Path, request: pytest.FixtureRequest) -> str | None:
    if engine == "sqlite":
        return None
    server: str = request.getfixturevalue("postgres_url")
    return await create_database(server, "tuan_outbox_crash")


@pytest.mark.parametrize("engine", ["sqlite", pytest.param("postgres", marks=pytest.mark.postgres)])
async def test_a_bot_killed_after_a_close_sends_every_order_once_after_the_restart(
    api: FakeBotAPI, tmp_path: Path, engine: str, request: pytest.FixtureRequest
) -> None:
    database = await database_for(engine, tmp_path, request)
    first = TuanTelegram(tmp_path, api)
    if database is not None:
        first.database_url = database
    await first.start()
    try:
        api.started.update(buyer.id for buyer in BUYERS)
        api.push(api.message(GROUP, AMY, "/groupbuy Plums price 10 target 3 ends 2h"))
        for buyer in BUYERS:
            api.push(api.message(GROUP, buyer, "+1"))
        await api.wait_for(lambda: any("3/3" in text for text in api.texts(GROUP)) or _card_says(api, "3/3"))
        api.held.update(buyer.id for buyer in BUYERS)  # their order messages will wait in the outbox
        api.push(api.message(GROUP, AMY, "/close"))
        await api.wait_for(lambda: refused_private_sends(api) >= {buyer.id for buyer in BUYERS}, within=60)
    finally:
        assert first.process is not None
        first.process.kill()  # SIGKILL: no drain, no goodbye
        await first.process.wait()
    assert all(orders_received(api, buyer) == [] for buyer in BUYERS)

    api.held.clear()
    second = TuanTelegram(tmp_path, api)
    second.database_url = first.database_url
    await second.start()
    try:
        await api.wait_for(lambda: all(orders_received(api, buyer) for buyer in BUYERS), within=60)
        await asyncio.sleep(QUIET_SECONDS)
        for buyer in BUYERS:
            [order] = orders_received(api, buyer)
            assert "1 × ¥10" in order
    finally:
        assert await second.stop() == 0, second.output()


def _card_says(api: FakeBotAPI, text: str) -> bool:
    return any(text in message.text for message in api.messages[GROUP].values())
