"""`-1 for Mum 咸蛋黄` while Mum has only a 豆沙 line was answered "You have no line for Mum…", as if Mum had
none at all: now it says Mum has no 咸蛋黄, what Mum has (豆沙 ×1) and the leave that takes that off; nothing
changes."""

from __future__ import annotations

from tests.unit.handlers.conftest import fake_chat


async def test_in_english_mum_has_no_that_option_and_what_she_has_is_said() -> None:
    chat = fake_chat()
    await chat.say("bob", "/groupbuy Qingtuan options 豆沙:10,咸蛋黄:12 ends 3d")
    await chat.say("quinn", "+1 for Mum 豆沙")

    said = chat.said(await chat.say("quinn", "-1 for Mum 咸蛋黄"))

    assert said == (
        "Mum has no 咸蛋黄 line in Qingtuan (#1): Mum has 豆沙 ×1. To take that off, send -1 for Mum 豆沙."
        " Nothing was changed."
    ), said
    assert "Quinn for Mum 豆沙 ×1" in await chat.card()


async def test_the_leave_given_takes_mums_line_off() -> None:
    chat = fake_chat()
    await chat.say("bob", "/groupbuy Qingtuan options 豆沙:10,咸蛋黄:12 ends 3d")
    await chat.say("quinn", "+1 for Mum 豆沙")
    await chat.say("quinn", "-1 for Mum 咸蛋黄")

    await chat.say("quinn", "-1 for Mum 豆沙")

    assert "Mum" not in await chat.card()


async def test_in_chinese_mum_has_no_that_option_and_what_she_has_is_said() -> None:
    chat = fake_chat()
    await chat.say("bob", "接龙 青团 规格 豆沙:10,咸蛋黄:12 截止 3d")
    await chat.say("quinn", "+1 帮 妈妈 豆沙")

    said = chat.said(await chat.say("quinn", "-1 帮 妈妈 咸蛋黄"))

    assert (
        said == "妈妈 在 青团（#1）没有 咸蛋黄：妈妈 跟的是 豆沙 ×1。要退就发 -1 帮 妈妈 豆沙。没有任何改动。"
    ), said
