"""The Bot API session keeps the response models it builds (bot/telegram/session.py)."""

from __future__ import annotations

import gc

from aiogram import Bot
from aiogram.methods.base import Response
from aiogram.types import Message

from tests.adapters.telegram.fake_api import FakeBotAPI


async def test_answers_are_read_and_their_model_outlives_a_collection(bot: Bot, api: FakeBotAPI) -> None:
    sent = await bot.send_message(chat_id=-100, text="Plums: 3 joined")
    assert isinstance(sent, Message) and sent.text == "Plums: 3 joined"
    built = Response[Message]
    gc.collect()  # pydantic's own cache of generic models is weak: only the session keeps it
    del built
    gc.collect()
    again = await bot.send_message(chat_id=-100, text="Plums: 4 joined")
    assert again.text == "Plums: 4 joined"
    assert Response[Message] is bot.session.response_models[Message]  # type: ignore[attr-defined]
    assert [call.params["text"] for call in api.sent("sendMessage")] == ["Plums: 3 joined", "Plums: 4 joined"]
