"""`-1 for mum vanila` was told `e.g. -1 vanilla`, dropping `for mum`: sent as shown it would take off
her own line, not her mum's. The leave to send keeps the friend, `-1 vanilla for mum` (`-1 小盒 帮 老公`),
nothing changed; the one shown then takes off the friend's line."""

from __future__ import annotations

from tests.unit.handlers.conftest import fake_chat


async def test_in_english_the_example_keeps_the_friend() -> None:
    chat = fake_chat()
    await chat.say("bob", "/groupbuy Cake options vanilla:30,choc:20 ends 3d")
    await chat.say("eve", "+1 choc")
    await chat.say("eve", "+1 vanilla for mum")

    said = chat.said(await chat.say("eve", "-1 for mum vanila"))
    card = await chat.card()
    chat.said(await chat.say("eve", "-1 vanilla for mum"))

    assert said == (
        "Cake (#1) has no option “vanila”; its options: vanilla ¥30 / choc ¥20. "
        "Name one to leave it, e.g. -1 vanilla for mum. Nothing was changed."
    )
    assert "mum" in card
    after = await chat.card()
    assert "mum" not in after and "Eve choc ×1" in after


async def test_in_chinese_the_example_keeps_the_friend_and_her_option() -> None:
    chat = fake_chat()
    await chat.say("bob", "接龙 茶叶 规格 大盒:30,小盒:20 截止 3d")
    await chat.say("eve", "+1 大盒")
    await chat.say("eve", "+1 小盒 帮 老公")

    said = chat.said(await chat.say("eve", "-1 帮 老公 中盒"))

    assert said == (
        "茶叶（#1）没有“中盒”这个规格，可选：大盒 ¥30 / 小盒 ¥20。"
        "退出时带上规格，例如 -1 小盒 帮 老公。没有任何改动。"
    )


async def test_without_a_friend_the_example_is_her_own_leave() -> None:
    chat = fake_chat()
    await chat.say("bob", "/groupbuy Cake options vanilla:30,choc:20 ends 3d")
    await chat.say("eve", "+1 vanilla")

    said = chat.said(await chat.say("eve", "-1 vanila"))

    assert said.endswith("Name one to leave it, e.g. -1 vanilla. Nothing was changed.")
