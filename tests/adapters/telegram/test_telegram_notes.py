"""Notes (种草) through the fake Bot API: `/note` posts the note card (its 👍 and the group buy's Join
under it), a tap on 👍 edits that card in place (`editMessageText`), a reply to the card is a comment
(the card edited again), and a photo captioned `#note …` is a photo note (`sendPhoto`, then edited with
`editMessageCaption`)."""

from __future__ import annotations

from collections.abc import AsyncIterator
from typing import Any

import pytest
from aiogram import Bot
from aiogram.types import CallbackQuery, Message

from bot.telegram import render
from bot.telegram.adapter import TelegramAdapter
from bot.telegram.outbox import Outbox
from handlers import card_moved
from handlers.types import Reply
from tests.adapters.telegram.fake_api import FakeBotAPI, User
from tests.adapters.telegram.wiring import adapter_for, english_app

GROUP = -100777
AMY = User(6001, "Amy", language_code="en")
BOB = User(6002, "Bob", language_code="en")
CAT = User(6003, "Cat", language_code="en")
Wired = tuple[TelegramAdapter, Outbox]


@pytest.fixture
async def wired(bot: Bot) -> AsyncIterator[Wired]:
    app = english_app()

    async def render_card(group_buy_id: int) -> Reply:
        return await render.card(app, group_buy_id, default_language="en")

    async def render_pointer(group_buy_id: int) -> Reply:
        return await card_moved.pointer(app, group_buy_id)

    adapter, outbox = adapter_for(app, bot, render_card=render_card, render_pointer=render_pointer)
    yield adapter, outbox
    await outbox.close()


async def receive(wired: Wired, update: dict[str, Any], n: int) -> None:
    adapter, outbox = wired
    await adapter.on_message(Message.model_validate(update["message"]), update_id=n)
    assert await outbox.drain(10)


def buttons(markup: dict[str, Any] | None) -> list[list[str]]:
    return [[b["text"] for b in row] for row in (markup or {}).get("inline_keyboard", [])]


async def test_a_note_card_is_liked_in_place_and_a_reply_to_it_is_a_comment(
    api: FakeBotAPI, wired: Wired
) -> None:
    adapter, outbox = wired
    await receive(wired, api.message(GROUP, AMY, "/groupbuy Mangoes price 30"), 1)
    await receive(wired, api.message(GROUP, BOB, "/note Mangoes so sweet"), 2)

    [card] = [c for c in api.sent("sendMessage", GROUP) if c.params["text"].startswith("Note #1")]
    assert card.params["text"] == (
        "Note #1 · Bob\nMangoes so sweet\n🛒 Mangoes (#1) ¥30 each\n"
        "Want it? Tap Join, or send +1 1-E4XY\n👍 0 · 💬 0"
    )
    assert buttons(card.params["reply_markup"]) == [["👍 Like 0"], ["Join"]]  # no Share row on a note
    [note_id] = [i for i, m in api.messages[GROUP].items() if m.text == card.params["text"]]

    tap = CallbackQuery.model_validate(api.tap(GROUP, CAT, note_id, "nt:like:1")["callback_query"])
    await adapter.on_callback(tap)
    assert await outbox.drain(10)
    [answered] = api.sent("answerCallbackQuery")
    assert answered.params["text"] == "Liked note #1 👍"
    liked = api.messages[GROUP][note_id]
    assert liked.text.endswith("\n👍 1 · 💬 0")
    assert [int(c.params["message_id"]) for c in api.sent("editMessageText", GROUP)] == [note_id]

    bot_user = {"id": 42, "is_bot": True, "first_name": "Tuan"}
    quoted = {"message_id": note_id, "date": 0, "chat": {"id": GROUP, "type": "supergroup"}, "from": bot_user}
    reply = api.message(
        GROUP, AMY, "Which farm are they from?", reply_to_message={**quoted, "text": liked.text}
    )
    await receive(wired, reply, 3)

    said = [c.params["text"] for c in api.sent("sendMessage", GROUP)]
    assert said[-1] == "💬 Amy commented on note #1"
    assert api.messages[GROUP][note_id].text.endswith("\n👍 1 · 💬 1")
    api.assert_nothing_refused()


async def test_a_photo_captioned_with_the_hashtag_is_a_photo_note(api: FakeBotAPI, wired: Wired) -> None:
    adapter, outbox = wired
    update = api.photo_message(GROUP, BOB, "#note A lovely cup")
    await receive(wired, update, 1)

    [card] = api.sent("sendPhoto", GROUP)
    assert card.params["photo"] == update["message"]["photo"][-1]["file_id"]
    assert card.params["caption"] == "Note #1 · Bob\nA lovely cup\n👍 0 · 💬 0"
    [shown] = [i for i, m in api.messages[GROUP].items() if m.photo is not None]

    await adapter.on_callback(
        CallbackQuery.model_validate(api.tap(GROUP, CAT, shown, "nt:like:1")["callback_query"])
    )
    assert await outbox.drain(10)
    assert api.messages[GROUP][shown].text == "Note #1 · Bob\nA lovely cup\n👍 1 · 💬 0"
    assert len(api.sent("editMessageCaption", GROUP)) == 1
    api.assert_nothing_refused()


async def test_a_groups_own_admin_gets_its_flag_queue_in_private(api: FakeBotAPI, wired: Wired) -> None:
    """`/flags` in private from an admin of the group as Telegram says (getChatMember), no bot admin."""
    await receive(wired, api.message(GROUP, AMY, "/groupbuy Mangoes price 30"), 1)
    await receive(wired, api.message(GROUP, BOB, "/note #1 Add me on WeChat, lowest price anywhere"), 2)
    api.admins.add((GROUP, CAT.id))
    api.started.update({CAT.id, AMY.id})

    await receive(wired, api.message(GROUP, CAT, "+1"), 3)  # Cat is seen in the group
    await receive(wired, api.message(CAT.id, CAT, "/flags"), 4)
    await receive(wired, api.message(AMY.id, AMY, "/flags"), 5)

    queue = api.texts(CAT.id)[-1].splitlines()
    assert queue[:2] == ["Group: Neighbours", "1 note waiting for review (most suspicious first):"]
    assert queue[2].startswith("#1 Bob: “Add me on WeChat, lowest price anywhere”")
    assert api.texts(AMY.id)[-1].startswith("You are not an admin of any group I am in")
