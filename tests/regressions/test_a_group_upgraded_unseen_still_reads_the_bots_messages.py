"""A Telegram basic group upgraded to a supergroup while the bot did not see the service messages (the
update missed, the bot offline during the upgrade, another worker's): its next send to the old chat id
met Telegram's 400 "group chat was upgraded to a supergroup chat" (`migrate_to_chat_id`), was logged
with a traceback and dropped: the join's card edit was lost, and the group buy stayed under an id
Telegram no longer takes (`名单` in the supergroup found nothing). Now that answer moves the chat as the
service message does (once), and the message is sent again at the new id, once; later sends go there.

The real `tuan run telegram` process against the fake Bot API, which answers a send to a migrated group
as Telegram does."""

from __future__ import annotations

from typing import Any

import pytest

from tests.adapters.telegram.fake_api import FakeBotAPI, User
from tests.adapters.telegram.process import TuanTelegram

pytestmark = pytest.mark.e2e

OLD = -4466
NEW = -1009998866
AMY = User(3101, "Amy", username="amy", language_code="en")
BOB = User(3102, "Bob", language_code="en")
DAN = User(3103, "Dan", language_code="en")


def card_text(api: FakeBotAPI, chat_id: int) -> str:
    found = api.join_card(chat_id)
    return api.messages[chat_id][found[0]].text if found else ""


def leeks_cards(api: FakeBotAPI, chat_id: int) -> list[str]:
    return [m.text for m in api.messages[chat_id].values() if m.reply_markup and "Leeks" in m.text]


def service(api: FakeBotAPI, chat_id: int, chat_type: str, **field: Any) -> dict[str, Any]:
    update = api.message(chat_id, AMY, "", chat_type=chat_type)
    del update["message"]["text"]
    update["message"].update(field)
    return update


async def open_then_upgrade_unseen(api: FakeBotAPI, join: str = "/join 3") -> None:
    """Amy's group buy in the basic group; then the group becomes a supergroup with no service message
    reaching the bot, and Bob's join, written in the old group just before, comes in (`/join 3` is
    answered in words, the target reached; a `+1` only by the card's edit and a 👌)."""
    api.push(api.message(OLD, AMY, "/groupbuy Leeks price 10 target 3 ends 2h", chat_type="group"))
    await api.wait_for(lambda: "Leeks" in card_text(api, OLD))
    api.migrated[OLD] = NEW
    api.push(api.message(OLD, BOB, join, chat_type="group"))


def refused_at_old(api: FakeBotAPI) -> list[str]:
    return [c.method for c in api.calls if c.status == 400 and str(c.params.get("chat_id")) == str(OLD)]


async def test_the_join_a_migrated_group_sent_shows_at_its_new_id_and_the_group_buy_goes_on_there(
    api: FakeBotAPI, tuan: TuanTelegram
) -> None:
    await open_then_upgrade_unseen(api)

    await api.wait_for(lambda: "Bob" in card_text(api, NEW))  # the card, with Bob's join, at the new id
    assert "3/3" in card_text(api, NEW)
    assert len(leeks_cards(api, NEW)) == 1, leeks_cards(api, NEW)
    answers = [text for text in api.texts(NEW) if text.startswith("Bob is in: 3 × Leeks (#1)")]
    assert len(answers) == 1, api.texts(NEW)  # the join's answer, at the new id, once
    assert "Target reached" in answers[0]
    assert not [text for text in api.texts(OLD) if "Bob" in text], api.texts(OLD)

    api.push(api.message(NEW, AMY, "/list"))  # the organiser's group buy is found at the new id
    listed = await api.wait_for(
        lambda: [text for text in api.texts(NEW) if "Bob" in text and text not in leeks_cards(api, NEW)]
    )
    assert "Leeks" in listed[0], listed
    assert not [text for text in api.texts(NEW) if "no open group buy" in text.lower()], api.texts(NEW)

    api.push(api.message(NEW, DAN, "+1"))  # joins go on there
    await api.wait_for(lambda: "Dan" in card_text(api, NEW))
    assert "4/3" in card_text(api, NEW)
    assert len(leeks_cards(api, NEW)) == 1, leeks_cards(api, NEW)

    assert len(refused_at_old(api)) == 1, refused_at_old(api)  # told once: later sends went to the new id
    output = tuan.output()
    assert "Traceback" not in output, output
    assert f"group {OLD} was upgraded to a supergroup, now chat {NEW}" in output, output
    api.assert_nothing_refused()


async def test_the_service_messages_coming_late_move_nothing_again(
    api: FakeBotAPI, tuan: TuanTelegram
) -> None:
    await open_then_upgrade_unseen(api, "+1")  # the card's edit, or the 👌, is what meets the upgrade
    await api.wait_for(lambda: "Bob" in card_text(api, NEW))
    met = refused_at_old(api)  # each at most once, whichever reached Telegram first (s31-tgreact)
    assert (
        met and sorted(set(met)) == sorted(met) and set(met) <= {"editMessageText", "setMessageReaction"}
    ), met

    api.push(service(api, OLD, "group", migrate_to_chat_id=NEW))  # the notices, late: nothing left to move
    api.push(service(api, NEW, "supergroup", migrate_from_chat_id=OLD))
    api.push(api.message(NEW, DAN, "/join"))
    await api.wait_for(lambda: "Dan" in card_text(api, NEW))
    assert "2/3" in card_text(api, NEW)
    assert len(leeks_cards(api, NEW)) == 1, leeks_cards(api, NEW)  # one card at the new id, not two
    assert refused_at_old(api) == met, refused_at_old(api)
    api.assert_nothing_refused()
