"""张叔 holds only a line for a friend (`张叔 帮 小王 ×1斤`) on 烟台苹果 (#3); his `我要两斤` with three open
was asked which with `#3 烟台苹果（你已跟 1斤）`: a friend's line is not his, so nothing is said of it."""

from __future__ import annotations

from tests.unit.handlers.conftest import Chat, fake_chat


async def test_a_friends_line_is_not_said_as_hers() -> None:
    chat = fake_chat()
    await chat.say("amy", "接龙 荔枝 价格 15/斤")
    await chat.say("amy", "接龙 苹果 价格 12/斤")
    await chat.say("amy", "接龙 烟台苹果 价格 9/斤")
    await chat.say("eve", "+1斤 #3 帮 小王", name="张叔")

    asked = Chat.said(await chat.say("eve", "我要两斤", name="张叔"))

    assert asked == (
        "这个群里有 3 个团在接龙：#1 荔枝 · #2 苹果 · #3 烟台苹果。这次没有加上，请带上编号："
        "荔枝发 +2斤 #1，苹果发 +2斤 #2，烟台苹果发 +2斤 #3（也可以直接回复编号或名称）。"
    )


async def test_her_own_line_beside_a_friends_is_said_without_it() -> None:
    chat = fake_chat()
    await chat.say("amy", "/groupbuy Lychees price 15 per kg")
    await chat.say("amy", "/groupbuy Apples price 12 per kg")
    await chat.say("eve", "+1 #2 for Wang")
    await chat.say("eve", "+2 #2")

    asked = Chat.said(await chat.say("eve", "+1"))

    assert "#2 Apples (you have 2 kg)" in asked
