"""rep46 #15: `/helper @Fay` answered "Fay can now take pickup codes of #1 …: /pickupcode 4827", a code that
looks like a real buyer's. The answer now says what to send with an obvious example (1234); in Chinese it
names the code by its word (`核销 取货码`)."""

from __future__ import annotations

from tests.unit.handlers.conftest import Chat, fake_chat


async def test_in_english_the_helper_is_shown_an_obvious_example() -> None:
    chat = fake_chat(default_language="en")
    await chat.say("ben", "/groupbuy Mangoes price 20 ends 3d", name="Ben")
    await chat.say("fay", "+1", name="Fay")

    said = Chat.said(await chat.say("ben", "/helper @Fay", name="Ben", mentions=("fay",)))

    assert said.startswith(
        "Fay can now take pickup codes of #1 Mangoes: /pickupcode and the code the buyer shows "
        "(e.g. /pickupcode 1234)"
    ), said
    assert "4827" not in said


async def test_in_chinese_the_helper_is_told_the_code_by_its_word() -> None:
    chat = fake_chat(default_language="zh")
    await chat.say("lijie", "接龙 芒果 价格 20 截止 3d", name="Lijie")
    await chat.say("fay", "+1", name="Fay")

    said = Chat.said(await chat.say("lijie", "设置帮手 @Fay", name="Lijie", mentions=("fay",)))

    assert "核销 取货码" in said and "4827" not in said, said
