"""rep46 finding 9: 王阿姨 `加１` (1), then `我也要` (2), then `来一份` (3, the limit): agreement said again
added a unit each time. From a member already on the group buy an echo (`我也要`, `来一份`, `me too`, `count
me in`) now changes nothing and says what she holds and how to add one; a typed `+1` still adds one."""

from __future__ import annotations

import pytest

from tests.fakes import FakeUnitOfWorkFactory
from tests.unit.handlers.conftest import fake_chat


def _held(factory: FakeUnitOfWorkFactory, user: str) -> int:
    lines = [line for held in factory.state.lines.values() for line in held.values()]
    return sum(line.quantity for line in lines if line.user_id == user)


@pytest.mark.parametrize("echo", ["我也要", "来一份", "算我一个！", "我也要 #1"])
async def test_an_echo_in_chinese_adds_nothing(echo: str) -> None:
    factory = FakeUnitOfWorkFactory()
    chat = fake_chat(factory)
    await chat.say("amy", "接龙 芒果 价格 45 限购 3")
    await chat.say("wang", "加１", name="王阿姨")
    said = chat.said(await chat.say("wang", echo, name="王阿姨"))
    assert said == "你已跟团 1 份；要再加一份请发 +1。这次没有改动。"
    assert _held(factory, "wang") == 1
    plus = chat.said(await chat.say("wang", "+1", name="王阿姨"))
    assert plus == "王阿姨 跟团：又加 1 份，现在共 2 × 芒果（#1）。当前 ¥45/份。"
    assert _held(factory, "wang") == 2


@pytest.mark.parametrize("echo", ["me too", "count me in!", "I'm in"])
async def test_an_echo_in_english_adds_nothing(echo: str) -> None:
    factory = FakeUnitOfWorkFactory()
    chat = fake_chat(factory)
    await chat.say("amy", "/groupbuy Lychees price 15/kg")
    await chat.say("bob", "+2")
    said = chat.said(await chat.say("bob", echo))
    assert said == "You're already in for 2 kg; to add one more, send +1. Nothing changed."
    assert _held(factory, "bob") == 2


async def test_an_echo_from_someone_not_yet_in_joins() -> None:
    factory = FakeUnitOfWorkFactory()
    chat = fake_chat(factory)
    await chat.say("amy", "接龙 芒果 价格 45")
    assert chat.said(await chat.say("bob", "我也要")) == "Bob 跟团：1 × 芒果（#1）。当前 ¥45/份。"
    assert _held(factory, "bob") == 1


async def test_with_several_open_the_example_names_the_group_buy() -> None:
    factory = FakeUnitOfWorkFactory()
    chat = fake_chat(factory)
    await chat.say("amy", "接龙 芒果 价格 45")
    await chat.say("amy", "接龙 苹果 价格 30")
    await chat.say("bob", "+1 #2")
    said = chat.said(await chat.say("bob", "我也要 #2"))
    assert said == "你已跟团 1 份；要再加一份请发 +1 #2。这次没有改动。"
    assert _held(factory, "bob") == 1
