"""`+1` with Zongzi (甜的, 咸的) open beside 汤圆 was asked which with `Zongzi发 +1 #1`: no space after
the Latin title, and an example naming no option, so following it was asked again which option. Each example
now names an option where its group buy has several (`+1 #1 咸的`, the one she holds there first; none
when her note names one), and a title ending in a Latin letter or digit is spaced (`Zongzi 发`)."""

from __future__ import annotations

from tests.unit.handlers.conftest import Chat, fake_chat


async def _zongzi_and_tangyuan() -> Chat:
    chat = fake_chat()
    await chat.say("bob", "接龙 Zongzi 规格 甜的:10,咸的:12 截止 3d")
    await chat.say("dan", "接龙 汤圆 价格 10 截止 3d")
    return chat


async def test_the_example_names_an_option_and_following_it_joins() -> None:
    chat = await _zongzi_and_tangyuan()

    asked = chat.said(await chat.say("cat", "+1"))
    joined = chat.said(await chat.say("cat", "+1 #1 咸的"))

    assert asked == (
        "这个群里有 2 个团在接龙：#1 Zongzi · #2 汤圆。这次没有加上，请带上编号："
        "Zongzi 发 +1 #1 咸的，汤圆发 +1 #2（也可以直接回复编号或名称）。"
    )
    assert joined.startswith("Cat 跟团：1 × Zongzi 咸的（#1）。")


async def test_the_option_she_holds_is_the_one_named() -> None:
    chat = await _zongzi_and_tangyuan()
    await chat.say("cat", "+1 #1 甜的")

    asked = chat.said(await chat.say("cat", "+2 3号楼"))

    assert "Zongzi 发 +2 #1 甜的 3号楼，汤圆发 +2 #2 3号楼" in asked


async def test_a_title_answering_for_several_names_an_option_too() -> None:
    chat = fake_chat()
    await chat.say("bob", "接龙 Apple pie 规格 small:10,large:18 截止 3d")
    await chat.say("dan", "接龙 Apples 价格 10 截止 3d")
    await chat.say("cat", "+1")

    said = chat.said(await chat.say("cat", "apple"))

    assert "Apple pie 发 +1 #1 large，Apples 发 +1 #2" in said


async def test_in_english_the_example_names_an_option() -> None:
    chat = fake_chat()
    await chat.say("bob", "/groupbuy Zongzi options sweet:10,salty:12 ends 3d")
    await chat.say("dan", "/groupbuy Rice balls price 10 ends 3d")

    said = chat.said(await chat.say("cat", "/join"))

    assert "(Zongzi: +1 #1 salty; Rice balls: +1 #2)" in said
