"""A card's edit goes through `HeldResponsesSession.call_for_nothing` (its answer is not read into a
`Message`), so it must still say everything Telegram answers: the edit shows, "message is not modified",
a 429's wait, a message that is gone, a text edit of a photo. And a webhook's answer to a tap is JSON
carrying the toast (the fake Telegram makes that call: tests/e2e/test_telegram_workers.py)."""

from __future__ import annotations

import json

import pytest
from aiogram import Bot
from aiogram.methods import AnswerCallbackQuery
from aiohttp import web

from bot.telegram.outbox import MessageGone, NotModified, RetryAfter, WrongKind
from bot.telegram.transport import BotTransport
from bot.telegram.webhook import request_handler
from handlers.types import Button
from tests.adapters.telegram.fake_api import FakeBotAPI

GROUP = -100777
JOIN = ((Button("Join", "gb:join:3"),),)


async def test_an_edit_shows_and_each_refusal_is_the_outboxs(bot: Bot, api: FakeBotAPI) -> None:
    transport = BotTransport(bot)
    card = await transport.send_text(str(GROUP), "Plums: 1 joined", JOIN)
    api.photos.add("photo-pears")  # a photo a member sent: the bot may send it again
    photo = await transport.send_photo(str(GROUP), "photo-pears", "Pears: 0 joined", JOIN)

    await transport.edit_text(str(GROUP), card, "Plums: 2 joined", JOIN)
    await transport.edit_caption(str(GROUP), photo, "Pears: 1 joined", JOIN)
    with pytest.raises(NotModified):
        await transport.edit_text(str(GROUP), card, "Plums: 2 joined", JOIN)
    api.force_retry_after("editMessageText", 7)
    with pytest.raises(RetryAfter) as waited:
        await transport.edit_text(str(GROUP), card, "Plums: 3 joined", JOIN)
    with pytest.raises(MessageGone):
        await transport.edit_text(str(GROUP), card + 1000, "Plums: 3 joined", JOIN)
    with pytest.raises(WrongKind):
        await transport.edit_text(str(GROUP), photo, "Pears: 2 joined", JOIN)

    assert waited.value.seconds == 7
    edits = [(c.params["text"], c.params["reply_markup"]) for c in api.sent("editMessageText")]
    assert edits == [
        ("Plums: 2 joined", {"inline_keyboard": [[{"text": "Join", "callback_data": "gb:join:3"}]]})
    ]
    assert [c.params["caption"] for c in api.sent("editMessageCaption")] == ["Pears: 1 joined"]


async def test_a_taps_toast_rides_in_the_webhooks_answer_as_json(bot: Bot) -> None:
    handler = request_handler(None, bot, secret="s")
    answer = AnswerCallbackQuery(callback_query_id="42", text="Joined ×2", show_alert=False)

    body = handler._build_response_writer(bot, answer)
    empty = handler._build_response_writer(bot, None)

    response = web.Response(body=body)
    assert response.content_type == "application/json"
    assert json.loads(body._value) == {  # type: ignore[attr-defined]
        "method": "answerCallbackQuery",
        "callback_query_id": "42",
        "text": "Joined ×2",
        "show_alert": False,
    }
    assert empty._value == b"{}"  # type: ignore[attr-defined]
