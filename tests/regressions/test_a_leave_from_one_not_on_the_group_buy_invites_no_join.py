"""rep40 #11: Gus, on no line of 阳光玫瑰 2斤装 (the one open in qun), sent `不要了` and was told
"你还没有跟 阳光玫瑰 2斤装 这个团。跟团请发 +1": an invitation to join, to someone leaving. He is told
there is nothing to leave, its number named, nothing changed, as `-1` from one on none of several open
is told (你还没跟团…没有可以退出的); no join offered, whichever way the leave is said."""

from __future__ import annotations

import pytest

from tests.unit.handlers.conftest import Chat, fake_chat


@pytest.mark.parametrize("text", ["不要了", "-1", "退出", "退出 #1", "/leave"])
async def test_in_chinese_a_leave_from_one_not_on_it_says_there_is_nothing_to_leave(text: str) -> None:
    chat = fake_chat()
    await chat.say("amy", "接龙 阳光玫瑰 2斤装 价格 68 截止 3d")
    await chat.say("bob", "+1")

    replies = await chat.say("gus", text)

    said = Chat.said(replies)
    assert said == "你还没有跟 阳光玫瑰 2斤装（#1），没有可以退出的，没有任何改动。"
    assert "跟团请发" not in said
    assert Chat.cards(replies) == []
    assert "Gus" not in await chat.card(1)


async def test_in_english_a_leave_from_one_not_on_it_says_there_is_nothing_to_leave() -> None:
    chat = fake_chat()
    await chat.say("amy", "/groupbuy Grapes price 68 ends 3d")
    await chat.say("bob", "+1")

    said = Chat.said(await chat.say("gus", "/leave"))

    assert (
        said == "You are not on the list of Grapes (#1), so there is nothing to leave. Nothing was changed."
    )


async def test_a_leave_tap_from_one_not_on_it_offers_no_join() -> None:
    chat = fake_chat()
    await chat.say("amy", "接龙 阳光玫瑰 价格 68 截止 3d")

    toast = Chat.toast(await chat.tap("gus", "gb:leave:1"))

    assert toast == "你还没有跟 阳光玫瑰（#1），没有可以退出的，没有任何改动。"
