"""Taking a friend's line off announced that the member left: Cat's `-1 for Wang` said "Cat left
Mangoes (#1)." while Cat still held ×4, and `-1 #1 帮 Wang` "Cat 退出了 蜂蜜（#1）". It says it was
Wang's line and what Cat still has."""

from __future__ import annotations

from tests.unit.handlers.conftest import Chat, fake_chat


async def test_the_friends_line_is_named_and_the_member_still_holds_theirs() -> None:
    chat = fake_chat()
    await chat.say("amy", "/groupbuy Mangoes price 30 target 9 ends today 20:00")
    await chat.say("cat", "+4")
    await chat.say("cat", "+1 for Wang")

    said = Chat.said(await chat.say("cat", "-1 for Wang"))

    assert said == "Cat took the line for Wang off Mangoes (#1); Cat still has 4 on the list."
    assert (await chat.card(1)).endswith("\n\n1. Cat ×4")


async def test_in_chinese() -> None:
    chat = fake_chat()
    await chat.say("amy", "接龙 蜂蜜 价格 30 成团 9 截止 今晚8点")
    await chat.say("cat", "+1 帮 Wang")

    assert Chat.said(await chat.say("cat", "-1 #1 帮 Wang")) == "Cat 撤下了帮 Wang 报的 蜂蜜（#1）。"
