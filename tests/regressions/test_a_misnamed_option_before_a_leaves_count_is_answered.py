"""`中盒 -1` (no such option, typed before the count) on a group buy with options 大盒 / 小盒 got no reply,
while `-1 中盒` is told the options and the leave naming one: before the count it is answered so too,
nothing changed; `哈哈 -1` stays talk and `小王 -1` her friend's line."""

from __future__ import annotations

import pytest

from tests.unit.handlers.conftest import Chat, fake_chat

ZH = "茶叶（#1）没有“中盒”这个规格，可选：大盒 ¥30 / 小盒 ¥20。退出时带上规格，例如 -1 小盒。没有任何改动。"


async def _holding_small(opening: str) -> Chat:
    chat = fake_chat()
    await chat.say("bob", opening)
    await chat.say("eve", "+1 小盒")
    return chat


@pytest.mark.parametrize("said", ["中盒 -1", "中盒-1", "-1 中盒"])
async def test_a_misnamed_option_before_the_count_is_told_the_options(said: str) -> None:
    chat = await _holding_small("接龙 茶叶 规格 大盒:30,小盒:20 截止 3d")

    answer = chat.said(await chat.say("eve", said))

    assert answer == ZH
    assert "Eve 小盒 ×1" in await chat.card()


async def test_in_english_a_misnamed_option_before_the_count_is_told_the_options() -> None:
    chat = await _holding_small("/groupbuy Tea options 大盒:30,小盒:20 ends 3d")

    answer = chat.said(await chat.say("eve", "中盒 -1"))

    assert answer == (
        "Tea (#1) has no option “中盒”; its options: 大盒 ¥30 / 小盒 ¥20. "
        "Name one to leave it, e.g. -1 小盒. Nothing was changed."
    )


async def test_talk_and_a_friends_line_before_the_count_stay_as_they_were() -> None:
    chat = await _holding_small("接龙 茶叶 规格 大盒:30,小盒:20 截止 3d")
    await chat.say("eve", "+1 小盒 帮 小王")

    talk = await chat.say("eve", "哈哈 -1")
    friend = chat.said(await chat.say("eve", "小王 -1"))

    assert [reply for reply in talk if reply.text] == []
    assert "小王" in friend and "没有“小王”这个规格" not in friend
