"""Issue #15 (several workers without Redis, on PostgreSQL). What a worker learnt of a group was kept in
its own memory: with the bot removed from a group, each worker whose send the group refused marked it
out again and told the organiser again (once PER WORKER); with the bot added back, only the worker that
received `my_chat_member` knew, and the others kept skipping every message to that group (counted sent,
nothing sent) for up to 90 days or until restarted. Now, without Redis, the workers keep it in the
database (`shared_values`, migration 0058: storage/state_db.py), so the organiser is told once, whichever
worker learns it first, and a group the bot is back in gets every worker's next message.

Two workers (each its own ChatApp, adapter, outbox and engine) over one database, against the fake Bot
API; on SQLite and PostgreSQL. A worker trusts what it read of a group for a few seconds
(`GROUP_STATE_SECONDS`, the same with Redis); here it reads it every time, so the order of the steps
decides, not the machine's pace."""

from __future__ import annotations

import itertools
import time
import uuid
from collections.abc import AsyncIterator, Sequence
from typing import Any, cast

import pytest
from aiogram import Bot
from aiogram.client.telegram import TelegramAPIServer
from aiogram.types import Update

from bot.telegram import adapter as telegram_adapter
from bot.telegram.run import group_values, make_dispatcher
from bot.telegram.session import HeldResponsesSession
from commerce.ports import UnitOfWorkFactory
from commerce.state import Json, KeyValues
from handlers.app import AppConfig, ChatApp
from handlers.types import Reply
from storage.db import make_engine
from storage.state_db import DatabaseKeyValues
from storage.state_memory import MemorySharedState
from tests.adapters.telegram.fake_api import FakeBotAPI, User
from tests.adapters.telegram.wiring import adapter_for
from tests.fakes import FakeClock, FakeUnitOfWorkFactory
from tests.regressions.test_telegram_bot_removed_and_added_back_is_said import THE_BOT, Remembered

GROUP = -1001234500077
AMY = User(7301, "Amy")
REMOVED = (
    "I am no longer in that group (removed, or the group was disbanded), so nothing I send reaches it: "
    "no card, close announcement or order. Your group buys still open there: Leeks (#1). To go on, add "
    "me back to the group; or send me /close #1 or /cancel #1 here, and each buyer I can message gets "
    "their order privately."
)
update_ids = itertools.count(1)


class Worker:
    """One `tuan run telegram --worker` process: its own Bot client, ChatApp, adapter and engine."""

    def __init__(
        self,
        api: FakeBotAPI,
        factory: FakeUnitOfWorkFactory,
        delivered: Remembered,
        groups: KeyValues,
    ) -> None:
        self.bot = Bot(api.token, session=HeldResponsesSession(api=TelegramAPIServer.from_base(api.base_url)))
        self.app = ChatApp(
            uow_factory=cast(UnitOfWorkFactory, factory),
            clock=FakeClock(),
            config=AppConfig(default_language="en"),
        )
        self.adapter, self.outbox = adapter_for(self.app, self.bot, groups=groups)
        self.adapter.delivered = delivered  # the database's `telegram_delivered`: one row per update
        self.dispatcher = make_dispatcher(adapter=self.adapter)
        self.groups = groups

    async def feed(self, raw: dict[str, Any]) -> None:
        update = Update.model_validate({"update_id": next(update_ids), **raw}, context={"bot": self.bot})
        await self.dispatcher.feed_update(self.bot, update)
        assert await self.outbox.drain(10)

    async def say_in_group(self, text: str) -> None:
        """A message for the group from this worker (a reminder, a card edit: any of the group's)."""
        await self.adapter.deliver([Reply(text=text, chat_id=str(GROUP))])
        assert await self.outbox.drain(10)

    async def close(self) -> None:
        await self.outbox.close()
        await self.bot.session.close()
        if isinstance(self.groups, DatabaseKeyValues):
            await self.groups.engine.dispose()


def bot_status(old: str, new: str) -> dict[str, Any]:
    def status(name: str) -> dict[str, Any]:
        found: dict[str, Any] = {"status": name, "user": THE_BOT}
        if name == "kicked":
            found["until_date"] = 0
        return found

    changed = {
        "chat": {"id": GROUP, "type": "supergroup", "title": "Neighbours"},
        "from": AMY.json(),
        "date": int(time.time()),
        "old_chat_member": status(old),
        "new_chat_member": status(new),
    }
    return {"my_chat_member": changed}


@pytest.fixture
async def workers(
    api: FakeBotAPI, database_url: str, monkeypatch: pytest.MonkeyPatch
) -> AsyncIterator[tuple[Worker, Worker]]:
    monkeypatch.setattr(telegram_adapter, "GROUP_STATE_SECONDS", 0.0)
    factory, delivered = FakeUnitOfWorkFactory(), Remembered()
    prefix = f"test-{uuid.uuid4().hex[:12]}:"  # the adapters' tables are not emptied between tests
    a, b = (
        Worker(api, factory, delivered, DatabaseKeyValues(make_engine(database_url), prefix=prefix))
        for _ in range(2)
    )
    yield a, b
    await a.close()
    await b.close()


@pytest.mark.parametrize("first", ["my_chat_member on A", "a send refused on B"])
async def test_the_organiser_is_told_once_and_every_worker_sends_again_once_the_bot_is_back(
    api: FakeBotAPI, workers: tuple[Worker, Worker], first: str
) -> None:
    a, b = workers
    api.started.add(AMY.id)  # she opened a private chat with the bot
    await a.feed(api.message(GROUP, AMY, "/groupbuy Leeks price 10 target 3"))
    await b.say_in_group("Leeks: 2 hours left")  # worker B has sent to the group before
    assert api.texts(GROUP)[-1] == "Leeks: 2 hours left"

    api.undeliverable[GROUP] = (403, "Forbidden: bot was kicked from the group chat")
    if first == "my_chat_member on A":
        await a.feed(bot_status("member", "kicked"))
        await b.say_in_group("Leeks: 1 hour left")
    else:  # the update comes late: worker B's send meets the refusal first
        await b.say_in_group("Leeks: 1 hour left")
        await a.feed(bot_status("member", "kicked"))
    await b.say_in_group("Leeks: 30 minutes left")
    assert api.texts(AMY.id).count(REMOVED) == 1, api.texts(AMY.id)  # told once, not once per worker
    assert "Leeks: 1 hour left" not in api.texts(GROUP)

    del api.undeliverable[GROUP]
    await a.feed(bot_status("kicked", "member"))  # added back: worker A receives it
    assert "I'm back in this group. Still taking joins here: Leeks (#1); their cards follow." in api.texts(
        GROUP
    )

    await b.say_in_group("Leeks: 10 minutes left")  # worker B's next message for the group
    assert api.texts(GROUP)[-1] == "Leeks: 10 minutes left"  # goes out
    await a.say_in_group("Leeks: closing now")
    assert api.texts(GROUP)[-1] == "Leeks: closing now"
    assert api.texts(AMY.id).count(REMOVED) == 1


async def test_tuan_run_telegram_keeps_a_groups_state_in_the_database_on_postgresql_without_redis() -> None:
    """The composition root (`group_values`): PostgreSQL without Redis, the database; with Redis, Redis;
    SQLite (one process serves Telegram there), the process's memory."""
    memory, shared = MemorySharedState(), MemorySharedState()
    shared.shared = True  # as Redis's state says
    postgres = make_engine("postgresql+asyncpg://tuan@127.0.0.1:1/tuan")  # never connected
    sqlite = make_engine("sqlite+aiosqlite:///:memory:")
    try:
        assert isinstance(group_values(memory, postgres), DatabaseKeyValues)
        assert group_values(shared, postgres) is shared.values
        assert group_values(memory, sqlite) is memory.values
    finally:
        await postgres.dispose()
        await sqlite.dispose()


class Unanswered:
    """The database not answering (a restart, a full pool): a read of a group's state fails."""

    async def get_many(self, keys: Sequence[str]) -> list[Json | None]:
        raise OSError("connection refused")


async def test_a_message_for_the_group_goes_out_while_the_database_cannot_say_the_groups_state(
    api: FakeBotAPI,
) -> None:
    worker = Worker(api, FakeUnitOfWorkFactory(), Remembered(), cast(KeyValues, Unanswered()))
    try:
        await worker.say_in_group("Leeks: 2 hours left")
        assert api.texts(GROUP) == ["Leeks: 2 hours left"]
    finally:
        await worker.close()
