"""The 接龙 grammar (handlers/parsing/joins.py) as members see it: what they type, and the line the card
then shows. One table, so Telegram, WeChat and the playground (which all parse through it) agree."""

from __future__ import annotations

import pytest

from tests.unit.handlers.conftest import Chat, fake_chat

OPEN = "接龙 海南芒果 价格 30 成团 50"

# typed -> the member's line on the card ("Bob ×1 · note"; a friend's line is their own)
GRAMMAR = [
    ("+1", "1. Bob ×1"),
    ("+1 3号楼502", "1. Bob ×1 · 3号楼502"),
    ("+10 备注：要大个的", "1. Bob ×10 · 要大个的"),
    ("+20 (5栋)", "1. Bob ×20 · 5栋"),
    ("+20（5栋）", "1. Bob ×20 · 5栋"),
    ("+1 谢谢", "1. Bob ×1"),
    ("+1 谢谢团长", "1. Bob ×1"),
    ("+1 please", "1. Bob ×1"),
    ("+1 🥚", "1. Bob ×1"),
    ("+1 3号楼 谢谢", "1. Bob ×1 · 3号楼"),
    ("🙋+1", "1. Bob ×1"),
    ("🙋‍♀️ +2", "1. Bob ×2"),
    ("me too +1", "1. Bob ×1"),
    ("我也+1", "1. Bob ×1"),
    ("我要两份🍓", "1. Bob ×2"),
    ("我要两份 (2号楼)", "1. Bob ×2 · 2号楼"),
    ("+1+1", "1. Bob ×2"),
    ("接1", "1. Bob ×1"),
    ("接龙+2 3栋", "1. Bob ×2 · 3栋"),
    ("+1 帮 小王 2份", "1. Bob 帮 小王 ×2"),
    ("+1 帮小王", "1. Bob 帮 小王 ×1"),
    ("+1 for 小王 please", "1. Bob 帮 小王 ×1"),
    ("+1 帮 小王 5栋", "1. Bob 帮 小王 ×1 · 5栋"),
    ("/join 2 3号楼502", "1. Bob ×2 · 3号楼502"),
    ("#接龙\n海南芒果\n\n1. Amy 2份\n2. Cat 1\n3. 小李 +1 3栋", "1. Bob ×1 · 3栋"),
    ("#接龙\n海南芒果\n\n1. Amy 2份\n2. 小李 3份", "1. Bob ×3"),
    ("+1 给我妈", "1. Bob 帮 妈妈 ×1"),
    ("帮我爸 +1", "1. Bob 帮 爸爸 ×1"),
    ("+1 3栋 #1", "1. Bob ×1 · 3栋"),
    ("+2 pcs", "1. Bob ×2"),
    ("+2个", "1. Bob ×2"),
]

# held (the member's line, or a friend's) -> typed (a leave) -> the lines left on the card
LEAVES = [
    ("+3 帮 小王", "帮小王 -1", "1. Bob 帮 小王 ×2"),
    ("+3 帮 小王", "帮 小王 -1", "1. Bob 帮 小王 ×2"),
    ("+3 帮 小王", "代小王 减2", "1. Bob 帮 小王 ×1"),
    ("+3 给我妈", "-1 帮 我妈", "1. Bob 帮 妈妈 ×2"),
    ("+3", "退2份", "1. Bob ×1"),
]


@pytest.mark.parametrize(("typed", "line"), GRAMMAR)
async def test_what_members_type_puts_them_on_the_list(typed: str, line: str) -> None:
    chat = fake_chat()
    await chat.say("amy", OPEN)

    replies = await chat.say("bob", typed)

    assert chat.cards(replies) == [(1, False)], replies
    assert (await chat.card(1)).endswith(f"\n\n{line}")


@pytest.mark.parametrize(("held", "typed", "line"), LEAVES)
async def test_what_members_type_to_leave_takes_units_off(held: str, typed: str, line: str) -> None:
    chat = fake_chat()
    await chat.say("amy", OPEN)
    await chat.say("bob", held)

    replies = await chat.say("bob", typed)

    assert chat.cards(replies) == [(1, False)], replies
    assert (await chat.card(1)).endswith(f"\n\n{line}")


@pytest.mark.parametrize("typed", ["帮小王 +1 帮 小李", "one for me and one for my mum", "+2条"])
async def test_what_cannot_be_one_persons_join_is_answered_and_changes_nothing(typed: str) -> None:
    chat = fake_chat()
    await chat.say("amy", OPEN)
    before = await chat.card(1)

    replies = await chat.say("bob", typed)

    assert chat.cards(replies) == [] and [reply.text for reply in replies if reply.text], replies
    assert await chat.card(1) == before


@pytest.mark.parametrize(
    "typed", ["+86 13812345678", "我要2个小时才到", "接龙的时候写楼号", "加油", "1+1=2", "好的 谢谢"]
)
async def test_chatter_that_only_looks_like_a_join_stays_silent(typed: str) -> None:
    chat = fake_chat()
    await chat.say("amy", OPEN)

    assert await chat.say("bob", typed) == []
    assert "1. Bob" not in await chat.card(1)


@pytest.mark.parametrize("typed", ["+abc", "+0.5份", "+2.5 3号楼"])  # `+1.5`: 份 are whole (regressions)
async def test_a_join_that_cannot_be_read_gets_one_hint_and_changes_nothing(typed: str) -> None:
    chat = fake_chat()
    await chat.say("amy", OPEN)

    answer = chat.said(await chat.say("bob", typed))

    assert answer == "没看懂要几份。跟团请发 +1、+2（整数），或“我要两份”。"
    assert "1. Bob" not in await chat.card(1)


async def test_a_friends_line_is_separate_and_in_the_members_order(chat: Chat) -> None:
    await chat.say("amy", "/groupbuy Mangoes price 30 target 3")
    await chat.say("bob", "+1 3号楼502")
    await chat.say("bob", "+1 帮 小王 2份")

    card = await chat.card(1)
    closed = await chat.say("amy", "/close")

    assert card.endswith("\n\n1. Bob ×1 · 3号楼502\n2. Bob for 小王 ×2")
    order = chat.private(closed)["bob"]
    assert "Mangoes — 3号楼502: 1 × ¥30" in order and "Mangoes (for 小王): 2 × ¥30" in order  # the group's
    assert "¥90" in order  # one order pays for both lines


async def test_minus_one_takes_units_off_the_friends_line_when_named(chat: Chat) -> None:
    await chat.say("amy", "/groupbuy Mangoes price 30 target 1")
    await chat.say("bob", "+1")
    await chat.say("bob", "+2 帮 小王")

    await chat.say("bob", "-1 帮 小王")

    assert (await chat.card(1)).endswith("\n\n1. Bob ×1\n2. Bob for 小王 ×1")


async def test_a_member_signs_up_at_most_the_friends_setting() -> None:
    chat = fake_chat()
    await chat.say("amy", "/groupbuy Mangoes price 30 target 50")
    for n in range(10):
        await chat.say("bob", f"+1 for F{n}")

    answer = chat.said(await chat.say("bob", "+1 for F10"))
    again = await chat.say("bob", "+1 for F3")  # an existing friend's line still takes units

    assert answer == "You can sign up at most 10 friends: nothing was changed."
    assert "F10" not in await chat.card(1)
    assert chat.cards(again) == [(1, False)]


async def test_the_answer_repeats_the_note_so_the_member_sees_it_was_read() -> None:
    chat = fake_chat()
    await chat.say("amy", OPEN)

    answer = chat.said(await chat.say("bob", "+1 3号楼502 谢谢团长"))

    assert answer == "Bob 跟团：1 × 海南芒果（#1）。备注：3号楼502。当前 ¥30/份。"
