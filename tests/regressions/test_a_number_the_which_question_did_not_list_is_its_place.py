"""fg review, finding 7: listed `#8 草莓 · #9 砂糖橘`, the answer `2` (the second) was silent and nothing was
added. A number the question did not list is its place in the list; a number it listed is that one."""

from __future__ import annotations

from tests.unit.handlers.conftest import fake_chat


async def test_a_number_the_which_question_did_not_list_is_its_place() -> None:
    chat = fake_chat(default_language="zh")
    for n in range(1, 8):  # seven group buys before: the two open ones are #8 and #9
        await chat.say("amy", f"接龙 旧货{n} 价格 1")
        await chat.say("amy", f"取消 #{n}")
    await chat.say("amy", "接龙 草莓 价格 25")
    await chat.say("ken", "接龙 砂糖橘 价格 8")
    chat.said(await chat.say("cat", "+2"))  # asked which

    said = chat.said(await chat.say("cat", "2"))

    assert said.startswith("Cat 跟团：2 × 砂糖橘（#9）"), said
    assert await chat.say("cat", "5") == []  # answered: talk again


async def test_a_number_it_listed_is_that_one() -> None:
    chat = fake_chat(default_language="en")
    await chat.say("amy", "/groupbuy Plums price 5")
    await chat.say("amy", "/cancel #1")
    await chat.say("amy", "/groupbuy Figs price 8")
    await chat.say("ken", "/groupbuy Kiwis price 3")
    chat.said(await chat.say("cat", "+1"))  # asked: #2 Figs · #3 Kiwis

    said = chat.said(await chat.say("cat", "2"))

    assert said.startswith("Cat is in: 1 × Figs (#2)"), said
