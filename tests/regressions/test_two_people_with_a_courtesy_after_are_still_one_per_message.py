"""Session 16 (gb 3): `one for me and one for my mum please` (a courtesy after it) was read as chatter and
got no answer, though without `please` it is answered "one person per message". A trailing please /
thanks / 谢谢 changes nothing of that answer, and nothing is joined."""

from __future__ import annotations

import pytest

from tests.unit.handlers.conftest import Chat, fake_chat


@pytest.mark.parametrize(
    "typed",
    [
        "one for me and one for my mum please",
        "one for me and one for my mum, thanks!",
    ],
)
async def test_in_english(typed: str) -> None:
    chat = fake_chat(default_language="en")
    await chat.say("amy", "/groupbuy Plums price 10 target 5 ends 2h")

    said = Chat.said(await chat.say("gina", typed))

    assert said == (
        "One person per message, please: send “one for me”, then “+1 for my mum” as a message of its own. "
        "Nothing was changed."
    ), typed
    assert (await chat.card(1)).endswith("\n\nNobody yet: be the first with +1"), typed


@pytest.mark.parametrize(
    "typed", ["one for me and one for my mum 谢谢", "one for me and one for my mum谢谢啦"]
)
async def test_in_chinese(typed: str) -> None:  # 谢谢 is Chinese: answered in Chinese
    chat = fake_chat()
    await chat.say("amy", "接龙 李子 价格 10 成团 5 截止 2小时")

    said = Chat.said(await chat.say("gina", typed))

    one_by_one = "一条消息请只报一个人：先发“one for me”，再单独发一条“+1 for my mum”。没有任何改动。"
    assert said == one_by_one, typed
    assert (await chat.card(1)).endswith("\n\n还没有人跟团，发 +1 抢第一个"), typed
