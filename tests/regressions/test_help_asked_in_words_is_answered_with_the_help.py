"""Review 46, finding 2: asking for help in words got silence or a wrong answer. In a group `help`,
`how do I start a group buy`, `怎么开团`, `怎么用` got nothing; `@Tuan help` was "I can't answer that: I
only answer what the group buy records…"; `@Tuan 怎么开团` offered to pass the question to the organiser;
in private `help` was "I didn't understand that. Send /help". Now help asked as the whole message (in a
group, alone or addressed to the bot; in private, always) is answered with the help, the topic asked
when there is one (how to start a group buy: the organisers' help); a sentence that only contains
"help" stays chatter in a group."""

from __future__ import annotations

import pytest

from handlers.texts import t
from tests.unit.handlers.conftest import fake_chat

BOT = "tuan_bot"
ASKED = [
    ("help", "en", "help"),
    ("Help?", "en", "help"),
    ("@tuan_bot help", "en", "help"),
    ("how do I start a group buy", "en", "help_organiser"),
    ("@tuan_bot how do I start a group buy?", "en", "help_organiser"),
    ("how to join", "en", "help"),
    ("how do I join?", "en", "help"),
    ("帮助", "zh", "help"),
    ("怎么用", "zh", "help"),
    ("怎么开团", "zh", "help_organiser"),
    ("@tuan_bot 怎么开团", "zh", "help_organiser"),
    ("怎么跟团？", "zh", "help"),
]


@pytest.mark.parametrize(("typed", "lang", "key"), ASKED)
async def test_help_asked_in_a_group_is_answered_with_it(typed: str, lang: str, key: str) -> None:
    chat = fake_chat(bot_username=BOT)
    assert chat.said(await chat.say("qian", typed)) == t(lang, key)


@pytest.mark.parametrize(("typed", "lang", "key"), ASKED)
async def test_help_asked_in_private_is_answered_with_it(typed: str, lang: str, key: str) -> None:
    chat = fake_chat(bot_username=BOT)
    said = chat.said(await chat.say("qian", typed, private=True))
    expected = t(lang, key)
    if key == "help":  # its first line says what is done in private
        expected = "\n".join([t(lang, "help_intro_private"), *expected.split("\n")[1:]])
    assert said == expected
    assert "Send /help" not in said and "发“帮助”" not in said


TALK = [
    "can you help me carry the boxes?",
    "I need help",
    "help is on the way",
    "how do I get to the station",
]


@pytest.mark.parametrize("talk", [*TALK, "怎么走"])
async def test_a_sentence_with_help_in_it_stays_chatter_in_a_group(talk: str) -> None:
    chat = fake_chat(bot_username=BOT)
    assert await chat.say("qian", talk) == []
