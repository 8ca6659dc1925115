"""A `#接龙` list pasted back in a group set to English (`/lang en`) was answered in Chinese (the list's
words taken for the member's language): it is answered in the group's language; a Chinese group stays
answered in Chinese."""

from __future__ import annotations

from tests.unit.handlers.conftest import chat_in


async def test_in_an_english_group_a_pasted_list_is_answered_in_english() -> None:
    chat = await chat_in("en")
    await chat.say("amy", "/groupbuy Mangoes price 10")

    said = chat.said(await chat.say("bob", "#接龙 芒果\n1. Bob 2\n2. Cat 1"))

    assert said == (
        "Bob is in: 2 × Mangoes (#1). Now ¥10 each. “Cat” on the list was not added "
        "(a pasted list adds your own line only): to join for them, send +1 for Cat"
    )
    assert "Bob ×2" in await chat.card()


async def test_in_an_english_group_a_pasted_list_already_joined_is_answered_in_english() -> None:
    chat = await chat_in("en")
    await chat.say("amy", "/groupbuy Mangoes price 10")
    await chat.say("bob", "+2")

    said = chat.said(await chat.say("bob", "#接龙\n芒果\n1. Bob 2"))

    assert said.startswith("You're already on the list: Mangoes (#1) ×2.")


async def test_in_a_chinese_group_a_pasted_list_is_still_answered_in_chinese() -> None:
    chat = await chat_in("zh")
    await chat.say("amy", "接龙 芒果 价格 10")

    said = chat.said(await chat.say("bob", "#接龙 芒果\n1. Bob 2"))

    assert said.startswith("Bob 跟团：2 × 芒果（#1）。")
