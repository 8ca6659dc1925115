"""`+1 green onion` (大葱's name in English, two words) with several group buys open was asked which, its
examples keeping "green onion" as a note (`+1 #4 green onion`); with 大葱 alone open it joined with no
note. Among several, the two words name 大葱's group buy: joined there, no note; naming two (大葱, 小葱), the
question's examples for them carry no note."""

from __future__ import annotations

from tests.unit.handlers.conftest import Chat, fake_chat


async def test_green_onion_joins_the_green_onions_among_several_zh() -> None:
    chat = fake_chat()
    await chat.say("amy", "接龙 芒果 价格 88")
    await chat.say("amy", "接龙 草莓 价格 30/盒")
    await chat.say("amy", "接龙 大葱 1捆 价格 5")

    joined = Chat.said(await chat.say("tom", "+1 green onion"))

    assert joined == "Tom is in: 1 × 大葱 1捆 (#3). Now ¥5 each."  # English words: English (session 30)


async def test_green_onion_joins_the_green_onions_among_several_en() -> None:
    chat = fake_chat()
    await chat.say("amy", "/lang en")
    await chat.say("amy", "/groupbuy Mangoes price 20")
    await chat.say("amy", "/groupbuy 大葱 price 5")

    joined = Chat.said(await chat.say("tom", "+1 green onion"))

    assert joined.startswith("Tom is in: 1 × 大葱 (#2)."), joined
    assert "Note" not in joined, joined


async def test_green_onion_naming_two_open_shows_their_examples_without_a_note() -> None:
    chat = fake_chat()
    await chat.say("amy", "接龙 芒果 价格 88")
    await chat.say("amy", "接龙 大葱 1捆 价格 5")
    await chat.say("amy", "接龙 小葱 价格 3")

    asked = Chat.said(await chat.say("tom", "+1 green onion"))

    assert "大葱 1捆: +1 #2; 小葱: +1 #3)" in asked, asked  # English words: English (session 30)
