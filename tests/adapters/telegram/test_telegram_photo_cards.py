"""A photo whose caption opens a group buy makes its card a photo card, through the fake Bot API (which
refuses `editMessageText` on a photo, as Telegram does): the card is sent with `sendPhoto` (the member's
photo by its file_id, the card as its caption, its buttons under it) and edited with
`editMessageCaption`; its list folds within a caption's 1,024; `/status` posts a new photo card and the
older one's caption becomes the pointer. A photo without a command is chatter."""

from __future__ import annotations

from collections.abc import AsyncIterator
from typing import Any

import pytest
from aiogram import Bot
from aiogram.types import Message

from bot.telegram import render
from bot.telegram.adapter import TelegramAdapter
from bot.telegram.outbox import Outbox
from handlers import card_moved
from handlers.fit import units
from handlers.types import Reply
from tests.adapters.telegram.fake_api import FakeBotAPI, User
from tests.adapters.telegram.wiring import adapter_for, english_app

GROUP = -100888
AMY = User(5001, "Amy", language_code="en")
BOB = User(5002, "Bob", language_code="en")
POINTER = "⬇️ This card moved: see the latest one below (#1 Mangoes)"
Wired = tuple[TelegramAdapter, Outbox]


@pytest.fixture
async def wired(bot: Bot) -> AsyncIterator[Wired]:
    """The adapter and its outbox, rendering cards (`bot.telegram.render.card`) and pointers as
    `tuan run telegram` does."""
    app = english_app()

    async def render_card(group_buy_id: int) -> Reply:
        return await render.card(app, group_buy_id, default_language="en")

    async def render_pointer(group_buy_id: int) -> Reply:
        return await card_moved.pointer(app, group_buy_id)

    adapter, outbox = adapter_for(app, bot, render_card=render_card, render_pointer=render_pointer)
    yield adapter, outbox
    await outbox.close()


async def receive(wired: Wired, update: dict[str, Any], n: int, *, drain: bool = True) -> None:
    adapter, outbox = wired
    await adapter.on_message(Message.model_validate(update["message"]), update_id=n)
    if drain:
        assert await outbox.drain(10)


async def open_with_photo(wired: Wired, api: FakeBotAPI) -> str:
    """Amy opens Mangoes with a photo; the file_id of the photo's largest size."""
    update = api.photo_message(GROUP, AMY, "/groupbuy Mangoes price 88 target 5")
    await receive(wired, update, 1)
    return str(update["message"]["photo"][-1]["file_id"])


def buttons(markup: dict[str, Any] | None) -> list[list[str]]:
    return [[b["text"] for b in row] for row in (markup or {}).get("inline_keyboard", [])]


async def test_a_photo_captioned_with_the_opening_is_a_photo_card_with_buttons(
    api: FakeBotAPI, wired: Wired
) -> None:
    photo = await open_with_photo(wired, api)

    [card] = api.sent("sendPhoto", GROUP)
    assert card.params["photo"] == photo  # the largest size, sent again by its id: no upload
    assert card.params["caption"].startswith("🛒 Mangoes (#1)\nOrganiser: Amy\nPrice: ¥88 each\n")
    assert buttons(card.params["reply_markup"]) == [["Join", "+1 more", "Leave"], ["Progress"], ["Share"]]
    [opened] = api.sent("sendMessage", GROUP)  # the answer is a text; the card is not
    assert opened.params["text"].startswith("Group buy #1 is open: Mangoes at ¥88 each.")
    [shown] = [m for m in api.messages[GROUP].values() if m.photo is not None]
    assert (shown.photo, shown.text) == (photo, card.params["caption"])
    api.assert_nothing_refused()


async def test_a_join_edits_the_photos_caption_never_its_text(api: FakeBotAPI, wired: Wired) -> None:
    await open_with_photo(wired, api)
    await receive(wired, api.message(GROUP, BOB, "+1"), 2)

    [edit] = api.sent("editMessageCaption", GROUP)
    assert "\n\n1. Bob ×1" in edit.params["caption"]
    assert buttons(edit.params["reply_markup"])[0] == ["Join", "+1 more", "Leave"]
    assert api.sent("editMessageText") == []
    [card] = [m for m in api.messages[GROUP].values() if m.photo is not None]
    assert (card.text, card.edits) == (edit.params["caption"], 1)
    api.assert_nothing_refused()


async def test_a_long_list_folds_within_a_captions_1024(api: FakeBotAPI, wired: Wired) -> None:
    await open_with_photo(wired, api)
    for n in range(40):  # 40 lines of long names: far over 1,024 together, well within 4,096
        member = User(6000 + n, f"Neighbour {n:02d} of building three")
        await receive(wired, api.message(GROUP, member, "+1"), 10 + n, drain=False)
    assert await wired[1].drain(30)

    [card] = [m for m in api.messages[GROUP].values() if m.photo is not None]
    assert units(card.text) <= 1024
    shown = [line for line in card.text.split("\n") if line[:1].isdigit()]
    assert shown[0].startswith("1. Neighbour 00 of building three ×1")
    assert 5 <= len(shown) < 40
    assert card.text.endswith(f"… and {40 - len(shown)} more: /list #1")
    assert buttons(card.reply_markup)[0] == ["Join", "+1 more", "Leave"]
    api.assert_nothing_refused()


async def test_status_posts_a_new_photo_card_and_the_older_ones_caption_becomes_the_pointer(
    api: FakeBotAPI, wired: Wired
) -> None:
    photo = await open_with_photo(wired, api)
    await receive(wired, api.message(GROUP, BOB, "+1"), 2)
    await receive(wired, api.message(GROUP, BOB, "/status"), 3)

    first, latest = sorted(n for n, m in api.messages[GROUP].items() if m.photo is not None)
    shown = api.messages[GROUP]
    assert (shown[first].photo, shown[first].text, shown[first].reply_markup) == (photo, POINTER, None)
    assert shown[latest].photo == photo
    assert shown[latest].text.startswith("🛒 Mangoes (#1)\nOrganiser: Amy\n")
    assert "1. Bob ×1" in shown[latest].text and shown[latest].reply_markup is not None
    join, pointer = api.sent("editMessageCaption", GROUP)  # Bob's join, then the pointer
    assert [int(join.params["message_id"]), int(pointer.params["message_id"])] == [first, first]
    assert "reply_markup" not in pointer.params
    assert api.sent("editMessageText") == []
    assert wired[1].stats.pointers == 1
    api.assert_nothing_refused()


async def test_a_photo_without_a_command_is_chatter(api: FakeBotAPI, wired: Wired) -> None:
    await receive(wired, api.photo_message(GROUP, AMY), 1)  # no caption at all
    await receive(wired, api.photo_message(GROUP, AMY, "look at these mangoes!"), 2)
    await receive(wired, api.message(GROUP, BOB, "/status"), 3)

    assert api.sent("sendPhoto") == []
    [answer] = api.sent("sendMessage", GROUP)
    assert answer.params["text"] == (
        "There is no open group buy in this chat. Start one: /groupbuy Mangoes price 88"
    )
    api.assert_nothing_refused()


async def test_a_photo_telegram_refuses_leaves_a_text_card_edited_as_text(
    api: FakeBotAPI, wired: Wired
) -> None:
    update = api.photo_message(GROUP, AMY, "/groupbuy Mangoes price 88 target 5")
    api.photos.clear()  # Telegram no longer knows the photo's file_id
    await receive(wired, update, 1)
    await receive(wired, api.message(GROUP, BOB, "+1"), 2)

    assert [(c.method, c.description) for c in api.refused()] == [
        ("sendPhoto", "Bad Request: wrong file identifier/HTTP URL specified"),
        ("editMessageCaption", "Bad Request: there is no caption in the message to edit"),
    ]
    [card] = [m for m in api.messages[GROUP].values() if m.text.startswith("🛒 Mangoes (#1)")]
    assert card.photo is None and "\n\n1. Bob ×1" in card.text  # the card shows, and follows the joins
    assert card.edits == 1 and wired[1].stats.failed == 0
