"""Session 16 (hb 7, fg 28): `+1 给我妈` made a friend named `我妈`, shown to the whole group as `张叔 帮 我妈
×1斤`. A kinship word after 我 (我妈, 我爸, 我姐, 我老婆…) names the friend as the list should say it (妈妈,
爸爸, 姐姐, 老婆), in every form that names a friend; other names stay as typed."""

from __future__ import annotations

import pytest

from tests.unit.handlers.conftest import Chat, fake_chat


@pytest.mark.parametrize(
    ("typed", "friend"),
    [
        ("+1 给我妈", "妈妈"),
        ("+1 帮 我爸", "爸爸"),
        ("帮我姐 +1", "姐姐"),
        ("+1 给我老婆", "老婆"),
        ("+1 帮我的妈妈", "妈妈"),
        ("+1 帮 王妈", "王妈"),
    ],
)
async def test_the_friend_is_listed_by_the_kinship_word(typed: str, friend: str) -> None:
    chat = fake_chat()
    await chat.say("amy", "接龙 荔枝 价格 20 成团 10")

    said = Chat.said(await chat.say("bob", typed))

    assert said == f"Bob 帮 {friend} 跟团：1 × 荔枝（#1）。当前 ¥20/份。", typed
    assert (await chat.card()).endswith(f"\n\n1. Bob 帮 {friend} ×1"), typed


async def test_a_leave_for_my_mum_takes_from_mums_line() -> None:
    chat = fake_chat()
    await chat.say("amy", "接龙 荔枝 价格 20 成团 10")
    await chat.say("bob", "+2 给我妈")

    said = Chat.said(await chat.say("bob", "-1 帮 我妈"))

    assert said == "Bob 帮 妈妈 报的现在是 1 × 荔枝（#1）。当前 ¥20/份。"
    assert (await chat.card()).endswith("\n\n1. Bob 帮 妈妈 ×1")


async def test_the_leave_command_for_my_mum_takes_mums_line_off() -> None:
    chat = fake_chat()
    await chat.say("amy", "接龙 荔枝 价格 20 成团 10")
    await chat.say("bob", "跟团 2 帮 我妈")

    said = Chat.said(await chat.say("bob", "退出 帮 我妈"))

    assert said == "Bob 撤下了帮 妈妈 报的 荔枝（#1）。"
