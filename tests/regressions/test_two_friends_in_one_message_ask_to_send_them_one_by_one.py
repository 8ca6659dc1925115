"""Session 16 (hb 2, 3): `帮小王 +1 帮 小李` (two friends, the first named first) got no answer, and `one
for me and one for my mum` was read as chatter: nobody knew the join was lost. Two people in one message
are answered "one person per message" with the two messages to send, as `+1 for me and +1 for my mum`
is, and nothing changes."""

from __future__ import annotations

import pytest

from tests.unit.handlers.conftest import Chat, fake_chat


@pytest.mark.parametrize(
    ("typed", "first", "second"),
    [
        ("帮小王 +1 帮 小李", "+1 帮 小王", "+1 帮 小李"),
        ("帮 小王 +2 给小李", "+2 帮 小王", "+2 给小李"),
    ],
)
async def test_two_friends_in_chinese_change_nothing(typed: str, first: str, second: str) -> None:
    chat = fake_chat()
    await chat.say("amy", "接龙 李子 价格 10 成团 5 截止 2小时")

    said = Chat.said(await chat.say("gina", typed))

    assert said == f"一条消息请只报一个人：先发“{first}”，再单独发一条“{second}”。没有任何改动。", typed
    assert (await chat.card(1)).endswith("\n\n还没有人跟团，发 +1 抢第一个"), typed


@pytest.mark.parametrize(
    ("typed", "first", "second"),
    [
        ("one for me and one for my mum", "one for me", "+1 for my mum"),
        ("One for me, two for Wang!", "One for me", "+2 for Wang"),
        ("for Wang +1 for Li", "+1 for Wang", "+1 for Li"),
    ],
)
async def test_two_people_in_english_change_nothing(typed: str, first: str, second: str) -> None:
    chat = fake_chat(default_language="en")
    await chat.say("amy", "/groupbuy Plums price 10 target 5 ends 2h")

    said = Chat.said(await chat.say("gina", typed))

    assert said == (
        f"One person per message, please: send “{first}”, then “{second}” as a message of its own. "
        "Nothing was changed."
    ), typed
    assert (await chat.card(1)).endswith("\n\nNobody yet: be the first with +1"), typed


async def test_each_message_alone_still_joins() -> None:
    chat = fake_chat(default_language="en")
    await chat.say("amy", "/groupbuy Plums price 10 target 5 ends 2h")

    await chat.say("gina", "one for me")
    await chat.say("gina", "+1 for my mum")

    assert (await chat.card(1)).endswith("\n\n1. Gina ×1\n2. Gina for mum ×1")
