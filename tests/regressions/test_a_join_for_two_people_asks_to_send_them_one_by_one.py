"""Session 15 (fe report, finding 4): `+1 for me and +1 for my mum` joined 1 with the note `and +1 for my
mum`: mum's box was silently lost. A message joining for two people (a second `+N` with a friend, `+1 +1
帮妈妈`, `我和妈妈各一份`) is answered with the two messages to send, one by one, and changes nothing."""

from __future__ import annotations

import pytest

from tests.unit.handlers.conftest import Chat, fake_chat


@pytest.mark.parametrize(
    ("typed", "first", "second"),
    [
        ("+1 for me and +1 for my mum", "+1 for me", "+1 for my mum"),
        ("+1 for Wang, +2 for Li", "+1 for Wang", "+2 for Li"),
        ("+1 and +1 for mum", "+1", "+1 for mum"),
        ("+1 +1 for mum", "+1", "+1 for mum"),
    ],
)
async def test_two_people_in_one_english_join_change_nothing(typed: str, first: str, second: str) -> None:
    chat = fake_chat(default_language="en")
    await chat.say("amy", "/lang en")
    await chat.say("amy", "/groupbuy Plums price 10 target 5 ends 2h")

    said = Chat.said(await chat.say("gina", typed))

    assert said == (
        f"One person per message, please: send “{first}”, then “{second}” as a message of its own. "
        "Nothing was changed."
    ), typed
    assert (await chat.card(1)).endswith("\n\nNobody yet: be the first with +1"), typed


@pytest.mark.parametrize(
    ("typed", "first", "second"),
    [
        ("+1 +1 帮妈妈", "+1", "+1 帮妈妈"),
        ("+1 我和妈妈各一份", "+1", "+1 帮 妈妈"),
        ("+1 帮 小王，+1 帮 小李", "+1 帮 小王", "+1 帮 小李"),
    ],
)
async def test_two_people_in_one_chinese_join_change_nothing(typed: str, first: str, second: str) -> None:
    chat = fake_chat()
    await chat.say("amy", "接龙 李子 价格 10 成团 5 截止 2小时")

    said = Chat.said(await chat.say("gina", typed))

    assert said == f"一条消息请只报一个人：先发“{first}”，再单独发一条“{second}”。没有任何改动。", typed
    assert (await chat.card(1)).endswith("\n\n还没有人跟团，发 +1 抢第一个"), typed


@pytest.mark.parametrize(
    ("typed", "line"),
    [
        ("+1+1", "1. Gina ×2"),
        ("+2 我和妈妈各一份", "1. Gina ×2 · 我和妈妈各一份"),
        ("+2（我一份，+1 帮妈妈）", "1. Gina ×2 · 我一份,+1 帮妈妈"),
        ("+1 帮 妈妈", "1. Gina 帮 妈妈 ×1"),
    ],
)
async def test_one_persons_join_is_still_taken(typed: str, line: str) -> None:
    chat = fake_chat()
    await chat.say("amy", "接龙 李子 价格 10 成团 5 截止 2小时")

    await chat.say("gina", typed)

    assert (await chat.card(1)).endswith(f"\n\n{line}"), typed
