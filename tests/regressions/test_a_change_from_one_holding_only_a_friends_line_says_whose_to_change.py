"""s36 #1: `我就改成1份` from 陈妈妈, who holds only the line she put down for 赵奶奶 (`帮赵奶奶报2份`), was
silent, and `改成1份` put a new line of 1 under her own name beside 赵奶奶's 2. Now both change nothing
and say she has no line of her own, and how to change 赵奶奶's."""

from __future__ import annotations

import pytest

from tests.unit.handlers.conftest import Chat, fake_chat

TOLD = "你自己没有接龙，代报的 赵奶奶 有 2 份：要改发 赵奶奶改成1份"


@pytest.mark.parametrize("said", ["我就改成1份", "改成1份"])
async def test_a_change_of_her_own_line_when_she_holds_only_a_friends(said: str) -> None:
    chat = fake_chat()
    await chat.say("wang", "接龙 土鸡蛋 价格 45 截止 3d", name="王姐")
    await chat.say("chen", "帮赵奶奶报2份 6号楼101", name="陈妈妈")

    answer = Chat.said(await chat.say("chen", said, name="陈妈妈"))

    assert answer == TOLD
    card = await chat.card()
    assert "1. 陈妈妈 帮 赵奶奶 ×2 · 6号楼101" in card and "2. " not in card


async def test_as_told_her_friends_line_changes() -> None:
    chat = fake_chat()
    await chat.say("wang", "接龙 土鸡蛋 价格 45 截止 3d", name="王姐")
    await chat.say("chen", "帮赵奶奶报2份", name="陈妈妈")
    await chat.say("chen", "我就改成1份", name="陈妈妈")

    changed = Chat.said(await chat.say("chen", "赵奶奶改成1份", name="陈妈妈"))

    assert changed == "陈妈妈 帮 赵奶奶 报的现在是 1 × 土鸡蛋（#1）。当前 ¥45/份。"


async def test_her_own_line_beside_a_friends_is_still_set() -> None:
    chat = fake_chat()
    await chat.say("wang", "接龙 土鸡蛋 价格 45 截止 3d", name="王姐")
    await chat.say("chen", "帮赵奶奶报2份", name="陈妈妈")
    await chat.say("chen", "+2", name="陈妈妈")

    changed = Chat.said(await chat.say("chen", "我就改成1份", name="陈妈妈"))

    assert changed == "陈妈妈 现在是 1 × 土鸡蛋（#1）。当前 ¥45/份。"
    assert "陈妈妈 帮 赵奶奶 ×2" in await chat.card()
