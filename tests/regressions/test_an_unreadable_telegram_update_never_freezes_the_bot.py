"""An update aiogram cannot read (an older local telegram-bot-api leaves out a field aiogram's model
requires: `can_send_welcome_messages` of a `my_chat_member`) once made long polling ask getUpdates for the
same batch forever, the bot frozen in every chat; on the webhook it would be answered 500 and sent again
forever. It is skipped, logged once with its update_id, and the updates after it are handled.

The real `tuan run telegram` process against the fake Bot API, by long polling and on the webhook."""

from __future__ import annotations

import time
from pathlib import Path
from typing import Any

import pytest

from tests.adapters.telegram.fake_api import BOT_ID, BOT_USERNAME, FakeBotAPI, User
from tests.adapters.telegram.process import TuanTelegram
from tests.services import free_port

pytestmark = pytest.mark.e2e

GROUP = -1001234500
OTHER_GROUP = -1001234600
AMY = User(2001, "Amy", username="amy", language_code="en")
BOB = User(2002, "Bob", language_code="en")


def made_admin_by_an_older_bot_api(chat_id: int, by: User) -> dict[str, Any]:
    """The bot made an admin, as a Bot API server older than aiogram's models says it: no
    `can_send_welcome_messages` (a field aiogram requires)."""
    bot = {"id": BOT_ID, "is_bot": True, "first_name": "Tuan", "username": BOT_USERNAME}
    rights = {
        "can_be_edited": False,
        "is_anonymous": False,
        "can_manage_chat": True,
        "can_delete_messages": True,
        "can_manage_video_chats": False,
        "can_restrict_members": False,
        "can_promote_members": False,
        "can_change_info": False,
        "can_invite_users": True,
        "can_post_stories": False,
        "can_edit_stories": False,
        "can_delete_stories": False,
        "can_pin_messages": True,
    }
    return {
        "my_chat_member": {
            "chat": {"id": chat_id, "type": "supergroup", "title": "Neighbours"},
            "from": by.json(),
            "date": int(time.time()),
            "old_chat_member": {"status": "member", "user": bot},
            "new_chat_member": {"status": "administrator", "user": bot, **rights},
        }
    }


def card_text(api: FakeBotAPI, chat_id: int) -> str:
    found = api.join_card(chat_id)
    return api.messages[chat_id][found[0]].text if found else ""


async def a_group_buy_after_the_unreadable_update_is_served(api: FakeBotAPI, tuan: TuanTelegram) -> int:
    """Push the unreadable update, then a group buy in another chat and a join in the first: both
    served. The unreadable update's id."""
    bad = api.push(made_admin_by_an_older_bot_api(GROUP, AMY))
    api.push(api.message(OTHER_GROUP, AMY, "/groupbuy Leeks price 10 target 2 ends 2h"))
    await api.wait_for(lambda: "Leeks" in card_text(api, OTHER_GROUP), within=30)
    api.push(api.message(GROUP, AMY, "/groupbuy Mangoes price 88 target 3 ends 2h"))
    await api.wait_for(lambda: "Mangoes" in card_text(api, GROUP), within=30)
    api.push(api.message(GROUP, BOB, "+1"))
    await api.wait_for(lambda: "Bob" in card_text(api, GROUP), within=30)
    return int(bad["update_id"])


async def test_long_polling_skips_an_update_it_cannot_read_and_serves_the_rest(
    api: FakeBotAPI, tmp_path: Path
) -> None:
    tuan = await TuanTelegram(tmp_path, api).start()
    try:
        bad = await a_group_buy_after_the_unreadable_update_is_served(api, tuan)
        polls = len(api.sent("getUpdates"))
        await api.wait_for(lambda: len(api.sent("getUpdates")) >= polls + 2, within=30)
        offsets = [int(call.params.get("offset") or 0) for call in api.sent("getUpdates")]
        assert max(offsets) > bad  # confirmed: Telegram stops sending it
    finally:
        assert await tuan.stop() == 0, tuan.output()
    output = tuan.output()
    assert output.count(f"update {bad} cannot be read") == 1, output
    assert "can_send_welcome_messages" in output
    assert "could not fetch updates" not in output, output
    api.assert_nothing_refused()


async def test_the_webhook_answers_an_update_it_cannot_read_once_and_serves_the_rest(
    api: FakeBotAPI, tmp_path: Path
) -> None:
    port = free_port()
    url = f"http://127.0.0.1:{port}/telegram/hook"
    tuan = TuanTelegram(tmp_path, api, "--webhook", url, "--port", str(port))
    await tuan.start(wait_until_polling=False)
    try:
        await api.wait_for(lambda: api.sent("setWebhook"), within=60)
        bad = await a_group_buy_after_the_unreadable_update_is_served(api, tuan)
        assert api.webhook is not None
        assert [a.status for a in api.webhook.attempts if a.update_id == bad] == [200]
    finally:
        assert await tuan.stop() == 0, tuan.output()
    output = tuan.output()
    assert output.count(f"update {bad} cannot be read") == 1, output
    api.assert_nothing_refused()
