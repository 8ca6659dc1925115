"""`/frobnicate` (or a typo such as `/grupbuy`) in a chat that speaks Chinese was answered in Chinese,
although a member who types an English command reads English. An unknown command is now answered in the
language of its word, like every known one."""

from __future__ import annotations

import pytest

from handlers.texts import t
from tests.unit.handlers.conftest import Chat, fake_chat


@pytest.mark.parametrize(
    ("text", "word", "meant", "lang"),
    [("/grupbuy Mangoes price 88", "grupbuy", "groupbuy", "en"), ("/开个团", "开个团", "开团", "zh")],
)
async def test_an_unknown_command_is_answered_in_the_language_of_its_word(
    text: str, word: str, meant: str, lang: str
) -> None:
    chat = fake_chat(default_language="zh")
    await chat.say("amy", "/lang zh")
    said = Chat.said(await chat.say("bob", text))
    assert said == t(lang, "unknown_command_meant", command=word, meant=meant)
