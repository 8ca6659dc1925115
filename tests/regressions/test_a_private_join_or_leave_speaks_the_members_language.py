"""`+1`, `+2` and `-1` typed in a private chat with the bot (no card opened there) were answered in
Chinese ("私聊里没有团购可跟…") to members of English groups (`/lang en`) who had typed English commands
before; and `-1` (English `/leave` too) was answered about joining. Words-free, the answer now follows
the member's own language as last seen, else their groups' `/lang`, and a leave gets the leave wording."""

from __future__ import annotations

from tests.unit.handlers.conftest import fake_chat

# her group has one open: named, with where to send +1 (session 27)
JOIN = (
    "There is no group buy to join in a private chat (no card opened here). Open in your groups:\n"
    "#1 Apples in “Your group”: send +1 in that group\n"
    "Or send a friend's share code, e.g. +1 12-K7QM. Nothing was changed."
)
LEAVE = "You are on no open group buy, so there is nothing to leave. Nothing was changed."  # rep102 #8


async def test_a_private_plus_one_speaks_the_english_the_member_spoke() -> None:
    chat = fake_chat()
    await chat.say("amy", "/lang en")
    await chat.say("amy", "/groupbuy Apples price 30")
    await chat.say("cat", "/orders")
    await chat.say("cat", "/help")

    assert chat.said(await chat.say("cat", "+1", private=True)) == JOIN
    # her `+2` is told the `+2` her group takes (session 27's `+1` for it too, until the count was kept)
    assert chat.said(await chat.say("cat", "+2", private=True)) == JOIN.replace("send +1", "send +2")
    assert chat.said(await chat.say("cat", "-1", private=True)) == LEAVE
    assert chat.said(await chat.say("cat", "/leave", private=True)) == LEAVE


async def test_a_member_who_only_joined_hears_her_groups_language() -> None:
    chat = fake_chat()
    await chat.say("amy", "/lang en")
    await chat.say("amy", "/groupbuy Apples price 30")
    await chat.say("cat", "+1")  # no words: her groups' `/lang` is all that is known

    assert chat.said(await chat.say("cat", "+1", private=True)) == JOIN


async def test_a_chinese_members_private_minus_one_gets_the_leave_wording() -> None:
    chat = fake_chat()
    await chat.say("amy", "接龙 苹果 价格 30")
    await chat.say("dan", "进度")

    assert chat.said(await chat.say("dan", "-1", private=True)) == (
        "你现在没有跟任何进行中的团购，没有可以退出的。没有任何改动。"  # holding nothing (rep102 #8)
    )
    assert chat.said(await chat.say("dan", "+1", private=True)).startswith("私聊里没有团购可跟")
