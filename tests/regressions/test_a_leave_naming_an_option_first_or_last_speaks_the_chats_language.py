"""In a `/lang en` chat, `中盒 -1` was answered in English but `-1 中盒` in Chinese (the option's Chinese name
taken for the member's language): both are answered in the chat's language, as `+1 中盒` is, and so is a
leave of an option she holds, `-1 小盒`."""

from __future__ import annotations

import pytest

from tests.unit.handlers.conftest import Chat, chat_in

EN = (
    "Tea (#1) has no option “中盒”; its options: 大盒 ¥30 / 小盒 ¥20. "
    "Name one to leave it, e.g. -1 小盒. Nothing was changed."
)


async def _holding_small(lang: str) -> Chat:
    chat = await chat_in(lang)
    await chat.say("amy", "/groupbuy Tea options 大盒:30,小盒:20 ends 3d")
    await chat.say("eve", "+2 小盒")
    return chat


@pytest.mark.parametrize("said", ["中盒 -1", "-1 中盒"])
async def test_in_an_english_chat_a_misnamed_option_is_answered_in_english(said: str) -> None:
    chat = await _holding_small("en")

    answer = chat.said(await chat.say("eve", said))

    assert answer == EN
    assert "Eve 小盒 ×2" in await chat.card()


async def test_in_an_english_chat_leaving_a_chinese_named_option_is_said_in_english() -> None:
    chat = await _holding_small("en")

    await chat.say("eve", "-1 小盒")

    assert "Eve 小盒 ×1" in await chat.card()
    replies = await chat.say("eve", "-1 小盒")
    assert chat.said(replies).startswith("Eve left Tea 小盒 (#1)")


async def test_in_a_chinese_chat_a_misnamed_option_is_still_answered_in_chinese() -> None:
    chat = await _holding_small("zh")
    await chat.say("amy", "接龙 茶叶 规格 大盒:30,小盒:20 截止 3d")
    await chat.say("eve", "+1 #2 小盒")

    answer = chat.said(await chat.say("eve", "-1 #2 中盒"))

    assert answer.startswith("茶叶（#2）没有“中盒”这个规格")
