"""Session 16 (hb 1): `帮小王 +1` was the friend's line, but `帮小王 -1` (the friend first, then a leave) and
`for Wang -1` got no answer at all and changed nothing. They now take off the friend's line as `-1 帮 小王`
and `-1 for Wang` do."""

from __future__ import annotations

import pytest

from tests.unit.handlers.conftest import Chat, fake_chat


@pytest.mark.parametrize("typed", ["帮小王 -1", "帮 小王 -1", "代小王 减1"])
async def test_in_chinese_the_friends_line_goes_down(typed: str) -> None:
    chat = fake_chat()
    await chat.say("amy", "接龙 荔枝 价格 20 成团 10")
    await chat.say("bob", "+1")
    await chat.say("bob", "+2 帮 小王")

    said = Chat.said(await chat.say("bob", typed))

    assert said == "Bob 帮 小王 报的现在是 1 × 荔枝（#1）。当前 ¥20/份。", typed
    assert (await chat.card()).endswith("\n\n1. Bob ×1\n2. Bob 帮 小王 ×1"), typed


async def test_in_english_the_friends_line_goes_down() -> None:
    chat = fake_chat(default_language="en")
    await chat.say("amy", "/groupbuy Lychees price 20 target 10")
    await chat.say("bob", "+2 for Wang")

    said = Chat.said(await chat.say("bob", "for Wang -1"))

    assert said == "Bob's line for Wang now has 1 × Lychees (#1). Now ¥20 each."
    assert (await chat.card()).endswith("\n\n1. Bob for Wang ×1")


async def test_the_friends_whole_line_goes_with_its_last_unit() -> None:
    chat = fake_chat()
    await chat.say("amy", "接龙 荔枝 价格 20 成团 10")
    await chat.say("bob", "+1 帮 小王")

    said = Chat.said(await chat.say("bob", "帮小王 -1"))

    assert said == "Bob 撤下了帮 小王 报的 荔枝（#1）。"
    assert (await chat.card()).endswith("\n\n还没有人跟团，发 +1 抢第一个")
