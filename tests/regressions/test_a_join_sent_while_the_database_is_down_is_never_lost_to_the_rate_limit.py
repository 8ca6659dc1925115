"""Review R2 (FN): with PostgreSQL down, Eve's `+1` failed and Telegram delivered it again and again; each
delivery counted against her 5 commands a minute, so the 6th was answered "slow down" (which failed too)
and the 7th nothing: the webhook answered 200, UpdateGate marked it done, and the join was lost for good.
Now an update's delivery is counted once (by its update id): however often it comes back it is handled,
and joins once the database is back. A deliberately refused NEW update is still refused. The outage is
logged in full once, then one short line a minute per failed update (not four tracebacks each), and the
webhook answers an unanswered update 500 without aiogram's or aiohttp's tracebacks, never marking it
done."""

from __future__ import annotations

import logging
from typing import Any, cast

import pytest
from aiohttp import web

from bot.telegram.webhook import Redelivered, UpdateGate
from commerce.ports import UnitOfWorkFactory
from handlers.app import AppConfig, ChatApp, Unanswered
from handlers.types import ChatKind, Request
from storage.state_memory import MemorySharedState
from tests.fakes import DownFactory, FakeClock
from tests.telegram_updates import PATH, Posted


def _say(user: str, text: str, update_id: str) -> Request:
    return Request(
        platform="telegram",
        chat_id="-100",
        chat_kind=ChatKind.GROUP,
        user_id=user,
        display_name=user.title(),
        text=text,
        update_id=update_id,
    )


def _limited() -> tuple[ChatApp, DownFactory]:
    factory = DownFactory()
    app = ChatApp(
        uow_factory=cast(UnitOfWorkFactory, factory),
        clock=FakeClock(),
        config=AppConfig(outbox_platform="telegram", default_language="en", commands_per_minute=5),
        counters=MemorySharedState().counters,
    )
    return app, factory


async def test_a_join_delivered_again_and_again_during_an_outage_joins_once_the_database_is_back() -> None:
    app, factory = _limited()
    await app.handle(_say("amy", "/groupbuy Mangoes price 88 stock 10", "1"))

    factory.down = True
    for _ in range(12):  # Telegram's deliveries of the same update while PostgreSQL is down
        with pytest.raises(Unanswered):
            await app.handle(_say("eve", "+1", "6"))
    factory.down = False
    joined = await app.handle(_say("eve", "+1", "6"))

    assert joined[0].text.startswith("Eve is in: 1 × Mangoes (#1).")
    assert [line.quantity for line in factory.state.lines[1].values()] == [1]
    # the 12 deliveries counted once: Eve's next 14 joins this minute (15 in all) are answered
    for number in range(7, 21):
        assert (await app.handle(_say("eve", "+1 #9", str(number))))[0].text
    slowed = await app.handle(_say("eve", "+1 #9", "21"))  # a NEW update over the limit: refused
    assert slowed[0].text.startswith("Eve, slow down: I take at most 15 joins and leaves (+1, -1) a minute")
    [later, words] = await app.handle(_say("eve", "+1 #9", "22"))  # told in words only she reads
    told = "Not done: “+1 #9”. Too many commands from you this minute; send it again in 60 seconds."
    assert (later.text, later.toast, words.private_to, words.text) == ("", told, "eve", told)


async def test_a_slow_down_that_could_not_be_written_is_said_when_delivered_again() -> None:
    app, factory = _limited()
    for number in range(1, 16):
        await app.handle(_say("eve", "+1 #9", str(number)))
    factory.down = True
    for _ in range(3):  # the 16th join's "slow down" cannot be written: delivered again, not dropped
        with pytest.raises(Unanswered):
            await app.handle(_say("eve", "+1 #9", "16"))
    factory.down = False

    again = await app.handle(_say("eve", "+1 #9", "16"))
    assert again[0].text.startswith("Eve, slow down")


async def test_the_outage_is_logged_in_full_once_then_one_line_a_minute_per_failed_update(
    caplog: pytest.LogCaptureFixture,
) -> None:
    app, factory = _limited()
    await app.handle(_say("amy", "/groupbuy Mangoes price 88 stock 10", "1"))
    factory.down = True
    caplog.set_level(logging.ERROR, logger="handlers.app")

    for _ in range(5):
        with pytest.raises(Unanswered):
            await app.handle(_say("eve", "+1", "6"))
    with pytest.raises(Unanswered):
        await app.handle(_say("bob", "+1", "7"))

    records = [record for record in caplog.records if record.name == "handlers.app"]
    # the redelivered update: its line once (with the traceback), not once a delivery; another update
    # failing in the same minute: its own line, the traceback not again
    assert [record.exc_info is not None for record in records] == [True, False]
    assert "update telegram:-100:6 ('+1') failed" in records[0].getMessage()
    assert "update telegram:-100:7 ('+1') failed" in records[1].getMessage()
    assert "ConnectionRefusedError: connection refused" in records[-1].getMessage()


async def test_the_webhook_answers_an_unanswered_update_500_and_never_marks_it_done() -> None:
    shared = MemorySharedState()
    gate, redelivered = UpdateGate(shared.values, PATH, bot_id=1), Redelivered(PATH)
    database_down = True
    handled: list[int] = []

    async def handle(request: Any) -> web.StreamResponse:
        handled.append(1)
        if database_down:
            raise Unanswered("telegram:-100:6")
        return web.json_response({})

    async def inner(request: Any) -> web.StreamResponse:
        return await redelivered(request, handle)

    for _ in range(8):
        assert (await gate(Posted(6), inner)).status == 500  # type: ignore[arg-type]
    database_down = False
    assert (await gate(Posted(6), inner)).status == 200  # type: ignore[arg-type]
    assert len(handled) == 9  # every delivery was handled: none was taken for done
    assert (await gate(Posted(6), inner)).status == 200  # type: ignore[arg-type]
    assert len(handled) == 9  # answered now: a copy is not handled again


async def test_through_aiogram_the_unanswered_update_is_a_quiet_500(caplog: pytest.LogCaptureFixture) -> None:
    from aiogram import Bot, Dispatcher
    from aiogram.types import Message
    from aiohttp.test_utils import TestClient, TestServer

    from bot.telegram.webhook import SECRET_HEADER, request_handler

    dispatcher = Dispatcher()

    @dispatcher.message()
    async def on_message(message: Message) -> None:
        raise Unanswered("telegram:-100:6")

    bot = Bot("123456:TEST-token")
    application = web.Application(middlewares=[web.middleware(Redelivered(PATH))])
    request_handler(dispatcher, bot, secret="s").register(application, path=PATH)
    update = {
        "update_id": 6,
        "message": {
            "message_id": 1,
            "date": 0,
            "chat": {"id": -100, "type": "group", "title": "Fruit"},
            "from": {"id": 5, "is_bot": False, "first_name": "Eve"},
            "text": "+1",
        },
    }
    caplog.set_level(logging.ERROR)
    try:
        async with TestClient(TestServer(application)) as client:
            answer = await client.post(PATH, json=update, headers={SECRET_HEADER: "s"})
            assert answer.status == 500
    finally:
        await bot.session.close()
    assert [record.name for record in caplog.records if record.exc_info] == []  # the ChatApp logged it
