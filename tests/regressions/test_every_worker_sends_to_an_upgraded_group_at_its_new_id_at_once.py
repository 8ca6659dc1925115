"""Issue #15 (N workers): a Telegram basic group upgraded to a supergroup gets a new chat id. The old ->
new map lived in each worker's memory: the worker that saw the upgrade sent to the new id, while another
worker's next message for the group went to the old id, met Telegram's 400 there (logged as an upgrade
again) and only then moved. The move is now kept in the shared state (Redis with several workers), so
every worker sends to the new id at once; without Redis, in the database (`shared_values`, s33-sharedkv).

And each message to a group read the shared state to know whether the bot is out of it: now a group's
state is read once in a few seconds per worker (both facts in one read), and what a worker marks itself it
knows at once.

Two workers (adapters and ChatApps) over one database, one shared state and one card map, against the
fake Bot API."""

from __future__ import annotations

import logging
import uuid
from collections.abc import AsyncIterator, Sequence
from typing import Any, cast

import pytest
from aiogram import Bot
from aiogram.client.telegram import TelegramAPIServer
from aiogram.types import Update

from bot.telegram.adapter import TelegramAdapter
from bot.telegram.admins import AdminCache
from bot.telegram.outbox import MemoryCardMap, Outbox
from bot.telegram.session import HeldResponsesSession
from bot.telegram.transport import BotTransport
from commerce.ports import UnitOfWorkFactory
from commerce.state import Json
from handlers.app import AppConfig, ChatApp
from handlers.types import Reply
from storage.db import make_engine
from storage.state import make_state
from storage.state_db import DatabaseKeyValues
from storage.state_memory import MemorySharedState
from tests.adapters.telegram.fake_api import FakeBotAPI, User
from tests.adapters.telegram.wiring import FAST, OnceStore
from tests.fakes import FakeClock, FakeUnitOfWorkFactory

OLD = -4477
NEW = -1009998877
AMY = User(3201, "Amy", username="amy", language_code="en")


class CountedValues:
    """The shared state's values, counting the reads (Redis round trips)."""

    def __init__(self, values: Any) -> None:
        self._values = values
        self.reads: list[list[str]] = []

    def __getattr__(self, name: str) -> Any:
        return getattr(self._values, name)

    async def get(self, key: str) -> Json | None:
        self.reads.append([key])
        return cast("Json | None", await self._values.get(key))

    async def get_many(self, keys: Sequence[str]) -> list[Json | None]:
        self.reads.append(list(keys))
        return cast("list[Json | None]", await self._values.get_many(keys))


class CountedState(MemorySharedState):
    """One shared state (as Redis is for every worker), counting the reads of a group's keys."""

    def __init__(self) -> None:
        super().__init__()
        self.counted = CountedValues(self.values)
        self.values = self.counted  # type: ignore[assignment]

    @property
    def reads(self) -> list[list[str]]:
        return self.counted.reads

    def group_reads(self, chat: int) -> int:
        return sum(1 for keys in self.reads if any(key.endswith(f":{chat}") for key in keys))


class Worker:
    def __init__(
        self,
        api: FakeBotAPI,
        factory: FakeUnitOfWorkFactory,
        state: Any,
        cards: MemoryCardMap,
        groups: DatabaseKeyValues | None = None,
    ):
        self.bot = Bot(api.token, session=HeldResponsesSession(api=TelegramAPIServer.from_base(api.base_url)))
        self.app = ChatApp(
            uow_factory=cast(UnitOfWorkFactory, factory),
            clock=FakeClock(),
            config=AppConfig(default_language="en"),
        )
        self.outbox = Outbox(
            transport=BotTransport(self.bot), render_card=self.app.render_card, cards=cards, limits=FAST
        )
        self.adapter = TelegramAdapter(
            app=self.app,
            bot=self.bot,
            outbox=self.outbox,
            delivered=OnceStore(),
            admins=AdminCache(self.bot),
            bot_username="tuan_test_bot",
            default_language="en",
            state=state,
            groups=groups,
        )

    async def take(self, api: FakeBotAPI, raw: dict[str, Any]) -> None:
        update = Update.model_validate(api.push(raw), context={"bot": self.bot})
        assert update.message is not None
        if update.message.migrate_to_chat_id is not None:
            await self.adapter.on_migrated(update.message)
        else:
            await self.adapter.on_message(update.message, update_id=update.update_id)
        assert await self.outbox.drain(10)

    async def close(self) -> None:
        await self.outbox.close()
        await self.bot.session.close()


@pytest.fixture
async def api() -> AsyncIterator[FakeBotAPI]:
    server = await FakeBotAPI(group_limit=1000).start()
    yield server
    await server.stop()


def at(api: FakeBotAPI, chat: int) -> list[str]:
    return [c.method for c in api.calls if str(c.params.get("chat_id")) == str(chat)]


@pytest.mark.parametrize("redis", [False, True], ids=["one shared state", "Redis, a client each"])
async def test_a_message_another_worker_had_for_the_old_id_goes_to_the_new_one_without_a_400(
    api: FakeBotAPI, caplog: pytest.LogCaptureFixture, request: pytest.FixtureRequest, redis: bool
) -> None:
    factory, cards = FakeUnitOfWorkFactory(), MemoryCardMap()
    if redis:  # two processes' own Redis clients, the same keys
        url, prefix = request.getfixturevalue("redis_url"), f"test-{uuid.uuid4().hex[:12]}:"
        states = [make_state(url, prefix=prefix), make_state(url, prefix=prefix)]
    else:
        states = [CountedState()] * 2
    a, b = Worker(api, factory, states[0], cards), Worker(api, factory, states[1], cards)
    try:
        await _upgrade_met_on_a_then_b_sends(api, caplog, a, b)
    finally:
        await a.close()
        await b.close()
        for state in states:
            await state.aclose()


async def test_without_redis_the_workers_learn_the_upgrade_through_the_database(
    api: FakeBotAPI, caplog: pytest.LogCaptureFixture, database_url: str
) -> None:
    """Without Redis: each worker its own memory, a group's state in the database (`shared_values`)."""
    factory, cards, prefix = FakeUnitOfWorkFactory(), MemoryCardMap(), f"test-{uuid.uuid4().hex[:12]}:"
    a, b = (
        Worker(
            api,
            factory,
            MemorySharedState(),
            cards,
            DatabaseKeyValues(make_engine(database_url), prefix=prefix),
        )
        for _ in range(2)
    )
    try:
        await _upgrade_met_on_a_then_b_sends(api, caplog, a, b)
    finally:
        for worker in (a, b):
            await worker.close()
            await cast(DatabaseKeyValues, worker.adapter.groups).engine.dispose()


async def _upgrade_met_on_a_then_b_sends(
    api: FakeBotAPI, caplog: pytest.LogCaptureFixture, a: Worker, b: Worker
) -> None:
    await a.take(api, api.message(OLD, AMY, "/groupbuy Leeks price 10 target 3", chat_type="group"))
    await b.adapter.deliver([Reply(text="Leeks: 2 hours left", chat_id=str(OLD))])  # B knows the group
    assert await b.outbox.drain(10)
    api.migrated[OLD] = NEW
    service = api.message(OLD, AMY, "", chat_type="group", migrate_to_chat_id=NEW)
    del service["message"]["text"]
    await a.take(api, service)  # worker A sees the upgrade: the chat moves, its card posted at NEW
    assert api.join_card(NEW) is not None
    before = len(at(api, OLD))
    caplog.set_level(logging.INFO)

    await b.adapter.deliver([Reply(text="Leeks: 1 hour left", chat_id=str(OLD))])  # on worker B
    assert await b.outbox.drain(10)

    assert api.texts(NEW)[-1] == "Leeks: 1 hour left"  # at the new id, once
    assert api.texts(NEW).count("Leeks: 1 hour left") == 1
    assert at(api, OLD)[before:] == []  # no call to the old id: no 400 met there
    upgraded = [r.getMessage() for r in caplog.records if "was upgraded" in r.getMessage()]
    assert upgraded == [], upgraded  # worker B did not meet the upgrade again
    assert len([m for m in api.messages[NEW].values() if m.reply_markup]) == 1  # one card there
    api.assert_nothing_refused()


@pytest.mark.parametrize(
    ("group", "most"), [(-1001234567890, 1), (-4488, 11)], ids=["supergroup", "basic group"]
)
async def test_ten_messages_to_a_group_read_its_state_once(api: FakeBotAPI, group: int, most: int) -> None:
    """A supergroup's 10 messages read its state once. A basic group's each read it just before the call
    (one read: the bot out, the group upgraded), so an upgrade another worker met is never sent past."""
    factory, state, cards = FakeUnitOfWorkFactory(), CountedState(), MemoryCardMap()
    worker = Worker(api, factory, state, cards)
    try:
        for n in range(10):
            await worker.adapter.deliver([Reply(text=f"line {n}", chat_id=str(group))])
            assert await worker.outbox.drain(10)

        assert api.texts(group) == [f"line {n}" for n in range(10)]  # 10 sends
        assert state.group_reads(group) <= most, state.reads
    finally:
        await worker.close()


async def test_a_group_this_worker_marked_out_is_skipped_at_once_and_sent_to_again_once_back(
    api: FakeBotAPI,
) -> None:
    factory, state, cards = FakeUnitOfWorkFactory(), CountedState(), MemoryCardMap()
    worker = Worker(api, factory, state, cards)
    group = -4499
    try:
        await worker.adapter.deliver([Reply(text="before", chat_id=str(group))])  # read: in
        assert await worker.outbox.drain(10)
        await worker.adapter.group_gone(str(group), None)  # a send refused: marked out, known at once
        await worker.adapter.deliver([Reply(text="while out", chat_id=str(group))])
        assert await worker.outbox.drain(10)
        assert api.texts(group) == ["before"]

        assert await worker.adapter._back_in(str(group)) is not None  # added back: in, known at once
        await worker.adapter.deliver([Reply(text="back", chat_id=str(group))])
        assert await worker.outbox.drain(10)
        assert api.texts(group) == ["before", "back"]
    finally:
        await worker.close()
