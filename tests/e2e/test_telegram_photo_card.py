"""A photo card through `tuan run telegram` (a real process on SQLite, against the fake Bot API): a photo
whose caption opens a group buy is routed like a text, the group buy keeps the photo (`group_buys.photo`),
the card is the photo with the card as its caption, and a join edits that caption. A photo without a
caption is chatter: nothing is said."""

from __future__ import annotations

from collections.abc import AsyncIterator
from pathlib import Path

import pytest

from tests.adapters.telegram.fake_api import BOT_USERNAME, FakeBotAPI, User
from tests.adapters.telegram.process import TuanTelegram

pytestmark = pytest.mark.e2e

GROUP = -100555
AMY = User(2001, "Amy", language_code="en")
BOB = User(2002, "Bob", language_code="en")


@pytest.fixture
async def api() -> AsyncIterator[FakeBotAPI]:
    server = await FakeBotAPI().start()
    yield server
    await server.stop()


@pytest.fixture
async def tuan(api: FakeBotAPI, tmp_path: Path) -> AsyncIterator[TuanTelegram]:
    running = await TuanTelegram(tmp_path, api).start()
    yield running
    assert await running.stop() == 0, running.output()


async def test_a_photo_captioned_with_the_opening_is_a_photo_card_edited_by_caption(
    api: FakeBotAPI, tuan: TuanTelegram
) -> None:
    api.push(api.photo_message(GROUP, AMY))  # no caption: chatter
    opening = api.photo_message(GROUP, AMY, f"/groupbuy@{BOT_USERNAME} Mangoes price 88 target 3")
    api.push(opening)
    [card] = await api.wait_for(lambda: api.sent("sendPhoto", GROUP))
    assert card.params["photo"] == opening["message"]["photo"][-1]["file_id"]
    assert card.params["caption"].startswith("🛒 Mangoes (#1)\nOrganiser: Amy\n")

    joined = api.push(api.message(GROUP, BOB, "+1"))
    [edit] = await api.wait_for(lambda: api.sent("editMessageCaption", GROUP))
    assert "1. Bob ×1" in edit.params["caption"]
    await api.wait_for(lambda: api.reactions)

    shown = [m for m in api.messages[GROUP].values() if m.photo is not None]
    assert [(m.text, m.edits) for m in shown] == [(edit.params["caption"], 1)]
    said = [m.text for m in api.messages[GROUP].values() if m.photo is None]
    assert len(said) == 1 and said[0].startswith("Group buy #1 is open: Mangoes at ¥88 each.")
    assert api.reactions == {(GROUP, joined["message"]["message_id"]): ["👌"]}  # Bob's `+1`: no message
    assert api.sent("editMessageText") == []
    api.assert_nothing_refused()
