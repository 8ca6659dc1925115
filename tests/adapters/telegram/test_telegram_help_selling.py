"""Help-selling on Telegram: the office group's card of the family's group buy is its own message there,
with a Share button for the real group buy; a join in the family group edits both groups' cards."""

from __future__ import annotations

from collections.abc import AsyncIterator

import pytest
from aiogram import Bot
from aiogram.types import Message

from bot.telegram.adapter import TelegramAdapter
from bot.telegram.outbox import Outbox
from bot.telegram.render import card
from handlers.types import Reply
from tests.adapters.telegram.fake_api import FakeBotAPI, User
from tests.adapters.telegram.wiring import adapter_for, english_app

FAMILY, OFFICE = -100777, -100888
AMY, BOB, DAN = (
    User(4001, "Amy", language_code="en"),
    User(4002, "Bob", language_code="en"),
    User(4004, "Dan"),
)


@pytest.fixture
async def wired(bot: Bot) -> AsyncIterator[tuple[TelegramAdapter, Outbox]]:
    app = english_app()

    async def render(group_buy_id: int) -> Reply:  # as `tuan run telegram` renders: with its Share row
        return await card(app, group_buy_id, default_language="en")

    adapter, outbox = adapter_for(app, bot, render_card=render)
    yield adapter, outbox
    await outbox.close()


async def say(
    wired: tuple[TelegramAdapter, Outbox], api: FakeBotAPI, chat: int, who: User, text: str, n: int
) -> None:
    adapter, outbox = wired
    await adapter.on_message(Message.model_validate(api.message(chat, who, text)["message"]), update_id=n)
    assert await outbox.drain(10)


async def test_a_listed_group_buy_has_its_own_card_in_the_other_group(
    api: FakeBotAPI, wired: tuple[TelegramAdapter, Outbox]
) -> None:
    await say(wired, api, FAMILY, AMY, "/groupbuy Mangoes price 88 target 5", 1)
    await say(wired, api, FAMILY, AMY, "/helpsell on 10%", 2)
    await say(wired, api, OFFICE, BOB, "/helpsell #1", 3)
    await say(wired, api, FAMILY, DAN, "+2", 4)

    api.assert_nothing_refused()
    office = list(api.messages[OFFICE].values())
    assert office[0].text.startswith("🤝 Bob is help-selling Mangoes here (#1, organised by Amy)")
    card = office[1]
    assert card.text.startswith("🛒 Mangoes (#1)\nOrganiser: Amy\n🤝 Help-sold here by Bob\n")
    assert "2/5" in card.text and "Dan" not in card.text  # edited: the shared progress, its own lines
    assert card.edits >= 1
    assert card.reply_markup is not None
    buttons = [(b["text"], b["callback_data"]) for row in card.reply_markup["inline_keyboard"] for b in row]
    assert ("Share", "gb:share:1") in buttons
    family_card = api.texts(FAMILY)[1]
    assert "🤝 Also sold in 1 other group" in family_card and "1. Dan ×2" in family_card


async def test_each_groups_card_counts_its_own_units_after_the_close_and_a_refund(
    api: FakeBotAPI, wired: tuple[TelegramAdapter, Outbox]
) -> None:
    cat, eve = User(4003, "Cat", language_code="en"), User(4005, "Eve", language_code="en")
    await say(wired, api, FAMILY, AMY, "/groupbuy Mangoes price 88 target 5", 1)
    await say(wired, api, FAMILY, AMY, "/helpsell on 10%", 2)
    await say(wired, api, OFFICE, BOB, "/helpsell #1", 3)
    await say(wired, api, FAMILY, DAN, "+2", 4)
    await say(wired, api, OFFICE, cat, "+3", 5)
    await say(wired, api, OFFICE, eve, "+1", 6)
    await say(wired, api, FAMILY, AMY, "/close", 7)
    await say(wired, api, AMY.id, AMY, "/paid 1-2", 8)  # Cat's, made in the office group
    await say(wired, api, AMY.id, AMY, "/refund 1-2", 9)

    api.assert_nothing_refused()
    family_card = next(text for text in api.texts(FAMILY) if text.startswith("🛒 Mangoes (#1)"))
    office_card = next(text for text in api.texts(OFFICE) if text.startswith("🛒 Mangoes (#1)"))
    # the all-groups total (6 closed, 3 refunded: 3) and each group's own count leave the refunded units
    # out, as its own line says (the office: 4 taken, 3 refunded, 1 here), 3/5 saying why beside 已成团
    assert (
        "▓▓▓▓▓▓░░░░ Succeeded (3/5 in all groups after refunds; 2 units here)\n"
        "✅ Succeeded at ¥88 each: 2 units\n"
    ) in family_card
    assert (
        "▓▓▓▓▓▓░░░░ Succeeded (3/5 in all groups after refunds; 1 unit here)\n"
        "✅ Succeeded at ¥88 each: 1 unit · refunded: 3 units\n"
    ) in office_card
