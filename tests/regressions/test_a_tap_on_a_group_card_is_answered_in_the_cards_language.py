"""Session 28 (rep44 #10): Tom, whose Telegram app is English, tapped Join on a Chinese card and got the
English toast "You're in: 1 × 海南贵妃芒 小盒", though the README says a tap is answered in the language
of the message it is on. Now a tap on a group's card is answered in the card's language (the chat's
`/lang`, else the group buy's), whatever the tapper's app says: a Chinese card in Chinese to an English
app, an English card in English to a Chinese one. Through the fake Bot API."""

from __future__ import annotations

from collections.abc import AsyncIterator
from typing import cast

import pytest
from aiogram import Bot
from aiogram.client.telegram import TelegramAPIServer
from aiogram.types import Update

from bot.telegram.session import HeldResponsesSession
from commerce.ports import UnitOfWorkFactory
from handlers.app import AppConfig, ChatApp
from tests.adapters.telegram.fake_api import FakeBotAPI, User
from tests.adapters.telegram.wiring import adapter_for
from tests.fakes import FakeClock, FakeUnitOfWorkFactory

GROUP = -100
AMY = User(1, "Amy", language_code="zh")

CASES = {  # the card's words, the tapper's app, the toast she reads
    "zh": ("接龙 芒果 价格 20", User(2, "Tom", language_code="en"), "跟团成功：1 × 芒果"),
    "en": ("/groupbuy Mangoes price 20", User(3, "小猫", language_code="zh"), "You're in: 1 × Mangoes"),
}


@pytest.fixture
async def api() -> AsyncIterator[FakeBotAPI]:
    server = await FakeBotAPI(group_limit=1000).start()
    yield server
    await server.stop()


@pytest.mark.parametrize("language", ["zh", "en"])
async def test_a_tap_on_a_group_card_is_answered_in_the_cards_language(
    api: FakeBotAPI, language: str
) -> None:
    bot = Bot(api.token, session=HeldResponsesSession(api=TelegramAPIServer.from_base(api.base_url)))
    app = ChatApp(
        uow_factory=cast(UnitOfWorkFactory, FakeUnitOfWorkFactory()),
        clock=FakeClock(),
        config=AppConfig(default_language="zh"),
    )
    adapter, sender = adapter_for(app, bot, default_language="zh")
    opening, tapper, toast = CASES[language]
    try:
        raw = api.push(api.message(GROUP, AMY, opening))
        update = Update.model_validate(raw, context={"bot": bot})
        await adapter.on_message(update.message, update_id=update.update_id)  # type: ignore[arg-type]
        assert await sender.drain(10)
        found = api.join_card(GROUP)
        assert found is not None
        card_id, data = found
        raw = api.push(api.tap(GROUP, tapper, card_id, data))
        update = Update.model_validate(raw, context={"bot": bot})
        answer = await adapter.tap_answer(update.callback_query)  # type: ignore[arg-type]
        assert answer is not None
        assert answer.text is not None and answer.text.startswith(toast)
    finally:
        await sender.close()
        await bot.session.close()
