"""Session 15 (fh): in 接龙 chats people write the friend first (`帮小王 +1`, `帮 小王 +2`, `代小李 +1`,
`给妈妈 +1`, `替小张+1`, `for Wang +1`), but only `+1 帮 小王` was read: the name-first forms got no reply
at all. Now they are that friend's line exactly as `+1 帮 小王` is (quantity, option, note after the +N).
Only 帮/代/给/替 (or `for`) + a short name, then the +N / ＋N / 加N, is one: `帮我 +1` is the member's own
line (as `+1 帮 我`); `帮我看看 +1 好吗`, `帮忙 +1`, `给力 +1` and `代收点 +1` stay chatter, and `+1 帮 忙`
is no friend called 忙 (the member's own line, 帮忙 a courtesy, as `+1 麻烦了` is)."""

from __future__ import annotations

import pytest

from tests.unit.handlers.conftest import Chat, fake_chat


@pytest.mark.parametrize(
    ("text", "friend", "quantity"),
    [
        ("帮小王 +1", "小王", 1),
        ("帮 小王 +2", "小王", 2),
        ("代小李 +1", "小李", 1),
        ("给妈妈 +1", "妈妈", 1),
        ("替小张+1", "小张", 1),
        ("帮小王 ＋2", "小王", 2),
        ("帮 小王 加1", "小王", 1),
    ],
)
async def test_a_friend_written_first_gets_the_friends_line(text: str, friend: str, quantity: int) -> None:
    chat = fake_chat()
    await chat.say("amy", "接龙 荔枝 价格 20 成团 10")

    joined = Chat.said(await chat.say("cat", text))

    assert joined == f"Cat 帮 {friend} 跟团：{quantity} × 荔枝（#1）。当前 ¥20/份。"
    assert (await chat.card()).endswith(f"\n\n1. Cat 帮 {friend} ×{quantity}")


async def test_the_option_and_the_note_follow_the_quantity_as_usual() -> None:
    chat = fake_chat()
    await chat.say("amy", "接龙 粽子 规格 甜的:8,咸的:10")

    joined = Chat.said(await chat.say("cat", "帮小王 +2 甜的 3号楼"))
    listed = Chat.said(await chat.say("amy", "名单"))

    assert joined.startswith("Cat 帮 小王 跟团：2 × 粽子 甜的（#1）。"), joined
    assert "3号楼" in joined, joined
    assert "\n1. Cat 帮 小王 甜的 ×2 · 3号楼\n" in listed, listed


async def test_for_a_friend_first_in_english() -> None:
    chat = fake_chat(default_language="en")
    await chat.say("amy", "/groupbuy Lychees price 20 target 10")

    wang = Chat.said(await chat.say("bob", "for Wang +1"))
    mum = Chat.said(await chat.say("bob", "for my mum +2 gate 3"))
    own = Chat.said(await chat.say("bob", "for me +1"))

    assert wang == "Bob joined for Wang: 1 × Lychees (#1). Now ¥20 each."
    assert mum == "Bob joined for mum: 2 × Lychees (#1). Note: gate 3. Now ¥20 each."
    assert own == "Bob is in: 1 × Lychees (#1). Now ¥20 each."
    assert (await chat.card()).endswith("\n\n1. Bob for Wang ×1\n2. Bob for mum ×2 · gate 3\n3. Bob ×1")


async def test_help_me_is_the_members_own_line() -> None:
    chat = fake_chat()
    await chat.say("amy", "接龙 荔枝 价格 20 成团 10")

    joined = Chat.said(await chat.say("cat", "帮我 +1"))

    assert joined == "Cat 跟团：1 × 荔枝（#1）。当前 ¥20/份。"


@pytest.mark.parametrize(
    "text", ["帮我看看 +1 好吗", "帮忙 +1", "给力 +1", "代收点 +1", "帮小王 +1 可以吗？", "for sure +1"]
)
async def test_talk_that_starts_like_a_friend_is_left_unanswered(text: str) -> None:
    chat = fake_chat()
    await chat.say("amy", "接龙 荔枝 价格 20 成团 10")

    replies = await chat.say("cat", text)

    assert [reply.text for reply in replies if reply.text] == []
    assert "Cat" not in await chat.card()


async def test_help_busy_after_the_join_is_no_friend_called_mang() -> None:
    chat = fake_chat()
    await chat.say("amy", "接龙 荔枝 价格 20 成团 10")

    spaced = Chat.said(await chat.say("cat", "+1 帮 忙"))
    glued = Chat.said(await chat.say("dan", "+1 帮忙"))

    assert spaced == "Cat 跟团：1 × 荔枝（#1）。当前 ¥20/份。"
    assert glued == "Dan 跟团：1 × 荔枝（#1）。当前 ¥20/份。"
    assert (await chat.card()).endswith("\n\n1. Cat ×1\n2. Dan ×1")
