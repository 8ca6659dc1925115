"""A Telegram basic group upgraded to a supergroup unseen (the service messages missed): s31-migrate made
a send to the old id move the chat, but the admin check (`getChatMember`) and the typed join's 👌
(`setMessageReaction`) to the old id met the same 400 "group chat was upgraded to a supergroup chat"
and were only logged: Amy, the group's admin, closing Bob's group buy from a message written in the old
group just before, was not known as an admin there and was refused. Now an admin check meeting the
upgrade moves the chat and asks at the new id, where her command is answered, once; a reaction to the
old chat is dropped quietly (its message ids are not the new chat's), the chat moved once.

The real `tuan run telegram` process against the fake Bot API, which answers every call naming a
migrated group's old id as Telegram does."""

from __future__ import annotations

from collections.abc import AsyncIterator
from pathlib import Path

import pytest

from tests.adapters.telegram.fake_api import FakeBotAPI, User
from tests.adapters.telegram.process import TuanTelegram

pytestmark = pytest.mark.e2e

OLD = -4477
NEW = -1009998877
AMY = User(3201, "Amy", username="amy", language_code="en")
DAN = User(3203, "Dan", language_code="en")
NOTHING_TO_REVIEW = "No notes are waiting for review."
ADMINS_ONLY = "Only the chat's admins review notes"


@pytest.fixture
async def api() -> AsyncIterator[FakeBotAPI]:
    server = await FakeBotAPI(admins={(OLD, AMY.id), (NEW, AMY.id)}, started={AMY.id, DAN.id}).start()
    yield server
    await server.stop()


@pytest.fixture
async def tuan(api: FakeBotAPI, tmp_path: Path) -> AsyncIterator[TuanTelegram]:
    # no admin kept from before (Amy's /groupbuy): as when the group was upgraded minutes after it
    running = await TuanTelegram(tmp_path, api, TUAN_TELEGRAM_ADMIN_CACHE_SECONDS="0").start()
    yield running
    assert await running.stop() == 0, running.output()


def card_text(api: FakeBotAPI, chat_id: int) -> str:
    found = api.join_card(chat_id)
    return api.messages[chat_id][found[0]].text if found else ""


def leeks_cards(api: FakeBotAPI, chat_id: int) -> list[str]:
    return [m.text for m in api.messages[chat_id].values() if m.reply_markup and "Leeks" in m.text]


async def leeks_then_upgrade_unseen(api: FakeBotAPI) -> None:
    """Amy's group buy in the basic group; then the group becomes a supergroup with no service message
    reaching the bot."""
    api.push(api.message(OLD, AMY, "/groupbuy Leeks price 10 target 3 ends 2h", chat_type="group"))
    await api.wait_for(lambda: "Leeks" in card_text(api, OLD))
    api.migrated[OLD] = NEW


async def test_the_organisers_admin_command_from_the_old_group_is_answered_at_the_new_id_once(
    api: FakeBotAPI, tuan: TuanTelegram
) -> None:
    await leeks_then_upgrade_unseen(api)
    api.push(api.message(OLD, AMY, "/flags", chat_type="group"))  # written in the old group just before

    await api.wait_for(lambda: NOTHING_TO_REVIEW in api.texts(NEW))
    assert api.texts(NEW).count(NOTHING_TO_REVIEW) == 1, api.texts(NEW)
    assert not [text for text in api.texts(NEW) if text.startswith(ADMINS_ONLY)], api.texts(NEW)
    assert NOTHING_TO_REVIEW not in api.texts(OLD), api.texts(OLD)
    asked = [c for c in api.calls if c.method == "getChatMember" and c.status == 200]
    assert [str(c.params["chat_id"]) for c in asked][-1:] == [str(NEW)], asked  # she was asked of there
    assert len(leeks_cards(api, NEW)) == 1, leeks_cards(api, NEW)  # the group buy moved, its card there

    api.push(api.message(NEW, DAN, "+1"))  # joins go on at the new id
    await api.wait_for(lambda: "Dan" in card_text(api, NEW))
    assert "1/3" in card_text(api, NEW)
    output = tuan.output()
    assert "Traceback" not in output, output
    assert output.count(f"group {OLD} was upgraded to a supergroup, now chat {NEW}") == 1, output
    api.assert_nothing_refused()


async def test_a_join_s_reaction_to_the_old_group_is_dropped_quietly_and_the_chat_moved_once(
    api: FakeBotAPI, tuan: TuanTelegram
) -> None:
    await leeks_then_upgrade_unseen(api)
    api.push(api.message(OLD, DAN, "+1", chat_type="group"))

    await api.wait_for(lambda: "Dan" in card_text(api, NEW))
    assert "1/3" in card_text(api, NEW)
    assert len(leeks_cards(api, NEW)) == 1, leeks_cards(api, NEW)
    assert not api.sent("setMessageReaction"), api.sent("setMessageReaction")  # no 👌 on a wrong message
    assert not [text for text in [*api.texts(NEW), *api.texts(OLD)] if text.startswith("Dan")]

    api.push(api.message(NEW, DAN, "+1"))  # joins go on at the new id, with their 👌
    await api.wait_for(lambda: "2/3" in card_text(api, NEW))
    await api.wait_for(lambda: api.acknowledged(NEW) == ["Dan"])
    output = tuan.output()
    assert "Traceback" not in output, output
    assert output.count(f"group {OLD} was upgraded to a supergroup, now chat {NEW}") == 1, output
    api.assert_nothing_refused()
