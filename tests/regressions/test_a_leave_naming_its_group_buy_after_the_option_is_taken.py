"""Session 16 (gb 2): `-1 小 #3` (a leave naming the option, then the group buy's number) got no answer
and changed nothing, though `-1 #3 小` leaves. It is read as `-1 #3 小` (also with a friend:
`-1 帮 小王 #3`)."""

from __future__ import annotations

from tests.fakes import FakeClock, FakeUnitOfWorkFactory
from tests.unit.handlers.conftest import Chat, fake_chat


async def cakes() -> Chat:
    chat = fake_chat(FakeUnitOfWorkFactory(), clock=FakeClock())
    await chat.say("wang", "接龙 芒果 价格 30")
    await chat.say("wang", "接龙 蛋糕 规格 小:30,大:50")
    await chat.say("li", "+2 #2 小", name="小李")
    return chat


async def test_the_option_before_the_number_leaves_it() -> None:
    chat = await cakes()

    said = Chat.said(await chat.say("li", "-1 小 #2", name="小李"))

    assert said.startswith("小李 现在是 1 × 蛋糕 小（#2）。"), said
    assert (await chat.card(2)).endswith("\n\n1. 小李 小 ×1")


async def test_a_friends_line_before_the_number_leaves_it() -> None:
    chat = await cakes()
    await chat.say("li", "+1 #2 大 帮 小王", name="小李")

    said = Chat.said(await chat.say("li", "-1 帮 小王 #2", name="小李"))

    assert said == "小李 撤下了帮 小王 报的 蛋糕 大（#2），小李 名单上还有 2 份。"
    assert (await chat.card(2)).endswith("\n\n1. 小李 小 ×2")


async def test_in_english() -> None:
    chat = fake_chat(default_language="en")
    await chat.say("amy", "/groupbuy Plums price 10")
    await chat.say("amy", "/groupbuy Cake options small:30,large:50")
    await chat.say("gina", "+2 #2 small")

    said = Chat.said(await chat.say("gina", "-1 small #2"))

    assert said.startswith("Gina now has 1 × Cake small (#2)."), said
