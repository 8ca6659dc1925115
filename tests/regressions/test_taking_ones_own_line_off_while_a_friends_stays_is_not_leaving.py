"""Review 55 #13: Sun held her own line and one for 妈妈; her `-1` took her own line off and the group
read `Sun 退出了 大米（#6）`, though she had not left: 妈妈's line stayed. Now the answer says her own
line was taken off and whose stays; once no line of hers is left, she has left, as before."""

from __future__ import annotations

import pytest

from tests.unit.handlers.conftest import fake_chat


@pytest.mark.parametrize(
    ("opening", "friend", "own_off", "friend_off"),
    [
        (
            "接龙 大米 价格 40",
            "+1 帮 妈妈",
            "Sun 撤下了自己那份 大米（#1），帮 妈妈 报的还在（1 份）。",
            "Sun 撤下了帮 妈妈 报的 大米（#1）。",
        ),
        (
            "/groupbuy Rice price 40",
            "+1 for my mum",
            "Sun took their own line off Rice (#1); the line for mum stays (1).",
            "Sun took the line for mum off Rice (#1).",
        ),
    ],
)
async def test_her_own_line_off_says_the_friends_line_stays(
    opening: str, friend: str, own_off: str, friend_off: str
) -> None:
    chat = fake_chat()
    await chat.say("wang", opening, name="Wang")
    await chat.say("sun", "+1", name="Sun")
    await chat.say("sun", friend, name="Sun")
    assert chat.said(await chat.say("sun", "-1", name="Sun")) == own_off
    assert chat.said(await chat.say("sun", "-1", name="Sun")) == friend_off


async def test_her_only_line_off_is_still_leaving() -> None:
    chat = fake_chat()
    await chat.say("wang", "接龙 大米 价格 40", name="Wang")
    await chat.say("sun", "+1", name="Sun")
    assert chat.said(await chat.say("sun", "-1", name="Sun")) == "Sun 退出了 大米（#1）。"
