"""`我要2 red` (a quantity, no unit, then an option of the group buy open) was left unanswered, as was
`我要 red`. `我要2 red` now joins 2 of red, as `我要2份 red` and `+2 red` do; `我要 red` joins 1 of red;
`我要2 xyz` and `我要 睡觉` (no option's name) stay chatter, while `+2 xyz` is asked which option
(`我要2 小时`: test_a_unitless_word_after_a_quantity_naming_no_option_is_chatter)."""

from __future__ import annotations

from tests.unit.handlers.conftest import fake_chat


async def test_a_join_naming_an_option_without_a_unit_joins_it() -> None:
    chat = fake_chat()
    await chat.say("amy", "接龙 T恤 规格 red:58:10,blue:58:10")

    assert chat.said(await chat.say("dan", "我要2 red")).startswith("Dan 跟团：2 × T恤 red")
    assert chat.said(await chat.say("eve", "我要 red")).startswith("Eve 跟团：1 × T恤 red")
    assert chat.said(await chat.say("fay", "我要2份 blue")).startswith("Fay 跟团：2 × T恤 blue")

    assert await chat.say("gus", "我要2 xyz") == []
    assert chat.said(await chat.say("gus", "+2 xyz"))

    assert await chat.say("hal", "我要 睡觉") == []
