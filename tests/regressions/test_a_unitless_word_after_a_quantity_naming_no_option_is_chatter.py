"""`我要2 red` was made to join 2 of option red; with it `我要2 小时` ("I need 2 hours") in a group with a
plain group buy open joined 2 with the note 小时. A quantity without units then one word is a join only
when the word names an option of a group buy open in that chat, as `我要 red` is; else chatter, left
unanswered. With units (`我要2份 小`) or `+2 小时` the word is a note, as before."""

from __future__ import annotations

from tests.unit.handlers.conftest import fake_chat


async def test_a_unitless_word_naming_no_option_is_chatter() -> None:
    chat = fake_chat()
    await chat.say("amy", "接龙 柚子 ¥30")

    assert await chat.say("bob", "我要2 小时") == []
    assert await chat.say("bob", "接 2 小时") == []
    assert "Bob" not in await chat.card()

    assert chat.said(await chat.say("cat", "我要2份 小")).startswith("Cat 跟团：2 × 柚子（#1）。备注：小。")
    assert chat.said(await chat.say("dan", "+2 小时")).startswith("Dan 跟团：2 × 柚子（#1）。备注：小时。")


async def test_a_unitless_word_naming_an_option_joins_it() -> None:
    chat = fake_chat()
    await chat.say("amy", "接龙 T恤 规格 red:58:10,blue:58:10")

    assert chat.said(await chat.say("dan", "我要2 red")).startswith("Dan 跟团：2 × T恤 red")
    assert await chat.say("eve", "我要2 小时") == []
    assert "Eve" not in await chat.card()
