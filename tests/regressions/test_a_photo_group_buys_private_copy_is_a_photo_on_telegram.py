"""On Telegram, the copy of a photo group buy's card that a share link opens in a private chat was sent as
text (`sendMessage`), without the photo the group's card shows. Now it is a photo card too: `sendPhoto`
with the group buy's photo, the card as its caption (its list folded within a caption's 1,024), and a
join in the group edits that caption (`editMessageCaption`: Telegram refuses a text edit on a photo)."""

from __future__ import annotations

from collections.abc import AsyncIterator
from typing import cast

import pytest
from aiogram import Bot
from aiogram.types import Message

from bot.telegram import render
from bot.telegram.adapter import TelegramAdapter
from bot.telegram.outbox import Outbox
from commerce.ports import UnitOfWorkFactory
from handlers.app import AppConfig, ChatApp
from handlers.config import DEV_PAYMENT_SECRET
from handlers.sharing import share_payload
from storage.state_memory import MemorySharedState
from tests.adapters.telegram.fake_api import FakeBotAPI, User
from tests.adapters.telegram.wiring import adapter_for
from tests.fakes import FakeClock, FakeUnitOfWorkFactory

FAMILY = -100779
AMY = User(4201, "Amy", language_code="en")
CAT = User(4203, "Cat", language_code="en")
EVE = User(4205, "Eve", language_code="en")


@pytest.fixture
async def wired(bot: Bot) -> AsyncIterator[tuple[TelegramAdapter, Outbox]]:
    app = ChatApp(
        uow_factory=cast(UnitOfWorkFactory, FakeUnitOfWorkFactory()),
        clock=FakeClock(),
        config=AppConfig(default_language="en"),
        values=MemorySharedState().values,  # copies are kept fresh (handlers.card_copies)
    )
    adapter, outbox = adapter_for(
        app, bot, render_card=lambda gid: render.card(app, gid, default_language="en")
    )
    yield adapter, outbox
    await outbox.close()


async def test_a_share_link_opens_a_photo_card_copy_whose_caption_follows_joins(
    api: FakeBotAPI, wired: tuple[TelegramAdapter, Outbox]
) -> None:
    adapter, outbox = wired
    api.started.update({EVE.id})
    n = iter(range(1, 100))

    async def receive(update: dict[str, object]) -> None:
        await adapter.on_message(Message.model_validate(update["message"]), update_id=next(n))
        assert await outbox.drain(10)

    opening = api.photo_message(FAMILY, AMY, "/groupbuy Mangoes price 88 target 5")
    await receive(opening)
    photo = opening["message"]["photo"][-1]["file_id"]  # type: ignore[index]
    await receive(api.message(FAMILY, EVE, "hello"))  # a member: her copy shows the group's list
    await receive(api.message(EVE.id, EVE, f"/start {share_payload(1, str(AMY.id), DEV_PAYMENT_SECRET)}"))

    [copy] = api.sent("sendPhoto", EVE.id)
    assert copy.params["photo"] == photo
    assert copy.params["caption"].startswith("🛒 Mangoes (#1)\nOrganiser: Amy\n")
    assert not api.sent("sendMessage", EVE.id)

    await receive(api.message(FAMILY, CAT, "+1"))
    [shown] = api.messages[EVE.id].values()  # the same photo, its caption edited
    assert shown.photo == photo and "1. Cat ×1" in shown.text
    assert api.sent("editMessageCaption", EVE.id)
    api.assert_nothing_refused()
