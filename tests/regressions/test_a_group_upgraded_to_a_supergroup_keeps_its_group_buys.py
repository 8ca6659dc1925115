"""A Telegram basic group upgraded to a supergroup gets a new chat id (`migrate_to_chat_id` in the old
chat, `migrate_from_chat_id` in the new one). Its open group buy stayed under the old id: a `+1` in the
new chat was told "There is no open group buy in this chat", `名单` found none, and the card and the
deadline stayed on a chat Telegram no longer takes. Now everything kept under the old id moves (group
buys, lines, the chat's `/lang`...), once, and the card is posted again in the new chat, where joins go on.

The real `tuan run telegram` process against the fake Bot API."""

from __future__ import annotations

from typing import Any

import pytest

from tests.adapters.telegram.fake_api import FakeBotAPI, User
from tests.adapters.telegram.process import TuanTelegram

pytestmark = pytest.mark.e2e

OLD = -4455
NEW = -1009998887
AMY = User(3001, "Amy", username="amy", language_code="en")
BOB = User(3002, "Bob", language_code="en")
DAN = User(3003, "Dan", language_code="en")


def service(api: FakeBotAPI, chat_id: int, chat_type: str, **field: Any) -> dict[str, Any]:
    """A service message (no text) in the chat, from Amy, who upgraded the group."""
    update = api.message(chat_id, AMY, "", chat_type=chat_type)
    del update["message"]["text"]
    update["message"].update(field)
    return update


def card_text(api: FakeBotAPI, chat_id: int) -> str:
    found = api.join_card(chat_id)
    return api.messages[chat_id][found[0]].text if found else ""


async def upgrade(api: FakeBotAPI) -> None:
    """Telegram's two notices of the upgrade, as it sends them: the old chat's, then the new one's."""
    api.push(service(api, OLD, "group", migrate_to_chat_id=NEW))
    api.push(service(api, NEW, "supergroup", migrate_from_chat_id=OLD))


async def test_its_open_group_buy_its_lines_and_its_language_move_to_the_new_chat(
    api: FakeBotAPI, tuan: TuanTelegram
) -> None:
    api.push(api.message(OLD, AMY, "/lang zh", chat_type="group"))
    api.push(api.message(OLD, AMY, "/groupbuy Leeks price 10 target 3 ends 2h", chat_type="group"))
    await api.wait_for(lambda: "Leeks" in card_text(api, OLD))
    api.push(api.message(OLD, BOB, "+1", chat_type="group"))
    await api.wait_for(lambda: "Bob" in card_text(api, OLD))

    await upgrade(api)
    await api.wait_for(lambda: "Bob" in card_text(api, NEW))  # the card, posted again in the new chat
    assert "团长：Amy" in card_text(api, NEW)  # the chat's `/lang zh` came with it

    api.push(api.message(NEW, DAN, "+1"))
    await api.wait_for(lambda: "Dan" in card_text(api, NEW))
    assert "Bob" in card_text(api, NEW)
    api.push(api.message(NEW, AMY, "名单"))
    listed = await api.wait_for(
        lambda: [
            text for text in api.texts(NEW) if "Dan" in text and "Bob" in text and text != card_text(api, NEW)
        ]
    )
    assert "没有进行中的团购" not in "".join(api.texts(NEW)), api.texts(NEW)
    assert "Leeks" in listed[0]
    api.assert_nothing_refused()


async def test_the_two_notices_and_their_repeats_move_it_once(api: FakeBotAPI, tuan: TuanTelegram) -> None:
    api.push(api.message(OLD, AMY, "/groupbuy Leeks price 10 target 3 ends 2h", chat_type="group"))
    await api.wait_for(lambda: "Leeks" in card_text(api, OLD))

    await upgrade(api)
    await upgrade(api)  # a repeat of the pair (another worker, a redelivery) moves nothing more
    await api.wait_for(lambda: "Leeks" in card_text(api, NEW))
    api.push(api.message(NEW, BOB, "/join 2"))
    await api.wait_for(lambda: "Bob" in card_text(api, NEW))
    cards = [message for message in api.messages[NEW].values() if "Leeks" in message.text]
    assert len(cards) == 1, [message.text for message in cards]  # one card in the new chat, not two
    assert "2/3" in card_text(api, NEW)
    api.assert_nothing_refused()
