"""s36 #2: `赵奶奶改成1份` (and `赵奶奶不要了`) after the group buy closed was silent, while `改成1份` is told
it closed. Now a change of a line she holds there, by its name, is told so too; a name she holds no
line under stays talk."""

from __future__ import annotations

import pytest

from tests.unit.handlers.conftest import Chat, fake_chat

CLOSED = "团购 #1（土鸡蛋）已经截单了，没有任何改动。要退出或减少，请告诉团长 王姐。"


@pytest.mark.parametrize("said", ["赵奶奶改成1份", "赵奶奶不要了"])
async def test_a_friends_line_changed_after_the_close(said: str) -> None:
    chat = fake_chat()
    await chat.say("wang", "接龙 土鸡蛋 价格 45 截止 3d", name="王姐")
    await chat.say("chen", "帮赵奶奶报2份 6号楼101", name="陈妈妈")
    await chat.say("wang", "截单", name="王姐")

    answer = Chat.said(await chat.say("chen", said, name="陈妈妈"))
    plain = Chat.said(await chat.say("chen", "改成1份", name="陈妈妈"))

    assert answer == CLOSED
    assert plain == CLOSED


async def test_a_name_she_holds_no_line_under_stays_talk() -> None:
    chat = fake_chat()
    await chat.say("wang", "接龙 土鸡蛋 价格 45 截止 3d", name="王姐")
    await chat.say("chen", "帮赵奶奶报2份", name="陈妈妈")
    await chat.say("wang", "截单", name="王姐")

    assert [r for r in await chat.say("chen", "张叔改成1份", name="陈妈妈") if r.text] == []
    assert [r for r in await chat.say("li", "赵奶奶改成1份", name="小李") if r.text] == []
