"""`-1 @Bob` and `退出 #1 @Bob` from a member who is not Bob (nor the organiser) got no answer at all. Now
one refusal says only Bob or the organiser may take Bob off, nothing changed; the organiser is told the
command that does; a friend's line of her own named so is lowered as `-1 帮 Cat` is."""

from __future__ import annotations

from tests.unit.handlers.conftest import Chat, fake_chat


async def test_a_member_is_told_she_cannot_take_another_off_in_chinese() -> None:
    chat = fake_chat()
    await chat.say("amy", "接龙 芒果 价格 88 成团 5 截止 今晚8点")
    await chat.say("bob", "+1")
    await chat.say("troll", "+1 帮 Cat")
    minus = Chat.said(await chat.say("troll", "-1 @Bob"))
    numbered = Chat.said(await chat.say("troll", "退出 #1 @Bob"))
    organiser = Chat.said(await chat.say("amy", "-1 @Bob"))
    friend = Chat.said(await chat.say("troll", "-1 @Cat"))
    listed = Chat.said(await chat.say("amy", "名单"))

    refusal = "只有 Bob 本人或团长（Amy）可以把 Bob 移出名单，没有任何改动。要减你自己的，发 -1。"
    assert minus == refusal
    assert numbered == refusal
    assert organiser == "-1 只减你自己的份数。要把 Bob 移出名单，请发 踢出 @Bob。没有任何改动。"
    assert friend.startswith("Troll 撤下了帮 Cat 报的 芒果（#1）")
    assert "Bob" in listed


async def test_a_member_is_told_she_cannot_take_another_off_in_english() -> None:
    chat = fake_chat()
    await chat.say("amy", "/groupbuy Mangoes price 88 target 5 ends today 20:00")
    await chat.say("bob", "+1")
    minus = Chat.said(await chat.say("troll", "-1 @Bob"))
    leave = Chat.said(await chat.say("troll", "/leave #1 @Bob"))
    organiser = Chat.said(await chat.say("troll", "-1 @Amy"))

    refusal = (
        "Only Bob or the organiser (Amy) can take Bob off the list. Nothing was changed; to lower your"
        " own line, send -1."
    )
    assert minus == refusal
    assert leave == refusal
    assert (
        organiser
        == "Only Amy can change Amy's own line. Nothing was changed; to lower your own line, send -1."
    )
