"""s40 noticed: `种草 #99` (no words, no group buy #99 here) was answered with a fixed example on a group buy
#12 that was never there (`笔记是空的。这样写：种草 #12 …`). The example now names the newest open group buy
here she is on (or the newest open one), and with none open the form without a number."""

from __future__ import annotations

from tests.unit.handlers.conftest import fake_chat


async def test_an_empty_note_names_the_group_buy_she_is_on() -> None:
    chat = fake_chat()
    await chat.say("li", "接龙 车厘子 价格 80/kg 截止 明晚8点", name="李姐")
    await chat.say("li", "接龙 苹果 价格 5 截止 明晚8点", name="李姐")
    await chat.say("mei", "+1 #1", name="小美")

    said = [r.text for r in await chat.say("mei", "种草 #99", name="小美") if r.text]

    assert said == ["笔记是空的。这样写：种草 #1 这款芒果超甜，已经回购三次"]


async def test_an_empty_note_from_one_on_none_names_the_newest_open() -> None:
    chat = fake_chat()
    await chat.say("li", "接龙 车厘子 价格 80/kg 截止 明晚8点", name="李姐")
    await chat.say("li", "接龙 苹果 价格 5 截止 明晚8点", name="李姐")

    said = [r.text for r in await chat.say("mei", "种草 #99", name="小美") if r.text]

    assert said == ["笔记是空的。这样写：种草 #2 这款芒果超甜，已经回购三次"]


async def test_an_empty_note_with_none_open_gives_the_form_without_a_number() -> None:
    chat = fake_chat()
    await chat.say("mei", "你好", name="小美")

    said = [r.text for r in await chat.say("mei", "种草 #99", name="小美") if r.text]

    assert said == ["笔记是空的。这样写：种草 这款芒果超甜，已经回购三次"]
