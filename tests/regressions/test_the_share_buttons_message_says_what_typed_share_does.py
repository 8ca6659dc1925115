"""Review 51, finding 6: the card's Share button sent "Your own link to group buy #1: friends who open it
see the card and can join. <link>": no product name, no rate, no code. Now it says what typed `/share`
says: her link to the product by name, her code and how friends use it, and what sharing earns, on its
own line (through the Telegram adapter, in English and in Chinese, as her Telegram language is)."""

from __future__ import annotations

import json
import re
from collections.abc import AsyncIterator
from typing import Any

import pytest
from aiogram import Bot
from aiogram.types import CallbackQuery, Message

from bot.telegram import render
from bot.telegram.adapter import TelegramAdapter
from bot.telegram.outbox import Outbox
from handlers.app import ChatApp
from tests.adapters.telegram.fake_api import FakeBotAPI, User
from tests.adapters.telegram.wiring import adapter_for, english_app

FAMILY = -100778
WORDS = {"en": ("/groupbuy Mangoes price 88", "/commission 10%"), "zh": ("接龙 芒果 价格 88", "佣金 10%")}
SAID = {
    "en": (
        r"Your link to Mangoes \(#1\): https://t\.me/tuan_test_bot\?start=\S+\n"
        r"Or your code: 1-\w{4} \(friends type it to the bot, or join with \+1 1-\w{4}\)\n"
        r"Share and earn 10% on what the buyers you bring pay \(/help share\)\."
    ),
    "zh": (
        r"你的芒果（#1）分享链接：https://t\.me/tuan_test_bot\?start=\S+\n"
        r"或你的分享码：团1-\w{4}（朋友发给机器人，或用 \+1 团1-\w{4} 跟团；不打“团”字写 1-\w{4} 也行）\n"
        r"分享赚 10%：你带来的买家付款后按此比例计佣金（发“分享帮助”看规则）。"
    ),
}


@pytest.fixture
async def wired(bot: Bot) -> AsyncIterator[tuple[ChatApp, TelegramAdapter, Outbox]]:
    app = english_app()
    adapter, outbox = adapter_for(
        app, bot, render_card=lambda gid: render.card(app, gid, default_language="en")
    )
    yield app, adapter, outbox
    await outbox.close()


def _share_button(api: FakeBotAPI, chat: int) -> tuple[int, str]:
    for message_id, shown in reversed(api.messages[chat].items()):
        markup: Any = shown.reply_markup
        if isinstance(markup, str):
            markup = json.loads(markup)
        if markup:
            datas = [b["callback_data"] for row in markup["inline_keyboard"] for b in row]
            return message_id, next(d for d in datas if d.startswith("gb:share:"))
    raise AssertionError(f"no buttons in {chat}")


@pytest.mark.parametrize("lang", ["en", "zh"])
async def test_the_share_buttons_message_says_what_typed_share_does(
    api: FakeBotAPI, wired: tuple[ChatApp, TelegramAdapter, Outbox], lang: str
) -> None:
    _, adapter, outbox = wired
    amy, mia = User(4101, "Amy", language_code=lang), User(4102, "Mia", language_code=lang)
    api.started.add(mia.id)
    for update_id, text in enumerate(WORDS[lang], start=1):
        message = Message.model_validate(api.message(FAMILY, amy, text)["message"])
        await adapter.on_message(message, update_id=update_id)
        assert await outbox.drain(10)
    card, data = _share_button(api, FAMILY)
    query = CallbackQuery.model_validate(api.tap(FAMILY, mia, card, data)["callback_query"])
    await adapter.on_share(query, int(data.rsplit(":", 1)[1]))
    assert await outbox.drain(10)
    sent = api.texts(mia.id)[-1]
    assert re.fullmatch(SAID[lang], sent), sent
    api.assert_nothing_refused()
