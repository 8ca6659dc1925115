"""Tapping an option's Join twice was told "To add one more, send +1" — but with options a bare `+1` only
asks which one. The toast now names the option: "send +1 巧克力" (en: "+1 chocolate")."""

from __future__ import annotations

from tests.unit.handlers.conftest import fake_chat


async def test_a_second_tap_on_an_options_join_says_how_to_add_that_option() -> None:
    chat = fake_chat()
    await chat.say("amy", "接龙 蛋糕 规格 巧克力:30,草莓:35")
    await chat.tap("bob", "gb:join:1:1")

    toast = chat.toast(await chat.tap("bob", "gb:join:1:1"))

    assert toast == "你已经在团里了：1 × 蛋糕 巧克力。要再加一份，发 +1 巧克力。"


async def test_in_english_the_toast_names_the_option_too() -> None:
    chat = fake_chat(default_language="en")
    await chat.say("amy", "/groupbuy Cake options chocolate:30,strawberry:35")
    await chat.tap("bob", "gb:join:1:1")

    toast = chat.toast(await chat.tap("bob", "gb:join:1:1"))

    assert toast == "You're already in: 1 × Cake chocolate. To add one more, send +1 chocolate."


async def test_without_options_a_bare_plus_one_is_still_the_hint() -> None:
    chat = fake_chat()
    await chat.say("amy", "接龙 蛋糕 价格 30")
    await chat.tap("bob", "gb:join:1")

    toast = chat.toast(await chat.tap("bob", "gb:join:1"))

    assert toast == "你已经在团里了：1 × 蛋糕。要再加一份，发 +1。"
