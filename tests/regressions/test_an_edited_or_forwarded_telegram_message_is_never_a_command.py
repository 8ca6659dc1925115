"""An edited message (`edited_message`) was silently ignored: Dan edited his `+1 大盒` into `+3 大盒` and
believed he had ordered 3 while the card kept 1. Edits are still not read (the first reading counted), but
one edited into a command that would change something now tells its author, once per message, replying
to it, that nothing changed and what to send instead (`改成3份`, "make it 3"), in zh and en; an edited
look-up (`名单`) or chatter stays quiet. A forwarded `+1` (`forward_origin`) was taken as its forwarder's
join: it joins nobody now.

The real `tuan run telegram` process against the fake Bot API."""

from __future__ import annotations

import time
from collections.abc import AsyncIterator
from pathlib import Path
from typing import Any

import pytest

from tests.adapters.telegram.fake_api import FakeBotAPI, User
from tests.adapters.telegram.process import TuanTelegram

pytestmark = pytest.mark.e2e

GROUP = -1001234500
AMY = User(5001, "Amy", username="amy", language_code="zh")
BOB = User(5002, "Bob", language_code="en")
DAN = User(5003, "Dan", language_code="en")
CAT = User(5004, "小猫", language_code="zh")
FAY = User(5005, "Fay", language_code="en")


@pytest.fixture
async def tuan(api: FakeBotAPI, tmp_path: Path) -> AsyncIterator[TuanTelegram]:
    running = await TuanTelegram(tmp_path, api, TUAN_LANGUAGE="zh").start()
    yield running
    assert await running.stop() == 0, running.output()


def edited(sent: dict[str, Any], text: str) -> dict[str, Any]:
    """The `edited_message` update of a message sent before, its text now `text`."""
    message = {**sent["message"], "text": text, "edit_date": int(time.time())}
    return {"edited_message": message}


def forwarded(api: FakeBotAPI, by: User, original: dict[str, Any]) -> dict[str, Any]:
    """`by` forwards a member's message into the group."""
    author = original["message"]["from"]
    update = api.message(GROUP, by, original["message"]["text"])
    update["message"]["forward_origin"] = {"type": "user", "date": int(time.time()), "sender_user": author}
    return update


def card_text(api: FakeBotAPI) -> str:
    found = api.join_card(GROUP)
    return api.messages[GROUP][found[0]].text if found else ""


def replies_to(api: FakeBotAPI, sent: dict[str, Any]) -> list[str]:
    message_id = sent["message"]["message_id"]
    return [
        str(call.params["text"])
        for call in api.sent("sendMessage", GROUP)
        if (call.params.get("reply_parameters") or {}).get("message_id") == message_id
    ]


async def handled_since(api: FakeBotAPI) -> None:
    """Until the bot asked for updates three more times: what was pushed before has been handled."""
    polls = len(api.sent("getUpdates"))
    await api.wait_for(lambda: len(api.sent("getUpdates")) >= polls + 3)


async def test_an_edited_join_is_told_what_to_send_once_and_changes_nothing(
    api: FakeBotAPI, tuan: TuanTelegram
) -> None:
    api.push(api.message(GROUP, AMY, "接龙 水蜜桃 规格 小盒:58,大盒:88 成团 5 截止 2小时"))
    await api.wait_for(lambda: api.join_card(GROUP))
    dan = api.push(api.message(GROUP, DAN, "+1 大盒"))
    cat = api.push(api.message(GROUP, CAT, "+1"))  # a typed join with options asks which: left as it is
    await api.wait_for(lambda: "Dan" in card_text(api))

    api.push(edited(dan, "+3 大盒"))
    told = await api.wait_for(lambda: replies_to(api, dan))
    assert told == [
        "Dan, I don't read edited messages: “+3 大盒” changed nothing. To have 3 of 大盒 in all, send "
        "“make it 3” (a new +3 would add 3 more)."
    ]
    api.push(edited(dan, "+4 大盒"))  # edited again: told once per message
    api.push(edited(cat, "+2 小盒"))
    # her `+1` was asked which option, in reply to it (s28-tgreach): the edit's answer comes after
    zh = await api.wait_for(lambda: [text for text in replies_to(api, cat) if "改过的消息" in text])
    assert zh == [
        "小猫，改过的消息我不读：“+2 小盒”没有生效，没有任何改动。"
        "要 小盒 一共 2 份就发 小盒改成2份（再发 +2 会再加 2 份）。"
    ]
    await handled_since(api)
    assert len(replies_to(api, dan)) == 1
    assert "Dan 大盒 ×1" in card_text(api) or "Dan ×1" in card_text(api), card_text(api)
    assert "小猫" not in card_text(api)


async def test_an_edited_look_up_stays_quiet_and_a_forwarded_join_joins_nobody(
    api: FakeBotAPI, tuan: TuanTelegram
) -> None:
    api.push(api.message(GROUP, AMY, "接龙 大葱 价格 10 成团 5 截止 2小时"))
    await api.wait_for(lambda: api.join_card(GROUP))
    bob = api.push(api.message(GROUP, BOB, "+1"))
    await api.wait_for(lambda: "Bob" in card_text(api))
    lookup = api.push(api.message(GROUP, CAT, "名单"))
    await api.wait_for(lambda: len(api.sent("sendMessage", GROUP)) >= 3)  # the announcement, the card, 名单
    sent = len(api.sent("sendMessage", GROUP))

    api.push(edited(lookup, "名单 #1"))
    api.push(forwarded(api, FAY, bob))
    await handled_since(api)
    assert "Fay" not in card_text(api) and "1/5" in card_text(api), card_text(api)
    assert len(api.sent("sendMessage", GROUP)) == sent, [
        c.params["text"] for c in api.sent("sendMessage", GROUP)
    ]
    assert len(api.reactions) == 1  # Bob's 👌 only
