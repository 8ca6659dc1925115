"""Session 30: on Telegram the group's card has a Share row, but the copy of the card a link opened in a
buyer's private chat had none: to pass it on she had to type `/share`. Her copy now has it too, signed
for her (`gp:share:N:<signature>`); her tap sends her own link privately, as the group card's Share does,
and a Share button signed for someone else gives nothing. Through the fake Bot API (which checks each
reply_markup against the Bot API's methods), in Chinese and English."""

from __future__ import annotations

from collections.abc import AsyncIterator
from typing import Any, cast

import pytest
from aiogram import Bot
from aiogram.types import CallbackQuery, Message

from bot.telegram import render
from bot.telegram.adapter import TelegramAdapter
from bot.telegram.outbox import Outbox
from bot.telegram.routers import sharing
from commerce.ports import UnitOfWorkFactory
from handlers.app import AppConfig, ChatApp
from handlers.config import DEV_PAYMENT_SECRET
from handlers.sharing import share_payload
from storage.state_memory import MemorySharedState
from tests.adapters.telegram.fake_api import FakeBotAPI, User
from tests.adapters.telegram.wiring import adapter_for
from tests.fakes import FakeClock, FakeUnitOfWorkFactory

FAMILY = -100779
SAID = {
    "zh": ("/lang zh", "接龙 芒果 价格 88", "佣金 10%"),
    "en": ("/lang en", "/groupbuy Mangoes price 88", "/commission 10%"),
}
SHARE = {"zh": "分享", "en": "Share"}
LINK = {"zh": "你的芒果（#1）分享链接：https://t.me/", "en": "Your link to Mangoes (#1): https://t.me/"}


@pytest.fixture
async def wired(bot: Bot) -> AsyncIterator[tuple[TelegramAdapter, Outbox]]:
    app = ChatApp(
        uow_factory=cast(UnitOfWorkFactory, FakeUnitOfWorkFactory()),
        clock=FakeClock(),
        config=AppConfig(default_language="en"),
        values=MemorySharedState().values,
    )
    adapter, outbox = adapter_for(
        app, bot, render_card=lambda gid: render.card(app, gid, default_language="en")
    )
    yield adapter, outbox
    await outbox.close()


@pytest.mark.parametrize("lang", ["zh", "en"])
async def test_a_buyers_private_card_copy_has_the_share_button(
    api: FakeBotAPI, wired: tuple[TelegramAdapter, Outbox], lang: str
) -> None:
    adapter, outbox = wired
    amy = User(4201, "Amy", language_code=lang)
    eve = User(4205, "Eve", language_code=lang)
    kim = User(4207, "Kim", language_code=lang)
    api.started.update({eve.id, kim.id})
    n = iter(range(1, 100))

    async def say(chat: int, user: User, text: str) -> None:
        raw = api.message(chat, user, text)["message"]
        await adapter.on_message(Message.model_validate(raw), update_id=next(n))
        assert await outbox.drain(10)

    async def tap(chat: int, user: User, message_id: int, data: str) -> Any:
        query = CallbackQuery.model_validate(api.tap(chat, user, message_id, data)["callback_query"])
        handled = await sharing.make_router().propagate_event("callback_query", query, adapter=adapter)
        assert await outbox.drain(10)
        return handled

    for text in SAID[lang]:
        await say(FAMILY, amy, text)
    await say(eve.id, eve, f"/lang {lang}")  # her private chat's language
    await say(eve.id, eve, f"/start {share_payload(1, str(amy.id), DEV_PAYMENT_SECRET)}")
    [(message_id, copy)] = [(m, shown) for m, shown in api.messages[eve.id].items() if shown.reply_markup]
    markup = copy.reply_markup
    assert isinstance(markup, dict), markup
    last = markup["inline_keyboard"][-1]
    assert [b["text"] for b in last] == [SHARE[lang]], markup
    data = last[0]["callback_data"]
    assert data.startswith("gp:share:1:"), data

    await tap(eve.id, eve, message_id, data)
    sent = api.texts(eve.id)[-1]
    assert sent.startswith(LINK[lang]) and f"?start=gb1-u{eve.id}-" in sent and "10%" in sent, sent

    before = len(api.texts(kim.id))  # Eve's button tapped by Kim: not signed for her, no link
    await tap(kim.id, kim, message_id, data)
    assert not any("?start=" in text for text in api.texts(kim.id)[before:])
    api.assert_nothing_refused()
