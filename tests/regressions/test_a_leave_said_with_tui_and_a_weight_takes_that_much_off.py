"""Session 16 (hb 4): `退2斤`, `退一斤`, `退 1 kg` (a leave said with 退 and an amount) were chatter: no
answer, the line kept. They are the leave they say, as `-2斤` is; `退出` still leaves the whole line and
`退` alone stays chatter."""

from __future__ import annotations

import pytest

from tests.unit.handlers.conftest import Chat, fake_chat


@pytest.mark.parametrize(
    ("typed", "left"),
    [("退2斤", "3斤"), ("退一斤", "4斤"), ("退 1 kg", "3斤"), ("退 2 斤", "3斤")],
)
async def test_a_weight_after_tui_is_taken_off(typed: str, left: str) -> None:
    chat = fake_chat()
    await chat.say("amy", "接龙 荔枝 价格 15元/斤 成团 10")
    await chat.say("bob", "+5斤")

    said = Chat.said(await chat.say("bob", typed))

    assert said == f"Bob 现在是 {left} 荔枝（#1）。当前 ¥15/斤。", typed
    assert (await chat.card()).endswith(f"\n\n1. Bob {left}"), typed


async def test_portions_after_tui_are_taken_off() -> None:
    chat = fake_chat()
    await chat.say("amy", "接龙 芒果 价格 20 成团 10")
    await chat.say("bob", "+3")

    said = Chat.said(await chat.say("bob", "退2份"))

    assert said == "Bob 现在是 1 × 芒果（#1）。当前 ¥20/份。"


async def test_tui_alone_is_chatter_and_tuichu_still_leaves() -> None:
    chat = fake_chat()
    await chat.say("amy", "接龙 芒果 价格 20 成团 10")
    await chat.say("bob", "+3")

    alone = await chat.say("bob", "退")
    talk = [
        *await chat.say("bob", "退2天再说"),
        *await chat.say("bob", "退2份可以吗"),
        *await chat.say("bob", "退2份了"),
    ]
    held = await chat.card()
    left = Chat.said(await chat.say("bob", "退出"))

    assert [reply.text for reply in [*alone, *talk] if reply.text] == []
    assert held.endswith("\n\n1. Bob ×3")
    assert left == "Bob 退出了 芒果（#1）。"
