"""The fake Bot API server refuses what the real one would (Bot API 10.1's method list), so a bot that
passes its tests against the fake does not send Telegram a call it refuses."""

from __future__ import annotations

import json
from collections.abc import AsyncIterator
from typing import Any

import httpx
import pytest
from aiogram import Bot
from aiogram.client.session.aiohttp import AiohttpSession
from aiogram.client.telegram import TelegramAPIServer
from aiogram.types import InlineKeyboardButton, InlineKeyboardMarkup

from tests.adapters.telegram import bot_api_contract
from tests.adapters.telegram.fake_api import FakeBotAPI, User

GROUP = -100333
BUTTON = {"inline_keyboard": [[{"text": "Join", "callback_data": "gb:join:1"}]]}


@pytest.fixture
async def api() -> AsyncIterator[FakeBotAPI]:
    server = await FakeBotAPI().start()
    yield server
    await server.stop()


async def call(api: FakeBotAPI, method: str, **fields: Any) -> tuple[int, dict[str, Any]]:
    """POST form data as aiogram does (every value a string, objects as JSON): (status, answer)."""
    form = {k: v if isinstance(v, str) else json.dumps(v) for k, v in fields.items()}
    async with httpx.AsyncClient(base_url=api.base_url) as http:
        response = await http.post(f"/bot{api.token}/{method}", data=form)
    return response.status_code, response.json()


def refused(status: int, description: str) -> tuple[int, dict[str, Any]]:
    return status, {"ok": False, "error_code": status, "description": description}


async def test_the_method_list_is_bot_api_10_1() -> None:
    assert bot_api_contract.version() == "Bot API 10.1"
    assert bot_api_contract.methods()["sendmessage"]["text"].required


async def test_an_unknown_method_is_404_not_found(api: FakeBotAPI) -> None:
    answer = await call(api, "sendMesage", chat_id=str(GROUP), text="hi")

    assert answer == refused(404, "Not Found")
    assert [(c.method, c.status, c.description) for c in api.refused()] == [("sendMesage", 404, "Not Found")]


@pytest.mark.parametrize(
    ("method", "fields", "description"),
    [
        ("sendMessage", {"chat_id": str(GROUP)}, "Bad Request: message text is empty"),
        ("sendMessage", {"chat_id": str(GROUP), "text": "  \n"}, "Bad Request: message text is empty"),
        ("sendMessage", {"text": "hi"}, "Bad Request: chat_id is empty"),
        ("answerCallbackQuery", {"text": "ok"}, 'Bad Request: parameter "callback_query_id" is required'),
        (
            "answerPreCheckoutQuery",
            {"pre_checkout_query_id": "pcq1"},
            'Bad Request: parameter "ok" is required',
        ),
    ],
    ids=["no-text", "blank-text", "no-chat-id", "no-callback-query-id", "no-ok"],
)
async def test_a_missing_required_field_is_400(
    api: FakeBotAPI, method: str, fields: dict[str, Any], description: str
) -> None:
    assert await call(api, method, **fields) == refused(400, description)
    assert [c.status for c in api.refused()] == [400]


async def test_a_field_the_method_does_not_have_is_400_unknown_parameter(api: FakeBotAPI) -> None:
    answer = await call(api, "sendMessage", chat_id=str(GROUP), text="hi", parse_mod="HTML")

    assert answer == refused(400, "Bad Request: unknown parameter parse_mod")
    assert api.texts(GROUP) == []  # nothing was sent


@pytest.mark.parametrize(
    ("method", "fields", "description"),
    [
        ("sendMessage", {"chat_id": "group", "text": "hi"}, "Bad Request: chat not found"),
        (
            "editMessageText",
            {"chat_id": str(GROUP), "message_id": "first", "text": "hi"},
            "Bad Request: message_id must be Integer, got 'first'",
        ),
        (
            "answerCallbackQuery",
            {"callback_query_id": "cbq1", "show_alert": "yes"},
            "Bad Request: show_alert must be Boolean, got 'yes'",
        ),
        (
            "sendMessage",
            {"chat_id": str(GROUP), "text": "hi", "reply_markup": "Join"},
            "Bad Request: can't parse reply_markup JSON object",
        ),
        (
            "editMessageText",
            {"chat_id": str(GROUP), "text": "hi"},
            "Bad Request: message identifier is not specified",
        ),
    ],
    ids=["chat-id", "integer", "boolean", "json-object", "edit-without-message-id"],
)
async def test_a_value_of_the_wrong_type_is_400(
    api: FakeBotAPI, method: str, fields: dict[str, Any], description: str
) -> None:
    assert await call(api, method, **fields) == refused(400, description)


async def test_a_text_over_4096_characters_is_400_message_is_too_long(api: FakeBotAPI) -> None:
    api.started.add(1)
    longest = await call(api, "sendMessage", chat_id="1", text="团" * 4096)
    too_long = await call(api, "sendMessage", chat_id="1", text="团" * 4097)
    edit = await call(api, "editMessageText", chat_id="1", message_id="1", text="x" * 4097)

    assert longest[0] == 200
    assert too_long == edit == refused(400, "Bad Request: message is too long")
    assert api.texts(1) == ["团" * 4096]


async def test_text_lengths_are_counted_in_utf16_units_so_an_emoji_counts_two(api: FakeBotAPI) -> None:
    api.started.add(1)
    fits = await call(api, "sendMessage", chat_id="1", text="🥭" * 2048)
    over = await call(api, "sendMessage", chat_id="1", text="🥭" * 2048 + "x")
    toast = await call(api, "answerCallbackQuery", callback_query_id="cbq1", text="🥭" * 100)
    long_toast = await call(api, "answerCallbackQuery", callback_query_id="cbq2", text="🥭" * 100 + "x")

    assert (fits[0], toast[0]) == (200, 200)
    assert over == refused(400, "Bad Request: message is too long")
    assert long_toast == refused(400, "Bad Request: MESSAGE_TOO_LONG")


async def test_callback_data_over_64_bytes_is_400_button_data_invalid(api: FakeBotAPI) -> None:
    def markup(data: str) -> dict[str, Any]:
        return {
            "inline_keyboard": [
                [{"text": "Join", "callback_data": "gb:join:1"}],
                [{"text": "X", "callback_data": data}],
            ]
        }

    at_limit = await call(api, "sendMessage", chat_id=str(GROUP), text="card", reply_markup=markup("d" * 64))
    over = await call(
        api, "sendMessage", chat_id=str(GROUP), text="card", reply_markup=markup("团" * 22)
    )  # 66 bytes
    empty = await call(api, "sendMessage", chat_id=str(GROUP), text="card", reply_markup=markup(""))

    assert at_limit[0] == 200
    assert over == empty == refused(400, "Bad Request: BUTTON_DATA_INVALID")


async def test_a_callback_answer_over_200_characters_is_400_message_too_long(api: FakeBotAPI) -> None:
    fits = await call(api, "answerCallbackQuery", callback_query_id="cbq1", text="x" * 200)
    too_long = await call(api, "answerCallbackQuery", callback_query_id="cbq2", text="x" * 201)

    assert fits == (200, {"ok": True, "result": True})
    assert too_long == refused(400, "Bad Request: MESSAGE_TOO_LONG")


async def test_a_well_formed_send_message_from_aiogram_is_accepted(api: FakeBotAPI) -> None:
    bot = Bot(api.token, session=AiohttpSession(api=TelegramAPIServer.from_base(api.base_url)))
    keyboard = InlineKeyboardMarkup(
        inline_keyboard=[[InlineKeyboardButton(text="Join", callback_data="gb:join:1")]]
    )
    try:
        sent = await bot.send_message(
            chat_id=GROUP, text="[1] Mangoes", parse_mode=None, reply_markup=keyboard
        )
    finally:
        await bot.session.close()

    assert (sent.message_id, sent.text) == (1, "[1] Mangoes")
    [recorded] = api.sent("sendMessage", GROUP)
    assert (
        recorded.params["text"] == "[1] Mangoes"
    )  # a String field stays a string, even if it looks like JSON
    assert recorded.params["reply_markup"] == BUTTON
    assert api.refused() == []


async def test_refused_lists_calls_the_api_refuses_but_not_telegrams_deliberate_403_and_429(
    api: FakeBotAPI,
) -> None:
    api.force_retry_after("sendMessage", seconds=3)
    throttled = await call(api, "sendMessage", chat_id=str(GROUP), text="hi")
    stranger = await call(api, "sendMessage", chat_id="42", text="hi")  # never started the bot
    await call(api, "sendMessage", chat_id=str(GROUP), text="hi", reply_markup=BUTTON, protect="true")

    assert (throttled[0], stranger[0]) == (429, 403)
    assert [(c.method, c.status) for c in api.refused()] == [("sendMessage", 400)]
    with pytest.raises(AssertionError) as failed:
        api.assert_nothing_refused()
    message = str(failed.value)
    assert "1 call(s) that Bot API 10.1 refuses" in message
    assert "sendMessage" in message and "'protect': 'true'" in message and "gb:join:1" in message
    assert "400 Bad Request: unknown parameter protect" in message


async def test_a_photo_is_sent_again_by_the_file_id_of_one_a_member_sent_and_its_caption_edited(
    api: FakeBotAPI,
) -> None:
    update = api.photo_message(GROUP, User(7, "Amy"), "/groupbuy Mangoes price 88")
    message = update["message"]
    assert message["caption"] == "/groupbuy Mangoes price 88" and "text" not in message
    assert message["caption_entities"] == [{"type": "bot_command", "offset": 0, "length": 9}]
    largest = message["photo"][-1]["file_id"]

    status, sent = await call(
        api, "sendPhoto", chat_id=str(GROUP), photo=largest, caption="card", reply_markup=BUTTON
    )
    assert status == 200
    assert sent["result"]["photo"][-1]["file_id"] == largest and sent["result"]["caption"] == "card"
    photo_id = sent["result"]["message_id"]
    edited = await call(
        api, "editMessageCaption", chat_id=str(GROUP), message_id=str(photo_id), caption="card 2"
    )
    assert edited[0] == 200
    shown = api.messages[GROUP][photo_id]
    assert (shown.photo, shown.text, shown.reply_markup, shown.edits) == (largest, "card 2", None, 1)
    assert api.refused() == []


async def test_a_photo_refuses_an_unknown_file_id_a_text_edit_and_a_caption_over_1024(
    api: FakeBotAPI,
) -> None:
    photo = api.photo_message(GROUP, User(7, "Amy"))["message"]["photo"][-1]["file_id"]
    unknown = await call(api, "sendPhoto", chat_id=str(GROUP), photo="made-up-id", caption="card")
    too_long = await call(api, "sendPhoto", chat_id=str(GROUP), photo=photo, caption="团" * 1025)
    _, sent = await call(api, "sendPhoto", chat_id=str(GROUP), photo=photo, caption="团" * 1024)
    photo_id = str(sent["result"]["message_id"])
    _, text = await call(api, "sendMessage", chat_id=str(GROUP), text="card")
    text_id = str(text["result"]["message_id"])

    as_text = await call(api, "editMessageText", chat_id=str(GROUP), message_id=photo_id, text="card 2")
    caption_of_text = await call(
        api, "editMessageCaption", chat_id=str(GROUP), message_id=text_id, caption="card 2"
    )
    nameless = await call(api, "editMessageCaption", chat_id=str(GROUP), caption="card 2")

    assert unknown == refused(400, "Bad Request: wrong file identifier/HTTP URL specified")
    assert too_long == refused(400, "Bad Request: message caption is too long")
    assert as_text == refused(400, "Bad Request: there is no text in the message to edit")
    assert caption_of_text == refused(400, "Bad Request: there is no caption in the message to edit")
    assert nameless == refused(400, "Bad Request: message identifier is not specified")
    assert api.texts(GROUP) == ["团" * 1024, "card"]
