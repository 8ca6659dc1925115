"""Session 33 (s33-tg): the forum topic a group buy was opened in (`telegram_topics`) was kept under the
group's chat id, and a basic group upgraded to a supergroup (`migrate_to_chat_id`) has a new one. After
the upgrade the topic was looked up at the new id, where nothing was kept: the card posted again in the
new chat, and the deadline's close notice, went to General instead of the topic; a `进度` typed in another
topic then claimed the card for that one. Now the topics move with the chat (`CardMap.move_threads`,
whoever learns of the upgrade: the service message, or a send meeting Telegram's 400), and until they
moved they are read at the old id (`Outbox.topic`): after the upgrade the card, its edits and the close
stay in the topic it was opened in; so does a reminder another worker made for the old id before it
learnt of the upgrade (the old id's topics are kept). Through the fake Bot API (which refuses any call
outside the Bot API's method list, and every call to the old id), with the outbox rows (as `tuan run
telegram` sends) and without, and with two workers sharing one state and one card map.
"""

from __future__ import annotations

from collections.abc import AsyncIterator
from typing import Any, cast

import pytest
from aiogram import Bot
from aiogram.client.telegram import TelegramAPIServer
from aiogram.types import Update

from bot.outbox_relay import OutboxRelay
from bot.telegram.outbox import MemoryCardMap
from bot.telegram.session import HeldResponsesSession
from commerce.domain.outbox import send_topic
from commerce.ports import UnitOfWorkFactory
from handlers.app import AppConfig, ChatApp
from handlers.cards import ABOUT
from handlers.types import Reply
from tests.adapters.telegram.fake_api import FakeBotAPI, User
from tests.adapters.telegram.wiring import adapter_for
from tests.fakes import FakeClock, FakeUnitOfWorkFactory
from tests.regressions.test_every_worker_sends_to_an_upgraded_group_at_its_new_id_at_once import (
    CountedState,
    Worker,
)

OLD = -4466
NEW = -1009998866
TOPIC = 77
AMY = User(3301, "Amy", username="amy", language_code="en")
BOB = User(3302, "Bob", language_code="en")


@pytest.fixture
async def api() -> AsyncIterator[FakeBotAPI]:
    server = await FakeBotAPI(group_limit=1000).start()
    server.started.update({AMY.id, BOB.id})
    yield server
    await server.stop()


def topic_of(api: FakeBotAPI, chat: int, text: str) -> list[int | None]:
    """The topics of the messages posted in the chat whose text holds `text`."""
    return [
        None if c.params.get("message_thread_id") is None else int(c.params["message_thread_id"])
        for c in api.sent("sendMessage", chat)
        if text in str(c.params.get("text", ""))
    ]


@pytest.mark.parametrize("learnt", ["service message", "a send met it"])
@pytest.mark.parametrize("through_rows", [True, False], ids=["outbox rows", "replies"])
async def test_the_card_its_edits_and_its_close_stay_in_their_topic_after_the_upgrade(
    api: FakeBotAPI, through_rows: bool, learnt: str
) -> None:
    bot = Bot(api.token, session=HeldResponsesSession(api=TelegramAPIServer.from_base(api.base_url)))
    factory, clock = FakeUnitOfWorkFactory(), FakeClock()
    app = ChatApp(
        uow_factory=cast(UnitOfWorkFactory, factory),
        clock=clock,
        config=AppConfig(outbox_platform="telegram" if through_rows else None, default_language="en"),
    )
    adapter, sender = adapter_for(app, bot)
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

    async def settle() -> None:
        if through_rows:
            assert await relay.drain(10)
        assert await sender.drain(10)

    async def take(raw: dict[str, Any]) -> None:
        update = Update.model_validate(api.push(raw), context={"bot": bot})
        assert update.message is not None
        if update.message.migrate_to_chat_id is not None:
            await adapter.on_migrated(update.message)
        else:
            await adapter.on_message(update.message, update_id=update.update_id)
        await settle()

    in_topic: dict[str, Any] = {"message_thread_id": TOPIC, "is_topic_message": True}
    try:
        await take(api.message(OLD, AMY, "/groupbuy Leeks price 10 ends 2h", chat_type="group", **in_topic))
        assert set(topic_of(api, OLD, "Leeks")) == {TOPIC}  # the announcement and the card, in the topic

        api.migrated[OLD] = NEW  # Telegram answers the old id with the new one from now on
        if learnt == "service message":
            service = api.message(OLD, AMY, "", chat_type="group", migrate_to_chat_id=NEW)
            del service["message"]["text"]
            await take(service)
        else:  # a reminder for the old id meets the 400 first: it and the card go to the new chat
            reminder = Reply(text="Leeks: 1 hour left", chat_id=str(OLD), extra={ABOUT: "1"})
            await adapter.deliver([reminder])
            await settle()
            assert set(topic_of(api, NEW, "1 hour left")) == {TOPIC}

        card = api.join_card(NEW)
        assert card is not None, api.texts(NEW)
        assert topic_of(api, NEW, "Leeks (#1)")[-1:] == [TOPIC]  # the card, posted again in its topic

        await take(api.message(NEW, BOB, "+1", **in_topic))
        assert "Bob" in api.messages[NEW][card[0]].text  # the card in the topic is the one edited
        edits = [c for c in api.sent("editMessageText", NEW) if "Bob" in str(c.params["text"])]
        assert edits and {int(c.params["message_id"]) for c in edits} == {card[0]}

        await take(api.message(NEW, AMY, "/status"))  # typed in General: the card stays in its topic
        assert topic_of(api, NEW, "Leeks (#1)")[-1:] == [TOPIC]

        clock.advance(hours=3)
        await adapter.deliver_unasked(await app.expire(1))  # the deadline: its close notice in the topic
        await settle()
        closed = [text for text in api.texts(NEW) if "Each buyer's order was sent" in text]
        assert closed, api.texts(NEW)
        assert set(topic_of(api, NEW, closed[0])) == {TOPIC}
        api.assert_nothing_refused()
    finally:
        await relay.close()
        await sender.close()
        await bot.session.close()


async def test_a_reminder_another_worker_made_for_the_old_id_goes_to_the_topic_in_the_new_chat(
    api: FakeBotAPI,
) -> None:
    factory, state, cards = FakeUnitOfWorkFactory(), CountedState(), MemoryCardMap()
    a, b = Worker(api, factory, state, cards), Worker(api, factory, state, cards)
    in_topic: dict[str, Any] = {"message_thread_id": TOPIC, "is_topic_message": True}
    try:
        await a.take(api, api.message(OLD, AMY, "/groupbuy Leeks price 10", chat_type="group", **in_topic))
        await b.adapter.deliver([Reply(text="Leeks: 2 hours left", chat_id=str(OLD), extra={ABOUT: "1"})])
        assert await b.outbox.drain(10)  # worker B knows the group (its state read, for a few seconds)
        api.migrated[OLD] = NEW
        service = api.message(OLD, AMY, "", chat_type="group", migrate_to_chat_id=NEW)
        del service["message"]["text"]
        await a.take(api, service)  # worker A learns of the upgrade: the chat and its topics move
        assert topic_of(api, NEW, "Leeks (#1)")[-1:] == [TOPIC]

        reminder = Reply(text="Leeks: 1 hour left", chat_id=str(OLD), extra={ABOUT: "1"})
        await b.adapter.deliver([reminder])  # worker B made it for the old id, before it knew
        assert await b.outbox.drain(10)

        assert topic_of(api, NEW, "1 hour left") == [TOPIC]  # in the new chat, in its topic
        api.assert_nothing_refused()
    finally:
        await a.close()
        await b.close()
