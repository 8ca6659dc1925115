"""fe-report 8: in a `/lang en` group every payment reminder said `send /ipaid (我已付款)`; and a new
user's bare `+1` in private was answered in Chinese (`私聊里没有团购可跟…`) while his `hello` was answered
in English. A reminder in English names the English command only (a Chinese one the Chinese command);
a bare `+1` / `-1` from someone whose language nothing tells is answered in both languages, and from
someone whose language is known, in that one alone."""

from __future__ import annotations

import re

from tests.unit.handlers.conftest import fake_chat

_CJK = re.compile(r"[\u3400-\u9fff\u3000-\u303f\uff00-\uffef]")


async def test_an_english_reminder_names_only_the_english_command() -> None:
    room = fake_chat()
    await room.say("amy", "/lang en")
    await room.say("amy", "/groupbuy Lychees price 20")
    await room.say("bob", "+1")
    await room.say("amy", "/close")
    reminded = room.said(await room.say("amy", "/remind"))
    assert reminded.endswith(
        "Ask Amy how to pay, then send /ipaid with your order number (e.g. /ipaid 1-1) "
        "so they can confirm it."
    ), reminded
    assert not _CJK.search(reminded), reminded


async def test_a_chinese_reminder_names_the_chinese_command() -> None:
    room = fake_chat()
    await room.say("amy", "接龙 荔枝 价格 20")
    await room.say("bob", "+1")
    await room.say("amy", "截单")
    reminded = room.said(await room.say("amy", "催款"))
    assert "我已付款" in reminded and "/ipaid" not in reminded, reminded


async def test_a_strangers_bare_join_in_private_is_answered_in_both_languages() -> None:
    room = fake_chat()
    said = room.said(await room.say("zed", "+1", private=True))
    chinese, english = said.split("\n\n")
    assert chinese.startswith("私聊里没有团购可跟："), said
    assert english.startswith("There is no group buy to join in a private chat:"), said
    left = room.said(await room.say("zed", "-1", private=True))
    assert "\n\nYou are on no open group buy, so there is nothing to leave." in left, left  # rep102 #8


async def test_a_known_members_bare_join_in_private_is_answered_in_her_language() -> None:
    room = fake_chat()
    english = room.said(await room.say("kim", "+1", private=True, language="en"))  # her app says English
    assert english.startswith("There is no group buy to join") and not _CJK.search(english), english
    await room.say("amy", "/lang en")
    await room.say("amy", "/groupbuy Lychees price 20")  # Lee is seen in an English group
    await room.say("lee", "hi all")
    lee = room.said(await room.say("lee", "+1", private=True))
    assert lee.startswith("There is no group buy to join") and not _CJK.search(lee), lee
    chinese = room.said(await room.say("zed", "加1", private=True))  # Chinese typed: Chinese alone
    assert chinese.startswith("私聊里没有团购可跟：") and "There is" not in chinese, chinese
