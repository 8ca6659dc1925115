"""Session 28 (rep44 #3): forum topics were ignored: a group buy opened in a supergroup's topic had its
announcement and card posted in General, and every answer to a member writing in a topic (the
which-option question, `名单`, 问) went to General too. Now a message from a topic (`message_thread_id`,
`is_topic_message`) is answered in that topic, and a group buy opened in a topic keeps its card and its
close notice there (and the note naming a buyer it cannot write to), whoever closes it from wherever.
A message in General stays in General. Through the fake Bot API, with the outbox rows (as `tuan run
telegram` sends) and without them, zh and en."""

from __future__ import annotations

from collections.abc import AsyncIterator
from typing import Any, cast

import pytest
from aiogram import Bot
from aiogram.client.telegram import TelegramAPIServer
from aiogram.types import Update

from bot.outbox_relay import OutboxRelay
from bot.telegram.session import HeldResponsesSession
from commerce.domain.outbox import send_topic
from commerce.ports import UnitOfWorkFactory
from handlers.app import AppConfig, ChatApp
from tests.adapters.telegram.fake_api import FakeBotAPI, User
from tests.adapters.telegram.wiring import adapter_for
from tests.fakes import FakeClock, FakeUnitOfWorkFactory

GROUP = -100
TOPIC = 77
AMY = User(1, "Amy", language_code="zh")
BOB = User(2, "Bob", language_code="zh")
DAN = User(3, "Dan", language_code="zh")  # never started the bot: the close names him, in its topic

SAID = {
    "zh": ["/lang zh", "接龙 芒果 价格 20", "名单", "截单", "接龙 苹果 价格 10", "进度"],
    "en": [
        "/lang en",
        "/groupbuy Mangoes price 20",
        "/list",
        "/close",
        "/groupbuy Apples price 10",
        "/status",
    ],
}


@pytest.fixture
async def api() -> AsyncIterator[FakeBotAPI]:
    server = await FakeBotAPI(group_limit=1000).start()
    server.started.update({AMY.id, BOB.id})
    server.admins.add((GROUP, AMY.id))
    yield server
    await server.stop()


@pytest.mark.parametrize("language", ["zh", "en"])
@pytest.mark.parametrize("through_rows", [True, False], ids=["outbox rows", "replies"])
async def test_a_group_buy_opened_in_a_forum_topic_stays_in_that_topic(
    api: FakeBotAPI, through_rows: bool, language: str
) -> None:
    bot = Bot(api.token, session=HeldResponsesSession(api=TelegramAPIServer.from_base(api.base_url)))
    factory = FakeUnitOfWorkFactory()
    clock = FakeClock()
    app = ChatApp(
        uow_factory=cast(UnitOfWorkFactory, factory),
        clock=clock,
        config=AppConfig(outbox_platform="telegram" if through_rows else None, default_language="zh"),
    )
    adapter, sender = adapter_for(app, bot, default_language="zh")
    sender.forbidden_note = adapter.forbidden_note  # as `tuan run telegram` wires them
    relay = OutboxRelay(
        uow_factory=cast(UnitOfWorkFactory, factory),
        clock=clock,
        topic_prefix=send_topic("telegram"),
        sink=adapter.send_row,
        poll_seconds=0.05,
        leases=False,
    )
    if through_rows:
        app.on_queued = relay.wake
        relay.start()

    async def say(user: User, text: str, *, topic: int | None) -> list[Any]:
        """`user` writes in the topic (None: General); the topics of the group messages it made."""
        before = len(api.sent("sendMessage", GROUP))
        where = {} if topic is None else {"message_thread_id": topic, "is_topic_message": True}
        raw = api.push(api.message(GROUP, user, text, **where))
        update = Update.model_validate(raw, context={"bot": bot})
        await adapter.on_message(update.message, update_id=update.update_id)  # type: ignore[arg-type]
        if through_rows:
            assert await relay.drain(10)
        assert await sender.drain(10)
        calls = api.sent("sendMessage", GROUP)[before:]
        return [
            None if c.params.get("message_thread_id") is None else int(c.params["message_thread_id"])
            for c in calls
        ]

    lang, open_, list_, close, open_general, status = SAID[language]
    try:
        await say(AMY, lang, topic=None)
        assert await say(AMY, open_, topic=TOPIC) == [TOPIC, TOPIC]  # the announcement, the card
        assert await say(BOB, list_, topic=TOPIC) == [TOPIC]  # answered where he asked
        assert await say(BOB, list_, topic=None) == [None]  # in General: in General
        await say(BOB, "+1", topic=TOPIC)
        await say(DAN, "+1", topic=None)
        closed = await say(AMY, close, topic=None)  # closed from General: its notice in its topic
        assert closed and set(closed) == {TOPIC}
        named = [c for c in api.sent("sendMessage", GROUP) if "Dan" in str(c.params["text"])]
        assert named and {int(c.params["message_thread_id"]) for c in named} == {TOPIC}

        assert await say(AMY, open_general, topic=None) == [None, None]  # opened in General
        assert await say(BOB, status, topic=TOPIC) == [None]  # its card posted anew stays in General
        api.assert_nothing_refused()
    finally:
        await relay.close()
        await sender.close()
        await bot.session.close()
