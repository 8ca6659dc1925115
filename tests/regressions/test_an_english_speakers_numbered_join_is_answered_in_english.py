"""Session 31 (review 59): an English speaker's join naming its group buy was answered in Chinese while
`2 please` was answered in English. `#2 please`, `#2 x2 please`, `one for #2 please` in a Chinese room
were talk (or, answering the which-question, Chinese); `+1 #1` in a new group whose language nothing
tells (no `/lang`, no group buy of its own) was answered in the app's default, Chinese. Now the words
decide as for `2 please`: English words are answered in English, and in a group nothing of whose tells
its language, `+1 #1` speaks the sender's own language as last seen. Session 34: a courtesy alone
(`#2 please`, `#2 x2 please`, `2 please #2`) tells only her language: in a room whose language is known
(its card's) the room's answer speaks the room's, `Tom 跟团：…`; `one for #2 please` stays English words."""

from __future__ import annotations

import pytest

from tests.unit.handlers.conftest import Chat, fake_chat


async def _chinese_room() -> Chat:
    chat = fake_chat(default_language="zh")
    await chat.say("amy", "接龙 砂糖橘 价格 30 成团 5", name="王姐")
    await chat.say("amy", "接龙 大米 价格 40 成团 5", name="王姐")
    return chat


@pytest.mark.parametrize(
    ("typed", "answer"),
    [
        ("#2 please", "Tom 跟团：1 × 大米（#2）。当前 ¥40/份。"),
        ("#2 x2 please", "Tom 跟团：2 × 大米（#2）。当前 ¥40/份。"),
        ("#2 2 pls", "Tom 跟团：2 × 大米（#2）。当前 ¥40/份。"),
        ("one for #2 please", "Tom is in: 1 × 大米 (#2). Now ¥40 each."),
        ("2 please #2", "Tom 跟团：2 × 大米（#2）。当前 ¥40/份。"),
    ],
)
async def test_a_numbered_join_in_a_chinese_room_is_answered_as_its_words_say(
    typed: str, answer: str
) -> None:
    chat = await _chinese_room()

    said = chat.said(await chat.say("tom", typed, name="Tom"))

    assert said == answer
    assert "Tom" in await chat.card(2) and "Tom" not in await chat.card(1)


async def test_hash_two_please_answering_which_one_is_answered_in_the_rooms_language() -> None:
    chat = await _chinese_room()
    asked = chat.said(await chat.say("tom", "+1", name="Tom"))
    assert asked.startswith("这个群里有 2 个团在接龙"), asked  # `+1`: no words, the room's language

    said = chat.said(await chat.say("tom", "#2 please", name="Tom"))

    assert said == "Tom 跟团：1 × 大米（#2）。当前 ¥40/份。"


async def test_plus_one_hash_two_stays_in_the_rooms_language() -> None:
    chat = await _chinese_room()

    said = chat.said(await chat.say("tom", "+1 #2", name="Tom"))  # no words: the room's

    assert said == "Tom 跟团：1 × 大米（#2）。当前 ¥40/份。"


async def test_plus_one_hash_one_in_a_new_group_speaks_the_senders_english() -> None:
    chat = fake_chat(default_language="zh")
    await chat.say("amy", "接龙 砂糖橘 价格 30 成团 5", name="王姐")  # #1, in family
    chat.chat_id = "neighbours"
    await chat.say("lisa", "/groupbuy Kaya price 12 target 4", name="Lisa")  # #2
    assert chat.said(await chat.say("zoe", "2 please", name="Zoe")).startswith("Zoe is in: 2 × Kaya")
    chat.chat_id = "new-friends"  # a new group: no `/lang`, no group buy of its own

    said = chat.said(await chat.say("zoe", "+1 #1", name="Zoe"))
    alone = chat.said(await chat.say("zoe", "+1", name="Zoe"))
    chinese = chat.said(await chat.say("wang", "+1 #1", name="小王"))  # a stranger: the default

    assert said == "There is no group buy #1 in this chat, and none is open here: nothing was changed."
    assert alone == "There is no open group buy in this chat. Start one: /groupbuy Mangoes price 88"
    assert chinese == "这个群里没有团购 #1，现在也没有在接龙的团，没有任何改动。"
