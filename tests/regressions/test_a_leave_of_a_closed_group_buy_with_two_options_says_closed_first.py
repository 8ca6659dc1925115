"""rep92 #8: `-1 #2` from one holding two options of a group buy that had closed asked which option
(`你在 粽子 有几个规格：大盒 ×2 / 小盒 ×2。请说明是哪个，例如 -1 小盒 #2。`), then refused the answer
as closed.
It is now told it closed at once, in the group and in private, nothing changed."""

from __future__ import annotations

import pytest

from tests.unit.handlers.conftest import Chat, fake_chat

CLOSED = "团购 #1（粽子）已经截单了，没有任何改动。要退出或减少，请告诉团长 李姐。"


async def _closed_holding_two() -> Chat:
    chat = fake_chat()
    await chat.say("li", "接龙 粽子 规格 大盒:68:5,小盒:38 成团 3 限购 3 截止 明晚8点", name="李姐")
    await chat.say("mei", "+2 大盒", name="小美")
    await chat.say("mei", "+2 小盒", name="小美")
    await chat.say("li", "截单 #1", name="李姐")
    return chat


@pytest.mark.parametrize("typed", ["-1 #1", "-1", "退出 #1"])
async def test_in_the_group_it_says_closed_never_which_option(typed: str) -> None:
    chat = await _closed_holding_two()
    card = await chat.card()

    assert chat.said(await chat.say("mei", typed, name="小美")) == CLOSED
    assert await chat.card() == card


async def test_in_private_it_says_closed_never_which_option() -> None:
    chat = await _closed_holding_two()
    card = await chat.card()

    said = chat.said(await chat.say("mei", "-1 #1", private=True, name="小美"))

    assert said == CLOSED
    assert await chat.card() == card


async def test_while_open_it_still_asks_which() -> None:
    chat = fake_chat()
    await chat.say("li", "接龙 粽子 规格 大盒:68:5,小盒:38 成团 3 限购 3 截止 明晚8点", name="李姐")
    await chat.say("mei", "+2 大盒", name="小美")
    await chat.say("mei", "+2 小盒", name="小美")

    said = chat.said(await chat.say("mei", "-1 #1", private=True, name="小美"))

    assert said == "你在 粽子 有几个规格：大盒 ×2 / 小盒 ×2。请说明是哪个，例如 -1 小盒 #1。"
