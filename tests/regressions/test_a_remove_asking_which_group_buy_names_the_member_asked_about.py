"""rep88 #12: with two group buys open, 李姐's `踢出 @小美` was asked which one with the example
`踢出 #2 @Bob`, naming someone who is not even a member, where she would copy it. The example now
names whom she typed (`踢出 #1 @小美`), in private too, and nothing changes until she names the
group buy."""

from __future__ import annotations

import pytest

from tests.unit.handlers.conftest import Chat, fake_chat


async def _two_open() -> Chat:
    room = fake_chat()
    for who, typed in (("amy", "接龙 粽子 价格 68"), ("amy", "接龙 鸡蛋 价格 30")):
        await room.say(who, typed)
    await room.say("mei", "+1 #1", name="小美")
    await room.say("mei", "+1 #2", name="小美")
    return room


@pytest.mark.parametrize(
    ("typed", "example"),
    [
        ("踢出 @小美", "踢出 #1 @小美"),
        ("踢出 小美", "踢出 #1 小美"),
        ("/remove @小美", "/remove #1 @小美"),
    ],
)
async def test_a_remove_asking_which_group_buy_names_the_member_asked_about(typed: str, example: str) -> None:
    room = await _two_open()
    before = await room.cards_up_to(2)

    said = room.said(await room.say("amy", typed))

    assert said == f"这个群里有 2 个团在接龙：#1 粽子 · #2 鸡蛋。请带上编号，例如 {example}。"
    assert await room.cards_up_to(2) == before


async def test_in_private_the_example_names_her_too() -> None:
    room = await _two_open()

    said = room.said(await room.say("amy", "踢出 @小美", private=True))

    assert said == "私聊里请写团号，例如：踢出 #2 @小美（团号在卡片标题里）。没有任何改动。"
