"""Session 18 (review finding 10): on `Zongzi` with the options sweet / salty, `+1 咸的` was asked which
option with the example `+1 salty 咸的`, `+1 甜` with `+1 sweet 甜`: following it would have stored 咸的 /
甜 as a note on the line, though they are only the member's name for the option. A word naming an option
in the other language is an option tried, as `+1 咸粽` beside 肉粽 is: the example is that option alone.
(With one open the question keeps the card's language, as every answer to `+1` does: README.)"""

from __future__ import annotations

from tests.unit.handlers.conftest import Chat, fake_chat

ZONGZI = "/groupbuy Zongzi options sweet:8,salty:10 target 4 limit 3 ends tomorrow 20:00"


async def test_the_example_is_the_option_it_names() -> None:
    chat = fake_chat()
    await chat.say("amy", ZONGZI)

    salty = Chat.said(await chat.say("cat", "+1 咸的"))
    sweet = Chat.said(await chat.say("dan", "+1 甜"))

    assert salty == (
        "Which option of Zongzi (#1)? sweet ¥8 / salty ¥10. Send it with your join, e.g. +1 salty,"
        " or tap its Join button."
    )
    assert "e.g. +1 sweet," in sweet
    assert (await chat.card()).count("Cat") == 0  # nothing joined


async def test_with_several_open_it_is_told_the_option_is_not_there_in_chinese() -> None:
    chat = fake_chat()
    await chat.say("amy", ZONGZI)
    await chat.say("amy", "接龙 荔枝 价格 15 截止 3d")

    said = Chat.said(await chat.say("cat", "+1 咸的"))

    assert said == (
        "Zongzi（#1）没有“咸的”这个规格，可选：sweet ¥8 / salty ¥10。"
        "跟团时带上规格，例如 +1 salty。没有任何改动。"
    )


async def test_an_english_word_for_a_chinese_option() -> None:
    chat = fake_chat()
    await chat.say("amy", "接龙 粽子 规格 咸的:8,甜的:6 截止 3d")

    said = Chat.said(await chat.say("bob", "+1 salty"))
    named = Chat.said(await chat.say("bob", "+1 小王"))  # a name: kept as the note in the example

    assert said.endswith("例如 +1 咸的，或点对应的跟团按钮。")
    assert named.endswith("例如 +1 甜的 小王，或点对应的跟团按钮。")
