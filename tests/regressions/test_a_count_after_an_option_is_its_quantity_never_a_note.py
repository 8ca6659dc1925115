"""Session 17: a count after an option's name in a `+N` join became a silent note: `+1 #1 egg yolk 2`
joined 1 egg yolk with the note `2` (`+1 小 2`, `+1 red bean x2`, `+1 2 egg yolk` alike). A buyer who
names an option and a count means that many of it: the count is the quantity (`+1` only says "me too",
as in `+1 2斤`), and the answer says it (`2 × Mooncakes egg yolk`). Two different counts (`+2 小 3`)
are refused with the form to send (`+3 小 #1`), nothing changed. A labelled note (`+1 小 备注 2`) and a
room number (`+1 大 502`) stay notes."""

from __future__ import annotations

import pytest

from tests.unit.handlers.conftest import Chat, fake_chat


@pytest.mark.parametrize("typed", ["+1 #1 egg yolk 2", "+1 egg yolk 2", "+1 egg yolk x2", "+1 #1 2 egg yolk"])
async def test_in_english_the_count_is_the_options_quantity(typed: str) -> None:
    chat = fake_chat(default_language="en")
    await chat.say("amy", "/groupbuy Mooncakes options red bean:48,egg yolk:68 target 10")

    said = Chat.said(await chat.say("bob", typed))

    assert said == "Bob is in: 2 × Mooncakes egg yolk (#1). Egg yolk: now ¥68 each.", typed
    assert (await chat.card()).endswith("\n\n1. Bob egg yolk ×2"), typed


@pytest.mark.parametrize("typed", ["+1 小 2", "+1 小 ×2", "+1 小 2份", "+2 小 2"])
async def test_in_chinese_a_one_word_option_too(typed: str) -> None:
    chat = fake_chat()
    await chat.say("amy", "接龙 奶茶 规格 小:10,大:15 成团 10")

    said = Chat.said(await chat.say("bob", typed))

    assert said == "Bob 跟团：2 × 奶茶 小（#1）。小 现价 ¥10/份。", typed


async def test_two_different_counts_are_asked_with_the_form_to_send() -> None:
    chinese = fake_chat()
    await chinese.say("amy", "接龙 奶茶 规格 小:10,大:15 成团 10")
    english = fake_chat(default_language="en")
    await english.say("amy", "/groupbuy Mooncakes options red bean:48,egg yolk:68 target 10")
    before = await chinese.card()

    zh = Chat.said(await chinese.say("bob", "+2 小 3"))
    en = Chat.said(await english.say("bob", "+2 #1 egg yolk 3"))

    assert zh == "奶茶 小（#1）：要 2 份还是 3 份？份数写在规格前面，例如 +3 小 #1。没有任何改动。"
    assert en == (
        "Mooncakes egg yolk (#1): 2 or 3? Put how many before the option, e.g. +3 egg yolk #1. "
        "Nothing was changed."
    )
    assert await chinese.card() == before
    assert Chat.said(await english.say("bob", "+3 egg yolk #1")).startswith(
        "Bob is in: 3 × Mooncakes egg yolk"
    )


async def test_a_labelled_note_and_a_room_number_stay_notes() -> None:
    chat = fake_chat()
    await chat.say("amy", "接龙 奶茶 规格 小:10,大:15 成团 10")

    labelled = Chat.said(await chat.say("bob", "+1 小 备注 2"))
    room = Chat.said(await chat.say("cat", "+1 大 502"))

    assert labelled == "Bob 跟团：1 × 奶茶 小（#1）。备注：2。小 现价 ¥10/份。"
    assert room == "Cat 跟团：1 × 奶茶 大（#1）。备注：502。大 现价 ¥15/份。"
