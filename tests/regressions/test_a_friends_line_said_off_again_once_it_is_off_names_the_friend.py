"""s36-friends left it: once 赵奶奶's line was taken off (`赵奶奶不要了`), the same words again on the
open group buy were silent, while `-1 帮 赵奶奶` was told there is nothing to take off. The member who put
that friend down is told so for both; anyone else's `赵奶奶不要了` stays talk; nothing changes."""

from __future__ import annotations

import pytest

from tests.unit.handlers.conftest import Chat, fake_chat

NOTHING_LEFT = "你在 土鸡蛋（#1）没有帮 {friend} 报的，没有可以撤的，没有任何改动。"


@pytest.mark.parametrize("friend", ["赵奶奶", "豆豆"])  # a person's shape, and none
async def test_a_friends_line_said_off_again_is_told_there_is_nothing_to_take_off(friend: str) -> None:
    chat = fake_chat()
    await chat.say("wang", "接龙 土鸡蛋 价格 45 截止 3d", name="王姐")
    await chat.say("chen", f"帮{friend}报2份", name="陈妈妈")
    first = Chat.said(await chat.say("chen", f"{friend}不要了", name="陈妈妈"))
    assert first.startswith(f"陈妈妈 撤下了帮 {friend} 报的 土鸡蛋（#1）"), first
    before = await chat.card()

    again = Chat.said(await chat.say("chen", f"{friend}不要了", name="陈妈妈"))

    assert again == NOTHING_LEFT.format(friend=friend)
    assert await chat.card() == before


async def test_someone_who_never_put_her_down_is_not_answered() -> None:
    chat = fake_chat()
    await chat.say("wang", "接龙 土鸡蛋 价格 45 截止 3d", name="王姐")
    await chat.say("chen", "帮赵奶奶报2份", name="陈妈妈")
    await chat.say("chen", "赵奶奶不要了", name="陈妈妈")

    assert await chat.say("li", "赵奶奶不要了", name="李姐") == []
