"""s31 leftover: `+1 #2 please` and `+1 please` counted as no words, so a Chinese room answered them in
Chinese, while `#2 please` was answered in English; and `2号 谢谢` answering which group buy in an English
room was answered in English. The courtesy word tells the sender's language: `please` English, `谢谢`
Chinese. Session 34: a courtesy alone (`+1 #2 please`, `2 please`) tells only her language, not the group's:
where the group's is known (`/lang`, its card's) the group's answer speaks it, `Bob 跟团：…`."""

from __future__ import annotations

from tests.fakes import FakeUnitOfWorkFactory
from tests.unit.handlers.conftest import Chat, fake_chat


async def _two_open(lang: str) -> Chat:
    chat = fake_chat(FakeUnitOfWorkFactory(), default_language=lang)
    if lang == "zh":
        await chat.say("amy", "接龙 芒果 价格 30")
        await chat.say("amy", "接龙 荔枝 价格 40")
    else:
        await chat.say("amy", "/groupbuy Mangoes price 30", language="en")
        await chat.say("amy", "/groupbuy Lychees price 40", language="en")
    return chat


async def test_plus_one_with_please_in_a_chinese_room_is_answered_in_the_rooms_chinese() -> None:
    chat = await _two_open("zh")
    said = chat.said(await chat.say("bob", "+1 #2 please"))
    assert said.startswith("Bob 跟团：1 × 荔枝（#2）"), said


async def test_plus_one_please_naming_none_is_asked_in_the_rooms_chinese() -> None:
    chat = await _two_open("zh")
    said = chat.said(await chat.say("bob", "+1 please"))
    assert "#1" in said and "#2" in said and "请" in said, said


async def test_a_chinese_answer_in_an_english_room_is_answered_in_chinese() -> None:
    chat = await _two_open("en")
    await chat.say("bob", "+1", language="en")  # asked which
    said = chat.said(await chat.say("bob", "2号 谢谢"))
    assert said.startswith("Bob 跟团：1 × Lychees（#2）"), said


async def test_a_plain_plus_one_keeps_the_rooms_language() -> None:
    chat = await _two_open("zh")
    said = chat.said(await chat.say("bob", "+1 #2"))
    assert said.startswith("Bob 跟团：1 × 荔枝（#2）"), said
