"""s37: typed `分享` on a sold-out group buy hands out no code (s36, rep79 #5), but Telegram's Share button
on its card still sent her a link and a code privately, though a friend could buy none. The button on a
sold-out group buy (the group's card, or the private copy a link opened) now sends nothing privately and
says why in its toast (within Telegram's 200 characters), in the tapper's language.

Through the Telegram adapter against the fake Bot API."""

from __future__ import annotations

import json
import re
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
from storage.state_memory import MemorySharedState
from tests.adapters.telegram.fake_api import FakeBotAPI, User
from tests.adapters.telegram.wiring import adapter_for
from tests.fakes import FakeClock, FakeUnitOfWorkFactory

FAMILY = -100778
AMY = User(4101, "Amy", language_code="en")
BOB = User(4102, "Bob", language_code="en")
CAT = User(4103, "小猫", language_code="zh")
DAN = User(4104, "Dan", language_code="en")
EVE = User(4105, "Eve", language_code="en")

TOAST_EN = (
    "Mangoes (#1) is sold out: a friend could buy none now, so no link or code was handed out. "
    "Tap Share again if some comes free."
)
TOAST_ZH = "Mangoes（#1）已经卖完了：朋友现在买不到，所以没有发分享链接和分享码。空出名额后再点“分享”。"


@pytest.fixture
async def wired(api: FakeBotAPI, bot: Bot) -> AsyncIterator[tuple[TelegramAdapter, Outbox]]:
    app = ChatApp(
        uow_factory=cast(UnitOfWorkFactory, FakeUnitOfWorkFactory()),
        clock=FakeClock(),
        config=AppConfig(default_language="en"),
        values=MemorySharedState().values,  # as production: private copies are kept
    )
    adapter, outbox = adapter_for(
        app, bot, render_card=lambda gid: render.card(app, gid, default_language="en")
    )
    yield adapter, outbox
    await outbox.close()


def _buttons(api: FakeBotAPI, chat: int) -> tuple[int, list[str]]:
    for message_id, shown in reversed(api.messages[chat].items()):
        markup: Any = shown.reply_markup
        if isinstance(markup, str):
            markup = json.loads(markup)
        if markup:
            return message_id, [b["callback_data"] for row in markup["inline_keyboard"] for b in row]
    raise AssertionError(f"no buttons in {chat}")


async def test_the_share_button_on_a_sold_out_buy_hands_out_no_link(
    api: FakeBotAPI, wired: tuple[TelegramAdapter, Outbox]
) -> None:
    adapter, outbox = wired
    api.started.update({BOB.id, CAT.id, EVE.id})
    n = iter(range(1, 100))

    async def say(chat: int, user: User, text: str) -> None:
        await adapter.on_message(
            Message.model_validate(api.message(chat, user, text)["message"]), update_id=next(n)
        )
        assert await outbox.drain(10)

    async def share(chat: int, user: User, message_id: int, data: str) -> str:
        tapped = api.tap(chat, user, message_id, data)["callback_query"]
        query = CallbackQuery.model_validate(tapped)
        await sharing.make_router().propagate_event("callback_query", query, adapter=adapter)
        assert await outbox.drain(10)
        answers = [
            c for c in api.sent("answerCallbackQuery") if c.params["callback_query_id"] == tapped["id"]
        ]
        return str(answers[0].params.get("text") or "")

    await say(FAMILY, AMY, "/groupbuy Mangoes price 88 stock 1")
    card, datas = _buttons(api, FAMILY)
    group_share = next(d for d in datas if d.startswith("gb:share:"))
    await share(FAMILY, BOB, card, group_share)  # while there is some: his link
    found = re.search(r"\?start=(\S+)", api.texts(BOB.id)[-1])
    assert found is not None, api.texts(BOB.id)
    await say(EVE.id, EVE, f"/start {found.group(1)}")  # Eve's private copy of the card
    copy, copy_datas = _buttons(api, EVE.id)
    copy_share = next(d for d in copy_datas if d.startswith("gp:share:"))
    await say(FAMILY, DAN, "+1")  # the last one: sold out
    sent_before = {user.id: len(api.texts(user.id)) for user in (BOB, CAT, EVE)}

    assert await share(FAMILY, BOB, card, group_share) == TOAST_EN
    assert await share(FAMILY, CAT, card, group_share) == TOAST_ZH
    assert await share(EVE.id, EVE, copy, copy_share) == TOAST_EN

    assert {user.id: len(api.texts(user.id)) for user in (BOB, CAT, EVE)} == sent_before  # nothing private
    api.assert_nothing_refused()
